import type { Page } from 'playwright-core';

/** What a test may do to sign in, edit and read the audit trail, by data-testid, never by position. */
export class EditingPageObject {
  constructor(readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.click('[data-testid="sign-in-open"]');
    await this.page.fill('[data-testid="sign-in-username"]', username);
    await this.page.fill('[data-testid="sign-in-password"]', password);
    await this.page.click('[data-testid="sign-in-submit"]');
    await this.page.waitForSelector('[data-testid="session-user"]');
  }

  async signOut(): Promise<void> {
    await this.page.click('[data-testid="sign-out"]');
    await this.page.waitForSelector('[data-testid="sign-in-open"]');
  }

  async openView(id: string): Promise<void> {
    await this.page.click(`[data-testid="view-${id}"]`);
  }

  /** Opens the editing view and waits until its own graph has been laid out. */
  async openEditing(): Promise<void> {
    await this.openView('editing');
    await this.waitForGraph();
  }

  async waitForGraph(): Promise<void> {
    await this.page.waitForSelector('[data-testid="editing-counts"][data-rendered-nodes]:not([data-rendered-nodes=""])', { state: 'attached', timeout: 60_000 });
    await this.page.waitForSelector('[data-testid="graph-canvas"]:not([data-layout-state="running"])', { state: 'attached' });
  }

  /** Clicks a node where it is drawn, zoomed in first so that no neighbour overlaps it. */
  async clickNode(id: string): Promise<void> {
    await this.waitForGraph();
    const point = await this.page.evaluate((nodeId) => {
      const graph = window.samverkanGraph;
      if (graph === undefined) throw new Error('The graph is not on the page');
      const node = graph.getElementById(nodeId);
      if (node.empty()) throw new Error(`No node ${nodeId} in the graph`);
      graph.stop();
      graph.zoom(2);
      graph.center(node);
      const box = graph.container()?.getBoundingClientRect();
      const position = node.renderedPosition();
      return { x: (box?.left ?? 0) + position.x, y: (box?.top ?? 0) + position.y };
    }, id);
    await this.page.mouse.click(point.x, point.y);
  }

  async fill(field: string, value: string): Promise<void> {
    await this.page.fill(`[data-testid="field-${field}"]`, value);
  }

  async choose(field: string, value: string): Promise<void> {
    await this.page.selectOption(`[data-testid="field-${field}"]`, value);
  }

  /** Whether the graph on the page draws an edge with this link id (once it has been reloaded). */
  async waitForEdge(linkId: string): Promise<void> {
    await this.page.waitForFunction((id) => (window.samverkanGraph?.getElementById(`edge:${id}`).length ?? 0) === 1, linkId, { timeout: 60_000 });
  }

  viewButtons(): Promise<string[]> {
    return this.page.$$eval('[data-testid^="view-"]', (buttons) => buttons.map((button) => button.getAttribute('data-testid') ?? ''));
  }
}
