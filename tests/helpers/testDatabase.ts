import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createDatabase, type Database } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';

export interface TestDatabase {
  driver: Driver;
  database: Database;
  /** A prefix unique to this test file; everything created under it is removed by `cleanUp`. */
  idPrefix: string;
  cleanUp(): Promise<void>;
  close(): Promise<void>;
}

/** Connects to the throw-away Neo4j that the global set-up started and seeded. */
export function openTestDatabase(): TestDatabase {
  const uri = process.env['TEST_NEO4J_URI'];
  const password = process.env['TEST_NEO4J_PASSWORD'];
  if (uri === undefined || password === undefined) throw new Error('The test Neo4j was not started by the global set-up');
  const driver = createDriver({ uri, username: 'neo4j', password });
  const database = createDatabase(driver);
  const idPrefix = `test-${randomBytes(4).toString('hex')}-`;
  const cleanUp = () => database.write(async (tx) => {
      await tx.run('testing/delete-entities-by-prefix', { prefix: idPrefix });
    });
  return {
    driver,
    database,
    idPrefix,
    cleanUp,
    close: async () => {
      await cleanUp();
      await database.close();
    },
  };
}
