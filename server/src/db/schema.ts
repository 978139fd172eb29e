import type { Driver } from 'neo4j-driver';
import { cypher, schemaStatements, type QueryName } from './queries';

/**
 * Data written under older names, brought to the current ones, in order; each matches nothing once done, so applying
 * them again is harmless.
 */
const migrations: readonly QueryName[] = ['migrations/suggestions-become-proposals', 'migrations/drop-suggestion-constraint'];

/**
 * Applies constraints and indexes, then the migrations; every schema statement is `IF NOT EXISTS`, so applying twice is
 * harmless.
 */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const statements = schemaStatements();
  const session = driver.session(database === undefined ? {} : { database });
  try {
    for (const statement of [...statements, ...migrations.map(cypher)]) {
      await session.executeWrite((tx) => tx.run(statement));
    }
  } finally {
    await session.close();
  }
  return statements.length;
}
