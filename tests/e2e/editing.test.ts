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
  afterEach(() => page.close());

  it('lets an editor draw a link with its source, shows it in the graph and the audit trail, and hides editing after sign-out', async () => {
    const editing = new EditingPageObject(page);
    await page.goto(running.url);
    expect(await editing.viewButtons()).not.toContain('view-editing');

    await editing.signIn(editor.username, editor.password);
    expect(await editing.viewButtons()).toEqual(expect.arrayContaining(['view-editing', 'view-import', 'view-audit']));
    await editing.openEditing();

    await page.click('[data-testid="new-link"]');
    await editing.clickNode(from);
    await page.waitForSelector('[data-testid="link-from"]:has-text("Ritköping")');
    await editing.clickNode(to);
    await page.waitForSelector('[data-testid="link-to"]:has-text("Ritverket")');

    await editing.choose('type', 'COOPERATES_WITH');
    await page.click('[data-testid="edit-save"]');
    expect(await page.textContent('[data-testid="field-locator"] ~ .field-error')).toBeTruthy();
    await editing.fill('locator', 'line 781');
    await editing.fill('form', 'gemensam arbetsgrupp');
    await page.click('[data-testid="edit-preview-button"]');
    await page.waitForSelector('[data-testid="edit-preview"]');
    expect(await page.textContent('[data-testid="edit-preview"]')).toContain('gemensam arbetsgrupp');
    await page.click('[data-testid="edit-save"]');
    await page.waitForSelector('[data-testid="edit-done"]');

    const linkId = `cooperates-with-${from}-${to}`;
    await editing.waitForEdge(linkId);

    await editing.openView('audit');
    await page.waitForSelector(`[data-testid="audit-record"][data-target="${linkId}"]`);
    const record = await page.textContent(`[data-testid="audit-record"][data-target="${linkId}"]`);
    expect(record).toContain(editor.username);
    expect(record).toContain('line 781');

    await editing.signOut();
    const remaining = await editing.viewButtons();
    expect(remaining).not.toContain('view-editing');
    expect(remaining).not.toContain('view-import');
    expect(remaining).not.toContain('view-audit');
    expect(await page.$('[data-testid="audit-page"]')).toBeNull();
    expect(await page.$('[data-testid="editing-page"]')).toBeNull();
  }, 180_000);
});
