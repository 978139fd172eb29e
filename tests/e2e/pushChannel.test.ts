import type { Page } from 'playwright-core';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenLink, givenNode, newLink, newNode } from '../helpers/editingFixtures';
import { useBrowserApp } from '../helpers/browserApp';
import { EditingPageObject } from './pages/EditingPage';
import { ExplorerPageObject } from './pages/ExplorerPage';

/** What an editor's page sends for a rename, as the edit form does: the CSRF header from this browser's cookie. */
function renameInPage(page: Page, id: string, name: string): Promise<unknown> {
  return page.evaluate(
    async ({ nodeId, newName }) => {
      const csrf = /(?:^|; )(?:__Host-)?samverkan_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({
          query: 'mutation($input: ChangeNodeInput!) { changeNode(input: $input) { applied } }',
          variables: { input: { id: nodeId, expectedVersion: 1, changes: { name: newName } } },
        }),
      });
      return response.json() as Promise<unknown>;
    },
    { nodeId: id, newName: name },
  );
}

describe('changes made by others, in a real browser', () => {
  const app = useBrowserApp({ beforeClose: removeTestAccounts });
  let editor: TestAccount;
  let municipality: string;
  let body: string;

  beforeAll(async () => {
    editor = await createTestAccount(app.test, 'editor');
    municipality = await givenNode(app.test, editor.username, newNode(app.test, 'kommun', { kind: 'Municipality', name: 'Pushköping', bodyType: null }));
    body = await givenNode(app.test, editor.username, newNode(app.test, 'forbund', { name: 'Pushförbundet' }));
    await givenLink(app.test, editor.username, newLink(app.test, municipality, body, { type: 'MEMBER_OF' }));
  });

  it('shows a node another editor renamed within 5 s, keeps the selection and positions, and says who changed it', async () => {
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    await explorer.search('Pushköping', municipality);
    await explorer.pickSearchResult(municipality);
    expect(await explorer.detailsName()).toContain('Pushköping');
    await app.page.waitForSelector('[data-testid="graph-canvas"]:not([data-layout-state="running"])');
    const before = await explorer.positions([municipality, body]);

    const other = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const editorPage = await other.newPage();
      await editorPage.goto(app.url);
      await new EditingPageObject(editorPage).signIn(editor.username, editor.password);
      expect(await renameInPage(editorPage, municipality, 'Pushstad')).toEqual({ data: { changeNode: { applied: true } } });
      // From the moment the change is committed (its answer is back) to the moment the other browser shows it.
      const started = Date.now();
      await app.page.waitForSelector('[data-testid="details-name"]:has-text("Pushstad")', { timeout: 5_000 });
      const seenAfterMs = Date.now() - started;
      console.log(`A committed change by another editor was on the explorer's screen after ${String(seenAfterMs)} ms`);
      expect(seenAfterMs).toBeLessThan(5_000);
      const notice = await app.page.waitForSelector('[data-testid="network-change-notice"]', { timeout: 5_000 });
      expect(await notice.textContent()).toContain(`Nätverket ändrades av ${editor.username}`);
      expect(await explorer.selectedId()).toBe(municipality);
      expect(await app.page.evaluate(() => window.samverkanGraph?.$('node:selected').map((node) => node.id()))).toEqual([municipality]);
      expect(await explorer.positions([municipality, body])).toEqual(before);

      await app.page.click('[data-testid="network-change-dismiss"]');
      await app.page.waitForSelector('[data-testid="network-change-notice"]', { state: 'detached' });
    } finally {
      await other.close();
    }
  }, 180_000);
});
