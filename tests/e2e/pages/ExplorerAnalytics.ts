import type { Page } from 'playwright-core';

/** What a test may do with the explorer's measures, metrics table and paths, by data-testid. */
export class ExplorerAnalyticsObject {
  constructor(readonly page: Page) {}

  async colourBy(choice: string): Promise<void> {
    await this.page.selectOption('[data-testid="measure-colour"]', choice);
  }

  async sizeBy(choice: string): Promise<void> {
    await this.page.selectOption('[data-testid="measure-size"]', choice);
  }

  /** The names each community of the legend is named by, largest community first. */
  communityLegend(): Promise<string[]> {
    return this.page.$$eval('[data-testid^="community-"]:not([data-testid="community-legend"])', (items) => items.map((item) => item.textContent));
  }

  /** Keeps the top n by a measure and waits until the counts say so. */
  async keepTop(n: number, measure: string): Promise<void> {
    await this.page.selectOption('[data-testid="measure-top-measure"]', measure);
    await this.page.fill('[data-testid="measure-top-n"]', String(n));
    await this.page.waitForFunction((shown) => document.querySelector('[data-testid="counts"]')?.getAttribute('data-shown-nodes') === shown, String(n));
  }

  async sortMetricsBy(column: string): Promise<void> {
    await this.page.click(`[data-testid="table-metrics-sort-${column}"]`);
  }

  /** The node ids of the metrics table's rows, in the order shown. */
  metricsRowIds(): Promise<string[]> {
    return this.page.$$eval('[data-testid="table-metrics"] tbody [data-testid^="metrics-row-"]', (buttons) =>
      buttons.map((button) => button.getAttribute('data-testid')?.replace('metrics-row-', '') ?? ''),
    );
  }

  headerTooltip(column: string): Promise<string | null> {
    return this.page.getAttribute(`[data-testid="table-metrics-sort-${column}"]`, 'title');
  }

  /** Asks how the selected node is connected to the node found by searching for `text`. */
  async connectTo(text: string, id: string): Promise<void> {
    await this.page.fill('[data-testid="path-to-input"]', text);
    await this.page.click(`[data-testid="paths"] [data-testid="search-option-${id}"]`, { timeout: 20_000 });
  }

  /** What the graph draws for an element: shown at all, and highlighted or faded. */
  drawnState(id: string): Promise<{ visible: boolean; highlighted: boolean; faded: boolean; colour: string | null }> {
    return this.page.evaluate((elementId) => {
      const element = window.samverkanGraph?.getElementById(elementId);
      if (element === undefined || element.empty()) return { visible: false, highlighted: false, faded: false, colour: null };
      const colour: string | null = element.isNode() ? String(element.style('background-color')) : null;
      return { visible: !element.hasClass('hidden'), highlighted: element.hasClass('highlighted'), faded: element.hasClass('faded'), colour };
    }, id);
  }
}
