import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../server/src/app';
import { listenHttp, type HttpServerLimits } from '../../server/src/security/httpServer';
import { httpServerLimits } from '../../server/src/security/limits';
import { projectRoot } from '../../server/src/startup/neo4jConnection';
import { openTestDatabase, type TestDatabase } from './testDatabase';

export interface RunningTestApp {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/** The real app, with the built client, on a free loopback port against the test database. */
export async function startTestApp(
  test: TestDatabase,
  options: Partial<Omit<AppOptions, 'database'>> = {},
  limits: HttpServerLimits = httpServerLimits,
): Promise<RunningTestApp> {
  const clientDirectory = process.env['TEST_CLIENT_DIR'] ?? join(projectRoot, 'dist', 'client');
  const app = await createApp({ database: test.database, production: false, clientDirectory, ...options });
  const server: Server = await listenHttp(app.express, 0, '127.0.0.1', limits);
  const { port } = server.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      // The app ends its open push streams, which the server would otherwise wait on for ever.
      await app.stop();
      await closed;
    },
  };
}

export interface AppOnTestDatabase {
  readonly test: TestDatabase;
  readonly app: App;
}

/** The test database and an app without a port, opened before a describe block's tests and closed after them. */
export function appOnTestDatabase(): AppOnTestDatabase {
  let test: TestDatabase | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    test = openTestDatabase();
    app = await createApp({ database: test.database, production: false });
  });
  afterAll(async () => {
    await app?.stop();
    await test?.close();
  });
  return {
    get test() {
      if (test === undefined) throw new Error('the test database opens in beforeAll');
      return test;
    },
    get app() {
      if (app === undefined) throw new Error('the app starts in beforeAll');
      return app;
    },
  };
}

export interface ServedTestApp {
  readonly test: TestDatabase;
  readonly url: string;
  /** A GET of a path of the served app, e.g. `/export/json?asOf=2007-06-01`. */
  readonly get: (path: string) => Promise<Response>;
}

/** The real app served on a free loopback port against the test database, for a describe block's tests. */
export function servedAppOnTestDatabase(): ServedTestApp {
  let test: TestDatabase | undefined;
  let running: RunningTestApp | undefined;
  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
  });
  afterAll(async () => {
    await running?.stop();
    await test?.close();
  });
  const served = () => {
    if (running === undefined) throw new Error('the app starts in beforeAll');
    return running;
  };
  return {
    get test() {
      if (test === undefined) throw new Error('the test database opens in beforeAll');
      return test;
    },
    get url() {
      return served().url;
    },
    get: (path) => fetch(`${served().url}${path}`),
  };
}
