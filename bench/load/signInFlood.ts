import { parseArgs } from 'node:util';
import { startServerProcess } from '../harness/serverProcess';
import { startThrowawayNeo4j } from '../harness/throwawayNeo4j';
import { figuresTable, measure, type LoadFigures } from './measure';
import { readWorkloads } from './workloads';

/**
 * `npm run bench:sign-in-flood [-- --rate 44 --seconds 20]`: what an anonymous flood of wrong sign-ins costs the
 * readers. Search is measured alone, then while sign-ins with wrong passwords arrive at `--rate` per second from one
 * loopback client, then alone again; the flood's answers are counted by the reason the server gave.
 */
const { values } = parseArgs({ options: { rate: { type: 'string', default: '44' }, seconds: { type: 'string', default: '20' } } });
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const search = readWorkloads.find((workload) => workload.name === 'search');
if (search === undefined) throw new Error('No search workload');

const signIn = 'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { user { username } } }';

/** Wrong sign-ins at a fixed rate until `until`, carrying the CSRF cookie and header a browser would. */
async function flood(url: string, until: number): Promise<Map<string, number>> {
  const answer = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ session { user { username } } }' }) });
  const csrf = /samverkan_csrf=([^;]+)/.exec(answer.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const reasons = new Map<string, number>();
  const sent: Promise<void>[] = [];
  let attempt = 0;
  while (Date.now() < until) {
    attempt += 1;
    sent.push(
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `samverkan_csrf=${csrf}`, 'x-csrf-token': csrf },
        body: JSON.stringify({ query: signIn, variables: { username: `flood-${attempt % 500}`, password: `wrong password ${attempt}` } }),
      })
        .then((response) => response.json() as Promise<{ errors?: { extensions?: { reason?: string; code?: string } }[] }>)
        .then((body) => {
          const reason = body.errors?.[0]?.extensions?.reason ?? body.errors?.[0]?.extensions?.code ?? 'signed in';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }, () => void reasons.set('no answer', (reasons.get('no answer') ?? 0) + 1)),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  }
  await Promise.all(sent);
  return reasons;
}

console.log('[sign-in flood] starting a throw-away Neo4j with the seed and the server…');
const neo4j = await startThrowawayNeo4j();
const server = await startServerProcess(neo4j.uri, neo4j.password);
try {
  await measure(server.url, search, 1, 2);
  const rows: LoadFigures[] = [];
  rows.push({ ...(await measure(server.url, search, 2, seconds)), name: 'search, alone' });
  const flooding = flood(server.url, Date.now() + seconds * 1000);
  rows.push({ ...(await measure(server.url, search, 2, seconds)), name: `search, during ${rate} wrong sign-ins per second` });
  const reasons = await flooding;
  rows.push({ ...(await measure(server.url, search, 2, seconds)), name: 'search, alone again' });
  console.log(figuresTable(rows));
  console.log(`\nThe flood's answers: ${[...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  process.exitCode = rows.some((row) => row.errors > 0) ? 1 : 0;
} finally {
  await server.stop();
  await neo4j.stop();
}
