/**
 * `npm run bench:import [-- --rows 100000 --heap 2g]`: the advertised largest import, committed through the same
 * functions as the import view (read, map, preview, one-transaction commit with audit records) against a throw-away
 * bundled Neo4j with the seed loaded and the heap the app gives it. Prints the time of each step, the Neo4j JVM's
 * peak resident memory and this process's peak heap, and checks that every row was written. Exit code 1 when the
 * commit fails, with its cause.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { bundledMaxHeap, startLocalNeo4j } from '../../neo4j/local';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createUser } from '../../server/src/auth/userRepository';
import { createDatabase } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';
import { commitImport } from '../../server/src/import/commitImport';
import { applyMapping, strictMapping } from '../../server/src/import/mapping';
import { planImport } from '../../server/src/import/planImport';
import { readTables } from '../../server/src/import/readTables';
import { benchBoltPort } from '../shared/benchNeo4j';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

const rows = Number(option('rows', '100000'));
const heap = option('heap', bundledMaxHeap);

/** Bodies of the seed's own types, each citing the seed's main source: what a regional register import looks like. */
function nodesCsv(count: number): Buffer {
  const lines = [['id', 'kind', 'name', 'bodyType', 'evidence', 'source', 'locator', 'validFrom']];
  for (let row = 0; row < count; row += 1) {
    lines.push([`bench-import-body-${row}`, 'Body', `Samordningsförbund nummer ${row}`, 'finsamAssociation', 'general', 'sou-2007-104', `line ${(row % 2215) + 1}`, '2007-01-01']);
  }
  return Buffer.from(stringify(lines));
}

/** The kernel's record of the largest resident set a process has had (VmHWM), in MiB. */
function peakResidentMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((text) => text.startsWith('VmHWM:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? Number.NaN) / 1024;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-import-'));
const password = randomBytes(18).toString('base64url');
const neo4j = await startLocalNeo4j({ dataDir, boltPort: benchBoltPort, password, maxHeap: heap, log: () => undefined });
const driver = createDriver({ uri: neo4j.uri, username: neo4j.username, password });
const database = createDatabase(driver);
let nodePeakHeap = 0;
const sampler = setInterval(() => (nodePeakHeap = Math.max(nodePeakHeap, process.memoryUsage().heapUsed)), 200);
let exitCode = 0;
try {
  await applySchema(driver);
  await loadSeed(database);
  await createUser(database, 'bench', 'bench-importer', 'bench importer password', 'editor');
  const baseline = peakResidentMiB(neo4j.pid);

  let started = performance.now();
  const tables = await readTables('bodies.csv', nodesCsv(rows));
  const { mappings } = strictMapping(tables);
  const { tables: mapped } = applyMapping(tables, mappings);
  console.log(`read and mapped ${rows} rows          ${seconds(started)} s`);

  started = performance.now();
  const plan = await database.read((tx) => planImport(tx, mapped));
  console.log(`preview (${plan.changes.length} to create, ${plan.problems.length} problems)   ${seconds(started)} s`);
  if (plan.problems.length > 0) throw new Error(`the bench file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);

  started = performance.now();
  try {
    const result = await commitImport(database, 'bench-importer', 'bodies.csv', mapped, plan);
    console.log(`commit, one transaction              ${seconds(started)} s (${result.changes} changes, import ${result.importId})`);
  } catch (error) {
    exitCode = 1;
    const cause: unknown = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause).code) : '';
    console.log(`commit FAILED after                  ${seconds(started)} s: ${code} ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const written = await database.read(async (tx) => Number((await tx.run('testing/count-entities-by-prefix', { prefix: 'bench-import-body-' })).records[0]?.get('nodes')));
  console.log(`rows in the database afterwards      ${written} of ${rows}${exitCode === 0 && written !== rows ? ' (MISSING ROWS)' : ''}`);
  if (exitCode === 0 && written !== rows) exitCode = 1;
  console.log(`Neo4j heap -Xmx${heap}; JVM peak resident ${peakResidentMiB(neo4j.pid).toFixed(0)} MiB (${baseline.toFixed(0)} MiB before the import)`);
  console.log(`this process's peak heap             ${(nodePeakHeap / 1024 / 1024).toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
