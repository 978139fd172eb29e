import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../neo4j/supervisor';
import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createDatabase, type Database } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';
import { freePort, within } from './faultNeo4j';

/** The bundled Neo4j as the app runs it (`connectNeo4j`), in a folder and on a port of this test's own. */
describe('the bundled Neo4j killed while the app runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-supervised-neo4j-'));
  const password = randomBytes(18).toString('base64url');
  const logged: string[] = [];
  let neo4j: SupervisedNeo4j;
  let database: Database;

  beforeAll(async () => {
    const boltPort = await freePort();
    neo4j = await superviseLocalNeo4j({ dataDir, boltPort, password, log: (line) => logged.push(line) }, { maxRestarts: 2, windowMs: 600_000, firstDelayMs: 500 });
    const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password });
    await applySchema(driver);
    database = createDatabase(driver);
    await loadSeed(database);
  }, 300_000);
  afterAll(async () => {
    await database.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is started again on the same data, and the driver the app already holds reads from it without a restart of the app', async () => {
    const before = summarise(await readStoredGraph(database));
    const killed = neo4j.pid;
    expect(killed).toBeDefined();
    process.kill(killed ?? 0, 'SIGKILL');

    await within(240_000, () => Promise.resolve(neo4j.restarts === 1));
    expect(neo4j.pid).not.toBe(killed);
    expect(logged.some((line) => line.startsWith('Neo4j exited (signal SIGKILL): starting it again in 0.5 s (restart 1 of at most 2'))).toBe(true);
    expect(logged).toContain('Neo4j is running again (restart 1).');
    expect(summarise(await readStoredGraph(database))).toEqual(before);
  }, 300_000);

  it('gives up, and says so, once the restarts within the window are used up', async () => {
    process.kill(neo4j.pid ?? 0, 'SIGKILL');
    await within(240_000, () => Promise.resolve(neo4j.restarts === 2));
    process.kill(neo4j.pid ?? 0, 'SIGKILL');
    await within(10_000, () => Promise.resolve(logged.some((line) => line.includes('after 2 restarts within 10 minutes: not restarting it again'))));
    expect(neo4j.restarts).toBe(2);
  }, 300_000);
});
