import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type Graph from 'graphology-types';
import seedrandom from 'seedrandom';

/**
 * Exact betweenness costs a breadth-first search from every node and grows with nodes × ties: about 18 s of one core
 * for the two-mode network at 20× (8,000 nodes). Up to this many nodes it is exact; above, it is estimated from a
 * seeded sample of `pivots` source nodes, as NetworkX's `betweenness_centrality(G, k=pivots)` does.
 */
export const exactBetweennessUpTo = 2000;
export const betweennessPivots = 1000;
export const pivotSeed = 'samverkan-pivots';

export interface Betweenness {
  values: Record<string, number>;
  /** The source nodes the estimate used; null when exact. */
  pivots: string[] | null;
}

/** `count` distinct node indices out of `order`, the same for the same graph size every time (a seeded partial shuffle). */
function samplePivots(order: number, count: number): number[] {
  const random = seedrandom(pivotSeed);
  const indices = Array.from({ length: order }, (_value, index) => index);
  for (let index = 0; index < count; index++) {
    const pick = index + Math.floor(random() * (order - index));
    [indices[index], indices[pick]] = [indices[pick] ?? pick, indices[index] ?? index];
  }
  return indices.slice(0, count);
}

/**
 * Brandes' dependencies summed over the pivots only, from graphology's own indexed Brandes search, and scaled as
 * NetworkX 3.6 scales a sample (endpoints excluded): by 1/((k-1)(n-2)) for a pivot, 1/(k(n-2)) for any other node.
 */
export function sampledBetweenness(graph: Graph, pivots: number[]): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const order = graph.order;
  const dependency = new Float64Array(order);
  const sums = new Float64Array(order);
  for (const source of pivots) {
    const [stack, predecessors, sigma] = brandes(source);
    while (stack.size > 0) {
      const node = stack.pop() ?? source;
      const share = (1 + (dependency[node] ?? 0)) / (sigma[node] ?? 1);
      for (const predecessor of predecessors[node] ?? []) dependency[predecessor] = (dependency[predecessor] ?? 0) + (sigma[predecessor] ?? 0) * share;
      if (node !== source) sums[node] = (sums[node] ?? 0) + (dependency[node] ?? 0);
      dependency[node] = 0;
    }
  }
  const k = pivots.length;
  const isPivot = new Uint8Array(order);
  for (const pivot of pivots) isPivot[pivot] = 1;
  // The search's node indices follow graph.nodes(), as graphology's neighbourhood index does.
  return Object.fromEntries(graph.nodes().map((node, index) => [node, (sums[index] ?? 0) / ((isPivot[index] === 1 ? k - 1 : k) * (order - 2))]));
}

/** Normalised, unweighted betweenness: exact up to `exactBetweennessUpTo` nodes, estimated from seeded pivots above. */
export function betweenness(graph: Graph): Betweenness {
  if (graph.order <= exactBetweennessUpTo) return { values: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), pivots: null };
  const pivots = samplePivots(graph.order, betweennessPivots);
  const nodes = graph.nodes();
  return { values: sampledBetweenness(graph, pivots), pivots: pivots.map((index) => nodes[index] ?? '') };
}
