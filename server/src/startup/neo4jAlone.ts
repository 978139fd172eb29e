/**
 * `npm run neo4j`: the bundled Neo4j alone, with the app's data, port and password, until Ctrl-C or SIGTERM, and
 * started again should it die, as the app does. For running `npm run dev`, the seed loader or the import command
 * against it, or to look at it with another client.
 */
import { ensureLocalPassword } from '../../../neo4j/local';
import { superviseLocalNeo4j } from '../../../neo4j/supervisor';
import { ConfigError, readConfig } from '../config/config';
import { localDataDirectory } from './neo4jConnection';

const log = (line: string) => console.log(`[neo4j] ${line}`);

try {
  const config = readConfig();
  if (config.neo4j.mode === 'external') throw new ConfigError('NEO4J_URI is set: that server is used and nothing local is started.');
  const neo4j = await superviseLocalNeo4j({ dataDir: localDataDirectory, boltPort: config.neo4j.boltPort, password: ensureLocalPassword(localDataDirectory), log });
  log(`user neo4j, password in ${localDataDirectory}/.neo4j-password; Ctrl-C stops it`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
