import { stringify } from 'csv-stringify/sync';
import { createDatabase } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { startCommit } from '../../server/src/import/importJobs';
import { applyMapping, strictMapping } from '../../server/src/import/mapping';
import { planImport } from '../../server/src/import/planImport';
import { readTables } from '../../server/src/import/readTables';
import type { ImportJobState } from '../../server/src/import/registry';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

describe('an import commit that fails on the server', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(() => test.close());

  it('logs the cause (the driver error code) while the user sees only the coded message', async () => {
    const file = Buffer.from(
      stringify([
        ['id', 'kind', 'name', 'bodyType', 'evidence', 'source', 'locator'],
        [`${test.idPrefix}body`, 'Body', 'Samordningsförbundet', 'finsamAssociation', 'general', 'sou-2007-104', 'lines 617-625'],
      ]),
    );
    const tables = await readTables('bodies.csv', file);
    const { tables: mapped } = applyMapping(tables, strictMapping(tables).mappings);
    const plan = await test.database.read((tx) => planImport(tx, mapped));
    expect(plan.problems).toEqual([]);
    const job: ImportJobState = {
      id: 'import-job-logged',
      upload: { id: 'upload-logged', fileName: 'bodies.csv', username: 'anna', tables, bytes: file.length, createdAt: Date.now() },
      username: 'anna',
      status: 'ready',
      phase: 'done',
      processed: 0,
      total: 1,
      tables: mapped,
      mappingProblems: [],
      plan,
      error: null,
      importId: null,
      bytes: file.length,
      createdAt: Date.now(),
    };
    // Neo4j gone between the preview and the commit: nothing listens on this port.
    const unreachable = createDatabase(createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'not-used' }));
    const logged: string[] = [];
    const original = console.error;
    console.error = (...items: unknown[]) => logged.push(items.map(String).join(' '));
    try {
      startCommit(unreachable, job, 'anna');
      for (let wait = 0; wait < 200 && job.phase !== 'done'; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.error = original;
      await unreachable.close();
    }
    expect(job.status).toBe('failed');
    expect(job.error).toBe('The database is not reachable right now; try again in a moment.');
    expect(logged).toEqual([expect.stringMatching(/^\[samverkan\] import commit failed \(job import-job-logged, 1 rows, by anna\): ServiceUnavailable: /)]);
  });
});
