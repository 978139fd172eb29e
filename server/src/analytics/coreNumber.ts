import type Graph from 'graphology-types';

/**
 * The k-core number of every node (the largest k such that the node lies in a subgraph where every node has degree
 * at least k), by Batagelj and Zaversnik's peeling, as NetworkX's `core_number`. Written here because neither
 * graphology nor the Neo4j that runs everywhere (Community, without the GDS plugin) has it; checked against NetworkX.
 */
export function coreNumbers(graph: Graph): Map<string, number> {
  const degree = new Map(graph.mapNodes((node) => [node, graph.degree(node)] as const));
  const core = new Map<string, number>();
  const buckets: Set<string>[] = [];
  for (const [node, value] of degree) (buckets[value] ??= new Set()).add(node);
  let level = 0;
  while (core.size < graph.order) {
    const bucket = buckets[level];
    const node = bucket === undefined ? undefined : bucket.values().next().value;
    if (node === undefined || bucket === undefined) {
      level += 1;
      continue;
    }
    bucket.delete(node);
    core.set(node, level);
    graph.forEachNeighbor(node, (neighbour) => {
      const current = degree.get(neighbour) ?? 0;
      if (core.has(neighbour) || current <= level) return;
      buckets[current]?.delete(neighbour);
      degree.set(neighbour, current - 1);
      (buckets[current - 1] ??= new Set()).add(neighbour);
    });
  }
  return core;
}
