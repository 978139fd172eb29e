import { parseArgs } from 'node:util';
import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { watchProcess } from '../harness/processWatch';
import { servedSchema } from '../harness/schema';
import { knownIds, serveApp } from '../harness/serveApp';
import { signedInHeaders, visitorHeaders } from '../harness/signIn';
import { startThrowawayNeo4j } from '../harness/throwawayNeo4j';
import { runInjection, type Send } from './injectionRun';
import { formatFigures, runFuzz } from './runFuzz';

/**
 * `npm run fuzz [-- --operations 10000 --seed 1 --concurrency 4 --minutes 20] [--injection]`: starts a throw-away
 * Neo4j with the seed and the app in this process on loopback, signs in as an admin so mutations run
 * too, sends schema-driven operations and malformed requests, and prints the figures. Exit code 1
 * when any answer was a 5xx, leaked a stack trace or an internal message, or an error had no code,
 * or when the process saw an unhandled rejection. `--injection` then also tries every payload of the
 * injection corpus on every text input (as a visitor, and as an editor in dry runs): the graph must not change.
 */
const { values } = parseArgs({
  options: {
    operations: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20071030' },
    concurrency: { type: 'string', default: '4' },
    minutes: { type: 'string', default: '20' },
    injection: { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.log(`[fuzz] ${line}`);

/** The whole corpus on every text input; 1 when anything ran or changed. */
async function injection(url: string): Promise<number> {
  const headers = { visitor: await visitorHeaders(url), editor: await signedInHeaders(url, neo4j.database, 'editor') };
  const send: Send = async (operation, as) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...headers[as], 'content-type': 'application/json' }, body: JSON.stringify(operation) });
    return { status: response.status, text: await response.text() };
  };
  const before = summarise(await readStoredGraph(neo4j.database));
  const figures = await runInjection(servedSchema(), send, true);
  const changed = summarise(await readStoredGraph(neo4j.database)).hash !== before.hash;
  console.log(`injection corpus     ${figures.payloads} payloads × ${figures.textInputs} text inputs = ${figures.requests} requests`);
  console.log(`HTTP statuses        ${JSON.stringify(figures.statuses)}`);
  console.log(`payloads that ran    ${figures.failures.length}${figures.failures.map((failure) => `\n  ${failure}`).join('')}`);
  console.log(`graph changed        ${changed ? 'yes' : 'no'}`);
  return figures.failures.length > 0 || changed ? 1 : 0;
}
log('starting a throw-away Neo4j with the seed…');
const neo4j = await startThrowawayNeo4j();
const app = await serveApp(neo4j.database);
const watch = watchProcess();
try {
  const headers = await signedInHeaders(app.url, neo4j.database, 'admin');
  const before = summarise(await readStoredGraph(neo4j.database));
  const figures = await runFuzz({
    url: app.url,
    schema: servedSchema(),
    operations: Number(values.operations),
    seed: Number(values.seed),
    concurrency: Number(values.concurrency),
    ids: await knownIds(app.url),
    mutations: true,
    headers,
    deadline: Date.now() + Number(values.minutes) * 60_000,
  });
  const after = summarise(await readStoredGraph(neo4j.database));
  console.log(formatFigures(figures));
  console.log(`unhandled rejections ${watch.unhandledRejections}`);
  console.log(`uncaught exceptions  ${watch.uncaughtExceptions}`);
  console.log(`graph after the run  ${after.nodes - before.nodes} nodes and ${after.relationships - before.relationships} relationships more (mutations ran as an admin)`);
  const failed =
    figures.sent < Number(values.operations) ||
    figures.serverErrors + figures.stackTraces + figures.internalMessages + figures.uncodedErrors + watch.unhandledRejections + watch.uncaughtExceptions > 0;
  process.exitCode = failed ? 1 : 0;
  if (values.injection) process.exitCode = Math.max(process.exitCode, await injection(app.url));
} finally {
  watch.stop();
  await app.stop();
  await neo4j.stop();
}
