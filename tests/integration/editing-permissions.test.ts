import type { Role } from '../../server/src/auth/roles';
import { proposeChange } from '../../server/src/editing/proposals';
import { countTestAuditRecords, createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenLink, givenNode, newLink, newNode } from '../helpers/editingFixtures';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

type Caller = 'anonymous' | Role;
const callers: Caller[] = ['anonymous', 'viewer', 'editor', 'admin'];

interface Case {
  mutation: string;
  allowed: Caller[];
  /** Allowed, but given nothing to act on: answers NOT_FOUND (the import mutations need an uploaded file). */
  missingTarget?: boolean;
  query: string;
  /** Sets up what the call acts on (recorded too), before the audit trail is counted. */
  arrange: (caller: Caller) => Promise<Record<string, unknown>>;
}

describe('who may call each mutation', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let accounts: Record<Role, TestAccount>;
  const clients = new Map<Caller, TestHttpClient>();

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    accounts = {
      viewer: await createTestAccount(test, 'viewer'),
      editor: await createTestAccount(test, 'editor'),
      admin: await createTestAccount(test, 'admin'),
    };
    for (const caller of callers) {
      const client = new TestHttpClient(running.url);
      if (caller !== 'anonymous') dataOf(await client.signIn(accounts[caller].username, accounts[caller].password));
      clients.set(caller, client);
    }
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  const setUp = () => accounts.admin.username;
  const node = (caller: Caller, name: string) => givenNode(test, setUp(), newNode(test, `${name}-${caller}`));
  const link = async (caller: Caller, name: string) => {
    const from = await node(caller, `${name}-from`);
    const to = await node(caller, `${name}-to`);
    return givenLink(test, setUp(), newLink(test, from, to));
  };
  const proposal = async (caller: Caller, name: string) => {
    const id = await node(caller, name);
    const proposed = await proposeChange(
      test.database,
      accounts.viewer,
      { changeNode: { id, expectedVersion: 1, changes: { name: 'Föreslaget namn' } } },
      'sou-2007-104',
      'line 1',
      null,
    );
    return proposed.id;
  };
  const outcome = 'applied action';
  const end = 'validTo: "2008-12-31", source: "sou-2007-104", locator: "line 1"';

  const cases: Case[] = [
    {
      mutation: 'createNode',
      allowed: ['editor', 'admin'],
      query: `mutation($input: NewNodeInput!) { createNode(input: $input) { ${outcome} } }`,
      arrange: (caller) => Promise.resolve({ input: newNode(test, `created-${caller}`) }),
    },
    {
      mutation: 'changeNode',
      allowed: ['editor', 'admin'],
      query: `mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "Nytt namn" } }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await node(caller, 'changed') }),
    },
    {
      mutation: 'endNode',
      allowed: ['editor', 'admin'],
      query: `mutation($id: ID!) { endNode(input: { id: $id, expectedVersion: 1, ${end} }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await node(caller, 'ended') }),
    },
    {
      mutation: 'deleteNode',
      allowed: ['admin'],
      query: `mutation($id: ID!) { deleteNode(input: { id: $id, expectedVersion: 1 }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await node(caller, 'deleted') }),
    },
    {
      mutation: 'createLink',
      allowed: ['editor', 'admin'],
      query: `mutation($input: NewLinkInput!) { createLink(input: $input) { ${outcome} } }`,
      arrange: async (caller) => ({ input: newLink(test, await node(caller, 'link-a'), await node(caller, 'link-b')) }),
    },
    {
      mutation: 'changeLink',
      allowed: ['editor', 'admin'],
      query: `mutation($id: ID!) { changeLink(input: { id: $id, expectedVersion: 1, changes: { form: "möten" } }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await link(caller, 'changed-link') }),
    },
    {
      mutation: 'endLink',
      allowed: ['editor', 'admin'],
      query: `mutation($id: ID!) { endLink(input: { id: $id, expectedVersion: 1, ${end} }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await link(caller, 'ended-link') }),
    },
    {
      mutation: 'deleteLink',
      allowed: ['admin'],
      query: `mutation($id: ID!) { deleteLink(input: { id: $id, expectedVersion: 1 }) { ${outcome} } }`,
      arrange: async (caller) => ({ id: await link(caller, 'deleted-link') }),
    },
    {
      mutation: 'proposeChange',
      allowed: ['viewer', 'editor', 'admin'],
      query: `mutation($id: ID!) { proposeChange(change: { endNode: { id: $id, expectedVersion: 1, ${end} } }, source: "sou-2007-104", locator: "line 2") { status } }`,
      arrange: async (caller) => ({ id: await node(caller, 'proposed') }),
    },
    {
      mutation: 'acceptProposal',
      allowed: ['editor', 'admin'],
      query: 'mutation($id: ID!) { acceptProposal(id: $id) { status } }',
      arrange: async (caller) => ({ id: await proposal(caller, 'accepted') }),
    },
    {
      mutation: 'rejectProposal',
      allowed: ['editor', 'admin'],
      query: 'mutation($id: ID!) { rejectProposal(id: $id) { status } }',
      arrange: async (caller) => ({ id: await proposal(caller, 'rejected') }),
    },
    {
      mutation: 'undoLastChange',
      allowed: ['editor', 'admin'],
      query: 'mutation { undoLastChange { action undoOf } }',
      arrange: async (caller) => {
        if (caller !== 'anonymous') await givenNode(test, accounts[caller].username, newNode(test, `undone-${caller}`));
        return {};
      },
    },
    {
      mutation: "undoLastChange of another account's change",
      allowed: ['admin'],
      query: 'mutation($u: String) { undoLastChange(username: $u) { action } }',
      arrange: async (caller) => {
        const other = await createTestAccount(test, 'editor', `other-${caller}`);
        await givenNode(test, other.username, newNode(test, `undone-for-${caller}`));
        return { u: other.username };
      },
    },
    {
      mutation: 'previewImport',
      allowed: ['editor', 'admin'],
      missingTarget: true,
      query: 'mutation { previewImport(uploadId: "upload-none", tables: []) { status } }',
      arrange: () => Promise.resolve({}),
    },
    {
      mutation: 'commitImport',
      allowed: ['editor', 'admin'],
      missingTarget: true,
      query: 'mutation { commitImport(jobId: "import-job-none") { status } }',
      arrange: () => Promise.resolve({}),
    },
    {
      mutation: 'createUser',
      allowed: ['admin'],
      query: 'mutation($u: String!) { createUser(username: $u, password: "long enough secret", role: viewer) { username } }',
      arrange: (caller) => Promise.resolve({ u: `${test.idPrefix}made-by-${caller}` }),
    },
    {
      mutation: 'setUserRole',
      allowed: ['admin'],
      query: 'mutation($u: String!) { setUserRole(username: $u, role: editor) { role } }',
      arrange: async (caller) => ({ u: (await createTestAccount(test, 'viewer', `promoted-${caller}`)).username }),
    },
    {
      mutation: 'removeUser',
      allowed: ['admin'],
      query: 'mutation($u: String!) { removeUser(username: $u) { username } }',
      arrange: async (caller) => ({ u: (await createTestAccount(test, 'viewer', `removed-${caller}`)).username }),
    },
  ];

  describe.each(cases)('$mutation', ({ allowed, missingTarget, query, arrange }) => {
    it.each(callers)('as %s', async (caller) => {
      const client = clients.get(caller);
      if (client === undefined) throw new Error(`No client for ${caller}`);
      const variables = await arrange(caller);
      const before = await countTestAuditRecords(test);
      const answer = await client.graphql(query, variables);
      const added = (await countTestAuditRecords(test)) - before;
      if (!allowed.includes(caller)) {
        expect(errorCode(answer)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(answer.errors?.[0]?.message).toMatch(/^Not allowed/);
        expect(added).toBe(0);
      } else if (missingTarget === true) {
        expect(errorCode(answer)).toBe('NOT_FOUND');
        expect(added).toBe(0);
      } else {
        expect(answer.errors).toBeUndefined();
        expect(added).toBe(1);
      }
    });
  });
});
