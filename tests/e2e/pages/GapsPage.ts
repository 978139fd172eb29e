import type { Page } from 'playwright-core';

/** What a test may do on the Gaps view, by data-testid, never by position. */
export class GapsPageObject {
  constructor(readonly page: Page) {}

  /** Opens the app, picks the date in the shell and the Gaps view from the menu, and waits for the graph. */
  async open(url: string, asOf: string): Promise<void> {
    await this.page.goto(url);
    await this.page.click('[data-testid="view-gaps"]');
    await this.page.fill('[data-testid="as-of"]', asOf);
    await this.page.waitForSelector(`[data-testid="gaps-as-of"]:has-text("${asOf}")`, { timeout: 60_000 });
    await this.page.waitForSelector('[data-testid="gap-counts"]:not([data-rendered-nodes=""])', { timeout: 60_000 });
  }

  rowCount(status: 'missing' | 'indirect' | 'linked'): Promise<number> {
    return this.page.locator(`[data-testid="gap-row"][data-status="${status}"]`).count();
  }

  /** The drawn edges of a status, and the line style the graph gives them. */
  drawnEdges(status: string): Promise<{ count: number; lineStyles: string[] }> {
    return this.page.evaluate((wanted) => {
      const graph = window.samverkanGraph;
      if (graph === undefined) throw new Error('The graph is not on the page');
      const edges = graph.edges(`[status = "${wanted}"]`);
      return { count: edges.length, lineStyles: [...new Set(edges.map((edge) => String(edge.style('line-style'))))] };
    }, status);
  }

  async selectPair(pairId: string): Promise<void> {
    await this.page.click(`[data-testid="gap-row"][data-pair-id="${pairId}"]`);
    await this.page.waitForSelector('[data-testid="gap-details"]');
  }

  detailsText(testId: 'gap-details-title' | 'gap-rule' | 'gap-source' | 'gap-subject-basis'): Promise<string | null> {
    return this.page.textContent(`[data-testid="${testId}"]`);
  }

  suggestionBodies(): Promise<string[]> {
    return this.page.locator('[data-testid="suggestion-body"]').allTextContents();
  }

  suggestionReasons(): Promise<string[]> {
    return this.page.locator('[data-testid="suggestion-reason"]').allTextContents();
  }

  async previewFirstSuggestion(): Promise<string> {
    await this.page.locator('[data-testid="preview"]').first().click();
    await this.page.waitForSelector('[data-testid="what-if"]', { timeout: 30_000 });
    return (await this.page.textContent('[data-testid="what-if"]')) ?? '';
  }
}
