import type { Page } from 'playwright-core';

/** What a test may do on the explorer, by data-testid, never by position. */
export class ExplorerPageObject {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('[data-testid="counts"][data-rendered-nodes]:not([data-rendered-nodes=""])', { timeout: 60_000 });
  }

  async renderedNodeCount(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid="counts"]', 'data-rendered-nodes'));
  }

  async clickNode(id: string): Promise<void> {
    const point = await this.page.evaluate((nodeId) => {
      const graph = window.samverkanGraph;
      if (graph === undefined) throw new Error('The graph is not on the page');
      const node = graph.getElementById(nodeId);
      graph.center(node);
      const box = graph.container()?.getBoundingClientRect();
      const position = node.renderedPosition();
      return { x: (box?.left ?? 0) + position.x, y: (box?.top ?? 0) + position.y };
    }, id);
    await this.page.mouse.click(point.x, point.y);
  }

  detailsName(): Promise<string | null> {
    return this.page.textContent('[data-testid="details-name"]');
  }
}
