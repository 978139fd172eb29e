import type { Driver } from 'neo4j-driver';
import { schemaStatements } from './queries';

/** Applies constraints and indexes; every statement is `IF NOT EXISTS`, so applying twice is harmless. */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const statements = schemaStatements();
  const session = driver.session(database === undefined ? {} : { database });
  try {
    for (const statement of statements) {
      await session.executeWrite((tx) => tx.run(statement));
    }
  } finally {
    await session.close();
  }
  return statements.length;
}
