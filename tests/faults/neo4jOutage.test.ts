import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise, type ContentSummary } from '../../server/src/backup/contentHash';
import { dumpNeo4j, loadNeo4jDump } from '../../server/src/backup/neo4jDump';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import type { Database } from '../../server/src/db/database';
import { watchProcess } from '../../bench/harness/processWatch';
import { serveApp, type ServedApp } from '../../bench/harness/serveApp';
import { FaultNeo4j, freePort, within } from './faultNeo4j';


interface Answer {
  ms: number;
  status: number;
  code: unknown;
  nodes: number;
}

/** Each fault test runs its own Neo4j on a free port (fixed with FAULT_NEO4J_BOLT_PORT), never the shared test database. */
describe('Neo4j goes away while the app runs', () => {
  let neo4j: FaultNeo4j;
  let database: Database;
  let app: ServedApp;
  let before: ContentSummary;
  const watch = watchProcess();

  async function ask(): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network(asOf: "2007-06-30") { nodes { id } } }' }),
    });
    const body = (await response.json()) as { data?: { network: { nodes: unknown[] } } | null; errors?: { extensions?: { code?: unknown } }[] };
    return { ms: Date.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code, nodes: body.data?.network.nodes.length ?? 0 };
  }

  /** The HTTP status a load balancer reads and the JSON a person reads, e.g. "503 degraded". */
  const health = async () => {
    const response = await fetch(`${app.url}/health`);
    return `${response.status} ${((await response.json()) as { status: string }).status}`;
  };

  beforeAll(async () => {
    neo4j = await FaultNeo4j.create();
    database = await neo4j.startSeeded();
    before = summarise(await readStoredGraph(database));
    app = await serveApp(database, true);
  }, 240_000);

  afterAll(async () => {
    watch.stop();
    await app.stop();
    await database.close();
    await neo4j.remove();
  }, 120_000);

  async function outage(cut: () => Promise<void>): Promise<void> {
    const healthy = await ask();
    expect(healthy).toMatchObject({ status: 200, code: undefined });
    expect(healthy.nodes).toBeGreaterThan(400);

    await cut();
    expect(await within(5_000, async () => (await health()) === '503 degraded')).toBeLessThan(5_000);
    const down = await ask();
    expect(down).toMatchObject({ status: 200, code: 'DATABASE_UNAVAILABLE' });
    expect(down.ms).toBeLessThan(5_000);

    await neo4j.start();
    const first = await ask();
    expect(first).toMatchObject({ status: 200, code: undefined, nodes: healthy.nodes });
    expect(await health()).toBe('200 ok');
    expect(summarise(await readStoredGraph(database))).toEqual(before);
  }

  it('stopped cleanly: health says degraded, GraphQL answers DATABASE_UNAVAILABLE within 5 s, the first request after it returns succeeds', async () => {
    await outage(() => neo4j.stop());
  }, 240_000);

  it('killed (SIGKILL): the same, and nothing committed is lost', async () => {
    await outage(() => neo4j.kill());
  }, 240_000);

  it('never takes the process down: no unhandled rejection or uncaught exception', () => {
    expect({ rejections: watch.unhandledRejections, exceptions: watch.uncaughtExceptions }).toEqual({ rejections: 0, exceptions: 0 });
  });

  it("restores Neo4j's own dump of the stopped database into a new home: counts and content hash equal", async () => {
    const dumps = mkdtempSync(join(tmpdir(), 'samverkan-dump-'));
    const copy = await FaultNeo4j.create(await freePort());
    try {
      await neo4j.stop();
      const dump = await dumpNeo4j(neo4j.dataDir, dumps);
      expect(existsSync(dump) && statSync(dump).size).toBeGreaterThan(1_000);
      await loadNeo4jDump(copy.dataDir, dumps);
      await copy.start();
      const restored = copy.connect();
      try {
        expect(summarise(await readStoredGraph(restored))).toEqual(before);
      } finally {
        await restored.close();
      }
    } finally {
      await copy.remove();
      rmSync(dumps, { recursive: true, force: true });
      await neo4j.start();
    }
  }, 300_000);
});
