import { UndirectedGraph } from 'graphology';
import { burtMeasures } from './structuralHoles';

/**
 * The worked example of Borgatti, "Structural Holes: Unpacking Burt's Redundancy Measures",
 * Connections 20(1):35-38, 1997: ego G with contacts A–F. The NetworkX test suite
 * (networkx/algorithms/tests/test_structuralholes.py, "Example from
 * http://www.analytictech.com/connections/v20(1)/holes.htm") publishes the values for it, computed
 * with UCINET and igraph and checked by hand; they are quoted below with the precision given there.
 */
function borgattiExample(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ties: [string, string, number][] = [
    ['A', 'B', 2],
    ['A', 'F', 3],
    ['A', 'G', 5],
    ['A', 'E', 2],
    ['E', 'G', 8],
    ['F', 'G', 3],
    ['B', 'G', 4],
    ['B', 'D', 1],
    ['D', 'G', 3],
    ['G', 'C', 10],
  ];
  for (const [a, b, weight] of ties) graph.mergeEdge(a, b, { weight });
  return graph;
}

const byWeight = (graph: UndirectedGraph) => (edge: string) => graph.getEdgeAttribute(edge, 'weight') as number;

describe("Burt's structural-hole measures", () => {
  it("gives ego G of Borgatti's example an effective size of 4.67 (n − 2t/n = 6 − 8/6), and A 2.50, C 1", () => {
    const measures = burtMeasures(borgattiExample());
    expect(measures.get('G')?.effectiveSize).toBeCloseTo(4.67, 2);
    expect(measures.get('A')?.effectiveSize).toBeCloseTo(2.5, 2);
    expect(measures.get('C')?.effectiveSize).toBeCloseTo(1, 2);
  });

  it('gives the published constraint of the unweighted example: G 0.400, A 0.595, C 1', () => {
    const measures = burtMeasures(borgattiExample());
    expect(measures.get('G')?.constraint).toBeCloseTo(0.4, 3);
    expect(measures.get('A')?.constraint).toBeCloseTo(0.595, 3);
    expect(measures.get('C')?.constraint).toBeCloseTo(1, 3);
  });

  it('gives the published values with tie weights: constraint G 0.299, A 0.795; effective size G 5.47, A 2.47', () => {
    const graph = borgattiExample();
    const measures = burtMeasures(graph, byWeight(graph));
    expect(measures.get('G')?.constraint).toBeCloseTo(0.299, 3);
    expect(measures.get('A')?.constraint).toBeCloseTo(0.795, 3);
    expect(measures.get('C')?.constraint).toBeCloseTo(1, 3);
    expect(measures.get('G')?.effectiveSize).toBeCloseTo(5.47, 2);
    expect(measures.get('A')?.effectiveSize).toBeCloseTo(2.47, 2);
    expect(measures.get('C')?.effectiveSize).toBeCloseTo(1, 2);
  });

  it('leaves both measures undefined (null) for an isolated node, as NetworkX returns NaN', () => {
    const graph = borgattiExample();
    graph.addNode('lonely');
    expect(burtMeasures(graph).get('lonely')).toEqual({ effectiveSize: null, constraint: null });
  });

  it('scores a hub of n unconnected spokes with effective size n and constraint 1/n', () => {
    const star = new UndirectedGraph();
    for (const spoke of ['a', 'b', 'c', 'd']) star.mergeEdge('hub', spoke);
    const hub = burtMeasures(star).get('hub');
    expect(hub?.effectiveSize).toBe(4);
    expect(hub?.constraint).toBeCloseTo(0.25, 10);
  });
});
