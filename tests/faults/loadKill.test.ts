import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readSeed } from '../../server/src/dataset/readSeed';
import { validateSeed, type ValidSeed } from '../../domain/validate';
import { writeSeed } from '../../server/src/dataset/writeSeed';
import { createUser } from '../../server/src/auth/userRepository';
import { summarise, type ContentSummary } from '../../server/src/backup/contentHash';
import { restoreBackup } from '../../server/src/backup/restoreBackup';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { writeBackup } from '../../server/src/backup/writeBackup';
import type { Database } from '../../server/src/db/database';
import { AppError } from '../../server/src/db/errors';
import { runImport } from '../../server/src/import/runImport';
import { linkRow, nodeRow } from '../helpers/builders';
import { FaultNeo4j } from './faultNeo4j';
import { killingDatabase } from './killingDatabase';

const extra = 3_000;

/** The seed and `extra` more organisations, each owned by Stockholm: a load big enough to be cut off halfway. */
function largerSeed(): ValidSeed {
  const read = readSeed();
  if (!read.ok) throw new Error('The seed does not read');
  const provenance = { evidence: 'documented', source: 'sou-2007-104', locator: 'line 1' };
  const nodes = Array.from({ length: extra }, (_, index) => nodeRow({ id: `fault-org-${index}`, kind: 'Organisation', name: `Organisation ${index}`, ...provenance }));
  const links = nodes.map((_, index) => linkRow({ id: `fault-owned-${index}`, type: 'OWNED_BY', from: `fault-org-${index}`, to: 'municipality-0180', ...provenance }));
  const validation = validateSeed({ ...read.rows, nodes: [...read.rows.nodes, ...nodes], links: [...read.rows.links, ...links] });
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems.slice(0, 3)));
  return validation.seed;
}

describe('Neo4j killed in the middle of a write', () => {
  let neo4j: FaultNeo4j;
  let database: Database;
  const scratch = mkdtempSync(join(tmpdir(), 'samverkan-fault-files-'));
  const graph = async () => summarise(await readStoredGraph(database));

  beforeAll(async () => {
    neo4j = await FaultNeo4j.create();
    database = await neo4j.startSeeded();
    await createUser(database, 'fault-test', 'fault-editor', 'fault editor password', 'editor');
  }, 240_000);

  afterAll(async () => {
    await database.close();
    await neo4j.remove();
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  async function killedMidWay(write: (db: Database) => Promise<unknown>, statement: Parameters<typeof killingDatabase>[1]): Promise<ContentSummary> {
    const before = await graph();
    const killing = killingDatabase(database, statement, () => neo4j.kill());
    const failure: unknown = await write(killing).then(() => undefined, (error: unknown) => error);
    expect(killing.killed()).toBe(true);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('DATABASE_UNAVAILABLE');
    await neo4j.start();
    expect(await graph()).toEqual(before);
    return before;
  }

  it('a seed load (one transaction): after the restart the data is exactly as before, and the load runs again', async () => {
    const seed = largerSeed();
    const before = await killedMidWay((db) => writeSeed(db, seed), 'seed/merge-nodes');
    await writeSeed(database, seed);
    const loaded = await graph();
    expect(loaded.labels['Organisation']).toBe((before.labels['Organisation'] ?? 0) + extra);
    await writeSeed(database, seed);
    expect(await graph()).toEqual(loaded);
  }, 300_000);

  it('a spreadsheet import: nothing of it, not even its audit records, survives the kill; re-run, it lands whole', async () => {
    const file = join(scratch, 'organisations.csv');
    const rows = Array.from({ length: 1_200 }, (_, index) => ({
      id: `fault-import-${index}`,
      kind: 'Organisation',
      name: `Imported organisation ${index}`,
      evidence: 'documented',
      source: 'sou-2007-104',
      locator: 'line 1',
    }));
    writeFileSync(file, stringify(rows, { header: true }));
    const command = { file, dryRun: false, username: 'fault-editor' };
    const before = await killedMidWay((db) => runImport(db, command, () => {}), 'editing/create-nodes');
    expect(await runImport(database, command, () => {})).toBe(0);
    const after = await graph();
    expect(after.labels['Organisation']).toBe((before.labels['Organisation'] ?? 0) + rows.length);
    expect(after.labels['AuditRecord']).toBe((before.labels['AuditRecord'] ?? 0) + rows.length);
  }, 300_000);

  it('restores a portable backup over the network in one checked transaction: counts and content hash equal', async () => {
    const directory = join(scratch, 'backup');
    const manifest = await writeBackup(database, directory);
    const whole = await graph();
    const restored = await restoreBackup(database, directory, { replace: true });
    expect(restored.verified).toBe(true);
    expect(restored.network).toEqual(manifest.network);
    const network = ['Entity', 'Source', 'ExpectationRule'].reduce((sum, label) => sum + (whole.labels[label] ?? 0), 0);
    expect(restored.network.nodes).toBe(network);
    expect(manifest.leftOut).toMatchObject({ User: 1 });
    expect(manifest.dropped['version']).toBeGreaterThan(0);
  }, 300_000);
});
