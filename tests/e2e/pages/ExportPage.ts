import type { Download, Page } from 'playwright-core';

/** What a test may do on the export view, by data-testid. */
export class ExportPageObject {
  constructor(readonly page: Page) {}

  /** Opens the export view from the app's view menu and waits until the preview is drawn. */
  async openFromMenu(): Promise<void> {
    await this.page.click('[data-testid="view-export"]');
    await this.page.waitForSelector('[data-testid="export-view"]:not([data-rendered-nodes=""])', { timeout: 60_000 });
  }

  async renderedNodeCount(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid="export-view"]', 'data-rendered-nodes'));
  }

  async snapshotId(): Promise<string> {
    return (await this.page.textContent('[data-testid="snapshot-id"]')) ?? '';
  }

  /** Ticks exactly these measures and waits until the preview's manifest says it carries them. */
  async chooseMeasures(measures: string[]): Promise<void> {
    for (const box of await this.page.locator('[data-testid^="export-measure-"]').all()) {
      const name = ((await box.getAttribute('data-testid')) ?? '').replace('export-measure-', '');
      await box.setChecked(measures.includes(name));
    }
    await this.page.waitForSelector('[data-testid="export-measures-carried"]');
  }

  async measuresCarried(): Promise<string> {
    return (await this.page.textContent('[data-testid="export-measures-carried"]')) ?? '';
  }

  async citation(language: 'sv' | 'en'): Promise<string> {
    return (await this.page.textContent(`[data-testid="citation-${language}"]`)) ?? '';
  }

  /** Clicks the citation's Copy button and returns the confirmation shown beside it. */
  async copyCitation(language: 'sv' | 'en'): Promise<string> {
    await this.page.click(`[data-testid="copy-citation-${language}"]`);
    const state = `[data-testid="copy-citation-${language}-state"]`;
    await this.page.waitForSelector(`${state}:not([data-state="idle"])`);
    return (await this.page.textContent(state)) ?? '';
  }

  /** Where a part of the view starts, top to bottom. */
  async top(testId: string): Promise<number> {
    return (await this.page.locator(`[data-testid="${testId}"]`).boundingBox())?.y ?? Number.NaN;
  }

  async bibliographyOpen(): Promise<boolean> {
    return this.page.locator('[data-testid="bibliography"]').evaluate((details) => (details as HTMLDetailsElement).open);
  }

  async setImageOptions(options: { title?: string; scale?: number; background?: boolean }): Promise<void> {
    if (options.title !== undefined) await this.page.fill('[data-testid="image-title"]', options.title);
    if (options.scale !== undefined) await this.page.selectOption('[data-testid="image-scale"]', String(options.scale));
    if (options.background !== undefined) await this.page.setChecked('[data-testid="image-background"]', options.background);
  }

  /** Clicks an export button and returns the file the browser was handed. */
  async download(button: 'png' | 'svg' | 'gexf' | 'graphml' | 'csv' | 'csv-excel' | 'xlsx' | 'json' | 'cyjs' | 'bibtex' | 'ris' | 'csl-json'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), this.page.click(`[data-testid="export-${button}"]`)]);
    await this.page.waitForSelector('[data-testid="export-status"][data-state="done"]');
    return download;
  }
}
