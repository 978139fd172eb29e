import { UndirectedGraph } from 'graphology';
import { betweenness, betweennessPivots, exactBetweennessUpTo, sampledBetweenness } from './betweenness';
import { readNetworkxReference } from './reference/networkxReference';

const reference = readNetworkxReference();

function graphOf(edges: [string, string, number][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  return graph;
}

function star(leaves: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let leaf = 0; leaf < leaves; leaf++) graph.mergeEdge('centre', `leaf-${leaf}`);
  return graph;
}

describe('betweenness', () => {
  it.each(Object.entries(reference.graphs))('from every node as pivot is NetworkX exact betweenness on %s, to 1e-9', (_name, { edges, measures }) => {
    const graph = graphOf(edges);
    const values = sampledBetweenness(graph, graph.nodes().map((_node, index) => index));
    for (const [id, expected] of Object.entries(measures.betweenness)) expect(Math.abs((values[id] ?? NaN) - expected)).toBeLessThan(1e-9);
  });

  it(`is exact up to ${exactBetweennessUpTo} nodes`, () => {
    const result = betweenness(star(exactBetweennessUpTo - 1));
    expect(result.pivots).toBeNull();
    expect(result.values['centre']).toBeCloseTo(1, 12);
  });

  it(`is estimated from ${betweennessPivots} seeded pivots above, scaled so a star's centre still has exactly 1`, () => {
    const graph = star(2500);
    const result = betweenness(graph);
    expect(result.pivots).toHaveLength(betweennessPivots);
    expect(new Set(result.pivots).size).toBe(betweennessPivots);
    expect(result.values['centre']).toBeCloseTo(1, 12);
    expect(Math.max(...graph.nodes().filter((node) => node !== 'centre').map((node) => result.values[node] ?? NaN))).toBe(0);
    expect(betweenness(graph).values).toEqual(result.values);
  });
});
