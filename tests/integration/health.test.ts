import assert from 'node:assert/strict';
import { createApp } from '../../server/src/app';
import { createDatabase } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { checkHealth } from '../../server/src/health/health';
import { listenHttp } from '../../server/src/security/httpServer';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

/** A database on a loopback port where nothing listens: what the app sees when Neo4j is down. */
function unreachableDatabase() {
  return createDatabase(createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'not-used' }));
}

describe('health and an unreachable database', () => {
  let test: TestDatabase;
  beforeAll(() => {
    test = openTestDatabase();
  });
  afterAll(() => test.close());

  it('reports ok when Neo4j answers', async () => {
    expect(await checkHealth(test.database)).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('reports degraded within seconds when Neo4j does not answer', async () => {
    const database = unreachableDatabase();
    const started = Date.now();
    expect(await checkHealth(database)).toEqual({ status: 'degraded', neo4j: 'down' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await database.close();
  });

  it('answers /health with 503 and the JSON while Neo4j does not answer, so a load balancer takes the app out', async () => {
    const database = unreachableDatabase();
    const app = await createApp({ database, production: true });
    const server = await listenHttp(app.express, 0, '127.0.0.1');
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', neo4j: 'down' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await database.close();
    }
  });

  it('answers GraphQL with a coded "database unavailable" error instead of failing', async () => {
    const database = unreachableDatabase();
    const app = await createApp({ database, production: true });
    const response = await app.apollo.executeOperation(
      { query: '{ network { nodes { id } } }' },
      { contextValue: { database } },
    );
    assert(response.body.kind === 'single');
    const [error] = response.body.singleResult.errors ?? [];
    expect(error?.extensions?.['code']).toBe('DATABASE_UNAVAILABLE');
    expect(error?.message).toBe('The database is not reachable right now; try again in a moment.');
    expect(JSON.stringify(response.body.singleResult)).not.toMatch(/stack|at .*\.ts:/);
    await app.stop();
    await database.close();
  });
});
