import { readConfig } from '../server/src/config/config';
import { createDatabase } from '../server/src/db/database';
import { createDriver } from '../server/src/db/driver';
import { applySchema } from '../server/src/db/schema';
import { connectNeo4j } from '../server/src/startup/neo4jConnection';
import { loadSeed, SeedValidationError } from '../server/src/dataset/loadSeed';

/** `npm run seed`: validates every seed file, then loads them all in one transaction. */
async function main(): Promise<number> {
  const connection = await connectNeo4j(readConfig().neo4j, (line) => console.log(line));
  const driver = createDriver(connection.settings);
  const database = createDatabase(driver, connection.database);
  try {
    await applySchema(driver, connection.database);
    const counts = await loadSeed(database);
    console.log(
      `Seed loaded: ${counts.sources} sources, ${counts.nodes} nodes, ${counts.links} links, ${counts.rules} rules ` +
        `(${counts.nodesCreated} nodes and ${counts.relationshipsCreated} relationships new).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
    await connection.stop();
  }
}

process.exitCode = await main();
