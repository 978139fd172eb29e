import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { useBrowserApp } from '../helpers/browserApp';
import { givenLink, givenNode, newLink, newNode } from '../helpers/editingFixtures';
import { codesIn, forbiddenCodes, type ForbiddenCodes } from '../helpers/forbiddenText';
import { EditingPageObject } from './pages/EditingPage';
import { visibleText } from './pages/visibleText';

/** A date the seed's local development agreements (2007) were in force. */
const asOf = '2007-06-30';
const languages = ['sv', 'en'] as const;
type Language = (typeof languages)[number];

describe('plain words in every view, in Swedish and English', () => {
  const app = useBrowserApp({ beforeClose: removeTestAccounts });
  let codes: ForbiddenCodes;
  let editor: TestAccount;
  let made: string;

  beforeAll(async () => {
    codes = forbiddenCodes();
    editor = await createTestAccount(app.test, 'editor');
    // Changes of the test's own, so the audit trail has a node's and a link's record to show.
    made = await givenNode(app.test, editor.username, newNode(app.test, 'klartext', { name: 'Klartextrådet', bodyType: 'referenceGroup' }));
    await givenLink(app.test, editor.username, newLink(app.test, 'municipality-1490', made, { type: 'MEMBER_OF', role: 'party (municipality)' }));
  });

  /** The codes the page shows as text, with the text around the first of each. */
  async function shownCodes(language: Language): Promise<string[]> {
    const { all, ownWords } = await visibleText(app.page);
    const found = [...codesIn(all, new Set([...codes.everywhere, made])), ...(language === 'sv' ? codesIn(ownWords, codes.swedishOnly) : [])];
    const text = `${all}\n${ownWords}`;
    return found.map((code) => {
      const at = text.indexOf(code);
      return `${code} in "…${text.slice(Math.max(0, at - 40), at + code.length + 40).replace(/\s+/g, ' ')}…"`;
    });
  }

  const open = async (query: string, ready: string, language: Language) => {
    await app.page.goto(`${app.url}/?${query}&asOf=${asOf}&lang=${language}`);
    await app.page.waitForSelector(ready, { timeout: 60_000 });
  };

  it.each(languages)('shows no code in the explorer, a selected agreement with its parties and a body with its members (%s)', async (language) => {
    await open('view=explorer&sel=lua-nacka', '[data-testid="links-PARTY_TO-incoming"]', language);
    expect(await shownCodes(language)).toEqual([]);
    await open('view=explorer&sel=body-finsam&panel=members.body-finsam', '[data-testid="body-members"]', language);
    expect(await shownCodes(language)).toEqual([]);
    await open('view=explorer&sel=municipality-1490&panel=covering.municipality-1490', '[data-testid="details-source"]', language);
    expect(await shownCodes(language)).toEqual([]);
  }, 180_000);

  it.each(languages)('shows no code in the gaps view, a gap with its ranked suggestions and a what-if (%s)', async (language) => {
    await open('view=gaps', '[data-testid="gap-row"][data-status="missing"]', language);
    await app.page.locator('[data-testid="gap-row"][data-status="missing"]').first().click();
    await app.page.waitForSelector('[data-testid="suggestion-reason"]');
    expect(await shownCodes(language)).toEqual([]);
    await app.page.locator('[data-testid="preview"]').first().click();
    await app.page.waitForSelector('[data-testid="what-if"]', { timeout: 30_000 });
    expect(await shownCodes(language)).toEqual([]);
  }, 180_000);

  it.each(languages)('shows no code in the silos view, with an actor selected and the bodies by their form (%s)', async (language) => {
    await open('view=silos', '[data-testid="silo-row"]', language);
    await app.page.locator('[data-testid="silo-row"]').first().click();
    await app.page.waitForSelector('[data-testid="silo-details"]');
    expect(await app.page.textContent('[data-testid="figure-explanations"]')).toContain(language === 'sv' ? 'partner som alla känner varandra' : 'partners who all know each other');
    expect(await shownCodes(language)).toEqual([]);
  }, 180_000);

  it.each(languages)('shows no code in the compare-dates and export views (%s)', async (language) => {
    await open('view=diff', '[data-testid="diff-view"]:not([data-rendered-nodes=""])', language);
    expect(await shownCodes(language)).toEqual([]);
    await open('view=export', '[data-testid="export-view"]:not([data-rendered-nodes=""])', language);
    expect(await shownCodes(language)).toEqual([]);
  }, 180_000);

  it.each(languages)('shows no code in the editing forms, their pick lists and the audit trail (%s)', async (language) => {
    const editing = new EditingPageObject(app.page);
    await app.page.goto(`${app.url}/?asOf=${asOf}&lang=${language}`);
    await editing.signIn(editor.username, editor.password);
    await editing.openEditing();
    await editing.clickNode('lua-nacka');
    await app.page.click('[data-testid="node-change"]');
    await app.page.waitForSelector('[data-testid="node-form"]');
    expect(await shownCodes(language)).toEqual([]);
    await app.page.click('[data-testid="node-panel"] .link-list button');
    await app.page.click('[data-testid="link-panel"] .form-actions button');
    await app.page.waitForSelector('[data-testid="field-goalAreas"]');
    expect(await shownCodes(language)).toEqual([]);
    await app.page.click('[data-testid="new-node"]');
    await editing.choose('kind', 'Body');
    await app.page.waitForSelector('[data-testid="field-bodyType"]');
    expect(await shownCodes(language)).toEqual([]);

    await editing.openView('audit');
    await app.page.fill('[data-testid="audit-filter-nodeId"]', made);
    await app.page.press('[data-testid="audit-filter-nodeId"]', 'Enter');
    await app.page.waitForSelector(`[data-testid="audit-record"][data-target="${made}"]`);
    expect(await app.page.textContent('[data-testid="audit-table"]')).toContain('Borås → Klartextrådet');
    expect(await shownCodes(language)).toEqual([]);
  }, 180_000);
});
