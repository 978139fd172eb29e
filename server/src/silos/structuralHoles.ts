import type { UndirectedGraph } from 'graphology';

/**
 * Burt's effective size and constraint (Structural Holes, 1992) on an undirected graph, with the
 * formulas as Borgatti (1997) unpacks them and as NetworkX computes them, so published values can be
 * checked. Written here because graphology-metrics (2.4) has no structural-hole measures.
 *
 * p(i,j) is the share of i's tie weight that goes to j; m(j,q) is j's tie to q divided by j's
 * strongest tie. Effective size: Σ_j [1 − Σ_{q≠j} p(i,q)·m(j,q)] over i's contacts j.
 * Constraint: Σ_j [p(i,j) + Σ_{q≠i,j} p(i,q)·p(q,j)]². An actor without contacts has neither (null).
 */
export interface BurtMeasures {
  effectiveSize: number | null;
  constraint: number | null;
}

/** The weight of an edge; every tie counts 1 unless told otherwise. */
export type EdgeWeight = (edge: string) => number;

const unweighted: EdgeWeight = () => 1;

interface NodeTies {
  weights: Map<string, number>;
  total: number;
  strongest: number;
}

function tiesOf(graph: UndirectedGraph, weight: EdgeWeight): Map<string, NodeTies> {
  const ties = new Map<string, NodeTies>();
  graph.forEachNode((node) => {
    const weights = new Map<string, number>();
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      const other = source === node ? target : source;
      if (other !== node) weights.set(other, (weights.get(other) ?? 0) + weight(edge));
    });
    const values = [...weights.values()];
    ties.set(node, { weights, total: values.reduce((sum, value) => sum + value, 0), strongest: Math.max(0, ...values) });
  });
  return ties;
}

function share(ties: NodeTies | undefined, to: string): number {
  if (ties === undefined || ties.total === 0) return 0;
  return (ties.weights.get(to) ?? 0) / ties.total;
}

function measuresOf(node: string, ties: Map<string, NodeTies>): BurtMeasures {
  const own = ties.get(node);
  if (own === undefined || own.weights.size === 0) return { effectiveSize: null, constraint: null };
  let effectiveSize = 0;
  let constraint = 0;
  for (const contact of own.weights.keys()) {
    const contactTies = ties.get(contact);
    let redundancy = 0;
    let indirect = 0;
    for (const other of own.weights.keys()) {
      if (other === contact) continue;
      const toOther = share(own, other);
      const contactToOther = contactTies?.weights.get(other) ?? 0;
      if (contactTies !== undefined && contactTies.strongest > 0) redundancy += toOther * (contactToOther / contactTies.strongest);
      indirect += toOther * share(ties.get(other), contact);
    }
    effectiveSize += 1 - redundancy;
    constraint += (share(own, contact) + indirect) ** 2;
  }
  return { effectiveSize, constraint };
}

/** Effective size and constraint of every node of the graph. */
export function burtMeasures(graph: UndirectedGraph, weight: EdgeWeight = unweighted): Map<string, BurtMeasures> {
  const ties = tiesOf(graph, weight);
  return new Map(graph.mapNodes((node) => [node, measuresOf(node, ties)] as const));
}
