import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { formatFigures, runFuzz } from '../../bench/fuzz/runFuzz';
import { watchProcess } from '../../bench/harness/processWatch';
import { servedSchema } from '../../bench/harness/schema';
import { knownIds, serveApp, type ServedApp } from '../../bench/harness/serveApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

/** A short fuzz run on every test run; `npm run fuzz` sends 10,000 operations, mutations included. */
describe('schema-driven fuzzing of the running server', () => {
  let test: TestDatabase;
  let app: ServedApp;
  beforeAll(async () => {
    test = openTestDatabase();
    app = await serveApp(test.database, true);
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  it('answers 300 generated and malformed requests without a 5xx, a leak, an uncoded error or an unhandled rejection', async () => {
    const before = summarise(await readStoredGraph(test.database));
    const watch = watchProcess();
    try {
      const figures = await runFuzz({
        url: app.url,
        schema: servedSchema(),
        operations: 300,
        seed: 20071030,
        concurrency: 2,
        ids: await knownIds(app.url),
        mutations: false,
        deadline: Date.now() + 240_000,
      });
      console.log(formatFigures(figures));
      expect(figures).toMatchObject({ sent: 300, serverErrors: 0, stackTraces: 0, internalMessages: 0, uncodedErrors: 0 });
      expect(figures.examples).toEqual([]);
      expect({ unhandledRejections: watch.unhandledRejections, uncaughtExceptions: watch.uncaughtExceptions }).toEqual({
        unhandledRejections: 0,
        uncaughtExceptions: 0,
      });
    } finally {
      watch.stop();
    }
    expect(summarise(await readStoredGraph(test.database))).toEqual(before);
  }, 300_000);
});
