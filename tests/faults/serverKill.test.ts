import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { startServerProcess, type ServerProcess } from '../../bench/harness/serverProcess';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { dataOf, TestHttpClient } from '../helpers/httpClient';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const createNode = `mutation($input: NewNodeInput!) { createNode(input: $input) { applied } }`;
const auditOf = `query($id: ID!) { auditRecords(filter: { nodeId: $id }) { total } }`;
const nodeOf = `query($id: ID!) { node(id: $id) { id } }`;

/** The server runs in a process of its own against the shared test database; the test kills it with SIGKILL. */
describe('the server killed in the middle of requests', () => {
  let test: TestDatabase;
  let editor: TestAccount;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    test = openTestDatabase();
    editor = await createTestAccount(test, 'editor');
  });
  afterAll(async () => {
    await server?.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('leaves every edit whole or absent, and restarts cleanly onto the same data and sessions', async () => {
    const uri = process.env['TEST_NEO4J_URI'] ?? '';
    const password = process.env['TEST_NEO4J_PASSWORD'] ?? '';
    server = await startServerProcess(uri, password);
    const client = new TestHttpClient(server.url);
    expect((await client.signIn(editor.username, editor.password)).errors).toBeUndefined();
    const before = summarise(await readStoredGraph(test.database), { labels: ['Entity'] });

    const ids = Array.from({ length: 12 }, (_, index) => `${test.idPrefix}killed-${index}`);
    const inFlight = ids.map((id) =>
      client
        .graphql(createNode, { input: { id, kind: 'Organisation', name: id, evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' } })
        .then(() => 'answered', () => 'cut off'),
    );
    const reads = Array.from({ length: 4 }, () => client.graphql('{ network { nodes { id } edges { id } } }').then(() => 'answered', () => 'cut off'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    const outcomes = await Promise.all([...inFlight, ...reads]);
    expect(outcomes).toContain('cut off');

    server = await startServerProcess(uri, password);
    const restarted = new TestHttpClient(server.url);
    restarted.cookies.set('samverkan_session', client.cookies.get('samverkan_session') ?? '');
    restarted.cookies.set('samverkan_csrf', client.cookies.get('samverkan_csrf') ?? '');
    let landed = 0;
    for (const id of ids) {
      const exists = dataOf(await restarted.graphql<{ node: { id: string } | null }>(nodeOf, { id })).node !== null;
      const audited = dataOf(await restarted.graphql<{ auditRecords: { total: number } }>(auditOf, { id })).auditRecords.total;
      expect({ id, audited }).toEqual({ id, audited: exists ? 1 : 0 });
      if (exists) landed += 1;
    }
    const after = summarise(await readStoredGraph(test.database), { labels: ['Entity'] });
    expect(after.nodes).toBe(before.nodes + landed);
    const again = await restarted.graphql(createNode, {
      input: { id: `${test.idPrefix}after-restart`, kind: 'Organisation', name: 'After the restart', evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' },
    });
    expect(dataOf(again)).toEqual({ createNode: { applied: true } });
  }, 240_000);
});
