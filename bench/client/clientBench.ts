import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import express from 'express';
import { networkQuery } from '../../client/src/core/graph/networkQuery';
import { createApp } from '../../server/src/app';
import { launchBrowser } from '../../tests/helpers/browser';
import { execute } from '../graphql/execute';
import { loadScale, startBenchNeo4j } from '../shared/benchNeo4j';
import { describeMachine } from '../shared/machine';
import { ms, table } from '../shared/measure';
import { benchClientDir, buildClient, buildHarness, harnessDir } from './build';
import { runApp, runHarness, type RenderRun } from './pageRuns';
import { connectedSubset, type NetworkPayload } from './subsets';

/**
 * `npm run bench:client [-- --sizes 500,2000,10000 --runs 2 --skip-build]`: the explorer in the real Chromium,
 * given networks of each size, beside a bare page that draws with the same choices (client/src/core/performance)
 * and nothing else, so the app's own overhead shows; above 2,000 nodes also the bare page with WebGL off.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    runs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '150000' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const timeoutMs = Number(values.timeout);
const started = performance.now();
console.log(`Client benchmark · ${describeMachine()}`);

if (!values['skip-build']) {
  const building = performance.now();
  buildClient();
  buildHarness();
  console.log(`Built the app and the benchmark page in ${((performance.now() - building) / 1000).toFixed(0)} s.`);
}

const neo4j = await startBenchNeo4j();
const app = await createApp({ database: neo4j.database, production: true, clientDirectory: benchClientDir });
const payloads = new Map<number, NetworkPayload>();
app.express.use('/harness', express.static(harnessDir));
app.express.get('/bench-data/:size', (request, response) => {
  response.json(payloads.get(Number(request.params.size)) ?? null);
});
const server: Server = await new Promise((resolve) => {
  const listening = app.express.listen(0, '127.0.0.1', () => resolve(listening));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();

const describe = (run: RenderRun | undefined): string[] => {
  if (run === undefined) return ['–', '–', '–', '–'];
  if (run.info['blocked'] === true) return [`not done in ${timeoutMs / 1000} s`, '–', `page still blocked after ${timeoutMs / 1000} s`, '–'];
  const render = run.finished ? ms(run.toRenderMs ?? Number.NaN) : `not done in ${timeoutMs / 1000} s`;
  return [render, run.layoutMs === null ? '–' : ms(run.layoutMs), `${run.longTasksOver200} (longest ${ms(run.longestTaskMs)})`, String(run.renderedNodes ?? '–')];
};
const median = (list: RenderRun[]): RenderRun | undefined => [...list].sort((a, b) => (a.toRenderMs ?? Infinity) - (b.toRenderMs ?? Infinity))[Math.floor((list.length - 1) / 2)];

try {
  const largest = Math.max(...sizes);
  // Enough synthetic nodes over all dates for the largest size (1× ≈ 1,000 nodes).
  const loaded = await loadScale(neo4j.database, Math.ceil(largest / 1_000) + 0.2);
  const answer = await execute(app.apollo, networkQuery.toString(), { asOf: null }, { database: neo4j.database });
  const full = answer['network'] as NetworkPayload;
  console.log(`Loaded ${loaded.counts.nodes} nodes; the network answer holds ${full.nodes.length} nodes and ${full.edges.length} edges.`);
  const rows: string[][] = [];
  for (const size of sizes) {
    const subset = connectedSubset(full, size, loaded.sampleIds);
    payloads.set(size, subset);
    const body = JSON.stringify({ data: { network: subset } });
    const times = size >= 5_000 ? 1 : runs;
    const appRuns: RenderRun[] = [];
    const barePageRuns: RenderRun[] = [];
    const canvasRuns: RenderRun[] = [];
    for (let run = 0; run < times; run++) {
      appRuns.push(await runApp(browser, url, body, timeoutMs));
      barePageRuns.push(await runHarness(browser, `${url}/harness/index.html?data=/bench-data/${size}`, timeoutMs));
      if (size > 2_000) canvasRuns.push(await runHarness(browser, `${url}/harness/index.html?data=/bench-data/${size}&webgl=off`, timeoutMs));
    }
    const barePage = median(barePageRuns);
    const how = barePage === undefined ? '' : `${String(barePage.info['place'])} layout, ${String(barePage.info['quality'])}, ${barePage.info['webgl'] === true ? 'WebGL' : 'canvas'}`;
    const label = `${size} nodes, ${subset.edges.length} edges`;
    rows.push([label, 'explorer (the app)', ...describe(median(appRuns))]);
    rows.push([label, `bare page (${how})`, ...describe(barePage)]);
    if (canvasRuns.length > 0) rows.push([label, 'bare page, WebGL off', ...describe(median(canvasRuns))]);
    console.log(rows.slice(-(canvasRuns.length > 0 ? 3 : 2)).map((row) => `  ${row.join(' · ')}`).join('\n'));
  }
  console.log(`\nms from the network answer's arrival; median of ${runs} run(s) below 5,000 nodes, one run above. WebGL is used only where the browser has a hardware WebGL 2 (webglSupport.ts).\n`);
  console.log(table(['scene', 'path', 'data → complete render', 'layout', 'main-thread tasks > 200 ms', 'nodes drawn'], rows));
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await neo4j.stop();
}
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
