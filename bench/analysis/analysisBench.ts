import { parseArgs } from 'node:util';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createApp } from '../../server/src/app';
import { fetchGapInput } from '../../server/src/gaps/gapInput';
import { analyseGaps, gapReport } from '../../server/src/gaps/gapReport';
import { previewChanges } from '../../server/src/whatIf/whatIf';
import { fetchCooperation } from '../../server/src/cooperation/cooperationRepository';
import { analyseSilos } from '../../server/src/silos/siloAnalysis';
import { siloReport } from '../../server/src/silos/siloReport';
import { indexCooperation } from '../../domain/cooperation/cooperationState';
import { loadScale, startBenchNeo4j } from '../shared/benchNeo4j';
import { describeMachine } from '../shared/machine';
import { measure, ms, table } from '../shared/measure';
import { benchAsOf } from '../shared/samples';

/**
 * `npm run bench:analysis [-- --scale 20 --budget 15000]`: the full national gap and silo analysis and a
 * what-if preview, against a throw-away Neo4j holding the seed data (no --scale) or the synthetic network
 * at a scale. Each is timed whole through GraphQL, and split into its database read and its in-memory
 * analysis, with p50 and p95. Figures only: nothing is asserted.
 */
const { values } = parseArgs({ options: { scale: { type: 'string' }, budget: { type: 'string', default: '15000' } } });
const budgetMs = Number(values.budget);
const scale = values.scale === undefined ? null : Number(values.scale);
/** The seed's local development agreements are for 2007; the synthetic network's history goes past 2008. */
const asOf = scale === null ? '2007-06-30' : benchAsOf;

const neo4j = await startBenchNeo4j();
try {
  const loaded = scale === null ? await loadSeed(neo4j.database) : (await loadScale(neo4j.database, scale)).counts;
  console.log(`Analysis benchmark · ${describeMachine()}`);
  console.log(`${scale === null ? 'seed data' : `synthetic network at ${scale}×`}: ${loaded.nodes} nodes, ${loaded.links} links, ${loaded.rules} rules · as of ${asOf}\n`);

  const app = await createApp({ database: neo4j.database, production: true });
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.apollo.executeOperation({ query, variables }, { contextValue: { database: neo4j.database } });
    if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) throw new Error(JSON.stringify(response.body));
  };

  const gapInput = await fetchGapInput(neo4j.database, asOf);
  const cooperation = await fetchCooperation(neo4j.database, asOf);
  const report = gapReport(analyseGaps(gapInput), {});
  const firstGap = report.pairs.find((pair) => pair.status === 'missing' && pair.suggestions[0]?.body !== null);
  const suggestion = firstGap?.suggestions[0];
  const changes =
    firstGap === undefined || suggestion?.body == null
      ? { addLinks: [{ fromId: cooperation.actors[0]?.id ?? '', toId: cooperation.actors[1]?.id ?? '' }] }
      : { addMemberships: suggestion.partiesToAdd.map((party) => ({ actorId: party.actor.id, bodyId: suggestion.body?.id ?? '' })) };
  const sizes = {
    gaps: `${report.counts.total} expected pairs, ${report.counts.missing} missing`,
    silos: `${cooperation.actors.length} actors, ${cooperation.bodies.length} bodies, ${cooperation.links.length} links`,
  };

  const workloads: [name: string, size: string, work: () => Promise<unknown>][] = [
    ['gaps: GraphQL operation', sizes.gaps, () => graphql('query($asOf: Date) { gaps(asOf: $asOf) { counts { missing } pairs { id status suggestions { rank body { id } } } } }', { asOf })],
    ['gaps: Cypher read and mapping', sizes.gaps, () => fetchGapInput(neo4j.database, asOf)],
    ['gaps: analysis and suggestions in memory', sizes.gaps, () => Promise.resolve(gapReport(analyseGaps(gapInput), {}))],
    ['silos: GraphQL operation', sizes.silos, () => graphql('query($asOf: Date) { silos(asOf: $asOf) { counts { actors } actors { actor { id } effectiveSize constraint flags } } }', { asOf })],
    ['silos: Cypher read and mapping', sizes.silos, () => fetchCooperation(neo4j.database, asOf)],
    ['silos: analysis in memory', sizes.silos, () => Promise.resolve(siloReport(indexCooperation(cooperation), analyseSilos(cooperation), {}))],
    ['what-if: GraphQL operation', JSON.stringify(changes).length > 200 ? 'one suggestion' : JSON.stringify(changes), () => graphql('query($asOf: Date, $changes: WhatIfChanges!) { whatIf(asOf: $asOf, changes: $changes) { after { pairs { missing } } } }', { asOf, changes })],
    ['what-if: analysis in memory', 'before and after', () => Promise.resolve(previewChanges(gapInput, changes))],
  ];
  const rows: string[][] = [];
  for (const [name, size, work] of workloads) {
    const timing = await measure(name, work, { budgetMs, iterations: 40, warmup: 2 });
    rows.push([name, ms(timing.p50), ms(timing.p95), String(timing.samples.length), size]);
    console.log(`${name}: p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms (${timing.samples.length} runs)`);
  }
  console.log(`\n${table(['operation', 'p50 ms', 'p95 ms', 'runs', 'size'], rows)}`);
  await app.stop();
} finally {
  await neo4j.stop();
}
