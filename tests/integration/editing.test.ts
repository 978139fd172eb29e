import { fetchNetwork } from '../../server/src/network/networkRepository';
import { countTestAuditRecords, createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenLink, givenNode, newLink, newNode } from '../helpers/editingFixtures';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

interface AuditRecordData {
  id: string;
  username: string;
  action: string;
  targetId: string;
  before: string | null;
  after: string | null;
  proposalId: string | null;
  undoOf: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const recordFields = 'id username action targetId before after proposalId undoOf changes { field before after }';
const outcomeFields = `applied action changes { field before after } node { version node { id name validTo } } link { version edge { id type source target } } auditRecord { ${recordFields} }`;

describe('editing the network', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let viewer: TestAccount;
  let editor: TestAccount;
  let admin: TestAccount;
  let editorClient: TestHttpClient;
  let secondEditorClient: TestHttpClient;
  let viewerClient: TestHttpClient;
  let adminClient: TestHttpClient;

  const signedIn = async (account: TestAccount) => {
    const client = new TestHttpClient(running.url);
    dataOf(await client.signIn(account.username, account.password));
    return client;
  };

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    viewer = await createTestAccount(test, 'viewer');
    editor = await createTestAccount(test, 'editor');
    admin = await createTestAccount(test, 'admin');
    editorClient = await signedIn(editor);
    secondEditorClient = await signedIn(await createTestAccount(test, 'editor', 'second-editor'));
    viewerClient = await signedIn(viewer);
    adminClient = await signedIn(admin);
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  const auditOf = async (nodeId: string) =>
    dataOf(
      await editorClient.graphql<{ auditRecords: { total: number; records: AuditRecordData[] } }>(
        `query($id: ID) { auditRecords(filter: { nodeId: $id }) { total records { ${recordFields} } } }`,
        { id: nodeId },
      ),
    ).auditRecords;

  it('creates a node and records exactly one change with no before and the new state after', async () => {
    const input = newNode(test, 'created');
    const { createNode } = dataOf(
      await editorClient.graphql<{ createNode: { applied: boolean; node: unknown; auditRecord: AuditRecordData } }>(
        `mutation($input: NewNodeInput!) { createNode(input: $input) { ${outcomeFields} } }`,
        { input },
      ),
    );
    expect(createNode.applied).toBe(true);
    expect(createNode.node).toEqual({ version: 1, node: { id: input.id, name: input.name, validTo: null } });
    const audit = await auditOf(input.id);
    expect(audit.total).toBe(1);
    const [record] = audit.records;
    expect(record).toMatchObject({ username: editor.username, action: 'create', targetId: input.id, before: null });
    expect(JSON.parse(record?.after ?? '{}')).toMatchObject({
      target: 'node',
      id: input.id,
      kind: 'Body',
      properties: { name: input.name, evidence: 'documented', source: 'sou-2007-104', locator: 'lines 617-626', validFrom: '2006-01-01', version: 1 },
    });
    expect(record?.changes).toContainEqual({ field: 'name', before: null, after: input.name });
  });

  it('names the field and the reason of every invalid input, and writes nothing', async () => {
    const create = `mutation($input: NewNodeInput!) { createNode(input: $input) { applied } }`;
    const before = await countTestAuditRecords(test);
    const noLocator = await editorClient.graphql(create, { input: newNode(test, 'bad-1', { locator: '' }) });
    expect(errorCode(noLocator)).toBe('BAD_USER_INPUT');
    expect(noLocator.errors?.[0]?.extensions).toMatchObject({ field: 'locator', problems: [{ field: 'locator', reason: 'is required' }] });
    const backwards = await editorClient.graphql(create, { input: newNode(test, 'bad-2', { validFrom: '2007-07-01', validTo: '2007-06-30' }) });
    expect(backwards.errors?.[0]?.message).toBe('validTo: ends (2007-06-30) before it starts (2007-07-01)');
    const unknownSource = await editorClient.graphql(create, { input: newNode(test, 'bad-3', { source: 'hearsay' }) });
    expect(unknownSource.errors?.[0]?.message).toBe('source: no source "hearsay"');
    const pastTheEnd = await editorClient.graphql(create, { input: newNode(test, 'bad-5', { locator: 'lines 2200-2300' }) });
    expect(pastTheEnd.errors?.[0]?.message).toBe('locator: line 2300 lies outside "sou-2007-104", which has 2215 lines');
    const later = await editorClient.graphql(create, { input: newNode(test, 'bad-6', { validFrom: '2009-01-01' }) });
    expect(later.errors?.[0]?.message).toBe(
      'validFrom: 2009-01-01 is after "sou-2007-104" was published (2007-10), so it cannot come from it: give the date its own dateSource and dateLocator, or its dateDerivation',
    );
    const wrongKind = await editorClient.graphql(create, { input: newNode(test, 'bad-4', { kind: 'Municipality' }) });
    expect(wrongKind.errors?.[0]?.message).toBe('bodyType: only a Body has a body type');
    const badId = await editorClient.graphql(create, { input: newNode(test, 'Bad Id') });
    expect(badId.errors?.[0]?.extensions?.['field']).toBe('id');

    const body = await givenNode(test, admin.username, newNode(test, 'ends-body'));
    const wrongEnds = await editorClient.graphql(`mutation($input: NewLinkInput!) { createLink(input: $input) { applied } }`, {
      input: newLink(test, body, 'goal-employment', { type: 'MEMBER_OF' }),
    });
    expect(wrongEnds.errors?.[0]?.message).toBe('to: a MEMBER_OF link cannot end at a GoalArea');
    expect(await countTestAuditRecords(test)).toBe(before + 1);
  });

  it('previews a change without writing it', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'previewed'));
    const before = await countTestAuditRecords(test);
    const { changeNode } = dataOf(
      await editorClient.graphql<{ changeNode: { applied: boolean; changes: unknown; auditRecord: null } }>(
        `mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "Förhandsvisat", note: "ny" } }, dryRun: true) { ${outcomeFields} } }`,
        { id },
      ),
    );
    expect(changeNode).toMatchObject({
      applied: false,
      auditRecord: null,
      changes: [
        { field: 'name', before: 'Testorgan previewed', after: 'Förhandsvisat' },
        { field: 'note', before: null, after: 'ny' },
      ],
    });
    expect(await countTestAuditRecords(test)).toBe(before);
    const stored = dataOf(await editorClient.graphql<{ editableNode: unknown }>('query($id: ID!) { editableNode(id: $id) { version node { name } } }', { id }));
    expect(stored.editableNode).toEqual({ version: 1, node: { name: 'Testorgan previewed' } });
  });

  it('rejects a stale edit with who changed what in between', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'contested'));
    const change = (name: string) =>
      `mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "${name}" } }) { node { version } } }`;
    dataOf(await editorClient.graphql(change('Först'), { id }));
    const stale = await secondEditorClient.graphql(change('Sedan'), { id });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      currentVersion: 2,
      changedBy: [editor.username],
      changes: [{ field: 'name', before: 'Testorgan contested', after: 'Först' }],
    });
    expect(stale.errors?.[0]?.message).toMatch(/was changed by .*editor after you opened it \(name\)/);
    const stored = dataOf(await editorClient.graphql<{ editableNode: unknown }>('query($id: ID!) { editableNode(id: $id) { version node { name } } }', { id }));
    expect(stored.editableNode).toEqual({ version: 2, node: { name: 'Först' } });
  });

  it('lets only one of two simultaneous edits of the same version through', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'raced'));
    const change = (client: TestHttpClient, name: string) =>
      client.graphql(`mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "${name}" } }) { node { version } } }`, { id });
    const answers = await Promise.all([change(editorClient, 'Ena'), change(secondEditorClient, 'Andra')]);
    expect(answers.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    expect((await auditOf(id)).total).toBe(2);
  });

  it('ends a node: history stays readable as of earlier dates', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'closing'));
    const { endNode } = dataOf(
      await editorClient.graphql<{ endNode: { action: string; changes: unknown[] } }>(
        `mutation($id: ID!) { endNode(input: { id: $id, expectedVersion: 1, validTo: "2007-06-30", source: "sou-2007-104", locator: "line 2145" }) { ${outcomeFields} } }`,
        { id },
      ),
    );
    expect(endNode.action).toBe('end');
    expect(endNode.changes).toEqual([
      { field: 'validTo', before: null, after: '2007-06-30' },
      { field: 'validToLocator', before: null, after: 'line 2145' },
      { field: 'validToPrecision', before: null, after: 'day' },
      { field: 'validToSource', before: null, after: 'sou-2007-104' },
    ]);
    const shown = async (asOf: string) => (await fetchNetwork(test.database, { asOf, kinds: ['Body'] })).nodes.some((node) => node.id === id);
    expect(await shown('2007-06-30')).toBe(true);
    expect(await shown('2007-07-01')).toBe(false);
  });

  it('creates, changes and ends a link with the ends its type allows', async () => {
    const municipality = await givenNode(test, admin.username, newNode(test, 'kommun', { kind: 'Municipality', bodyType: null }));
    const body = await givenNode(test, admin.username, newNode(test, 'radet'));
    const { createLink } = dataOf(
      await editorClient.graphql<{ createLink: { link: { version: number; edge: { id: string } } } }>(
        `mutation($input: NewLinkInput!) { createLink(input: $input) { ${outcomeFields} } }`,
        { input: newLink(test, municipality, body, { type: 'MEMBER_OF', role: 'party' }) },
      ),
    );
    const linkId = createLink.link.edge.id;
    expect(linkId).toBe(`member-of-${municipality}-${body}`);
    const changed = dataOf(
      await editorClient.graphql<{ changeLink: { changes: unknown[]; link: { version: number } } }>(
        `mutation($id: ID!) { changeLink(input: { id: $id, expectedVersion: 1, changes: { role: "chair" } }) { ${outcomeFields} } }`,
        { id: linkId },
      ),
    ).changeLink;
    expect(changed.changes).toEqual([{ field: 'role', before: 'party', after: 'chair' }]);
    expect(changed.link.version).toBe(2);
    const audit = await auditOf(municipality);
    expect(audit.records.map((record) => [record.action, record.targetId])).toEqual([
      ['update', linkId],
      ['create', linkId],
      ['create', municipality],
    ]);
  });

  it('takes a viewer\'s proposal through an editor\'s review, recorded with the proposal', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'proposed'));
    const proposal = dataOf(
      await viewerClient.graphql<{ proposeChange: { id: string; status: string; changes: unknown[]; proposedBy: string } }>(
        'mutation($id: ID!) { proposeChange(change: { changeNode: { id: $id, expectedVersion: 1, changes: { nameEn: "Proposed body" } } }, source: "sou-2007-104", locator: "line 1559", note: "stavning") { id status changes { field before after } proposedBy } }',
        { id },
      ),
    ).proposeChange;
    expect(proposal).toMatchObject({ status: 'pending', proposedBy: viewer.username, changes: [{ field: 'nameEn', before: null, after: 'Proposed body' }] });
    const pending = dataOf(await editorClient.graphql<{ proposals: { id: string }[] }>('{ proposals(status: pending, limit: 500) { id } }'));
    expect(pending.proposals.map((proposal) => proposal.id)).toContain(proposal.id);

    const accepted = dataOf(
      await editorClient.graphql<{ acceptProposal: { status: string; reviewedBy: string } }>('mutation($id: ID!) { acceptProposal(id: $id, note: "ok") { status reviewedBy } }', {
        id: proposal.id,
      }),
    );
    expect(accepted.acceptProposal).toEqual({ status: 'accepted', reviewedBy: editor.username });
    const [applied] = (await auditOf(id)).records;
    expect(applied).toMatchObject({ action: 'update', username: editor.username, proposalId: proposal.id });
    const again = await editorClient.graphql('mutation($id: ID!) { rejectProposal(id: $id) { status } }', { id: proposal.id });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('refuses a proposal that is stale when it is accepted', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'overtaken'));
    const proposal = dataOf(
      await viewerClient.graphql<{ proposeChange: { id: string } }>(
        'mutation($id: ID!) { proposeChange(change: { changeNode: { id: $id, expectedVersion: 1, changes: { name: "Förslag" } } }, source: "sou-2007-104", locator: "line 1") { id } }',
        { id },
      ),
    ).proposeChange;
    dataOf(await editorClient.graphql('mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "Redigerat" } }) { applied } }', { id }));
    const accept = await secondEditorClient.graphql('mutation($id: ID!) { acceptProposal(id: $id) { status } }', { id: proposal.id });
    expect(errorCode(accept)).toBe('CONFLICT');
  });

  it('lets an admin delete a node with its links, and undoing brings both back', async () => {
    const a = await givenNode(test, admin.username, newNode(test, 'doomed', { kind: 'Municipality', bodyType: null }));
    const b = await givenNode(test, admin.username, newNode(test, 'neighbour'));
    const linkId = await givenLink(test, admin.username, newLink(test, a, b, { type: 'MEMBER_OF' }));
    const deleted = dataOf(
      await adminClient.graphql<{ deleteNode: { action: string; auditRecord: AuditRecordData } }>(
        `mutation($id: ID!) { deleteNode(input: { id: $id, expectedVersion: 1 }) { ${outcomeFields} } }`,
        { id: a },
      ),
    ).deleteNode;
    expect(deleted.action).toBe('delete');
    expect(JSON.parse(deleted.auditRecord.before ?? '{}')).toMatchObject({ id: a, links: [{ id: linkId, from: a, to: b, type: 'MEMBER_OF' }] });
    expect(deleted.auditRecord.after).toBeNull();
    expect(dataOf(await adminClient.graphql<{ editableNode: null }>('query($id: ID!) { editableNode(id: $id) { version } }', { id: a })).editableNode).toBeNull();

    const undone = dataOf(await adminClient.graphql<{ undoLastChange: AuditRecordData }>(`mutation { undoLastChange { ${recordFields} } }`)).undoLastChange;
    expect(undone).toMatchObject({ action: 'create', targetId: a, undoOf: deleted.auditRecord.id, before: null });
    const restored = dataOf(await adminClient.graphql<{ editableLink: unknown }>('query($id: ID!) { editableLink(id: $id) { edge { source target } } }', { id: linkId }));
    expect(restored.editableLink).toEqual({ edge: { source: a, target: b } });
  });

  it('undoes the last change of a user as a change of its own, and refuses when the target moved on', async () => {
    const id = await givenNode(test, admin.username, newNode(test, 'undoable'));
    dataOf(await editorClient.graphql('mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "Ändrat" } }) { applied } }', { id }));
    const undone = dataOf(await editorClient.graphql<{ undoLastChange: AuditRecordData }>(`mutation { undoLastChange { ${recordFields} } }`)).undoLastChange;
    expect(undone).toMatchObject({ action: 'update', username: editor.username, changes: [{ field: 'name', before: 'Ändrat', after: 'Testorgan undoable' }] });
    const node = dataOf(await editorClient.graphql<{ editableNode: unknown }>('query($id: ID!) { editableNode(id: $id) { version node { name } } }', { id }));
    expect(node.editableNode).toEqual({ version: 3, node: { name: 'Testorgan undoable' } });

    const other = await givenNode(test, admin.username, newNode(test, 'moved-on'));
    dataOf(await editorClient.graphql('mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 1, changes: { name: "Mitt" } }) { applied } }', { id: other }));
    dataOf(await secondEditorClient.graphql('mutation($id: ID!) { changeNode(input: { id: $id, expectedVersion: 2, changes: { name: "Ditt" } }) { applied } }', { id: other }));
    expect(errorCode(await editorClient.graphql('mutation { undoLastChange { id } }'))).toBe('CONFLICT');
  });
});
