import type { Page } from 'playwright-core';
import { createTestAccount, removeTestAccounts } from '../helpers/accounts';
import { useBrowserApp } from '../helpers/browserApp';

const phone = { width: 390, height: 844 };

/** Each main view, and the element whose data-rendered-nodes says its graph has been drawn. */
const views: [string, string][] = [
  ['explorer', '[data-testid="counts"]'],
  ['gaps', '[data-testid="gap-counts"]'],
  ['silos', '[data-testid="silo-counts"]'],
  ['diff', '[data-testid="diff-view"]'],
  ['export', '[data-testid="export-view"]'],
];

async function waitForDrawn(page: Page, marker: string): Promise<void> {
  await page.waitForSelector(`${marker}[data-rendered-nodes]:not([data-rendered-nodes=""])`, { state: 'attached', timeout: 100_000 });
}

/** How wide the graph is drawn, and whether the page or the view scrolls sideways. */
function measure(page: Page) {
  return page.evaluate(() => {
    const view = document.getElementById('view');
    return {
      canvas: document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect().width ?? 0,
      page: { scroll: document.documentElement.scrollWidth, width: window.innerWidth },
      view: { scroll: view?.scrollWidth ?? 0, width: view?.clientWidth ?? 0 },
    };
  });
}

describe('on a phone (390 × 844)', () => {
  const app = useBrowserApp({ page: { viewport: phone }, beforeClose: removeTestAccounts });

  it.each(views)('draws the %s view at least 300 px wide, with nothing wider than the screen', async (view, marker) => {
    await app.page.goto(`${app.url}/?view=${view}`);
    await waitForDrawn(app.page, marker);
    const size = await measure(app.page);
    expect(size.canvas).toBeGreaterThanOrEqual(300);
    expect(size.page.scroll).toBeLessThanOrEqual(size.page.width);
    expect(size.view.scroll).toBeLessThanOrEqual(size.view.width);
  }, 120_000);

  it('fits the editing view too, for a signed-in user', async () => {
    const viewer = await createTestAccount(app.test, 'viewer');
    await app.page.goto(app.url);
    await app.page.click('[data-testid="menu-toggle"]');
    await app.page.click('[data-testid="sign-in-open"]');
    await app.page.fill('[data-testid="sign-in-username"]', viewer.username);
    await app.page.fill('[data-testid="sign-in-password"]', viewer.password);
    await app.page.click('[data-testid="sign-in-submit"]');
    await app.page.waitForSelector('[data-testid="session-user"]', { state: 'attached' });
    if (!(await app.page.isVisible('[data-testid="view-editing"]'))) await app.page.click('[data-testid="menu-toggle"]');
    await app.page.click('[data-testid="view-editing"]');
    await waitForDrawn(app.page, '[data-testid="editing-counts"]');
    const size = await measure(app.page);
    expect(size.canvas).toBeGreaterThanOrEqual(300);
    expect(size.page.scroll).toBeLessThanOrEqual(size.page.width);
    expect(size.view.scroll).toBeLessThanOrEqual(size.view.width);
  });

  it('folds the views into a menu that fits the screen, and closes it on a choice', async () => {
    await app.page.goto(`${app.url}/?view=explorer`);
    expect(await app.page.isVisible('[data-testid="view-gaps"]')).toBe(false);
    await app.page.click('[data-testid="menu-toggle"]');
    const boxes = await app.page.$$eval('[data-testid^="view-"]', (buttons) => buttons.map((button) => button.getBoundingClientRect().right));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(phone.width);
    await app.page.click('[data-testid="view-gaps"]');
    await app.page.waitForSelector('[data-testid="gaps-view"]');
    expect(await app.page.getAttribute('[data-testid="menu-toggle"]', 'aria-expanded')).toBe('false');
    expect(await app.page.textContent('[data-testid="menu-toggle"]')).toContain('Luckor');
  });

  it('opens the filters and the details as drawers over the graph, and closes them again', async () => {
    await app.page.goto(`${app.url}/?view=explorer&asOf=2007-06-01&sel=municipality-1280`);
    await waitForDrawn(app.page, '[data-testid="counts"]');
    expect(await app.page.isVisible('[data-testid="filters"]')).toBe(false);
    expect(await app.page.isVisible('[data-testid="details-panel"]')).toBe(false);

    await app.page.click('[data-testid="toggle-filters"]');
    await app.page.waitForSelector('[data-testid="filters"]', { state: 'visible' });
    // It slides in from the left edge and stops inside the screen.
    await app.page.waitForFunction(() => document.querySelector('[data-testid="filters-drawer"]')?.getBoundingClientRect().left === 0);
    expect(await app.page.$eval('[data-testid="filters-drawer"]', (drawer) => drawer.getBoundingClientRect().right)).toBeLessThanOrEqual(phone.width);
    await app.page.click('[data-testid="filter-kind-Municipality"]');
    await app.page.keyboard.press('Escape');
    await app.page.waitForSelector('[data-testid="filters"]', { state: 'hidden' });

    expect(await app.page.textContent('[data-testid="toggle-side"]')).toContain('Malmö');
    await app.page.click('[data-testid="toggle-side"]');
    await app.page.waitForSelector('[data-testid="details-panel"]', { state: 'visible' });
    expect(await app.page.textContent('[data-testid="details-name"]')).toBe('Malmö');
    await app.page.click('[data-testid="side-drawer-close"]');
    await app.page.waitForSelector('[data-testid="details-panel"]', { state: 'hidden' });
    const size = await measure(app.page);
    expect(size.canvas).toBeGreaterThanOrEqual(300);
    expect(size.page.scroll).toBeLessThanOrEqual(size.page.width);
  });
});
