import { readLinks, readNodes } from '../../server/src/editing/entityStore';
import { countTestAuditRecords, createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { newLink, newNode } from '../helpers/editingFixtures';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

describe("undo never deletes another editor's work", () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let anna: TestAccount;
  let bertil: TestAccount;
  let annaClient: TestHttpClient;
  let bertilClient: TestHttpClient;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    anna = await createTestAccount(test, 'editor', 'anna');
    bertil = await createTestAccount(test, 'editor', 'bertil');
    annaClient = new TestHttpClient(running.url);
    bertilClient = new TestHttpClient(running.url);
    dataOf(await annaClient.signIn(anna.username, anna.password));
    dataOf(await bertilClient.signIn(bertil.username, bertil.password));
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  const undo = 'mutation { undoLastChange { action targetId } }';
  const stored = async (nodeId: string, linkId: string) => ({
    node: (await test.database.read((tx) => readNodes(tx, [nodeId]))).has(nodeId),
    link: (await test.database.read((tx) => readLinks(tx, [linkId]))).has(linkId),
  });

  it("refuses to undo a node's creation while another editor's link hangs on it, naming the link and its editor", async () => {
    const node = newNode(test, 'forum');
    dataOf(await annaClient.graphql('mutation($input: NewNodeInput!) { createNode(input: $input) { applied } }', { input: node }));
    const { createLink } = dataOf(
      await bertilClient.graphql<{ createLink: { link: { edge: { id: string } } } }>(
        'mutation($input: NewLinkInput!) { createLink(input: $input) { link { edge { id } } } }',
        { input: newLink(test, 'integrationsverket', node.id, { type: 'MEMBER_OF' }) },
      ),
    );
    const linkId = createLink.link.edge.id;
    const records = await countTestAuditRecords(test);

    const refused = await annaClient.graphql(undo);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(linkId);
    expect(refused.errors?.[0]?.message).toContain(bertil.username);
    expect(refused.errors?.[0]?.extensions?.['dependants']).toEqual([
      { id: linkId, type: 'MEMBER_OF', from: 'integrationsverket', to: node.id, username: bertil.username },
    ]);
    expect(await stored(node.id, linkId)).toEqual({ node: true, link: true });
    expect(await countTestAuditRecords(test)).toBe(records);

    // Once the link is gone by its own editor's undo, the creation can be undone.
    expect(dataOf(await bertilClient.graphql<{ undoLastChange: { action: string } }>(undo)).undoLastChange.action).toBe('delete');
    expect(dataOf(await annaClient.graphql<{ undoLastChange: { action: string; targetId: string } }>(undo)).undoLastChange).toEqual({ action: 'delete', targetId: node.id });
    expect(await stored(node.id, linkId)).toEqual({ node: false, link: false });
  });
});
