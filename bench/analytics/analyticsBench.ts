import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { AnalyticsGraph } from '../../server/src/analytics/analyticsGraph';
import { toAnalyticsGraph } from '../../server/src/analytics/analyticsGraph';
import { betweenness } from '../../server/src/analytics/betweenness';
import { measureSteps } from '../../server/src/analytics/measures';
import { createApp } from '../../server/src/app';
import type { Database } from '../../server/src/db/database';
import { project } from '../../server/src/export/projection';
import { elementsInRange } from '../../server/src/export/snapshot';
import type { ExportGraph, SnapshotMode } from '../../server/src/export/types';
import { loadScale, startBenchNeo4j } from '../shared/benchNeo4j';
import { describeMachine } from '../shared/machine';
import { ms, percentile, table } from '../shared/measure';
import { benchAsOf } from '../shared/samples';

/**
 * `npm run bench:analytics [-- --scales 1,5,20 --runs 3]`: every network measure of the network as of a date, in
 * both modes, against a fresh Neo4j holding the synthetic network at each scale. Times the whole `networkMetrics`
 * operation (first call and the cached second call), its read and graph building, and each algorithm on its own,
 * with wall-clock and CPU time (on a shared machine the wall clock also counts other processes' turns). Betweenness
 * is run beside NetworkX's `betweenness_centrality` on the same graph in the same run: exact where ours is exact,
 * and from the very same source nodes where ours is sampled, so the values must agree and the times compare.
 */
const { values: options } = parseArgs({ options: { scales: { type: 'string', default: '1,5,20' }, runs: { type: 'string', default: '3' } } });
const scales = options.scales.split(',').map(Number);
const runs = Number(options.runs);
const modes: SnapshotMode[] = ['twoMode', 'projected'];
const networkx = new URL('./networkx_betweenness.py', import.meta.url).pathname;

interface Sample {
  wall: number;
  cpu: number;
}

function timed<T>(work: () => T): { result: T } & Sample {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T } & Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

/** Median wall and CPU time of `runs` calls. */
function repeated(work: () => unknown): Sample {
  const samples = Array.from({ length: runs }, () => timed(work));
  return { wall: percentile(samples.map((sample) => sample.wall), 0.5), cpu: percentile(samples.map((sample) => sample.cpu), 0.5) };
}

const cell = (sample: Sample | undefined) => (sample === undefined ? '–' : `${ms(sample.wall)} / ${ms(sample.cpu)}`);

interface NetworkxResult {
  networkx: string;
  call: string;
  cpuSeconds: number;
  wallSeconds: number;
  values: Record<string, number>;
}

function networkxBetweenness(graph: AnalyticsGraph, pivots: string[] | null): NetworkxResult {
  const input = JSON.stringify({ nodes: graph.nodes(), edges: graph.mapEdges((_edge, _attributes, source, target) => [source, target]), pivots });
  return JSON.parse(execFileSync('python3', [networkx], { input, maxBuffer: 1 << 28, encoding: 'utf8' })) as NetworkxResult;
}

interface ModeResult {
  scale: number;
  mode: SnapshotMode;
  size: string;
  timings: Map<string, Sample>;
  comparison: string[];
}

const metricsQuery = `query($asOf: Date, $mode: GraphMode) {
  networkMetrics(asOf: $asOf, mode: $mode) { nodeCount modularity nodes { id degree weightedDegree betweenness closeness eigenvector pagerank coreNumber community } }
}`;

async function benchMode(database: Database, elements: ExportGraph, scale: number, mode: SnapshotMode, graphql: (mode: SnapshotMode) => Promise<void>): Promise<ModeResult> {
  const timings = new Map<string, Sample>();
  timings.set('networkMetrics, first call (read, graph, every measure)', await timedAsync(() => graphql(mode)));
  const cached = await Promise.all([0, 1, 2].map(() => timedAsync(() => graphql(mode))));
  timings.set('networkMetrics, second call (cached)', cached.sort((a, b) => a.wall - b.wall)[1] ?? (cached[0] as Sample));
  timings.set('read the network as of the date', await timedAsync(() => database.read((tx) => elementsInRange(tx, benchAsOf, benchAsOf))));
  const build = () => toAnalyticsGraph(mode === 'projected' ? project(elements) : elements, mode);
  timings.set('project and build the graph', repeated(build));
  const graph = build();
  for (const [name, step] of Object.entries(measureSteps)) timings.set(name, repeated(() => step(graph)));
  const ours = betweenness(graph);
  const theirs = networkxBetweenness(graph, ours.pivots);
  const oursTime = timings.get('betweenness') as Sample;
  const difference = Math.max(...graph.mapNodes((node) => Math.abs((ours.values[node] ?? 0) - (theirs.values[node] ?? 0))));
  const comparison = [
    `${scale}×`,
    mode,
    ours.pivots === null ? 'exact' : `${ours.pivots.length} sources`,
    `${ms(oursTime.wall)} / ${ms(oursTime.cpu)}`,
    `${ms(theirs.wallSeconds * 1000)} / ${ms(theirs.cpuSeconds * 1000)}`,
    ((theirs.cpuSeconds * 1000) / oursTime.cpu).toFixed(1),
    difference.toExponential(1),
    theirs.call,
  ];
  const size = `${graph.order} nodes, ${graph.size} ties`;
  console.log(`  ${mode}: ${size}; ${[...timings].map(([name, sample]) => `${name} ${cell(sample)}`).join('; ')}; NetworkX ${comparison.slice(4, 7).join(', ')}`);
  return { scale, mode, size, timings, comparison };
}

async function benchScale(scale: number): Promise<ModeResult[]> {
  const neo4j = await startBenchNeo4j();
  try {
    const loaded = await loadScale(neo4j.database, scale);
    console.log(`${scale}×: ${loaded.counts.nodes} nodes, ${loaded.counts.links} links, loaded in ${(loaded.loadMs / 1000).toFixed(1)} s`);
    const app = await createApp({ database: neo4j.database, production: true });
    const graphql = async (mode: SnapshotMode) => {
      const response = await app.apollo.executeOperation({ query: metricsQuery, variables: { asOf: benchAsOf, mode } }, { contextValue: { database: neo4j.database } });
      if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) throw new Error(JSON.stringify(response.body));
    };
    const elements = await neo4j.database.read((tx) => elementsInRange(tx, benchAsOf, benchAsOf));
    const results: ModeResult[] = [];
    for (const mode of modes) results.push(await benchMode(neo4j.database, elements, scale, mode, graphql));
    await app.stop();
    return results;
  } finally {
    await neo4j.stop();
  }
}

const started = performance.now();
console.log(`Analytics benchmark · ${describeMachine()} · as of ${benchAsOf} · median of ${runs} runs per algorithm`);
const results: ModeResult[] = [];
for (const scale of scales) results.push(...(await benchScale(scale)));

const columns = results.map((result) => `${result.scale}× ${result.mode}`);
const names = [...(results[0]?.timings.keys() ?? [])];
console.log('\nMilliseconds, wall clock / CPU of this process (the read also waits for Neo4j, whose CPU is not counted).\n');
console.log(table(['', ...columns], [['graph', ...results.map((result) => result.size)], ...names.map((name) => [name, ...results.map((result) => cell(result.timings.get(name)))])]));
console.log('\nBetweenness beside NetworkX on the same graph (ms, wall / CPU; ratio of CPU times; largest difference of any node):\n');
console.log(table(['scale', 'mode', 'ours', 'ours ms', 'NetworkX ms', 'NetworkX ÷ ours', 'max |difference|', 'NetworkX call'], results.map((result) => result.comparison)));
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
