import { loadSeed } from '../dataset/loadSeed';
import type { Database } from '../db/database';

/** A fresh database gets the bundled dataset; one that holds data is left as it is. */
export async function seedIfEmpty(database: Database, log: (line: string) => void): Promise<void> {
  const count = await database.read(async (tx) => (await tx.run('seed/count-by-kind')).records.length);
  if (count > 0) return;
  log('The database is empty: loading the seed dataset');
  const counts = await loadSeed(database);
  log(`Loaded ${counts.nodes} nodes, ${counts.links} links, ${counts.rules} expectation rules, ${counts.sources} sources`);
}
