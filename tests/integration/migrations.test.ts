import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenNode, newNode } from '../helpers/editingFixtures';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { listAuditRecords } from '../../server/src/audit/auditRepository';
import { applySchema } from '../../server/src/db/schema';
import { acceptProposal, listProposals, proposeChange } from '../../server/src/editing/proposals';

describe('the migrations applied with the schema', () => {
  let test: TestDatabase;
  let viewer: TestAccount;
  let editor: TestAccount;
  beforeAll(async () => {
    test = openTestDatabase();
    viewer = await createTestAccount(test, 'viewer');
    editor = await createTestAccount(test, 'editor');
  });
  afterAll(async () => {
    await removeTestAccounts(test);
    await test.close();
  });

  it('bring proposals stored as suggestions (before the rename) back as proposals, with their audit trail', async () => {
    const node = await givenNode(test, editor.username, newNode(test, 'renamed'));
    const change = { changeNode: { id: node, expectedVersion: 1, changes: { nameEn: 'Renamed' } } };
    const pending = await proposeChange(test.database, viewer, change, 'sou-2007-104', 'line 1', null);
    const accepted = await proposeChange(test.database, viewer, { changeNode: { id: node, expectedVersion: 1, changes: { name: 'Omdöpt' } } }, 'sou-2007-104', 'line 2', null);
    await acceptProposal(test.database, editor, accepted.id, null);
    const legacy = () =>
      test.database.read(async (tx) => {
        const record = (await tx.run('testing/count-legacy-proposals-by-prefix', { prefix: test.idPrefix })).records[0];
        return { nodes: Number(record?.get('nodes')), records: Number(record?.get('records')) };
      });
    await test.database.write((tx) => tx.run('testing/make-proposals-legacy-by-prefix', { prefix: test.idPrefix }));
    expect(await legacy()).toEqual({ nodes: 2, records: 3 });
    expect((await listProposals(test.database, null, 500)).map((proposal) => proposal.id)).not.toContain(pending.id);

    await applySchema(test.driver);

    expect(await legacy()).toEqual({ nodes: 0, records: 0 });
    const ids = (await listProposals(test.database, null, 500)).map((proposal) => proposal.id);
    expect(ids).toEqual(expect.arrayContaining([pending.id, accepted.id]));
    const { records } = await listAuditRecords(test.database, { username: viewer.username, nodeId: null, importId: null }, 500, 0);
    expect(records.map((record) => [record.targetType, record.proposalId])).toEqual(
      expect.arrayContaining([
        ['proposal', pending.id],
        ['proposal', accepted.id],
      ]),
    );
    expect(records.filter((record) => (record.after ?? '').includes('"target":"suggestion"'))).toEqual([]);
    const applied = await listAuditRecords(test.database, { username: editor.username, nodeId: node, importId: null }, 500, 0);
    expect(applied.records.find((record) => record.action === 'update')?.proposalId).toBe(accepted.id);
  });
});
