import assert from 'node:assert/strict';
import { appOnTestDatabase } from '../helpers/testApp';

const changesQuery = `
  query Changes($from: Date!, $to: Date!, $measure: Measure!, $mode: GraphMode) {
    measureChanges(from: $from, to: $to, measure: $measure, mode: $mode) {
      from to measure mode
      nodes { id name kind from to change }
    }
  }
`;

const metricsQuery = `
  query Metrics($asOf: Date, $mode: GraphMode) {
    networkMetrics(asOf: $asOf, mode: $mode) { nodes { id name pagerank degree } }
  }
`;

interface Change {
  id: string;
  name: string;
  kind: string;
  from: number | null;
  to: number | null;
  change: number | null;
}

describe('how a measure changed for each node between two dates', () => {
  const live = appOnTestDatabase();

  async function run<T>(query: string, variables: Record<string, unknown>) {
    const response = await live.app.apollo.executeOperation<T>({ query, variables }, { contextValue: { database: live.test.database } });
    assert(response.body.kind === 'single');
    return response.body.singleResult;
  }

  async function metrics(asOf: string, mode: string) {
    const result = await run<{ networkMetrics: { nodes: { id: string; name: string; pagerank: number; degree: number }[] } }>(metricsQuery, { asOf, mode });
    assert(result.data);
    return new Map(result.data.networkMetrics.nodes.map((node) => [node.id, node]));
  }

  it.each(['twoMode', 'projected'])('gives each node its %s networkMetrics value on both dates and the change', async (mode) => {
    const result = await run<{ measureChanges: { from: string; to: string; measure: string; mode: string; nodes: Change[] } }>(changesQuery, { from: '2006-01-01', to: '2008-06-01', measure: 'pagerank', mode });
    expect(result.errors).toBeUndefined();
    assert(result.data);
    const { measureChanges } = result.data;
    expect(measureChanges).toMatchObject({ from: '2006-01-01', to: '2008-06-01', measure: 'pagerank', mode });
    const [before, after] = [await metrics('2006-01-01', mode), await metrics('2008-06-01', mode)];
    expect(new Set(measureChanges.nodes.map((node) => node.id))).toEqual(new Set([...before.keys(), ...after.keys()]));
    for (const node of measureChanges.nodes) {
      expect(node.from).toBe(before.get(node.id)?.pagerank ?? null);
      expect(node.to).toBe(after.get(node.id)?.pagerank ?? null);
      expect(node.change).toBe(node.from === null || node.to === null ? null : node.to - node.from);
      expect(node.name).toBe((after.get(node.id) ?? before.get(node.id))?.name);
    }
    expect(measureChanges.nodes.some((node) => node.from === null)).toBe(true);
    expect(measureChanges.nodes.some((node) => node.change !== null && node.change !== 0)).toBe(true);
  });

  it('refuses dates in the wrong order, naming the argument', async () => {
    const reversed = await run(changesQuery, { from: '2008-06-01', to: '2006-01-01', measure: 'degree' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'to' });
  });

  it('refuses a measure it does not know', async () => {
    const unknown = await run(changesQuery, { from: '2006-01-01', to: '2008-06-01', measure: 'fame' });
    expect(unknown.errors?.[0]?.message).toContain('Measure');
  });
});
