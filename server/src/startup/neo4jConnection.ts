import { createConnection } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLocalPassword } from '../../../neo4j/local';
import { superviseLocalNeo4j } from '../../../neo4j/supervisor';
import type { AppConfig } from '../config/config';
import type { DriverSettings } from '../db/driver';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const localDataDirectory = join(projectRoot, '.data', 'neo4j');

export interface Neo4jConnection {
  settings: DriverSettings;
  database: string | undefined;
  stop(): Promise<void>;
}

/** Uses the configured server, or starts the bundled local Neo4j (and starts it again should it die) when none is configured. */
export async function connectNeo4j(config: AppConfig['neo4j'], log: (line: string) => void): Promise<Neo4jConnection> {
  if (config.mode === 'external') {
    log(`Using the Neo4j server at ${config.uri}`);
    return {
      settings: { uri: config.uri, username: config.username, password: config.password },
      database: config.database,
      stop: async () => {},
    };
  }
  const password = ensureLocalPassword(localDataDirectory);
  if (await isListening(config.boltPort)) {
    log(`The local Neo4j already runs on port ${config.boltPort}: connecting to it`);
    const settings = { uri: `bolt://127.0.0.1:${config.boltPort}`, username: 'neo4j', password };
    return { settings, database: config.database, stop: async () => {} };
  }
  const local = await superviseLocalNeo4j({ dataDir: localDataDirectory, boltPort: config.boltPort, password, log });
  return {
    settings: { uri: local.uri, username: local.username, password: local.password },
    database: config.database,
    stop: () => local.stop(),
  };
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
