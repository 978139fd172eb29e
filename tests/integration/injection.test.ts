import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { createEntity } from '../../server/src/entities/entityRepository';
import { formulaPayloads } from '../../bench/fuzz/injectionCorpus';
import { runInjection, textSites, type Send } from '../../bench/fuzz/injectionRun';
import { servedSchema } from '../../bench/harness/schema';
import { serveApp, type ServedApp } from '../../bench/harness/serveApp';
import { createTestAccount, removeTestAccounts } from '../helpers/accounts';
import { TestHttpClient } from '../helpers/httpClient';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const schema = servedSchema();

describe('an injection corpus against every text input of the API (the full cross product: npm run fuzz -- --injection)', () => {
  let test: TestDatabase;
  let app: ServedApp;
  let visitor: TestHttpClient;
  let editor: TestHttpClient;
  beforeAll(async () => {
    test = openTestDatabase();
    app = await serveApp(test.database, true);
    visitor = new TestHttpClient(app.url);
    await visitor.graphql('{ health { status } }');
    const account = await createTestAccount(test, 'editor');
    editor = new TestHttpClient(app.url);
    await editor.signIn(account.username, account.password);
  });
  afterAll(async () => {
    await app.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('runs none of it and changes nothing: as a visitor everywhere, as an editor in every dry run', async () => {
    const before = summarise(await readStoredGraph(test.database));
    const send: Send = async (operation, as) => {
      const client = as === 'editor' ? editor : visitor;
      const response = await client.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation) });
      return { status: response.status, text: await response.text() };
    };
    const figures = await runInjection(schema, send, false);
    expect(figures.failures).toEqual([]);
    expect(figures.requests).toBeGreaterThanOrEqual(2 * textSites(schema).length);
    expect(summarise(await readStoredGraph(test.database))).toEqual(before);
  }, 300_000);

  it('neutralises every formula-like cell of the CSV export', async () => {
    for (const [index, payload] of formulaPayloads.entries()) {
      await createEntity(test.database, {
        id: `${test.idPrefix}formula-${index}`,
        kind: 'Organisation',
        name: payload,
        evidence: 'documented',
        source: payload,
        locator: payload,
      });
    }
    const response = await fetch(`${app.url}/export/csv`);
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const cells: string[] = [];
    for (const file of Object.values(zip.files).filter((entry) => entry.name.endsWith('.csv'))) {
      const rows: string[][] = parseCsv(await file.async('string'), { bom: true, relax_column_count: true });
      cells.push(...rows.flat());
    }
    const planted = cells.filter((cell) => formulaPayloads.some((payload) => cell.endsWith(payload)));
    expect(planted.length).toBeGreaterThanOrEqual(formulaPayloads.length);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))).toEqual([]);
  });
});
