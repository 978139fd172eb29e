import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local';
import { createDatabase } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';
import { loadSeed } from '../../server/src/dataset/loadSeed';

/** The test Neo4j's Bolt port: apart from the app's 7687, so tests never touch the user's data. */
const testBoltPort = Number(process.env['TEST_NEO4J_BOLT_PORT'] ?? 7688);

/** Starts a throw-away Neo4j in a fresh folder, applies the schema and loads the seed once for all tests. */
export async function startTestNeo4j(): Promise<LocalNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-test-neo4j-'));
  const password = randomBytes(18).toString('base64url');
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: testBoltPort, password, log: () => {} });
  process.env['TEST_NEO4J_URI'] = neo4j.uri;
  process.env['TEST_NEO4J_PASSWORD'] = password;

  const driver = createDriver({ uri: neo4j.uri, username: neo4j.username, password });
  try {
    await applySchema(driver);
    await loadSeed(createDatabase(driver));
  } finally {
    await driver.close();
  }
  return {
    ...neo4j,
    stop: async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
