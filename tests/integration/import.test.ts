import { readNodes } from '../../server/src/editing/entityStore';
import { applyMapping, strictMapping } from '../../server/src/import/mapping';
import { planImport } from '../../server/src/import/planImport';
import { readTables } from '../../server/src/import/readTables';
import { runImport } from '../../server/src/import/runImport';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { linkRow, nodeRow, sourceRow } from '../helpers/builders';
import { countTestAuditRecords, createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { commit, csvFile, preview, upload, xlsxFile } from '../helpers/importFiles';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

describe('spreadsheet import', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let editor: TestAccount;
  let client: TestHttpClient;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    editor = await createTestAccount(test, 'editor');
    client = new TestHttpClient(running.url);
    dataOf(await client.signIn(editor.username, editor.password));
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  /** Rows in the seed's layout with ids under the test's prefix, made by the seed builders. */
  const id = (name: string) => `${test.idPrefix}${name}`;
  // A seed source with no publication date or line count: these rows' later dates are not what the tests are about
  // (a date after the report was published needs its own provenance, which the last test checks).
  const undated = 'ds-2008-67';
  const body = (name: string, cells: Record<string, string> = {}) =>
    nodeRow({ id: id(name), kind: 'Body', name: `Importerat ${name}`, source: undated, bodyType: 'localCooperation', ...cells }).cells;
  const member = (name: string, from: string, to: string, cells: Record<string, string> = {}) =>
    linkRow({ id: id(name), from, to, source: undated, ...cells }).cells;
  const storedIds = async (ids: string[]) => [...(await test.database.read((tx) => readNodes(tx, ids))).keys()].sort();

  it('refuses a file with one bad row, names its row, column and reason, and writes nothing', async () => {
    const rows = [body('bad-a'), body('bad-b', { evidence: 'rumour' }), body('bad-c', { validFrom: '2008', validTo: '2007' })];
    const before = await countTestAuditRecords(test);
    const job = await preview(client, 'nodes.csv', csvFile(rows));
    expect(job.status).toBe('invalid');
    expect(job.preview?.problems).toEqual([
      { table: 'nodes', row: 3, column: 'evidence', reason: expect.stringMatching(/documented/) as unknown },
      { table: 'nodes', row: 4, column: 'validTo', reason: 'ends (2007-12-31) before it starts (2008-01-01)' },
    ]);
    expect(job.preview?.createdCount).toBe(1);
    const refused = await client.graphql('mutation($id: ID!) { commitImport(jobId: $id) { status } }', { id: job.id });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await storedIds([id('bad-a'), id('bad-b'), id('bad-c')])).toEqual([]);
    expect(await countTestAuditRecords(test)).toBe(before);
  });

  it('imports every row of a valid workbook in one go, sources and links included, each change recorded', async () => {
    const source = sourceRow({ id: id('report'), title: 'Lokal rapport', citation: 'Lokal rapport, 2009' }).cells;
    const municipality = nodeRow({ id: id('kommun'), name: 'Importköping', source: id('report') }).cells;
    const workbook = await xlsxFile({
      sources: [source],
      nodes: [municipality, body('radet'), body('forum', { validFrom: '2009-03' })],
      links: [member('member-radet', id('kommun'), id('radet')), member('member-forum', id('kommun'), id('forum'), { role: 'chair' })],
    });
    const job = await preview(client, 'kommun.xlsx', workbook);
    expect(job.status).toBe('ready');
    expect(job.preview).toMatchObject({ createdCount: 6, changedCount: 0, endedCount: 0, unchangedCount: 0, problemCount: 0 });
    expect(job.preview?.created.map((item) => [item.table, item.row, item.targetType, item.id])).toEqual([
      ['sources', 2, 'source', id('report')],
      ['nodes', 2, 'node', id('kommun')],
      ['nodes', 3, 'node', id('radet')],
      ['nodes', 4, 'node', id('forum')],
      ['links', 2, 'link', id('member-radet')],
      ['links', 3, 'link', id('member-forum')],
    ]);
    const committed = await commit(client, job.id);
    expect(committed.status).toBe('committed');
    expect(await storedIds([id('kommun'), id('radet'), id('forum')])).toEqual([id('forum'), id('kommun'), id('radet')].sort());
    const audit = dataOf(
      await client.graphql<{ auditRecords: { total: number; records: { importFile: string; username: string }[] } }>(
        'query($i: ID) { auditRecords(filter: { importId: $i }) { total records { importFile username } } }',
        { i: committed.importId },
      ),
    );
    expect(audit.auditRecords.total).toBe(6);
    expect(audit.auditRecords.records[0]).toEqual({ importFile: 'kommun.xlsx', username: editor.username });
    const forum = dataOf(await client.graphql<{ editableNode: unknown }>('query($id: ID!) { editableNode(id: $id) { version node { validFrom } } }', { id: id('forum') }));
    expect(forum.editableNode).toEqual({ version: 1, node: { validFrom: '2009-03-01' } });

    const again = await preview(client, 'kommun.xlsx', workbook);
    expect(again.preview).toMatchObject({ createdCount: 0, changedCount: 0, endedCount: 0, unchangedCount: 6, problemCount: 0 });
    const before = await countTestAuditRecords(test);
    expect((await commit(client, again.id)).status).toBe('committed');
    expect(await countTestAuditRecords(test)).toBe(before);
  });

  it('reads an .xlsx and the equivalent .csv to the same result', async () => {
    const rows = [body('twin-a', { validFrom: '2007', note: 'med "citat", och komma' }), body('twin-b', { validTo: '2008-06' })];
    const fromCsv = await preview(client, 'nodes.csv', csvFile(rows));
    const fromXlsx = await preview(client, 'tvilling.xlsx', await xlsxFile({ nodes: rows }));
    expect(fromXlsx.preview).toEqual(fromCsv.preview);
    expect(fromCsv.preview?.createdCount).toBe(2);
    expect((await commit(client, fromCsv.id)).status).toBe('committed');
    const afterCsv = await preview(client, 'tvilling.xlsx', await xlsxFile({ nodes: rows }));
    expect(afterCsv.preview).toMatchObject({ createdCount: 0, changedCount: 0, unchangedCount: 2 });
  });

  it('shows what a file would change and end, and maps columns named differently', async () => {
    const firstJob = await preview(client, 'nodes.csv', csvFile([body('moving'), body('closing')]));
    await commit(client, firstJob.id);
    const renamed: Record<string, string>[] = [
      { ID: id('moving'), Kind: 'Body', Namn: 'Nytt namn', Evidence: 'documented', Källa: undated, Locator: 'lines 1-2', bodyType: 'localCooperation', Kommentar: 'ignoreras' },
      { ID: id('closing'), Kind: 'Body', Namn: 'Importerat closing', Evidence: 'documented', Källa: undated, Locator: 'lines 1-2', bodyType: 'localCooperation', 'Giltig till': '2009-12-31', Kommentar: '' },
    ];
    const job = await preview(client, 'noder.csv', csvFile(renamed), (tables) => {
      expect(tables).toEqual([
        {
          name: 'noder',
          kind: 'nodes',
          columns: [
            { column: 'ID', field: 'id' },
            { column: 'Kind', field: 'kind' },
            { column: 'Namn', field: 'name' },
            { column: 'Evidence', field: 'evidence' },
            { column: 'Källa', field: 'source' },
            { column: 'Locator', field: 'locator' },
            { column: 'bodyType', field: 'bodyType' },
            { column: 'Kommentar', field: null },
            { column: 'Giltig till', field: 'validTo' },
          ],
        },
      ]);
      return tables;
    });
    expect(job.preview).toMatchObject({ createdCount: 0, changedCount: 1, endedCount: 1, problemCount: 0 });
    expect(job.preview?.changed[0]).toEqual({ id: id('moving'), changes: [{ field: 'name', before: 'Importerat moving', after: 'Nytt namn' }] });
    expect(job.preview?.ended).toEqual([{ id: id('closing') }]);
  });

  it('refuses a link whose ends do not exist or are of the wrong kind, and a node whose kind would change', async () => {
    const job = await preview(
      client,
      'blandat.xlsx',
      await xlsxFile({
        nodes: [nodeRow({ id: 'municipality-0180', kind: 'Body', name: 'Stockholm', source: 'sou-2007-104', locator: 'line 1' }).cells],
        links: [member('dangling', id('nowhere'), 'goal-employment'), member('backwards', 'goal-employment', 'municipality-1280')],
      }),
    );
    expect(job.preview?.problems).toEqual([
      { table: 'links', row: 2, column: 'from', reason: `no node "${id('nowhere')}" in the file or the database` },
      { table: 'links', row: 2, column: 'to', reason: 'a MEMBER_OF link cannot end at a GoalArea' },
      { table: 'links', row: 3, column: 'from', reason: 'a MEMBER_OF link cannot start at a GoalArea' },
      { table: 'links', row: 3, column: 'to', reason: 'a MEMBER_OF link cannot end at a Municipality' },
      { table: 'nodes', row: 2, column: 'kind', reason: '"municipality-0180" is stored as a Municipality; a node\'s kind cannot change' },
    ]);
  });

  it('takes uploads only from editors, with the CSRF header', async () => {
    const viewer = await createTestAccount(test, 'viewer');
    const viewerClient = new TestHttpClient(running.url);
    dataOf(await viewerClient.signIn(viewer.username, viewer.password));
    expect((await upload(viewerClient, 'nodes.csv', csvFile([body('x')]))).status).toBe(403);
    expect((await upload(new TestHttpClient(running.url), 'nodes.csv', csvFile([body('x')]))).status).toBe(401);
    client.sendCsrfHeader = false;
    const forged = await upload(client, 'nodes.csv', csvFile([body('x')]));
    client.sendCsrfHeader = true;
    expect(forged.status).toBe(403);
    const notSpreadsheet = await upload(client, 'nodes.txt', Buffer.from('id\n'));
    expect(notSpreadsheet.status).toBe(400);
    expect(await notSpreadsheet.json()).toEqual({ errors: [{ message: 'file: must be a .csv or .xlsx file', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('offers a template workbook with the seed\'s columns, which imports as nothing', async () => {
    const response = await client.fetch('/api/import/template.xlsx');
    expect(response.status).toBe(200);
    const content = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['sources', 'nodes', 'links', 'instructions']);
    expect(workbook.getWorksheet('links')?.getRow(1).values).toEqual([undefined, 'id', 'type', 'from', 'to', 'evidence', 'source', 'locator', 'inferred', 'validFrom', 'validTo', 'dateSource', 'dateLocator', 'dateDerivation', 'note', 'role', 'goalAreas', 'form', 'task']);
    const job = await preview(client, 'template.xlsx', content);
    expect(job.preview).toMatchObject({ createdCount: 0, problemCount: 0 });
    expect(await (await client.fetch('/api/import/template-nodes.csv')).text()).toMatch(/^id,kind,name,evidence,source,locator,/);
  });

  it('holds every row to the seed\'s rules of sourcing, against the sources in the file and in the database', async () => {
    const wiki = sourceRow({ id: id('wiki'), title: 'En wiki', citation: 'En wiki', type: 'tertiary' }).cells;
    const job = await preview(
      client,
      'kallor.xlsx',
      await xlsxFile({
        sources: [wiki],
        nodes: [
          body('on-wiki', { source: id('wiki') }),
          body('past-the-end', { source: 'sou-2007-104', locator: 'lines 2200-2300' }),
          body('later', { source: 'sou-2007-104', locator: 'line 617', validFrom: '2009' }),
          body('later-with-source', { source: 'sou-2007-104', locator: 'line 617', validFrom: '2009', dateSource: id('wiki'), dateLocator: 'the page' }),
        ],
      }),
    );
    expect(job.preview?.problems).toEqual([
      {
        table: 'nodes',
        row: 2,
        column: 'evidence',
        reason: `cannot be documented: "${id('wiki')}" is a tertiary source (a compilation of others); cite the record it rests on, or lower the evidence`,
      },
      { table: 'nodes', row: 3, column: 'locator', reason: 'line 2300 lies outside "sou-2007-104", which has 2215 lines' },
      {
        table: 'nodes',
        row: 4,
        column: 'validFrom',
        reason: '2009 is after "sou-2007-104" was published (2007-10), so it cannot come from it: give the date its own dateSource and dateLocator, or its dateDerivation',
      },
    ]);
  });

  it('reports progress while it checks a large file', async () => {
    const rows = Array.from({ length: 5_000 }, (_, index) => body(`bulk-${index}`));
    const tables = await readTables('nodes.csv', csvFile(rows));
    const { tables: mapped } = applyMapping(tables, strictMapping(tables).mappings);
    const seen: string[] = [];
    const plan = await test.database.read((tx) => planImport(tx, mapped, (phase, processed, total) => seen.push(`${phase} ${processed}/${total}`)));
    expect(plan.changes).toHaveLength(5_000);
    expect(seen.slice(0, 3)).toEqual(['validating 2000/5000', 'validating 4000/5000', 'validating 5000/5000']);
    expect(seen.at(-1)).toMatch(/^comparing (\d+)\/\1$/);
  });

  it('runs the same dry run and commit from the command line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samverkan-import-')), 'nodes.csv');
    writeFileSync(file, csvFile([body('cli-a'), body('cli-b')]));
    const lines: string[] = [];
    expect(await runImport(test.database, { file, dryRun: true, username: null }, (line) => lines.push(line))).toBe(0);
    expect(lines).toContain('nodes.csv: 2 to create, 0 to change, 0 to end, 0 unchanged.');
    expect(await storedIds([id('cli-a'), id('cli-b')])).toEqual([]);
    expect(await runImport(test.database, { file, dryRun: false, username: editor.username }, (line) => lines.push(line))).toBe(0);
    expect(await storedIds([id('cli-a'), id('cli-b')])).toEqual([id('cli-a'), id('cli-b')]);

    writeFileSync(file, csvFile([{ ...body('cli-c'), colour: 'blue' }]));
    lines.length = 0;
    expect(await runImport(test.database, { file, dryRun: false, username: editor.username }, (line) => lines.push(line))).toBe(1);
    expect(lines).toContain('nodes row 1 colour: is not a known column');
    expect(await storedIds([id('cli-c')])).toEqual([]);
  });
});
