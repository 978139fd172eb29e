import type { ExportEdge } from './types';

const pairKey = (edge: ExportEdge) => {
  const [a, b] = edge.directed || edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return JSON.stringify([a, b, edge.label, edge.directed]);
};

/**
 * The kind of each edge, as GEXF 1.3 and Gephi's spreadsheet import have it: the relationship type. Gephi merges
 * edges of the same kind between the same ends, so where two links of one type join the same pair (two separate
 * cooperations between Försäkringskassan and AMS), each of them adds its own id to the kind and stays apart.
 */
export function edgeKinds(edges: readonly ExportEdge[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const edge of edges) counts.set(pairKey(edge), (counts.get(pairKey(edge)) ?? 0) + 1);
  return new Map(edges.map((edge) => [edge.id, (counts.get(pairKey(edge)) ?? 0) > 1 ? `${edge.label}:${edge.id}` : edge.label]));
}
