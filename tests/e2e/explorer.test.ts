import type { Browser, Page } from 'playwright-core';
import { fetchNetwork } from '../../server/src/network/networkRepository';
import { launchBrowser } from '../helpers/browser';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { ExplorerPageObject } from './pages/ExplorerPage';

describe('the explorer in a real browser', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await running.stop();
    await test.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(() => page.close());

  it('draws as many nodes as the API returns', async () => {
    const explorer = new ExplorerPageObject(page);
    await explorer.open(running.url);
    const network = await fetchNetwork(test.database, { asOf: null, kinds: null });
    expect(network.nodes.length).toBeGreaterThan(300);
    expect(await explorer.renderedNodeCount()).toBe(network.nodes.length);
  });

  it('shows a node\'s details when it is clicked', async () => {
    const explorer = new ExplorerPageObject(page);
    await explorer.open(running.url);
    await explorer.clickNode('integrationsverket');
    await page.waitForSelector('[data-testid="details-name"]');
    expect(await explorer.detailsName()).toBe('Integrationsverket');
    expect(await page.textContent('[data-testid="details-panel"]')).toContain('2007-06-30');
  });
});
