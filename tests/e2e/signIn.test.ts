import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { useBrowserApp } from '../helpers/browserApp';

describe('a refused sign-in in the browser', () => {
  const app = useBrowserApp({ beforeClose: removeTestAccounts });
  let viewer: TestAccount;

  beforeAll(async () => {
    viewer = await createTestAccount(app.test, 'viewer', 'refused');
  });

  async function signInWrongly(query: string, account: TestAccount = viewer): Promise<string | null> {
    await app.page.goto(`${app.url}/?${query}`);
    await app.page.click('[data-testid="sign-in-open"]');
    await app.page.fill('[data-testid="sign-in-username"]', account.username);
    await app.page.fill('[data-testid="sign-in-password"]', 'not the password at all');
    await app.page.click('[data-testid="sign-in-submit"]');
    await app.page.waitForSelector('[data-testid="sign-in-error"]');
    return app.page.textContent('[data-testid="sign-in-error"]');
  }

  it('says a wrong password in the reader’s language', async () => {
    expect(await signInWrongly('lang=sv')).toBe('Inloggningen misslyckades: Fel användarnamn eller lösenord.');
    expect(await signInWrongly('lang=en')).toBe('Sign-in failed: Wrong username or password.');
  });

  it('says in Swedish why the account is held back from this address, and for how long', async () => {
    const guessed = await createTestAccount(app.test, 'viewer', 'guessed');
    for (let attempt = 0; attempt < 5; attempt += 1) await signInWrongly('lang=sv', guessed);
    expect(await signInWrongly('lang=sv', guessed)).toBe(
      'Inloggningen misslyckades: För många misslyckade inloggningar för det här kontot från den här adressen. Försök igen om 15 minuter.',
    );
  });
});
