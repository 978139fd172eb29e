import type { Page } from 'playwright-core';
import { clickGraphNode } from './graphCanvas';

export interface Counts {
  shownNodes: number;
  totalNodes: number;
  shownEdges: number;
  totalEdges: number;
}

/** What a test may do on the explorer, by data-testid, never by position. */
export class ExplorerPageObject {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForGraph();
  }

  /** Waits until the graph has been drawn (and laid out) for the first time; scenes near the cap take longer. */
  async waitForGraph(timeout = 60_000): Promise<void> {
    await this.page.waitForSelector('[data-testid="counts"][data-rendered-nodes]:not([data-rendered-nodes=""])', { timeout });
  }

  async renderedNodeCount(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid="counts"]', 'data-rendered-nodes'));
  }

  async counts(): Promise<Counts> {
    const read = async (name: string) => Number(await this.page.getAttribute('[data-testid="counts"]', `data-${name}`));
    return { shownNodes: await read('shown-nodes'), totalNodes: await read('total-nodes'), shownEdges: await read('shown-edges'), totalEdges: await read('total-edges') };
  }

  countsText(): Promise<string | null> {
    return this.page.textContent('[data-testid="counts"]');
  }

  /** Clicks a node where it is drawn, once the layout has settled. */
  async clickNode(id: string): Promise<void> {
    await this.page.waitForSelector('[data-testid="graph-canvas"]:not([data-layout-state="running"])');
    await clickGraphNode(this.page, id);
  }

  detailsName(): Promise<string | null> {
    return this.page.textContent('[data-testid="details-name"]');
  }

  /** Types into the search box and waits for the option of the node with this id. */
  async search(text: string, expectId: string): Promise<void> {
    await this.page.fill('[data-testid="search-input"]', text);
    await this.page.waitForSelector(`[data-testid="search-option-${expectId}"]`, { timeout: 20_000 });
  }

  /** The kinds of the result groups, in the order shown. */
  searchGroups(): Promise<string[]> {
    return this.page.$$eval('[data-testid^="search-group-"]', (groups) => groups.map((group) => group.getAttribute('data-testid')?.replace('search-group-', '') ?? ''));
  }

  async pickSearchResult(id: string): Promise<void> {
    await this.page.click(`[data-testid="search-option-${id}"]`);
    await this.waitForDetails(id);
  }

  async waitForDetails(id: string): Promise<void> {
    await this.page.waitForFunction((nodeId) => new URLSearchParams(window.location.search).get('sel') === nodeId, id);
    await this.page.waitForSelector('[data-testid="details-panel"][aria-busy="false"]', { timeout: 20_000 });
  }

  /** Sets the shell's as-of date and waits until the graph shows the network of that date. */
  async setDate(date: string | null): Promise<void> {
    await this.page.fill('[data-testid="as-of"]', date ?? '');
    await this.page.waitForFunction(
      (expected) => new URLSearchParams(window.location.search).get('asOf') === expected && document.querySelector('[data-testid="counts"] .muted') === null,
      date,
    );
  }

  /** Whether a node is drawn, and how many of its links are drawn. */
  drawn(id: string): Promise<{ visible: boolean; links: number }> {
    return this.page.evaluate((nodeId) => {
      const node = window.samverkanGraph?.getElementById(nodeId);
      if (node === undefined || node.empty()) return { visible: false, links: 0 };
      return { visible: !node.hasClass('hidden'), links: node.connectedEdges().filter((edge) => !edge.hasClass('hidden')).length };
    }, id);
  }

  positions(ids: string[]): Promise<Record<string, { x: number; y: number }>> {
    return this.page.evaluate((nodeIds) => {
      const graph = window.samverkanGraph;
      return Object.fromEntries(nodeIds.map((nodeId) => [nodeId, { ...(graph?.getElementById(nodeId).position() ?? { x: 0, y: 0 }) }]));
    }, ids);
  }

  /** Every drawn node's position and the radius of the circle around its shape, once the layout has settled. */
  async drawnNodes(): Promise<{ id: string; x: number; y: number; radius: number }[]> {
    await this.page.waitForSelector('[data-testid="graph-canvas"][data-layout-state="done"]');
    return this.page.evaluate(() =>
      (window.samverkanGraph?.nodes(':childless').not('.hidden').nodes() ?? []).map((node) => ({
        id: node.id(),
        ...node.position(),
        radius: Math.max(node.width(), node.height()) / 2,
      })),
    );
  }

  /** Toggles a filter checkbox (e.g. `kind-Municipality`, `evidence-proposed`, `county-county-12`) and waits for the counts. */
  async toggleFilter(name: string): Promise<void> {
    const before = await this.page.getAttribute('[data-testid="counts"]', 'data-shown-nodes');
    await this.page.click(`[data-testid="filter-${name}"]`);
    await this.page.waitForFunction((shown) => document.querySelector('[data-testid="counts"]')?.getAttribute('data-shown-nodes') !== shown, before);
  }

  async chooseLayout(name: string): Promise<void> {
    await this.page.selectOption('[data-testid="layout-select"]', name);
    await this.waitForLayout();
  }

  async waitForLayout(): Promise<void> {
    await this.page.waitForSelector('[data-testid="graph-canvas"][data-layout-state="done"]', { timeout: 60_000 });
  }

  async chooseMode(mode: 'twoMode' | 'projected'): Promise<void> {
    await this.page.click(`[data-testid="mode-${mode}"]`);
  }

  selectedId(): Promise<string | null> {
    return this.page.evaluate(() => new URLSearchParams(window.location.search).get('sel'));
  }

  focusedTestId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }
}
