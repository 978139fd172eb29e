import { createConnection } from 'node:net';
import { readConfig } from '../config/config';
import { createDatabase, type Database } from '../db/database';
import { createDriver } from '../db/driver';
import { applySchema } from '../db/schema';
import { connectNeo4j, localDataDirectory } from '../startup/neo4jConnection';

const log = (line: string) => console.log(line);

/** Runs `work` against the configured database (starting the bundled one when none runs), then closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const connection = await connectNeo4j(readConfig().neo4j, log);
  const driver = createDriver(connection.settings);
  const database = createDatabase(driver, connection.database);
  try {
    await applySchema(driver, connection.database);
    return await work(database);
  } finally {
    await database.close();
    await connection.stop();
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The bundled database's folder, once it is sure that no Neo4j runs on it (Community dumps offline only). */
export async function stoppedLocalDatabase(): Promise<string> {
  const config = readConfig().neo4j;
  if (config.mode === 'external') throw new Error('--neo4j-dump works on the bundled database; use neo4j-admin on your server.');
  if (await listening(config.boltPort)) {
    throw new Error(`The bundled Neo4j is running on port ${config.boltPort}: stop the app first (Community edition dumps offline).`);
  }
  return localDataDirectory;
}

export function fail(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
