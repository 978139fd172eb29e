import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenNode, newNode } from '../helpers/editingFixtures';
import { useBrowserApp } from '../helpers/browserApp';
import { EditingPageObject } from './pages/EditingPage';
import { ExplorerPageObject } from './pages/ExplorerPage';

describe('editing in a real browser', () => {
  const app = useBrowserApp({ beforeClose: removeTestAccounts });
  let editor: TestAccount;
  let from: string;
  let to: string;
  let third: string;

  beforeAll(async () => {
    editor = await createTestAccount(app.test, 'editor');
    from = await givenNode(app.test, editor.username, newNode(app.test, 'kommun', { kind: 'Municipality', name: 'Ritköping', bodyType: null }));
    to = await givenNode(app.test, editor.username, newNode(app.test, 'myndighet', { kind: 'Agency', name: 'Ritverket', bodyType: null, level: 'central' }));
    third = await givenNode(app.test, editor.username, newNode(app.test, 'verk', { kind: 'Agency', name: 'Ångerverket', bodyType: null, level: 'central' }));
  });

  it('lets an editor draw a link with its source, shows it in the graph and the audit trail, and hides editing after sign-out', async () => {
    const editing = new EditingPageObject(app.page);
    await app.page.goto(app.url);
    expect(await editing.viewButtons()).not.toContain('view-editing');

    await editing.signIn(editor.username, editor.password);
    expect(await editing.viewButtons()).toEqual(expect.arrayContaining(['view-editing', 'view-import', 'view-audit']));
    await editing.openEditing();

    await app.page.click('[data-testid="new-link"]');
    await editing.clickNode(from);
    await app.page.waitForSelector('[data-testid="link-from"]:has-text("Ritköping")');
    await editing.clickNode(to);
    await app.page.waitForSelector('[data-testid="link-to"]:has-text("Ritverket")');

    await editing.choose('type', 'COOPERATES_WITH');
    await app.page.click('[data-testid="edit-save"]');
    expect(await app.page.textContent('[data-testid="field-locator"] ~ .field-error')).toBeTruthy();
    await editing.fill('locator', 'line 781');
    await editing.fill('form', 'gemensam arbetsgrupp');
    await app.page.click('[data-testid="edit-preview-button"]');
    await app.page.waitForSelector('[data-testid="edit-preview"]');
    expect(await app.page.textContent('[data-testid="edit-preview"]')).toContain('gemensam arbetsgrupp');
    await app.page.click('[data-testid="edit-save"]');
    await app.page.waitForSelector('[data-testid="edit-done"]');

    const linkId = `cooperates-with-${from}-${to}`;
    await editing.waitForEdge(linkId);

    await editing.openView('audit');
    await app.page.waitForSelector(`[data-testid="audit-record"][data-target="${linkId}"]`);
    const record = await app.page.textContent(`[data-testid="audit-record"][data-target="${linkId}"]`);
    expect(record).toContain(editor.username);
    expect(record).toContain('line 781');

    await editing.signOut();
    const remaining = await editing.viewButtons();
    expect(remaining).not.toContain('view-editing');
    expect(remaining).not.toContain('view-import');
    expect(remaining).not.toContain('view-audit');
    expect(await app.page.$('[data-testid="audit-page"]')).toBeNull();
    expect(await app.page.$('[data-testid="editing-page"]')).toBeNull();
  }, 180_000);

  it('shows a link drawn in the editing view in the explorer, and its undo, without a reload', async () => {
    const editing = new EditingPageObject(app.page);
    const explorer = new ExplorerPageObject(app.page);
    await explorer.open(app.url);
    // A reload would start a new window object and lose this mark.
    await app.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const before = await explorer.counts();
    await editing.signIn(editor.username, editor.password);

    await editing.openEditing();
    await app.page.click('[data-testid="new-link"]');
    await editing.clickNode(from);
    await app.page.waitForSelector('[data-testid="link-from"]:has-text("Ritköping")');
    await editing.clickNode(third);
    await app.page.waitForSelector('[data-testid="link-to"]:has-text("Ångerverket")');
    await editing.choose('type', 'COOPERATES_WITH');
    await editing.fill('locator', 'line 782');
    await editing.fill('form', 'gemensam nämnd');
    await app.page.click('[data-testid="edit-save"]');
    await app.page.waitForSelector('[data-testid="edit-done"]');
    const edgeId = `edge:cooperates-with-${from}-${third}`;
    const drawn = (id: string) => app.page.evaluate((element) => window.samverkanGraph?.getElementById(element).length ?? 0, id);
    const totalEdges = (count: number) =>
      app.page.waitForFunction((expected) => document.querySelector('[data-testid="counts"]')?.getAttribute('data-total-edges') === String(expected), count, { timeout: 30_000 });

    await editing.openView('explorer');
    await totalEdges(before.totalEdges + 1);
    await explorer.waitForGraph();
    expect(await drawn(edgeId)).toBe(1);

    await editing.openView('audit');
    await app.page.click('[data-testid="audit-undo"]');
    expect(await (await app.page.waitForSelector('[data-testid="audit-message"].form-success')).textContent()).toContain('Ritköping → Ångerverket');
    await editing.openView('explorer');
    await totalEdges(before.totalEdges);
    await explorer.waitForGraph();
    expect(await drawn(edgeId)).toBe(0);
    expect(await app.page.evaluate(() => 'sameDocument' in window)).toBe(true);
  }, 180_000);

  it("finds a link's ends with the explorer's search: / focuses it, and a hit is taken as the next end, centred and zoomed to", async () => {
    const editing = new EditingPageObject(app.page);
    await app.page.goto(app.url);
    await editing.signIn(editor.username, editor.password);
    await editing.openEditing();
    await app.page.evaluate(() => window.samverkanGraph?.zoom(0.1));
    await app.page.click('[data-testid="new-link"]');

    const pickBySearch = async (text: string, id: string) => {
      await app.page.locator('[data-testid="graph-canvas"]').focus();
      await app.page.keyboard.press('/');
      expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
      await app.page.keyboard.type(text);
      await app.page.waitForSelector(`[data-testid="search-option-${id}"]`, { timeout: 20_000 });
      await app.page.keyboard.press('Enter');
    };
    await pickBySearch('Ritköping', from);
    await app.page.waitForSelector('[data-testid="link-from"]:has-text("Ritköping")');
    await pickBySearch('Ångerverket', third);
    await app.page.waitForSelector('[data-testid="link-to"]:has-text("Ångerverket")');

    await app.page.waitForFunction(() => window.samverkanGraph?.animated() === false);
    const view = await app.page.evaluate((id) => {
      const graph = window.samverkanGraph;
      if (graph === undefined) throw new Error('The graph is not on the page');
      return { ...graph.getElementById(id).renderedPosition(), zoom: graph.zoom(), width: graph.width(), height: graph.height() };
    }, third);
    expect(view.zoom).toBeGreaterThanOrEqual(1);
    expect(view.x).toBeGreaterThan(view.width * 0.25);
    expect(view.x).toBeLessThan(view.width * 0.75);
    expect(view.y).toBeGreaterThan(view.height * 0.25);
    expect(view.y).toBeLessThan(view.height * 0.75);
  }, 180_000);
});
