import { exportEdge, exportNode } from '../../../tests/helpers/exportGraphs';
import { project } from './projection';

describe('the projection onto actors', () => {
  const municipality = exportNode('malmo', 'Municipality');
  const insurance = exportNode('fk', 'Agency');
  const employment = exportNode('af', 'Agency');
  const body = exportNode('lauc', 'Body');
  const district = exportNode('rosengard', 'District');

  it('ties every pair of members of a body once, remembering the body and the memberships', () => {
    const graph = project({
      nodes: [municipality, insurance, employment, body, district],
      edges: [
        exportEdge('m1', 'MEMBER_OF', 'malmo', 'lauc'),
        exportEdge('m2', 'MEMBER_OF', 'fk', 'lauc', { evidence: 'general', locator: 'line 9' }),
        exportEdge('m3', 'MEMBER_OF', 'af', 'lauc'),
        exportEdge('c1', 'COVERS', 'lauc', 'rosengard'),
      ],
    });
    expect(graph.nodes.map((node) => node.id)).toEqual(['malmo', 'fk', 'af']);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['af--fk', 'af--malmo', 'fk--malmo']);
    const tie = graph.edges.find((edge) => edge.id === 'fk--malmo');
    expect(tie).toMatchObject({ source: 'fk', target: 'malmo', directed: false });
    expect(tie?.attributes).toEqual({
      relationship: 'SHARED_TIE',
      weight: 1,
      bodies: ['lauc'],
      cooperationLinks: [],
      links: ['m1', 'm2'],
      evidence: ['documented', 'general'],
      sourceId: ['sou-2007-104', 'sou-2007-104'],
      locator: ['line 9', 'lines 3-4'],
    });
  });

  it('keeps each locator beside its own source', () => {
    const graph = project({
      nodes: [municipality, insurance, body],
      edges: [
        exportEdge('m1', 'MEMBER_OF', 'malmo', 'lauc', { sourceId: 'sou-2007-104', locator: 'lines 590-598; lines 802-807' }),
        exportEdge('m2', 'MEMBER_OF', 'fk', 'lauc', { sourceId: 'sfs-2004-793', locator: '§ 1' }),
      ],
    });
    const { sourceId, locator } = graph.edges[0]?.attributes ?? {};
    expect([sourceId, locator]).toEqual([
      ['sfs-2004-793', 'sou-2007-104'],
      ['§ 1', 'lines 590-598; lines 802-807'],
    ]);
  });

  it('adds direct cooperation to the tie of the same pair and counts it in the weight', () => {
    const graph = project({
      nodes: [municipality, insurance, body],
      edges: [
        exportEdge('m1', 'MEMBER_OF', 'malmo', 'lauc'),
        exportEdge('m2', 'MEMBER_OF', 'fk', 'lauc'),
        exportEdge('w1', 'COOPERATES_WITH', 'malmo', 'fk'),
      ],
    });
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0]?.attributes).toMatchObject({ weight: 2, bodies: ['lauc'], cooperationLinks: ['w1'], links: ['m1', 'm2', 'w1'] });
  });

  it('ties the parties to one agreement as it ties the members of one body', () => {
    const graph = project({
      nodes: [municipality, employment, exportNode('lua', 'Agreement')],
      edges: [exportEdge('p1', 'PARTY_TO', 'malmo', 'lua'), exportEdge('p2', 'PARTY_TO', 'af', 'lua')],
    });
    expect(graph.edges.map((edge) => [edge.id, edge.attributes['bodies']])).toEqual([['af--malmo', ['lua']]]);
  });

  it('leaves an actor with no shared body or cooperation without ties', () => {
    const graph = project({ nodes: [municipality, insurance], edges: [] });
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges).toEqual([]);
  });
});
