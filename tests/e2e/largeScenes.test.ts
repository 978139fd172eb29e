import type { Page } from 'playwright-core';
import { sceneCap } from '../../client/src/core/performance/thresholds';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

interface NetworkAnswer {
  data: { network: { nodes: { id: string }[]; edges: unknown[] } };
}

/** The seed's network answer with every node repeated under new ids until there are more than `atLeast`. */
async function inflateNetwork(page: Page, atLeast: number): Promise<void> {
  await page.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('query Network(')) return route.fallback();
    const answer = (await (await route.fetch()).json()) as NetworkAnswer;
    const seedNodes = answer.data.network.nodes;
    const copies = Math.ceil(atLeast / seedNodes.length) + 1;
    const nodes = Array.from({ length: copies }, (_, copy) => seedNodes.map((node) => (copy === 0 ? node : { ...node, id: `${node.id}~${copy}` }))).flat();
    return route.fulfill({ json: { data: { network: { ...answer.data.network, nodes } } } });
  });
}

describe('large scenes in a real browser', () => {
  const app = useBrowserApp();

  it('draws nothing past the scene cap and asks, in Swedish, for narrower filters; narrowed, it draws', async () => {
    await inflateNetwork(app.page, sceneCap.nodes);
    await app.page.goto(app.url);
    const message = await app.page.waitForSelector('[data-testid="scene-cap"]', { timeout: 60_000 });
    expect(await message.textContent()).toMatch(/^Urvalet har [\d\s\u00a0]+ noder .*Begränsa urvalet med filtren/);
    expect(await app.page.evaluate(() => window.samverkanGraph === undefined)).toBe(true);

    const explorer = new ExplorerPageObject(app.page);
    await explorer.toggleFilter('kind-Municipality');
    // Over 11,000 nodes: fcose's draft layout alone takes most of a minute on a busy machine.
    await explorer.waitForGraph(180_000);
    const { shownNodes } = await explorer.counts();
    expect(shownNodes).toBeLessThanOrEqual(sceneCap.nodes);
    expect(await explorer.renderedNodeCount()).toBe(shownNodes);
    expect(await app.page.$('[data-testid="scene-cap"]')).toBeNull();
  }, 240_000);

  it('lays the seed network (more nodes than the main-thread limit) out in a Web Worker', async () => {
    await app.page.addInitScript(() => {
      const NativeWorker = window.Worker;
      const started: string[] = [];
      (window as unknown as { startedWorkers: string[] }).startedWorkers = started;
      window.Worker = class extends NativeWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(String(url));
        }
      };
    });
    await new ExplorerPageObject(app.page).open(app.url);
    expect(await app.page.evaluate(() => (window as unknown as { startedWorkers: string[] }).startedWorkers)).toEqual([expect.stringMatching(/layout\.worker/)]);
  }, 120_000);
});
