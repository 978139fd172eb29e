import type { Page } from 'playwright-core';

/** What a test may do on the diff view, by data-testid. */
export class DiffPageObject {
  constructor(readonly page: Page) {}

  async openFromMenu(): Promise<void> {
    await this.page.click('[data-testid="view-diff"]');
    await this.page.waitForSelector('[data-testid="diff-view"]');
  }

  async compare(from: string, to: string): Promise<void> {
    await this.page.fill('[data-testid="diff-from"]', from);
    await this.page.fill('[data-testid="diff-to"]', to);
    await this.page.waitForSelector(`[data-testid="diff-summary"]`, { timeout: 60_000 });
    await this.page.waitForSelector('[data-testid="diff-view"]:not([data-rendered-nodes=""])', { timeout: 60_000 });
  }

  async renderedNodeCount(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid="diff-view"]', 'data-rendered-nodes'));
  }

  async count(row: 'nodes' | 'links' | 'memberships', column: 'added' | 'removed' | 'changed' | 'unchanged'): Promise<number> {
    return Number(await this.page.textContent(`[data-testid="diff-count-${row}"] [data-count="${column}"]`));
  }

  async changeOf(id: string): Promise<string | null> {
    const item = this.page.locator(`[data-testid="diff-change"][data-id="${id}"]`);
    return (await item.count()) === 0 ? null : item.getAttribute('data-change');
  }

  async edgeChangeOf(id: string): Promise<string | null> {
    const item = this.page.locator(`[data-testid="diff-edge-change"][data-id="${id}"]`);
    return (await item.count()) === 0 ? null : item.getAttribute('data-change');
  }
}
