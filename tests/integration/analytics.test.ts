import assert from 'node:assert/strict';
import { createEntity } from '../../server/src/entities/entityRepository';
import { appOnTestDatabase } from '../helpers/testApp';

const metricsQuery = `
  query Metrics($asOf: Date, $mode: GraphMode) {
    networkMetrics(asOf: $asOf, mode: $mode) {
      asOf mode nodeCount tieCount modularity louvainSeed
      nodes { id name kind degree weightedDegree betweenness closeness eigenvector pagerank coreNumber community }
      communities { id size leaders { id name } }
      definitions { measure normalisation networkx }
    }
  }
`;

const pathsQuery = `
  query Paths($from: ID!, $to: ID!, $asOf: Date, $mode: GraphMode, $max: Int) {
    paths(from: $from, to: $to, asOf: $asOf, mode: $mode, max: $max) {
      connected length pathCount
      paths { nodes { id kind } steps { from to via links { id type source target provenance { evidence sourceId locator } } } }
    }
  }
`;

interface MetricsNode {
  id: string;
  kind: string;
  degree: number;
  pagerank: number;
  coreNumber: number;
  community: number;
}

interface MetricsResult {
  networkMetrics: {
    nodeCount: number;
    tieCount: number;
    modularity: number;
    nodes: MetricsNode[];
    communities: { id: number; size: number; leaders: { id: string }[] }[];
    definitions: { measure: string }[];
  };
}

interface PathsResult {
  paths: {
    connected: boolean;
    length: number | null;
    pathCount: number;
    paths: { nodes: { id: string; kind: string }[]; steps: { from: string; to: string; via: string[]; links: { id: string; type: string; provenance: { sourceId: string; locator: string } }[] }[] }[];
  };
}

describe('network analytics on the seed network', () => {
  const live = appOnTestDatabase();

  async function run<T>(query: string, variables: Record<string, unknown>) {
    const response = await live.app.apollo.executeOperation<T>({ query, variables }, { contextValue: { database: live.test.database } });
    assert(response.body.kind === 'single');
    return response.body.singleResult;
  }

  async function metrics(variables: Record<string, unknown>) {
    const result = await run<MetricsResult>(metricsQuery, variables);
    expect(result.errors).toBeUndefined();
    assert(result.data);
    return result.data.networkMetrics;
  }

  it('measures every actor, body and agreement as of a date, with communities named by their members', async () => {
    const twoMode = await metrics({ asOf: '2007-06-01', mode: 'twoMode' });
    expect(twoMode.nodeCount).toBe(twoMode.nodes.length);
    expect(twoMode.nodes.some((node) => ['County', 'District', 'GoalArea'].includes(node.kind))).toBe(false);
    expect(twoMode.nodes.reduce((sum, node) => sum + node.pagerank, 0)).toBeCloseTo(1, 6);
    expect(twoMode.nodes.reduce((sum, node) => sum + node.degree, 0)).toBe(2 * twoMode.tieCount);
    expect(twoMode.modularity).toBeGreaterThan(0.2);
    expect(twoMode.communities.map((community) => community.id)).toEqual(twoMode.communities.map((_community, index) => index));
    expect(twoMode.communities.reduce((sum, community) => sum + community.size, 0)).toBe(twoMode.nodeCount);
    const largest = twoMode.communities[0];
    assert(largest);
    const leaderIds = largest.leaders.map((leader) => leader.id);
    expect(twoMode.nodes.filter((node) => leaderIds.includes(node.id)).every((node) => node.community === 0)).toBe(true);
    expect(twoMode.definitions.map((definition) => definition.measure)).toEqual(
      expect.arrayContaining(['degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'coreNumber', 'community']),
    );

    const projected = await metrics({ asOf: '2007-06-01', mode: 'projected' });
    expect(projected.nodes.every((node) => !['Body', 'Agreement'].includes(node.kind))).toBe(true);
    const forsakringskassan = projected.nodes.find((node) => node.id === 'forsakringskassan');
    expect(forsakringskassan?.coreNumber).toBeGreaterThanOrEqual(1);
  });

  it('gives the same communities for the same snapshot, and recomputes once the data changes', async () => {
    const first = await metrics({ asOf: '2007-06-01', mode: 'projected' });
    const again = await metrics({ asOf: '2007-06-01', mode: 'projected' });
    expect(again.nodes.map((node) => [node.id, node.community])).toEqual(first.nodes.map((node) => [node.id, node.community]));
    await createEntity(live.test.database, { id: `${live.test.idPrefix}lone`, kind: 'Municipality', name: 'Lone test municipality', evidence: 'general', source: 'sou-2007-104', locator: 'line 1' });
    const changed = await metrics({ asOf: '2007-06-01', mode: 'projected' });
    expect(changed.nodeCount).toBe(first.nodeCount + 1);
    expect(changed.nodes.find((node) => node.id === `${live.test.idPrefix}lone`)).toMatchObject({ degree: 0, coreNumber: 0 });
  });

  it('says how two actors are connected: through the body they share, with each link and its source', async () => {
    const result = await run<PathsResult>(pathsQuery, { from: 'municipality-0182', to: 'regeringen', asOf: '2007-06-01', mode: 'twoMode' });
    expect(result.errors).toBeUndefined();
    const connection = result.data?.paths;
    assert(connection);
    expect(connection).toMatchObject({ connected: true, length: 2 });
    expect(connection.pathCount).toBe(connection.paths.length);
    const throughAgreement = connection.paths.find((path) => path.nodes[1]?.id === 'lua-nacka');
    expect(throughAgreement?.steps.map((step) => step.links.map((link) => link.id))).toEqual([['party-lua-nacka-municipality'], ['party-lua-nacka-regeringen']]);
    expect(throughAgreement?.steps[0]?.links[0]?.provenance).toEqual({ evidence: 'general', sourceId: 'sou-2007-104', locator: 'lines 771-772; lines 1690-1691' });

    const projected = await run<PathsResult>(pathsQuery, { from: 'municipality-0182', to: 'regeringen', asOf: '2007-06-01', mode: 'projected' });
    const step = projected.data?.paths.paths[0]?.steps[0];
    expect(projected.data?.paths.length).toBe(1);
    expect(step?.via).toContain('lua-nacka');
    expect(step?.links.map((link) => link.id)).toEqual(expect.arrayContaining(['party-lua-nacka-municipality', 'party-lua-nacka-regeringen']));
  });

  it('answers that two nodes are not connected at a date', async () => {
    const result = await run<PathsResult>(pathsQuery, { from: 'municipality-0182', to: `${live.test.idPrefix}lone`, asOf: '2007-06-01', mode: 'projected' });
    expect(result.data?.paths).toEqual({ connected: false, length: null, pathCount: 0, paths: [] });
  });

  it.each([
    [{ from: 'no-such-node', to: 'regeringen' }, 'from', 'no node has the id "no-such-node"'],
    [{ from: 'regeringen', to: 'county-01' }, 'to', 'which the twoMode graph leaves out'],
    [{ from: 'municipality-0182', to: 'lua-nacka', asOf: '2006-06-01' }, 'asOf', 'is not valid on 2006-06-01'],
    [{ from: 'municipality-0182', to: 'regeringen', max: 51 }, 'max', 'is 51; give a whole number from 1 to 50'],
    [{ from: 'municipality-0182', to: 'regeringen', max: 0 }, 'max', 'is 0'],
  ])('refuses bad input %j with a code naming the argument', async (variables, parameter, reason) => {
    const result = await run<PathsResult>(pathsQuery, { asOf: '2007-06-01', ...variables });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(result.errors?.[0]?.message).toContain(reason);
  });
});
