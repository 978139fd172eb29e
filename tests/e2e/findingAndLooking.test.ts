import type { Page } from 'playwright-core';
import { useBrowserApp } from '../helpers/browserApp';
import { ExplorerPageObject } from './pages/ExplorerPage';

/** The graph's zoom once any animation (zoom buttons, centring) has finished. */
async function settledZoom(page: Page): Promise<number> {
  await page.waitForFunction(() => window.samverkanGraph?.animated() === false);
  return page.evaluate(() => window.samverkanGraph?.zoom() ?? Number.NaN);
}

/** Where a node is drawn, relative to the graph's own box, and how large that box is. */
function drawnAt(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const graph = window.samverkanGraph;
    if (graph === undefined) throw new Error('The graph is not on the page');
    return { ...graph.getElementById(nodeId).renderedPosition(), width: graph.width(), height: graph.height(), selected: graph.getElementById(nodeId).selected() };
  }, id);
}

describe('finding and looking in the graph', () => {
  const app = useBrowserApp();

  it('brings a search hit into view, zoomed in and selected, when it is picked with Enter', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await explorer.waitForLayout();
    // Start far from Malmö: zoomed in on Kiruna, in the north.
    await app.page.evaluate(() => {
      const graph = window.samverkanGraph;
      graph?.zoom(3);
      graph?.center(graph.getElementById('municipality-2584'));
    });
    const before = await drawnAt(app.page, 'municipality-1280');
    expect(before.x < 0 || before.y < 0 || before.x > before.width || before.y > before.height).toBe(true);

    await app.page.keyboard.press('/');
    await app.page.keyboard.type('malmo');
    await app.page.waitForSelector('[data-testid="search-option-municipality-1280"]');
    await app.page.keyboard.press('Enter');
    await explorer.waitForDetails('municipality-1280');
    expect(await settledZoom(app.page)).toBeGreaterThanOrEqual(1);
    const after = await drawnAt(app.page, 'municipality-1280');
    expect(after.selected).toBe(true);
    expect(after.x).toBeGreaterThan(after.width * 0.25);
    expect(after.x).toBeLessThan(after.width * 0.75);
    expect(after.y).toBeGreaterThan(after.height * 0.25);
    expect(after.y).toBeLessThan(after.height * 0.75);
    // Its neighbourhood is marked.
    expect(await app.page.evaluate(() => window.samverkanGraph?.$('.neighbourhood').nonempty())).toBe(true);
  });

  it('zooms in, out and back to the whole graph with its buttons, also from the keyboard', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await explorer.waitForLayout();
    const fitted = await settledZoom(app.page);
    expect(await app.page.getAttribute('[data-testid="zoom-in"]', 'aria-label')).toBe('Zooma in');

    await app.page.click('[data-testid="zoom-in"]');
    const zoomedIn = await settledZoom(app.page);
    expect(zoomedIn).toBeGreaterThan(fitted * 1.2);

    await app.page.focus('[data-testid="zoom-out"]');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Space');
    expect(await settledZoom(app.page)).toBeLessThan(zoomedIn / 1.5);

    await app.page.click('[data-testid="zoom-in"]');
    await app.page.click('[data-testid="zoom-in"]');
    await settledZoom(app.page);
    await app.page.click('[data-testid="zoom-fit"]');
    expect(await settledZoom(app.page)).toBeCloseTo(fitted, 2);
  });

  it('zooms about 15 % per wheel notch, towards the pointer', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01`);
    await explorer.waitForLayout();
    const box = await app.page.locator('[data-testid="graph-canvas"]').boundingBox();
    if (box === null) throw new Error('The graph has no box');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const ratios: number[] = [];
    for (let notch = 0; notch < 6; notch += 1) {
      const before = await settledZoom(app.page);
      await app.page.mouse.wheel(0, -100);
      await app.page.waitForFunction((zoom) => window.samverkanGraph?.zoom() !== zoom, before);
      ratios.push((await settledZoom(app.page)) / before);
    }
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThan(1.1);
      expect(ratio).toBeLessThan(1.2);
    }
  });

  it('shows one context panel at a time: picking a member replaces the body panel with its details', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&sel=body-finsam`);
    await explorer.waitForDetails('body-finsam');
    await app.page.click('[data-testid="action-members"]');
    await app.page.waitForSelector('[data-testid="body-members-panel"] [data-testid="body-members"]');
    await app.page.click('[data-testid="body-members-panel"] [data-testid="body-members"] .link-button');
    await app.page.waitForFunction(() => new URLSearchParams(window.location.search).get('sel') !== 'body-finsam');
    await explorer.waitForDetails((await explorer.selectedId()) ?? '');
    expect(await app.page.isVisible('[data-testid="body-members-panel"]')).toBe(false);
    expect(new URL(app.page.url()).searchParams.get('panel')).toBeNull();
  });

  it('draws the answer to "what do these two bodies share" inside its panel', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(`${app.url}/?asOf=2007-06-01&sel=body-finsam`);
    await explorer.waitForDetails('body-finsam');
    await app.page.click('[data-testid="action-members"]');
    await app.page.selectOption('[data-testid="compare-select"]', 'body-central-agency-working-group-2005');
    await app.page.waitForSelector('[data-testid="overlap-shared"] .node-link');
    const outside = await app.page.$eval('[data-testid="body-overlap"]', (panel) => {
      const frame = panel.getBoundingClientRect();
      return [...panel.querySelectorAll('dt, dd, .node-link, select')]
        .map((element) => ({ text: element.textContent, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
  });

  it('has a favicon', async () => {
    await app.page.goto(app.url);
    const href = await app.page.getAttribute('link[rel="icon"]', 'href');
    expect(href).not.toBeNull();
    const response = await app.page.request.get(new URL(href ?? '', app.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  });
});
