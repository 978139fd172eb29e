import type { Database, NamedTransaction } from '../../server/src/db/database';
import type { QueryName } from '../../server/src/db/queries';

/**
 * The database as a writer sees it, except that once `statement` has run inside a write transaction
 * (its changes made but not committed), `kill` cuts Neo4j off before the transaction can go on.
 */
export function killingDatabase(database: Database, statement: QueryName, kill: () => Promise<void>): Database & { killed: () => boolean } {
  let killed = false;
  const watched = (tx: NamedTransaction): NamedTransaction => ({
    run: async (name, parameters) => {
      const result = await tx.run(name, parameters);
      if (name === statement && !killed) {
        killed = true;
        await kill();
      }
      return result;
    },
    afterCommit: (effect) => tx.afterCommit(effect),
  });
  return {
    read: (work) => database.read(work),
    write: (work) => database.write((tx) => work(watched(tx))),
    close: () => database.close(),
    killed: () => killed,
  };
}
