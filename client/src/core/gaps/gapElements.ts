import type { ElementDefinition } from 'cytoscape';
import type { GapsQuery } from '../../graphql/generated/graphql';

export type GapPair = GapsQuery['gaps']['pairs'][number];

/** The id of the edge that stands for a pair on the graph. */
export const pairEdgeId = (pairId: string) => `pair:${pairId}`;

/**
 * The pairs as a graph: the municipalities and the partners expected of them, one edge per pair,
 * styled by its status. A missing pair is a ghost edge: cooperation that should be there and is not.
 */
export function toGapElements(pairs: readonly GapPair[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const addNode = (ref: { id: string; kind: string; name: string }) => {
    if (!nodes.has(ref.id)) nodes.set(ref.id, { group: 'nodes', data: { id: ref.id, label: ref.name, kind: ref.kind, evidence: 'documented' } });
  };
  const edges = pairs.map((pair): ElementDefinition => {
    addNode(pair.municipality);
    addNode(pair.target);
    return {
      group: 'edges',
      data: { id: pairEdgeId(pair.id), source: pair.municipality.id, target: pair.target.id, status: pair.status, pairId: pair.id },
    };
  });
  return [...nodes.values(), ...edges];
}
