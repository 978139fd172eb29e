import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createUser } from '../../server/src/auth/userRepository';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { runImport } from '../../server/src/import/runImport';
import { startServerProcess } from '../harness/serverProcess';
import { signedInHeaders } from '../harness/signIn';
import { startThrowawayNeo4j } from '../harness/throwawayNeo4j';
import { figuresTable, measure } from './measure';
import { readWorkloads } from './workloads';
import { graphql, newTally, writeUntil } from './writers';

/**
 * `npm run soak [-- --seconds 60 --writers 3 --readers 4]`: reads under autocannon while editors
 * create, rename and fight over one shared node through the API, and spreadsheet imports and seed
 * reloads run beside them. Afterwards every acknowledged write must be in the database: exit code 1
 * when anything was lost, a read failed or a write failed other than by an expected conflict.
 */
const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, writers: { type: 'string', default: '3' }, readers: { type: 'string', default: '4' } },
});
const seconds = Number(values.seconds);

console.log('[soak] starting a throw-away Neo4j with the seed and the server…');
const neo4j = await startThrowawayNeo4j();
const server = await startServerProcess(neo4j.uri, neo4j.password);
const scratch = mkdtempSync(join(tmpdir(), 'samverkan-soak-'));
try {
  const writers = await Promise.all(
    Array.from({ length: Number(values.writers) }, (_, index) => signedInHeaders(server.url, neo4j.database, 'editor', `writer-${index}`)),
  );
  const [first] = writers;
  const [networkRead] = readWorkloads;
  if (first === undefined || networkRead === undefined) throw new Error('At least one writer and one read');
  await graphql(server.url, first, 'mutation($input: NewNodeInput!) { createNode(input: $input) { applied } }', {
    input: { id: 'soak-shared', kind: 'Organisation', name: 'Shared', evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' },
  });
  await createUser(neo4j.database, 'soak', 'bench-importer', 'bench importer password', 'editor');

  const deadline = Date.now() + seconds * 1000;
  const tallies = writers.map(() => newTally());
  const imported: string[] = [];
  let seedReloads = 0;
  const importer = async () => {
    for (let round = 0; Date.now() < deadline; round++) {
      const rows = Array.from({ length: 50 }, (_, index) => ({
        id: `soak-import-${round}-${index}`,
        kind: 'Organisation',
        name: `Imported ${round}-${index}`,
        evidence: 'documented',
        source: 'sou-2007-104',
        locator: 'line 1',
      }));
      const file = join(scratch, `import-${round}.csv`);
      writeFileSync(file, stringify(rows, { header: true }));
      if ((await runImport(neo4j.database, { file, dryRun: false, username: 'bench-importer' }, () => {})) === 0) imported.push(...rows.map((row) => row.id));
      await loadSeed(neo4j.database);
      seedReloads += 1;
    }
  };
  const [reads] = await Promise.all([
    measure(server.url, networkRead, Number(values.readers), seconds),
    importer(),
    ...writers.map((headers, index) => writeUntil(server.url, headers, `w${index}`, 'soak-shared', deadline, tallies[index] ?? newTally())),
  ]);

  const stored = new Map<string, { name: unknown; version: unknown }>();
  for (const node of (await readStoredGraph(neo4j.database)).nodes) {
    const value = (name: string) => node.properties.find((property) => property.name === name)?.value;
    const id = value('id');
    if (typeof id === 'string') stored.set(id, { name: value('name'), version: value('version') });
  }
  const created = tallies.flatMap((tally) => tally.created);
  const lostCreates = created.filter((id) => !stored.has(id));
  const lostRenames = tallies.flatMap((tally) => [...tally.renamed].filter(([id, name]) => stored.get(id)?.name !== name));
  const lostImports = imported.filter((id) => !stored.has(id));
  const sharedEdits = tallies.reduce((sum, tally) => sum + tally.sharedEdits, 0);
  const sharedVersion = stored.get('soak-shared')?.version;
  const failures = tallies.flatMap((tally) => tally.failures);

  console.log(figuresTable([reads]));
  const renames = tallies.reduce((sum, tally) => sum + tally.renamed.size, 0);
  const conflicts = tallies.reduce((sum, tally) => sum + tally.conflicts, 0);
  console.log(`edits acknowledged   ${created.length} creates, ${renames} renames, ${sharedEdits} edits of one shared node (${conflicts} conflicts re-read and retried)`);
  console.log(`imports committed    ${imported.length} rows in ${imported.length / 50} imports, ${seedReloads} seed reloads beside them`);
  console.log(`lost                 ${lostCreates.length} creates, ${lostRenames.length} renames, ${lostImports.length} imported rows`);
  console.log(`shared node version  ${String(sharedVersion)} (expected ${1 + sharedEdits})`);
  console.log(`failed writes        ${failures.length}${failures.slice(0, 5).map((failure) => `\n  ${failure}`).join('')}`);
  const lost = lostCreates.length + lostRenames.length + lostImports.length;
  process.exitCode = lost > 0 || reads.errors > 0 || failures.length > 0 || sharedVersion !== 1 + sharedEdits ? 1 : 0;
} finally {
  await server.stop();
  await neo4j.stop();
  rmSync(scratch, { recursive: true, force: true });
}
