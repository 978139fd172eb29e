import { join } from 'node:path';
import { ConfigError, readConfig } from './config/config';
import { createDatabase } from './db/database';
import { createDriver } from './db/driver';
import { applySchema } from './db/schema';
import { createApp } from './app';
import { listenHttp } from './security/httpServer';
import { connectNeo4j, projectRoot } from './startup/neo4jConnection';
import { seedIfEmpty } from './startup/seedIfEmpty';

const log = (line: string) => console.log(`[samverkan] ${line}`);

async function main(): Promise<void> {
  const config = readConfig();
  const neo4jConnection = await connectNeo4j(config.neo4j, log);
  const driver = createDriver(neo4jConnection.settings);
  const database = createDatabase(driver, neo4jConnection.database);
  try {
    await driver.verifyConnectivity();
    await applySchema(driver, neo4jConnection.database);
    await seedIfEmpty(database, log);
  } catch (error) {
    log(
      `Neo4j at ${neo4jConnection.settings.uri} did not answer (${error instanceof Error ? error.message : String(error)}). ` +
        'The server starts anyway and reports it at /health; check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.',
    );
  }
  const app = await createApp({
    database,
    production: config.production,
    clientDirectory: join(projectRoot, 'dist', 'client'),
    readingRequiresSignIn: config.auth.readingRequiresSignIn,
    trustProxy: config.http.trustProxy,
    ...(config.publicUrl === undefined ? {} : { publicUrl: config.publicUrl }),
  });
  const { host, port } = config.http;
  const server = await listenHttp(app.express, port, host);
  const shown = host.includes(':') ? `[${host}]` : host;
  log(`Explorer at http://${shown}:${port}/  GraphQL at http://${shown}:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    server.close();
    await app.stop();
    await database.close();
    await neo4jConnection.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
