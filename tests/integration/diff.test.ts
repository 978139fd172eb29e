import assert from 'node:assert/strict';
import { gapAndSiloFigures } from '../../server/src/diff/gapSiloFigures';
import { networkDiff } from '../../server/src/diff/networkDiff';
import { noFilter } from '../../server/src/export/types';
import { fetchNetwork } from '../../server/src/network/networkRepository';
import { appOnTestDatabase } from '../helpers/testApp';

const diffQuery = `
  query Diff($from: Date!, $to: Date!, $filter: SnapshotFilterInput) {
    networkDiff(from: $from, to: $to, filter: $filter) {
      from
      to
      summary {
        nodes { added removed changed unchanged }
        edges { added removed changed unchanged }
        memberships { added removed changed unchanged }
        figures { figure from to delta }
      }
      nodes { change node { id kind validTo } addedEdgeIds removedEdgeIds }
      edges { change edge { id type source target } }
    }
  }
`;

interface DiffResult {
  networkDiff: {
    summary: { nodes: Record<string, number>; edges: Record<string, number>; memberships: Record<string, number>; figures: { figure: string; from: number; to: number; delta: number }[] };
    nodes: { change: string; node: { id: string; kind: string; validTo: string | null }; addedEdgeIds: string[]; removedEdgeIds: string[] }[];
    edges: { change: string; edge: { id: string; type: string; source: string; target: string } }[];
  };
}

describe('the diff between two dates', () => {
  const live = appOnTestDatabase();

  async function run(variables: Record<string, unknown>) {
    const response = await live.app.apollo.executeOperation<DiffResult>({ query: diffQuery, variables }, { contextValue: { database: live.test.database } });
    assert(response.body.kind === 'single');
    return response.body.singleResult;
  }

  it('is the union of both networks, each element marked by how it changed', async () => {
    const result = await run({ from: '2006-01-01', to: '2008-06-01' });
    expect(result.errors).toBeUndefined();
    const diff = result.data?.networkDiff;
    assert(diff !== undefined);
    const [before, after] = await Promise.all(['2006-01-01', '2008-06-01'].map((asOf) => fetchNetwork(live.test.database, { asOf, kinds: null })));
    assert(before !== undefined && after !== undefined);
    const union = new Set([...before.nodes, ...after.nodes].map((node) => node.id));
    expect(diff.nodes.map((entry) => entry.node.id).sort()).toEqual([...union].sort());
    const changeOf = (id: string) => diff.nodes.find((entry) => entry.node.id === id)?.change;
    expect(changeOf('integrationsverket')).toBe('removed');
    expect(changeOf('arbetsformedlingen')).toBe('added');
    expect(diff.summary.nodes['removed']).toBe(before.nodes.filter((node) => !after.nodes.some((other) => other.id === node.id)).length);
    expect(diff.summary.edges['added']).toBe(after.edges.filter((edge) => !before.edges.some((other) => other.id === edge.id)).length);
  });

  it('compares the gap and silo figures of the two dates', async () => {
    const result = await run({ from: '2006-01-01', to: '2008-06-01' });
    const figures = result.data?.networkDiff.summary.figures ?? [];
    expect(figures.map((figure) => figure.figure)).toEqual(['missingPairs', 'indirectPairs', 'oneAgencyAtATime', 'stovepipes', 'twoPartyBodies']);
    const before = await gapAndSiloFigures(live.test.database, '2006-01-01');
    const after = await gapAndSiloFigures(live.test.database, '2008-06-01');
    for (const { figure, from, to, delta } of figures) {
      expect([from, to, delta]).toEqual([before[figure], after[figure], (after[figure] ?? 0) - (before[figure] ?? 0)]);
    }
    expect(figures.some((figure) => figure.delta !== 0)).toBe(true);
  });

  it('marks a node present on both dates as changed when its links changed, and names them', async () => {
    const diff = await networkDiff(live.test.database, { from: '2006-01-01', to: '2008-06-01', filter: noFilter });
    const changed = diff.nodes.filter((entry) => entry.change === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    const edgeChange = new Map(diff.edges.map((entry) => [entry.edge.id, entry.change]));
    for (const entry of changed) {
      expect(entry.addedEdgeIds.length + entry.removedEdgeIds.length).toBeGreaterThan(0);
      for (const id of entry.addedEdgeIds) expect(edgeChange.get(id)).toBe('added');
      for (const id of entry.removedEdgeIds) expect(edgeChange.get(id)).toBe('removed');
    }
    const removedMemberships = diff.edges.filter((entry) => entry.change === 'removed' && entry.edge.relationship === 'MEMBER_OF');
    expect(diff.summary.memberships.removed).toBeGreaterThanOrEqual(removedMemberships.length);
    expect(removedMemberships.map((entry) => entry.edge.id)).toContain('member-central-agency-working-group-2005-integrationsverket');
  });

  it('applies the filter to both dates', async () => {
    const result = await run({ from: '2006-01-01', to: '2008-06-01', filter: { kinds: ['Agency'] } });
    const kinds = new Set(result.data?.networkDiff.nodes.map((entry) => entry.node.kind));
    expect([...kinds]).toEqual(['Agency']);
  });

  it('refuses dates in the wrong order, naming the field', async () => {
    const result = await run({ from: '2008-06-01', to: '2006-01-01' });
    expect(result.errors?.[0]).toMatchObject({ message: 'to: 2006-01-01 is before from (2008-06-01)', extensions: { code: 'BAD_USER_INPUT', parameter: 'to' } });
  });
});
