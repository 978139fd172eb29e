import type { NetworkData, NetworkEdge, NetworkNode } from './elements';

/** Small networks for unit tests: a node or link with plain defaults, bent by what the test is about. */
export function aNode(id: string, kind: NetworkNode['kind'], overrides: Partial<NetworkNode> = {}): NetworkNode {
  return {
    id,
    kind,
    name: id,
    validFrom: null,
    validTo: null,
    provenance: { evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 1-2', note: null },
    properties: [],
    ...overrides,
  };
}

export function aLink(type: NetworkEdge['type'], source: string, target: string, overrides: Partial<NetworkEdge> = {}): NetworkEdge {
  return {
    id: `${type.toLowerCase()}-${source}-${target}`,
    type,
    source,
    target,
    validFrom: null,
    validTo: null,
    provenance: { evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 1-2', note: null },
    properties: [],
    ...overrides,
  };
}

export function aNetwork(nodes: NetworkNode[], edges: NetworkEdge[]): NetworkData {
  return { asOf: null, nodes, edges };
}

/**
 * Skåne with Malmö and its joint operation (Malmö, Försäkringskassan, the county labour board), a proposed body,
 * a national agency and a goal area; Göteborg in Västra Götaland apart.
 */
export function malmoNetwork(): NetworkData {
  return aNetwork(
    [
      aNode('county-12', 'County', { name: 'Skåne län' }),
      aNode('county-14', 'County', { name: 'Västra Götalands län' }),
      aNode('municipality-1280', 'Municipality', { name: 'Malmö' }),
      aNode('municipality-1480', 'Municipality', { name: 'Göteborg' }),
      aNode('district-malmo-rosengard', 'District', { name: 'Rosengård' }),
      aNode('forsakringskassan', 'Agency', { name: 'Försäkringskassan' }),
      aNode('ams', 'Agency', { name: 'AMS' }),
      aNode('county-labour-board-12', 'AgencyUnit', { name: 'Länsarbetsnämnden i Skåne' }),
      aNode('body-lauc', 'Body', { name: 'LAUC', properties: [{ key: 'bodyType', value: 'jointOperation' }] }),
      aNode('body-meeting', 'Body', {
        name: 'Regional urban meeting',
        provenance: { evidence: 'proposed', sourceId: 'sou-2007-104', locator: 'line 1282', note: null },
        properties: [{ key: 'bodyType', value: 'meeting' }],
      }),
      aNode('goal-employment', 'GoalArea', { name: 'Employment' }),
    ],
    [
      aLink('LOCATED_IN', 'municipality-1280', 'county-12'),
      aLink('LOCATED_IN', 'municipality-1480', 'county-14'),
      aLink('LOCATED_IN', 'district-malmo-rosengard', 'municipality-1280'),
      aLink('UNIT_OF', 'county-labour-board-12', 'ams'),
      aLink('SERVES', 'county-labour-board-12', 'county-12'),
      aLink('COVERS', 'body-lauc', 'municipality-1280'),
      aLink('MEMBER_OF', 'municipality-1280', 'body-lauc'),
      aLink('MEMBER_OF', 'forsakringskassan', 'body-lauc'),
      aLink('MEMBER_OF', 'county-labour-board-12', 'body-lauc'),
      aLink('ADDRESSES', 'body-lauc', 'goal-employment'),
      aLink('MEMBER_OF', 'forsakringskassan', 'body-meeting', {
        provenance: { evidence: 'proposed', sourceId: 'sou-2007-104', locator: 'line 1282', note: null },
      }),
      aLink('MEMBER_OF', 'ams', 'body-meeting', { provenance: { evidence: 'proposed', sourceId: 'sou-2007-104', locator: 'line 1282', note: null } }),
    ],
  );
}
