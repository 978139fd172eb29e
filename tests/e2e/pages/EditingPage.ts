import type { Page } from 'playwright-core';
import { clickGraphNode } from './graphCanvas';

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

  /** Clicks a node where it is drawn, once the graph has been laid out. */
  async clickNode(id: string): Promise<void> {
    await this.waitForGraph();
    await clickGraphNode(this.page, id);
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
