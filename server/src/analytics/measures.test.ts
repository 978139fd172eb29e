import { UndirectedGraph } from 'graphology';
import { computeMeasures, measureNames } from './measures';
import { readNetworkxReference } from './reference/networkxReference';

const reference = readNetworkxReference();

function graphOf(edges: [string, string, number][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b, weight] of edges) graph.mergeEdge(a, b, { weight });
  return graph;
}

describe(`the measures against NetworkX ${reference.networkx}`, () => {
  describe.each(Object.entries(reference.graphs))('%s', (_name, { edges, measures: expected }) => {
    const { nodes, modularity } = computeMeasures(graphOf(edges));

    it.each(measureNames)('%s agrees with NetworkX to 1e-6 for every node', (measure) => {
      const ours = Object.fromEntries(nodes.map((node) => [node.id, node[measure]]));
      expect(Object.keys(ours).sort()).toEqual(Object.keys(expected[measure]).sort());
      for (const [id, value] of Object.entries(expected[measure])) expect(Math.abs((ours[id] ?? NaN) - value)).toBeLessThan(1e-6);
    });

    it("gives a Louvain partition whose modularity is within 0.02 of NetworkX's louvain_communities", () => {
      expect(Math.abs(modularity - expected.louvainModularity)).toBeLessThanOrEqual(0.02);
    });
  });

  it('gives the same communities every time for the same graph', () => {
    const edges = reference.graphs['karate']?.edges ?? [];
    expect(computeMeasures(graphOf(edges)).nodes.map((node) => node.community)).toEqual(computeMeasures(graphOf(edges)).nodes.map((node) => node.community));
  });
});
