import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestApp, type RunningTestApp } from './testApp';
import { openTestDatabase, type TestDatabase } from './testDatabase';

/** What a browser test file works with: the test database, the app served on it, the browser and a fresh page for each test. */
export interface BrowserApp {
  readonly test: TestDatabase;
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
}

type PageOptions = Parameters<Browser['newPage']>[0];

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} exists only while the file's tests run`);
  return value;
}

/**
 * Registers the hooks of a browser test file: one app and one Chromium for the file, a new page per test.
 * `beforeClose` runs while the database is still open, for clean-up of what the file's tests made.
 */
export function useBrowserApp(options: { page?: PageOptions; beforeClose?: (test: TestDatabase) => Promise<void> } = {}): BrowserApp {
  let test: TestDatabase | undefined;
  let running: RunningTestApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    if (test !== undefined) {
      await options.beforeClose?.(test);
      await test.close();
    }
  });
  beforeEach(async () => {
    page = await present(browser, 'The browser').newPage({ viewport: { width: 1400, height: 900 }, ...options.page });
  });
  afterEach(() => page?.close());

  return {
    get test() {
      return present(test, 'The test database');
    },
    get url() {
      return present(running, 'The app').url;
    },
    get browser() {
      return present(browser, 'The browser');
    },
    get page() {
      return present(page, 'The page');
    },
  };
}
