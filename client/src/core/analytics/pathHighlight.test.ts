import { pathElements, type ConnectionData } from './pathHighlight';

const provenance = { evidence: 'documented' as const, sourceId: 'sou-2007-104', locator: 'p. 12', note: null, source: null };

function connection(mode: ConnectionData['mode']): ConnectionData {
  return {
    asOf: '2007-06-01',
    mode,
    connected: true,
    length: 2,
    pathCount: 1,
    paths: [
      {
        nodes: [
          { id: 'nacka', name: 'Nacka', kind: 'Municipality' },
          { id: 'finsam', name: 'Finsam', kind: 'Body' },
          { id: 'fk', name: 'Försäkringskassan', kind: 'Agency' },
        ],
        steps: [
          { from: 'nacka', to: 'finsam', via: [], links: [{ id: 'm1', type: 'MEMBER_OF', source: 'nacka', target: 'finsam', provenance }] },
          { from: 'fk', to: 'finsam', via: [], links: [{ id: 'm2', type: 'MEMBER_OF', source: 'fk', target: 'finsam', provenance }] },
        ],
      },
    ],
  };
}

describe('the paths on the graph', () => {
  it('highlight the nodes and the stored links of every step in the two-mode graph', () => {
    const { nodes, edges } = pathElements(connection('twoMode'));
    expect([...nodes]).toEqual(['nacka', 'finsam', 'fk']);
    expect([...edges]).toEqual(['edge:m1', 'edge:m2']);
  });

  it('highlight the tie between the ends of a step in the projected graph, whichever end comes first', () => {
    const { edges } = pathElements(connection('projected'));
    expect(edges).toEqual(new Set(['edge:m1', 'tie:finsam|nacka', 'edge:m2', 'tie:finsam|fk']));
  });

  it('highlight nothing when they are not connected', () => {
    const { nodes, edges } = pathElements({ ...connection('twoMode'), connected: false, length: null, pathCount: 0, paths: [] });
    expect(nodes.size + edges.size).toBe(0);
  });
});
