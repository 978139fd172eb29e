import { pairedOperations } from '../../bench/graphql/operations';
import { execute } from '../../bench/graphql/execute';
import { countingDriver, type CountingDriver } from '../../bench/shared/countingDriver';
import { createApp, type App } from '../../server/src/app';
import { createDatabase, type Database } from '../../server/src/db/database';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

/** No N+1: each GraphQL operation reads with one statement in one session, counted at the real driver. */
describe('database round trips per GraphQL operation', () => {
  let test: TestDatabase;
  let counting: CountingDriver;
  let database: Database;
  let app: App;

  beforeAll(async () => {
    test = openTestDatabase();
    counting = countingDriver(test.driver);
    database = createDatabase(counting.driver);
    app = await createApp({ database, production: true });
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  it('counts what it wraps: two reads are two sessions and two statements', async () => {
    counting.reset();
    await database.read((tx) => tx.run('health/ping'));
    await database.read((tx) => tx.run('health/ping'));
    expect(counting.counts()).toEqual({ sessions: 2, statements: 2 });
  });

  it('reads the whole network in exactly one round trip', async () => {
    const network = pairedOperations.find((operation) => operation.name === 'network');
    if (network === undefined) throw new Error('The network operation is missing');
    counting.reset();
    const data = await execute(app.apollo, network.document, network.variables('', '2007-06-01'), { database });
    expect(counting.counts()).toEqual({ sessions: 1, statements: 1 });
    const nodes = (data['network'] as { nodes: unknown[] }).nodes;
    expect(nodes.length).toBeGreaterThan(300);
  });

  it.each(pairedOperations.map((operation) => [operation.name, operation] as const))('answers %s with one statement', async (_name, operation) => {
    counting.reset();
    await execute(app.apollo, operation.document, operation.variables('municipality-1280', '2007-06-01'), { database });
    expect(counting.counts()).toEqual({ sessions: 1, statements: 1 });
  });
});
