import { UndirectedGraph } from 'graphology';
import type { ActorKind, CooperationState } from '../../../domain/cooperation/cooperationState';

export interface ActorAttributes {
  kind: ActorKind;
  name: string;
}

/** Where a tie comes from: bilateral links, and bodies where both are parties. */
export interface TieAttributes {
  linkIds: string[];
  bodyIds: string[];
}

export type CooperationGraph = UndirectedGraph<ActorAttributes, TieAttributes>;

/**
 * The actors' cooperation graph: a tie wherever two actors have a bilateral link or are parties to
 * the same body (memberships projected through bodies). Each tie remembers the links and bodies it
 * came from, so a figure can always be traced back to its facts.
 */
export function buildCooperationGraph(cooperation: CooperationState): CooperationGraph {
  const graph: CooperationGraph = new UndirectedGraph();
  for (const actor of cooperation.actors) graph.addNode(actor.id, { kind: actor.kind, name: actor.name });
  const tie = (a: string, b: string): TieAttributes | null => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return null;
    const existing = graph.edge(a, b);
    if (existing !== undefined) return graph.getEdgeAttributes(existing);
    const attributes: TieAttributes = { linkIds: [], bodyIds: [] };
    graph.addEdge(a, b, attributes);
    return attributes;
  };
  for (const link of cooperation.links) tie(link.from, link.to)?.linkIds.push(link.id);
  for (const body of cooperation.bodies) {
    const parties = [...new Set(body.memberIds)];
    parties.forEach((a, index) => {
      for (const b of parties.slice(index + 1)) tie(a, b)?.bodyIds.push(body.id);
    });
  }
  return graph;
}
