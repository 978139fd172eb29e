import assert from 'node:assert/strict';
import { appOnTestDatabase } from '../helpers/testApp';

const edgesQuery = `
  query Edges($asOf: Date) {
    network(asOf: $asOf) {
      nodes { id name }
      edges { type source target validFrom provenance { evidence sourceId locator } properties { key value } }
    }
  }
`;

interface EdgesResult {
  network: {
    nodes: { id: string; name: string }[];
    edges: {
      type: string;
      source: string;
      target: string;
      validFrom: string | null;
      provenance: { evidence: string; sourceId: string; locator: string };
      properties: { key: string; value: string }[];
    }[];
  };
}

describe('facts of the report, read through GraphQL', () => {
  const live = appOnTestDatabase();

  async function networkAsOf(asOf: string | null): Promise<EdgesResult['network']> {
    const response = await live.app.apollo.executeOperation<EdgesResult>(
      { query: edgesQuery, variables: { asOf } },
      { contextValue: { database: live.test.database } },
    );
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors).toBeUndefined();
    const data = response.body.singleResult.data;
    assert(data !== undefined && data !== null);
    return data.network;
  }

  it('lists who sat in the central agency working group set up on 3 November 2005', async () => {
    const network = await networkAsOf('2006-06-01');
    const members = network.edges
      .filter((edge) => edge.type === 'MEMBER_OF' && edge.target === 'body-central-agency-working-group-2005')
      .map((edge) => edge.source)
      .sort();
    expect(members).toEqual([
      'ams',
      'boverket',
      'bra',
      'fhi',
      'forsakringskassan',
      'integrationsverket',
      'itps',
      'raa',
      'rikspolisstyrelsen',
      'skolutveckling',
      'socialstyrelsen',
      'storstadskansliet',
    ]);
  });

  it('drops Integrationsverket after its closure on 30 June 2007', async () => {
    const present = (network: EdgesResult['network']) => network.nodes.some((node) => node.id === 'integrationsverket');
    expect(present(await networkAsOf('2007-06-30'))).toBe(true);
    expect(present(await networkAsOf('2007-07-01'))).toBe(false);
  });

  it('tells where each of Integrationsverket\'s tasks went on 1 July 2007, with its source', async () => {
    const network = await networkAsOf(null);
    const successions = network.edges.filter((edge) => edge.type === 'SUCCEEDED_BY' && edge.source === 'integrationsverket');
    const successors = new Set(successions.map((edge) => edge.target));
    expect([...successors].filter((id) => !id.startsWith('county-admin-board-')).sort()).toEqual([
      'esf-radet',
      'migrationsverket',
      'scb',
      'ungdomsstyrelsen',
    ]);
    expect([...successors].filter((id) => id.startsWith('county-admin-board-'))).toHaveLength(21);
    for (const edge of successions) {
      expect(edge.validFrom).toBe('2007-07-01');
      expect(edge.provenance.sourceId).toBe('sou-2007-104');
      expect(edge.properties.find((property) => property.key === 'task')?.value).toBeTruthy();
    }
  });

  it('answers a malformed date with a coded error that names the problem', async () => {
    const response = await live.app.apollo.executeOperation(
      { query: edgesQuery, variables: { asOf: '2007-02-30' } },
      { contextValue: { database: live.test.database } },
    );
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.body.singleResult.errors?.[0]?.message).toMatch(/2007-02-30/);
  });
});
