import type { MetricsData, NodeMetrics } from './measures';

type Measured = Omit<NodeMetrics, 'id' | 'name' | 'kind'>;

/**
 * A star of one body and three municipalities with NetworkX's values for it (degree, betweenness_centrality,
 * closeness_centrality, core_number), plus a lone pair in a second community, for tests.
 */
export function aStarMetrics(): MetricsData {
  const node = (id: string, kind: NodeMetrics['kind'], measured: Measured): NodeMetrics => ({ id, name: id.toUpperCase(), kind, ...measured });
  const leaf = { degree: 1, weightedDegree: 1, betweenness: 0, closeness: 0.36, eigenvector: 0.4082, pagerank: 0.15, coreNumber: 1, community: 0 };
  return {
    asOf: '2007-06-01',
    mode: 'twoMode',
    nodeCount: 6,
    tieCount: 4,
    modularity: 0.375,
    betweennessSources: null,
    nodes: [
      node('body', 'Body', { degree: 3, weightedDegree: 3, betweenness: 0.6, closeness: 0.6, eigenvector: 0.7071, pagerank: 0.35, coreNumber: 1, community: 0 }),
      node('m1', 'Municipality', leaf),
      node('m2', 'Municipality', leaf),
      node('m3', 'Municipality', leaf),
      node('a', 'Agency', { ...leaf, closeness: 0.2, community: 1 }),
      node('b', 'Agency', { ...leaf, closeness: 0.2, community: 1 }),
    ],
    communities: [
      { id: 0, size: 4, leaders: [{ id: 'body', name: 'BODY' }, { id: 'm1', name: 'M1' }, { id: 'm2', name: 'M2' }] },
      { id: 1, size: 2, leaders: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
    ],
    definitions: [
      { measure: 'betweenness', normalisation: 'exact; divided by (n-1)(n-2)/2, the number of pairs of other nodes', networkx: 'betweenness_centrality(G)' },
      { measure: 'community', normalisation: 'Louvain, weighted, resolution 1', networkx: 'louvain_communities(G)' },
    ],
  };
}
