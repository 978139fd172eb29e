import { parseArgs } from 'node:util';
import { loadScale, startBenchNeo4j } from '../shared/benchNeo4j';
import { describeMachine } from '../shared/machine';
import { measure, ms, table, type Timing } from '../shared/measure';
import { benchAsOf } from '../shared/samples';
import { serverWorkloads } from './workloads';

/**
 * `npm run bench:server [-- --scales 1,5,20 --budget 15000]`: each server operation against a fresh local Neo4j
 * loaded with the synthetic network at each scale; p50/p95 per operation and how they grow with scale.
 */
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,5,20' }, budget: { type: 'string', default: '15000' } } });
const scales = values.scales.split(',').map(Number);
const budgetMs = Number(values.budget);

interface ScaleResult {
  scale: number;
  load: string;
  timings: Map<string, Timing & { size: string; target: string }>;
}

async function benchScale(scale: number): Promise<ScaleResult> {
  const neo4j = await startBenchNeo4j();
  try {
    const loaded = await loadScale(neo4j.database, scale);
    const load = `${loaded.counts.nodes} nodes, ${loaded.counts.links} links: generated in ${(loaded.generateMs / 1000).toFixed(1)} s, loaded (one transaction) in ${(loaded.loadMs / 1000).toFixed(1)} s`;
    console.log(`${scale}×: ${load}`);
    const timings = new Map<string, Timing & { size: string; target: string }>();
    for (const workload of serverWorkloads(neo4j.database, benchAsOf, loaded.sampleIds)) {
      // The first call gives the size: for neighbourhoods, that of the largest municipality. Ten warm-up
      // calls bring Neo4j's query plans and both JITs to the steady state a running server is in. Heavy
      // operations (seconds each at 20×) skip the warm-up and run twice, so a run stays bounded.
      let size = '';
      const heavy = workload.heavy === true;
      const timing = await measure(
        workload.name,
        async (index) => {
          const result = await workload.run(index);
          if (index === 0 && size === '') size = result.size;
        },
        { budgetMs, iterations: 40, warmup: heavy ? 0 : 10, minIterations: heavy ? 2 : 3 },
      );
      timings.set(workload.name, { ...timing, size, target: workload.target });
      console.log(`  ${workload.name}: p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms (${timing.samples.length} runs; ${size})`);
    }
    return { scale, load, timings };
  } finally {
    await neo4j.stop();
  }
}

const started = performance.now();
console.log(`Server benchmark · ${describeMachine()} · as of ${benchAsOf}`);
const results: ScaleResult[] = [];
for (const scale of scales) results.push(await benchScale(scale));

const names = [...(results[0]?.timings.keys() ?? [])];
const first = results[0];
const last = results[results.length - 1];
const growth = (name: string): string => {
  const from = first?.timings.get(name)?.p50;
  const to = last?.timings.get(name)?.p50;
  if (first === undefined || last === undefined || from === undefined || to === undefined || first === last) return '–';
  // The exponent k in time ∝ scale^k: 1 is linear growth.
  const exponent = Math.log(to / from) / Math.log(last.scale / first.scale);
  return `×${(to / from).toFixed(1)} (k=${exponent.toFixed(2)})`;
};
console.log(`\nMilliseconds, p50 / p95; growth is p50 at ${last?.scale ?? ''}× ÷ p50 at ${first?.scale ?? ''}×, with time ∝ scale^k.\n`);
console.log(
  table(
    ['operation', ...results.map((result) => `${result.scale}× p50 / p95`), 'growth', 'target'],
    names.map((name) => [
      name,
      ...results.map((result) => {
        const timing = result.timings.get(name);
        return timing === undefined ? '–' : `${ms(timing.p50)} / ${ms(timing.p95)}`;
      }),
      growth(name),
      first?.timings.get(name)?.target ?? '',
    ]),
  ),
);
console.log('\nResult sizes:\n');
console.log(table(['operation', ...results.map((result) => `${result.scale}×`)], names.map((name) => [name, ...results.map((result) => result.timings.get(name)?.size ?? '')])));
console.log('\nData:\n');
for (const result of results) console.log(`- ${result.scale}×: ${result.load}`);
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
