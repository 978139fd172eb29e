import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenNode, newNode } from '../helpers/editingFixtures';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';
import { EditingPageObject } from './pages/EditingPage';

describe('editing in a real browser', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let browser: Browser;
  let page: Page;
  let editor: TestAccount;
  let from: string;
  let to: string;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    browser = await launchBrowser();
    editor = await createTestAccount(test, 'editor');
    from = await givenNode(test, editor.username, newNode(test, 'kommun', { kind: 'Municipality', name: 'Ritköping', bodyType: null }));
    to = await givenNode(test, editor.username, newNode(test, 'myndighet', { kind: 'Agency', name: 'Ritverket', bodyType: null, level: 'central' }));
  });
  afterAll(async () => {
    await browser.close();
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(async () => { await page.screenshot({ path: '/tmp/edit-e2e.png' }); await page.close(); });
  beforeEach(() => { page.on('console', (m) => console.error('BROWSER', m.text())); });

  it('lets an editor draw a link with its source, shows it in the graph and the audit trail, and hides editing after sign-out', async () => {
    const editing = new EditingPageObject(page);
    console.error('STEP 1', 'await page.goto(running.url);');
    await page.goto(running.url);
    expect(await editing.viewButtons()).not.toContain('view-editing');

    console.error('STEP 2', 'await editing.signIn(editor.username, editor.password);');
    await editing.signIn(editor.username, editor.password);
    expect(await editing.viewButtons()).toEqual(expect.arrayContaining(['view-editing', 'view-import', 'view-audit']));
    console.error('STEP 3', 'await editing.openEditing();');
    await editing.openEditing();

    console.error('STEP 4', 'await page.click(\'[data-testid="new-link"]\');');
    await page.click('[data-testid="new-link"]');
    console.error('STEP 5', 'await editing.clickNode(from);');
    await editing.clickNode(from);
    console.error('STEP 6', 'await page.waitForSelector(\'[data-testid="link-from"]:has-text("Ritköping")\');');
    await page.waitForSelector('[data-testid="link-from"]:has-text("Ritköping")');
    console.error('STEP 7', 'await editing.clickNode(to);');
    await editing.clickNode(to);
    console.error('STEP 8', 'await page.waitForSelector(\'[data-testid="link-to"]:has-text("Ritverket")\');');
    await page.waitForSelector('[data-testid="link-to"]:has-text("Ritverket")');

    console.error('STEP 9', "await editing.choose('type', 'COOPERATES_WITH');");
    await editing.choose('type', 'COOPERATES_WITH');
    console.error('STEP 10', 'await page.click(\'[data-testid="edit-save"]\');');
    await page.click('[data-testid="edit-save"]');
    expect(await page.textContent('[data-testid="field-locator"] ~ .field-error')).toBeTruthy();
    console.error('STEP 11', "await editing.fill('locator', 'line 781');");
    await editing.fill('locator', 'line 781');
    console.error('STEP 12', "await editing.fill('form', 'gemensam arbetsgrupp');");
    await editing.fill('form', 'gemensam arbetsgrupp');
    console.error('STEP 13', 'await page.click(\'[data-testid="edit-preview-button"]\');');
    await page.click('[data-testid="edit-preview-button"]');
    console.error('STEP 14', 'await page.waitForSelector(\'[data-testid="edit-preview"]\');');
    await page.waitForSelector('[data-testid="edit-preview"]');
    expect(await page.textContent('[data-testid="edit-preview"]')).toContain('gemensam arbetsgrupp');
    console.error('STEP 15', 'await page.click(\'[data-testid="edit-save"]\');');
    await page.click('[data-testid="edit-save"]');
    console.error('STEP 16', 'await page.waitForSelector(\'[data-testid="edit-done"]\');');
    await page.waitForSelector('[data-testid="edit-done"]');

    const linkId = `cooperates-with-${from}-${to}`;
    console.error('STEP 17', 'await editing.waitForEdge(linkId);');
    await editing.waitForEdge(linkId);

    console.error('STEP 18', "await editing.openView('audit');");
    await editing.openView('audit');
    console.error('STEP 19', 'await page.waitForSelector(`[data-testid="audit-record"][data-target="${linkId}"]`);');
    await page.waitForSelector(`[data-testid="audit-record"][data-target="${linkId}"]`);
    const record = await page.textContent(`[data-testid="audit-record"][data-target="${linkId}"]`);
    expect(record).toContain(editor.username);
    expect(record).toContain('line 781');

    console.error('STEP 20', 'await editing.signOut();');
    await editing.signOut();
    const remaining = await editing.viewButtons();
    expect(remaining).not.toContain('view-editing');
    expect(remaining).not.toContain('view-import');
    expect(remaining).not.toContain('view-audit');
    expect(await page.$('[data-testid="audit-page"]')).toBeNull();
    expect(await page.$('[data-testid="editing-page"]')).toBeNull();
  }, 240_000);
});
