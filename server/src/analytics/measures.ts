import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type Graph from 'graphology-types';
import seedrandom from 'seedrandom';
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
}

export const measureNames = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber'] as const;
export type MeasureName = (typeof measureNames)[number];

/** The fixed seed of Louvain's random order, so the same snapshot always gives the same communities. */
export const louvainSeed = 'samverkan';

/** How far the iterative measures go; tighter than NetworkX's defaults (tol 1e-6) so they agree with it to 1e-6. */
const iterations = { maxIterations: 1000, tolerance: 1e-10 };

/** How each measure is computed and normalised, beside the NetworkX call it matches. */
export const measureDefinitions: Record<MeasureName | 'community', { normalisation: string; networkx: string }> = {
  degree: { normalisation: 'none: the number of neighbours', networkx: 'G.degree()' },
  weightedDegree: { normalisation: 'none: the sum of tie weights', networkx: "G.degree(weight='weight')" },
  betweenness: { normalisation: 'exact; divided by (n-1)(n-2)/2, the number of pairs of other nodes', networkx: 'betweenness_centrality(G) (normalized=True, unweighted)' },
  closeness: { normalisation: "Wasserman and Faust's variant: (r-1)/sum of distances, times (r-1)/(n-1), r = nodes reachable", networkx: 'closeness_centrality(G) (wf_improved=True, unweighted)' },
  eigenvector: { normalisation: 'unit Euclidean norm; unweighted; power iteration to tolerance 1e-10 (NetworkX: 1e-6)', networkx: 'eigenvector_centrality(G, tol=1e-10)' },
  pagerank: { normalisation: 'sums to 1; alpha 0.85; weighted; tolerance 1e-10 (NetworkX: 1e-6)', networkx: "pagerank(G, alpha=0.85, weight='weight', tol=1e-10)" },
  coreNumber: { normalisation: 'none: the k of the largest k-core holding the node', networkx: 'core_number(G)' },
  community: { normalisation: `Louvain, weighted, resolution 1, seed "${louvainSeed}"; NetworkX's communities may differ, its modularity agrees within 0.02`, networkx: 'louvain_communities(G, weight=\'weight\', resolution=1)' },
};

/** Every measure of every node, in the graph's node order, and the modularity of the Louvain partition. */
export function computeMeasures(graph: Graph): GraphMeasures {
  if (graph.order === 0) return { nodes: [], modularity: 0 };
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const closeness = closenessCentrality(graph, { wassermanFaust: true });
  const eigenvector = graph.size === 0 ? {} : eigenvectorCentrality(graph, { getEdgeWeight: null, ...iterations });
  const ranks = pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, ...iterations });
  const cores = coreNumbers(graph);
  const partition = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: 1, rng: seedrandom(louvainSeed) });
  const uniform = 1 / Math.sqrt(graph.order);
  const nodes = graph.mapNodes((id) => ({
    id,
    degree: graph.degree(id),
    weightedDegree: weightedDegree(graph, id, 'weight'),
    betweenness: betweenness[id] ?? 0,
    closeness: closeness[id] ?? 0,
    eigenvector: eigenvector[id] ?? uniform,
    pagerank: ranks[id] ?? 0,
    coreNumber: cores.get(id) ?? 0,
    community: partition.communities[id] ?? 0,
  }));
  return { nodes, modularity: partition.modularity };
}
