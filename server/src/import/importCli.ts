import { readConfig } from '../config/config';
import { createDatabase } from '../db/database';
import { createDriver } from '../db/driver';
import { AppError } from '../db/errors';
import { applySchema } from '../db/schema';
import { connectNeo4j } from '../startup/neo4jConnection';
import { parseImportArguments, runImport } from './runImport';

/** `npm run import -- file.xlsx [--dry-run] [--user <editor>]` */
async function main(): Promise<number> {
  const command = parseImportArguments(process.argv.slice(2));
  const connection = await connectNeo4j(readConfig().neo4j, (line) => console.error(line));
  const driver = createDriver(connection.settings);
  const database = createDatabase(driver, connection.database);
  try {
    await applySchema(driver, connection.database);
    return await runImport(database, command, (line) => console.log(line));
  } finally {
    await database.close();
    await connection.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  return 1;
});
