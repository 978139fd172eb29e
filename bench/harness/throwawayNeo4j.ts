import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j } from '../../neo4j/local';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createDatabase, type Database } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';

export interface ThrowawayNeo4j {
  uri: string;
  password: string;
  driver: Driver;
  database: Database;
  stop(): Promise<void>;
}

/** Bolt port of the Neo4j a bench run starts: apart from the app's 7687 and the tests' 7688. */
export const benchBoltPort = Number(process.env['BENCH_NEO4J_BOLT_PORT'] ?? 7689);

/** A fresh Neo4j in a temporary folder with the schema and the seed loaded; nothing of the user's data is touched. */
export async function startThrowawayNeo4j(log: (line: string) => void = () => {}): Promise<ThrowawayNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-neo4j-'));
  const password = randomBytes(18).toString('base64url');
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: benchBoltPort, password, log });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password });
  const database = createDatabase(driver);
  await applySchema(driver);
  await loadSeed(database);
  return {
    uri: neo4j.uri,
    password,
    driver,
    database,
    stop: async () => {
      await database.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
