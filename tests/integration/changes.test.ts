import { parseNetworkChangeEvent, type NetworkChangeEvent } from '../../domain/networkChanges';
import { networkChanges } from '../../server/src/changes/changeFeed';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { nodeRow } from '../helpers/builders';
import { newLink, newNode } from '../helpers/editingFixtures';
import { openEventStream, type EventStream } from '../helpers/eventStream';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { commit, csvFile, preview } from '../helpers/importFiles';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const createNode = 'mutation($input: NewNodeInput!) { createNode(input: $input) { auditRecord { id } } }';
const createLink = 'mutation($input: NewLinkInput!) { createLink(input: $input) { auditRecord { id } } }';
const undo = 'mutation { undoLastChange { id } }';

/** The next network change the stream announces. */
async function nextChange(stream: EventStream): Promise<NetworkChangeEvent> {
  const event = await stream.next((candidate) => candidate.event === 'change');
  const change = parseNetworkChangeEvent(event.data);
  if (change === null) throw new Error(`Not a network change: ${event.data}`);
  expect(event.id).toBe(change.id);
  return change;
}

describe('the push channel', () => {
  let test: TestDatabase;
  let open: RunningTestApp;
  let closed: RunningTestApp;
  let editor: TestAccount;
  let viewer: TestAccount;
  const streams: EventStream[] = [];

  const signedIn = async (running: RunningTestApp, account: TestAccount) => {
    const client = new TestHttpClient(running.url);
    dataOf(await client.signIn(account.username, account.password));
    return client;
  };
  const subscribe = async (client: TestHttpClient) => {
    const stream = await openEventStream(client, '/api/changes');
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    test = openTestDatabase();
    open = await startTestApp(test);
    closed = await startTestApp(test, { readingRequiresSignIn: true });
    editor = await createTestAccount(test, 'editor');
    viewer = await createTestAccount(test, 'viewer');
  });
  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await open.stop();
    await closed.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('tells a subscriber of each committed edit and undo: who, how, what kinds of data, with the audit record id', async () => {
    const reader = await subscribe(new TestHttpClient(open.url));
    expect(reader.status).toBe(200);
    expect(reader.contentType).toBe('text/event-stream; charset=utf-8');
    const editorClient = await signedIn(open, editor);

    const node = newNode(test, 'pushed', { kind: 'Municipality', name: 'Pushköping', bodyType: null });
    const partner = newNode(test, 'partner', { kind: 'Agency', name: 'Pushverket', bodyType: null, level: 'central' });
    const created = dataOf(await editorClient.graphql<{ createNode: { auditRecord: { id: string } } }>(createNode, { input: node }));
    expect(await nextChange(reader)).toEqual({
      id: created.createNode.auditRecord.id,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
      by: editor.username,
      via: 'edit',
      touched: ['node'],
      records: 1,
    });

    dataOf(await editorClient.graphql(createNode, { input: partner }));
    expect(await nextChange(reader)).toMatchObject({ by: editor.username, touched: ['node'] });
    dataOf(await editorClient.graphql(createLink, { input: newLink(test, node.id, partner.id) }));
    expect(await nextChange(reader)).toMatchObject({ by: editor.username, via: 'edit', touched: ['link'], records: 1 });
    const undone = dataOf(await editorClient.graphql<{ undoLastChange: { id: string } }>(undo));
    expect(await nextChange(reader)).toMatchObject({ id: undone.undoLastChange.id, by: editor.username, via: 'undo', touched: ['link'] });
  });

  it('announces a refused edit and an account change not at all, and a whole import once', async () => {
    const reader = await subscribe(new TestHttpClient(open.url));
    const editorClient = await signedIn(open, editor);
    const refused = await editorClient.graphql(createNode, { input: newNode(test, 'refused', { source: 'hearsay' }) });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    await createTestAccount(test, 'viewer', 'another-viewer');

    const id = (name: string) => `${test.idPrefix}${name}`;
    const job = await preview(
      editorClient,
      'pushed.csv',
      csvFile([
        nodeRow({ id: id('imported-a'), kind: 'Body', name: 'Importerat A', source: 'sou-2007-104', bodyType: 'localCooperation' }).cells,
        nodeRow({ id: id('imported-b'), kind: 'Body', name: 'Importerat B', source: 'sou-2007-104', bodyType: 'localCooperation' }).cells,
      ]),
    );
    expect((await commit(editorClient, job.id)).status).toBe('committed');
    expect(await nextChange(reader)).toMatchObject({ by: editor.username, via: 'import', touched: ['node'], records: 2 });
  });

  it('refuses an anonymous subscriber when reading requires sign-in, and tells a signed-in one', async () => {
    const anonymous = await subscribe(new TestHttpClient(closed.url));
    expect(anonymous.status).toBe(401);
    const viewerStream = await subscribe(await signedIn(closed, viewer));
    expect(viewerStream.status).toBe(200);
    const editorClient = await signedIn(closed, editor);
    dataOf(await editorClient.graphql(createNode, { input: newNode(test, 'closed') }));
    expect(await nextChange(viewerStream)).toMatchObject({ by: editor.username, via: 'edit', touched: ['node'] });
  });

  it('ends its streams when the app stops, so the server can close and the browsers reconnect elsewhere', async () => {
    const own = await startTestApp(test);
    const stream = await subscribe(new TestHttpClient(own.url));
    const subscribers = networkChanges.subscribers;
    await own.stop();
    expect(networkChanges.subscribers).toBe(subscribers - 1);
    await expect(stream.next()).rejects.toThrow('The stream ended');
  });
});
