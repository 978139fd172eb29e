import type { Database } from '../../server/src/db/database';
import { seedParameters } from './toParameters';
import type { ValidSeed } from './validate';

export interface SeedCounts {
  sources: number;
  nodes: number;
  links: number;
  rules: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Writes the whole seed in one transaction: it lands entirely or not at all. */
export async function writeSeed(database: Database, seed: ValidSeed): Promise<SeedCounts> {
  const parameters = seedParameters(seed);
  return database.write(async (tx) => {
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
  });
}
