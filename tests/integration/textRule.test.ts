import { buildSnapshot } from '../../server/src/export/buildSnapshot';
import { writeGexf } from '../../server/src/export/gexf';
import { writeGraphml } from '../../server/src/export/graphml';
import { noFilter } from '../../server/src/export/types';
import { readNodes } from '../../server/src/editing/entityStore';
import { inputLimits } from '../../server/src/security/limits';
import { countTestAuditRecords, createTestAccount, removeTestAccounts } from '../helpers/accounts';
import { newNode } from '../helpers/editingFixtures';
import { codePoint, xmlForbidden } from '../helpers/forbiddenText';
import { dataOf, TestHttpClient } from '../helpers/httpClient';
import { csvFile, preview } from '../helpers/importFiles';
import { nodeRow } from '../helpers/builders';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { schemaErrors } from '../helpers/xmlSchema';

const createNode = 'mutation($input: NewNodeInput!) { createNode(input: $input) { applied } }';
const refusal = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => {
  const extensions = answer.errors?.[0]?.extensions;
  return { code: extensions?.['code'], argument: extensions?.['argument'] };
};

describe('one rule for text coming in, and XML exports that hold whatever is stored', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let client: TestHttpClient;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    const editor = await createTestAccount(test, 'editor');
    client = new TestHttpClient(running.url);
    dataOf(await client.signIn(editor.username, editor.password));
  });
  /** A node row of an import file under the test's prefix. */
  const node = (name: string, cells: Record<string, string>) => nodeRow({ id: `${test.idPrefix}${name}`, source: 'sou-2007-104', ...cells }).cells;

  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('writes well-formed, schema-valid GEXF and GraphML after every forbidden character is stored straight into the database', async () => {
    const dirty = `Förbjudet ${xmlForbidden.join('·')} slut`;
    const source = `${test.idPrefix}dirty-source`;
    const node = `${test.idPrefix}dirty`;
    await test.database.write(async (tx) => {
      await tx.run('editing/merge-sources', { sources: [{ id: source, properties: { id: source, title: dirty, citation: dirty } }] });
      const properties = { kind: 'Body', name: dirty, note: dirty, evidence: 'documented', source, locator: dirty, bodyType: 'localCooperation' };
      await tx.run('entities/create-entity', { id: node, properties });
      await tx.run('entities/apply-kind-labels', { ids: [node] });
      const link = { id: `${test.idPrefix}dirty-link`, type: 'MEMBER_OF', from: 'integrationsverket', to: node, properties: { id: `${test.idPrefix}dirty-link`, evidence: 'documented', source, locator: dirty, role: dirty } };
      await tx.run('editing/create-links', { links: [link] });
    });
    const snapshot = await buildSnapshot(test.database, { scope: { type: 'snapshot', asOf: null }, mode: 'twoMode', filter: noFilter });
    expect(snapshot.graph.nodes.find((candidate) => candidate.id === node)?.label).toContain('Förbjudet');
    const gexf = writeGexf(snapshot);
    const graphml = writeGraphml(snapshot);
    expect(gexf).toContain('Förbjudet ·');
    expect(schemaErrors('gexf', gexf)).toEqual([]);
    expect(schemaErrors('graphml', graphml)).toEqual([]);
  });

  it('GraphQL refuses each forbidden character with BAD_USER_INPUT naming the field, before anything is written', async () => {
    const before = await countTestAuditRecords(test);
    const refusals = [];
    for (const [index, character] of xmlForbidden.entries()) {
      const answer = await client.graphql(createNode, { input: newNode(test, `forbidden-${index}`, { name: `Namn ${character} här` }) });
      refusals.push([codePoint(character), refusal(answer)]);
    }
    expect(refusals).toEqual(xmlForbidden.map((character) => [codePoint(character), { code: 'BAD_USER_INPUT', argument: 'Mutation.createNode(input).name' }]));
    expect(await countTestAuditRecords(test)).toBe(before);
  });

  it('the import refuses each forbidden character, and cells past the length cap, naming row and column', async () => {
    // A UTF-8 file cannot carry half a surrogate pair (an encoder writes U+FFFD instead), so those are left out here.
    const inFile = xmlForbidden.filter((character) => !/[\uD800-\uDFFF]/.test(character));
    const rows = inFile.map((character, index) => node(`imported-${index}`, { note: `Anteckning ${character} slut` }));
    rows.push(node('imported-long', { description: 'x'.repeat(200_000) }));
    const job = await preview(client, 'nodes.csv', csvFile(rows));
    expect(job.status).toBe('invalid');
    expect(job.preview?.problems.map(({ row, column }) => [row, column])).toEqual([
      ...inFile.map((_, index) => [index + 2, 'note']),
      [inFile.length + 2, 'description'],
    ]);
    expect(job.preview?.problems.at(-1)?.reason).toBe(`is 200000 characters long; at most ${inputLimits.textLength} are allowed`);
  });

  describe('values the database index cannot hold (over 8 KB of UTF-8, within the character cap)', () => {
    const half = inputLimits.indexedTextBytes / 2;
    const tooLong = 'ö'.repeat(half + 1);

    it('GraphQL refuses a name or a code with BAD_USER_INPUT naming the field, and stores one at the cap', async () => {
      expect(tooLong.length).toBeLessThan(inputLimits.textLength);
      expect(refusal(await client.graphql(createNode, { input: newNode(test, 'long-name', { name: tooLong }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'Mutation.createNode(input).name',
      });
      expect(refusal(await client.graphql(createNode, { input: newNode(test, 'long-code', { code: tooLong }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'Mutation.createNode(input).code',
      });
      const atCap = newNode(test, 'at-cap', { name: 'ö'.repeat(half), code: 'k'.repeat(inputLimits.indexedTextBytes) });
      expect(dataOf(await client.graphql<{ createNode: { applied: boolean } }>(createNode, { input: atCap })).createNode.applied).toBe(true);
      const stored = await test.database.read((tx) => readNodes(tx, [atCap.id]));
      expect(stored.get(atCap.id)?.properties['name']).toBe(atCap.name);
    });

    it('the import preview marks the row invalid, naming the column, instead of failing at commit', async () => {
      const rows = [node('imported-long-name', { name: tooLong }), node('imported-long-code', { code: tooLong })];
      const job = await preview(client, 'nodes.csv', csvFile(rows));
      expect(job.status).toBe('invalid');
      expect(job.preview?.problems).toEqual([
        { table: 'nodes', row: 2, column: 'name', reason: `is ${inputLimits.indexedTextBytes + 2} bytes of UTF-8; at most ${inputLimits.indexedTextBytes} are allowed, as the database indexes it` },
        { table: 'nodes', row: 3, column: 'code', reason: expect.stringMatching(/bytes of UTF-8/) as unknown },
      ]);
    });
  });
});
