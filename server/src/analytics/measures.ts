import louvain from 'graphology-communities-louvain';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type Graph from 'graphology-types';
import seedrandom from 'seedrandom';
import { betweenness as betweennessOf, exactBetweennessUpTo, pivotSeed } from './betweenness';
import { coreNumbers } from './coreNumber';

/** Every measure of one node. */
export interface NodeMeasures {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  coreNumber: number;
  community: number;
}

export interface GraphMeasures {
  nodes: NodeMeasures[];
  modularity: number;
  /** How many source nodes betweenness was estimated from; null when it is exact. */
  betweennessPivots: number | null;
}

export const measureNames = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber'] as const;
export type MeasureName = (typeof measureNames)[number];

/** The fixed seed of Louvain's random order, so the same snapshot always gives the same communities. */
export const louvainSeed = 'samverkan';

/** How far the iterative measures go; tighter than NetworkX's defaults (tol 1e-6) so they agree with it to 1e-6. */
const iterations = { maxIterations: 1000, tolerance: 1e-10 };

export type MeasureDefinitions = Record<MeasureName | 'community', { normalisation: string; networkx: string }>;

const exactBetweenness = {
  normalisation: `exact up to ${exactBetweennessUpTo} nodes; divided by (n-1)(n-2), as NetworkX for undirected graphs`,
  networkx: 'betweenness_centrality(G) (normalized=True, unweighted)',
};

function sampledBetweenness(pivots: number) {
  return {
    normalisation: `estimated from ${pivots} source nodes sampled with seed "${pivotSeed}" (the graph has more than ${exactBetweennessUpTo} nodes), scaled as NetworkX scales a sample: 1/((k-1)(n-2)) for a source, 1/(k(n-2)) for any other node`,
    networkx: `betweenness_centrality(G, k=${pivots}) (normalized=True, unweighted; NetworkX samples other sources)`,
  };
}

const definitions: MeasureDefinitions = {
  degree: { normalisation: 'none: the number of neighbours', networkx: 'G.degree()' },
  weightedDegree: { normalisation: 'none: the sum of tie weights', networkx: "G.degree(weight='weight')" },
  betweenness: exactBetweenness,
  closeness: { normalisation: "Wasserman and Faust's variant: (r-1)/sum of distances, times (r-1)/(n-1), r = nodes reachable", networkx: 'closeness_centrality(G) (wf_improved=True, unweighted)' },
  eigenvector: { normalisation: 'unit Euclidean norm; unweighted; power iteration to tolerance 1e-10 (NetworkX: 1e-6)', networkx: 'eigenvector_centrality(G, tol=1e-10)' },
  pagerank: { normalisation: 'sums to 1; alpha 0.85; weighted; tolerance 1e-10 (NetworkX: 1e-6)', networkx: "pagerank(G, alpha=0.85, weight='weight', tol=1e-10)" },
  coreNumber: { normalisation: 'none: the k of the largest k-core holding the node', networkx: 'core_number(G)' },
  community: { normalisation: `Louvain, weighted, resolution 1, seed "${louvainSeed}"; NetworkX's communities may differ, its modularity agrees within 0.02`, networkx: 'louvain_communities(G, weight=\'weight\', resolution=1)' },
};

/** How each measure is computed and normalised, beside the NetworkX call it matches; betweenness says whether it is sampled. */
export function measureDefinitions(measured: Pick<GraphMeasures, 'betweennessPivots'>): MeasureDefinitions {
  return { ...definitions, betweenness: measured.betweennessPivots === null ? exactBetweenness : sampledBetweenness(measured.betweennessPivots) };
}

/**
 * Each algorithm the measures come from, by name, so the benchmark times exactly what `computeMeasures` runs.
 * Degrees are read off the graph as the nodes are listed and need no step of their own.
 */
export const measureSteps = {
  betweenness: (graph: Graph) => betweennessOf(graph),
  closeness: (graph: Graph): Record<string, number> => closenessCentrality(graph, { wassermanFaust: true }),
  eigenvector: (graph: Graph): Record<string, number> => (graph.size === 0 ? {} : eigenvectorCentrality(graph, { getEdgeWeight: null, ...iterations })),
  pagerank: (graph: Graph): Record<string, number> => pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, ...iterations }),
  coreNumber: (graph: Graph) => coreNumbers(graph),
  louvain: (graph: Graph) => louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: 1, rng: seedrandom(louvainSeed) }),
};

/** Every measure of every node, in the graph's node order, and the modularity of the Louvain partition. */
export function computeMeasures(graph: Graph): GraphMeasures {
  if (graph.order === 0) return { nodes: [], modularity: 0, betweennessPivots: null };
  const betweenness = measureSteps.betweenness(graph);
  const closeness = measureSteps.closeness(graph);
  const eigenvector = measureSteps.eigenvector(graph);
  const ranks = measureSteps.pagerank(graph);
  const cores = measureSteps.coreNumber(graph);
  const partition = measureSteps.louvain(graph);
  const uniform = 1 / Math.sqrt(graph.order);
  const nodes = graph.mapNodes((id) => ({
    id,
    degree: graph.degree(id),
    weightedDegree: weightedDegree(graph, id, 'weight'),
    betweenness: betweenness.values[id] ?? 0,
    closeness: closeness[id] ?? 0,
    eigenvector: eigenvector[id] ?? uniform,
    pagerank: ranks[id] ?? 0,
    coreNumber: cores.get(id) ?? 0,
    community: partition.communities[id] ?? 0,
  }));
  return { nodes, modularity: partition.modularity, betweennessPivots: betweenness.pivots?.length ?? null };
}
