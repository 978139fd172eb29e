import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { givenNode, newNode } from '../helpers/editingFixtures';
import { useBrowserApp } from '../helpers/browserApp';
import { proposeChange } from '../../server/src/editing/proposals';
import { EditingPageObject } from './pages/EditingPage';

describe('reviewing proposals in a real browser', () => {
  const app = useBrowserApp({ beforeClose: removeTestAccounts });
  let editor: TestAccount;
  let viewer: TestAccount;
  let node: string;

  beforeAll(async () => {
    editor = await createTestAccount(app.test, 'editor');
    viewer = await createTestAccount(app.test, 'viewer');
    node = await givenNode(app.test, editor.username, newNode(app.test, 'forslag', { kind: 'Municipality', name: 'Förslagsköping', bodyType: null }));
  });

  it("lists a viewer's proposal for an editor, applies it when accepted, and records it as coming from the proposal", async () => {
    const change = { changeNode: { id: node, expectedVersion: 1, changes: { nameEn: 'Proposalton' } } };
    const proposal = await proposeChange(app.test.database, viewer, change, 'sou-2007-104', 'line 1559', 'English name');
    const editing = new EditingPageObject(app.page);
    await app.page.goto(app.url);
    await editing.signIn(editor.username, editor.password);
    await editing.openEditing();

    await app.page.click('[data-testid="show-proposals"]');
    const item = `[data-testid="proposal"][data-proposal="${proposal.id}"]`;
    await app.page.waitForSelector(item);
    expect(await app.page.textContent(item)).toContain('Proposalton');
    await app.page.click(`${item} [data-testid="proposal-accept"]`);
    await app.page.waitForSelector(item, { state: 'detached' });

    await editing.openView('audit');
    const record = `[data-testid="audit-record"][data-target="${node}"]`;
    await app.page.waitForSelector(`${record}:has-text("Proposalton")`);
    expect(await app.page.textContent(`${record}:has-text("Proposalton")`)).toContain(editor.username);
  }, 180_000);
});
