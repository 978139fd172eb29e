import type { Database, NamedTransaction } from '../db/database';
import { seedParameters } from './toParameters';
import type { ValidSeed } from '../../../domain/validate';

export interface SeedCounts {
  sources: number;
  nodes: number;
  links: number;
  rules: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Writes the whole seed in one transaction: it lands entirely or not at all. */
export function writeSeed(database: Database, seed: ValidSeed): Promise<SeedCounts> {
  return database.write((tx) => writeSeedIn(tx, seed));
}

/** The seed's statements inside a transaction the caller owns (a restore empties the graph in the same one). */
export async function writeSeedIn(tx: NamedTransaction, seed: ValidSeed): Promise<SeedCounts> {
  const parameters = seedParameters(seed);
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  const tally = (result: Awaited<ReturnType<typeof tx.run>>) => {
    const updates = result.summary.counters.updates();
    nodesCreated += updates.nodesCreated;
    relationshipsCreated += updates.relationshipsCreated;
  };
  tally(await tx.run('seed/merge-sources', { sources: parameters.sources }));
  tally(await tx.run('seed/merge-nodes', { nodes: parameters.nodes }));
  tally(await tx.run('entities/apply-kind-labels', { ids: parameters.nodes.map((node) => node.id) }));
  tally(await tx.run('seed/merge-links', { links: parameters.links }));
  tally(await tx.run('seed/merge-rules', { rules: parameters.rules }));
  return {
    sources: parameters.sources.length,
    nodes: parameters.nodes.length,
    links: parameters.links.length,
    rules: parameters.rules.length,
    nodesCreated,
    relationshipsCreated,
  };
}
