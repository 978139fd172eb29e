import { createApp } from '../../server/src/app';
import { findUser } from '../../server/src/auth/userRepository';
import { createTestAccount, removeTestAccounts, type TestAccount } from '../helpers/accounts';
import { dataOf, errorCode, TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const whoAmI = '{ session { user { username role } readingRequiresSignIn } }';

describe('sign-in, sessions and CSRF', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let admin: TestAccount;
  let viewer: TestAccount;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test);
    admin = await createTestAccount(test, 'admin');
    viewer = await createTestAccount(test, 'viewer');
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('stores only an argon2id hash of the password', async () => {
    const stored = await test.database.read((tx) => findUser(tx, admin.username));
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(admin.password);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and signs out again', async () => {
    const client = new TestHttpClient(running.url);
    expect(dataOf(await client.graphql(whoAmI))).toEqual({ session: { user: null, readingRequiresSignIn: false } });
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { username } } }',
        variables: { u: admin.username, p: admin.password },
      }),
    });
    const setCookies = response.headers.getSetCookie();
    const session = setCookies.find((line) => line.startsWith('samverkan_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(setCookies.find((line) => line.startsWith('samverkan_csrf='))).toMatch(/SameSite=Strict/i);
    expect(dataOf(await client.graphql(whoAmI))).toEqual({ session: { user: { username: admin.username, role: 'admin' }, readingRequiresSignIn: false } });

    dataOf(await client.graphql('mutation { signOut { user { username } } }'));
    expect(dataOf(await client.graphql(whoAmI))).toEqual({ session: { user: null, readingRequiresSignIn: false } });
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const client = new TestHttpClient(running.url);
    const wrong = await client.signIn(admin.username, 'not the password at all');
    const unknown = await client.signIn(`${test.idPrefix}nobody`, 'not the password at all');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Wrong username or password.');
    expect(unknown.errors?.[0]?.message).toBe('Wrong username or password.');
    expect([wrong, unknown].map((answer) => answer.errors?.[0]?.extensions?.['reason'])).toEqual(['wrongCredentials', 'wrongCredentials']);
    expect(client.cookies.has('samverkan_session')).toBe(false);
  });

  it('refuses a client after five failed sign-ins for an account', async () => {
    const target = await createTestAccount(test, 'viewer', 'guessed');
    const client = new TestHttpClient(running.url);
    for (let attempt = 0; attempt < 5; attempt += 1) await client.signIn(target.username, `guess number ${attempt}!`);
    const answer = await client.signIn(target.username, target.password);
    expect(errorCode(answer)).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toMatch(/Too many failed sign-ins for this account from this address/);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ reason: 'accountThrottledFromAddress', retryAfterSeconds: expect.any(Number) as number });
  });

  it('refuses a mutation without the CSRF header with 403, even with a valid session', async () => {
    const client = new TestHttpClient(running.url);
    dataOf(await client.signIn(viewer.username, viewer.password));
    client.sendCsrfHeader = false;
    const answer = await client.graphql('mutation { signOut { user { username } } }');
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('FORBIDDEN');
    client.sendCsrfHeader = true;
    expect(dataOf(await client.graphql<{ session: { user: unknown } }>(whoAmI)).session.user).toEqual({ username: viewer.username, role: 'viewer' });
  });

  it('refuses a CSRF header that is not the session\'s token', async () => {
    const client = new TestHttpClient(running.url);
    dataOf(await client.signIn(viewer.username, viewer.password));
    client.cookies.set('samverkan_csrf', 'a-token-an-attacker-planted');
    const answer = await client.graphql('mutation { signOut { user { username } } }');
    expect(errorCode(answer)).toBe('FORBIDDEN');
  });

  it('lets only an admin manage accounts, and records each change', async () => {
    const viewerClient = new TestHttpClient(running.url);
    dataOf(await viewerClient.signIn(viewer.username, viewer.password));
    const create = 'mutation($u: String!, $p: String!) { createUser(username: $u, password: $p, role: editor) { username role } }';
    const newName = `${test.idPrefix}newcomer`;
    expect(errorCode(await viewerClient.graphql(create, { u: newName, p: 'a long enough password' }))).toBe('FORBIDDEN');
    expect(errorCode(await new TestHttpClient(running.url).graphql(create, { u: newName, p: 'a long enough password' }))).toBe('UNAUTHENTICATED');

    const adminClient = new TestHttpClient(running.url);
    dataOf(await adminClient.signIn(admin.username, admin.password));
    expect(errorCode(await adminClient.graphql(create, { u: newName, p: 'short' }))).toBe('BAD_USER_INPUT');
    expect(dataOf(await adminClient.graphql(create, { u: newName, p: 'a long enough password' }))).toEqual({ createUser: { username: newName, role: 'editor' } });
    const setRole = 'mutation($u: String!) { setUserRole(username: $u, role: viewer) { role } }';
    expect(dataOf(await adminClient.graphql(setRole, { u: newName }))).toEqual({ setUserRole: { role: 'viewer' } });
    const audit = dataOf(
      await adminClient.graphql<{ auditRecords: { records: { action: string; targetId: string; changes: unknown[] }[] } }>(
        'query($u: String) { auditRecords(filter: { username: $u }, limit: 2) { records { action targetId changes { field before after } } } }',
        { u: admin.username },
      ),
    );
    expect(audit.auditRecords.records).toEqual([
      { action: 'update', targetId: newName, changes: [{ field: 'role', before: 'editor', after: 'viewer' }] },
      { action: 'create', targetId: newName, changes: [{ field: 'role', before: null, after: 'editor' }, { field: 'username', before: null, after: newName }] },
    ]);
    expect(dataOf(await adminClient.graphql('mutation($u: String!) { removeUser(username: $u) { username } }', { u: newName }))).toEqual({
      removeUser: { username: newName },
    });
  });
});

describe('password guessing behind a trusted proxy', () => {
  let test: TestDatabase;
  let running: RunningTestApp;
  let owner: TestAccount;
  const from = (address: string) => new TestHttpClient(running.url, { 'x-forwarded-for': address });

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test, { trustProxy: 'loopback' });
    owner = await createTestAccount(test, 'admin', 'owner');
  });
  afterAll(async () => {
    await running.stop();
    await removeTestAccounts(test);
    await test.close();
  });

  it('still admits the owner of an account locked by another client address', async () => {
    const attacker = from('198.51.100.7');
    for (let attempt = 0; attempt < 5; attempt += 1) expect(errorCode(await attacker.signIn(owner.username, `guess number ${attempt}!`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attacker.signIn(owner.username, owner.password))).toBe('FORBIDDEN');
    const answer = await from('203.0.113.20').signIn(owner.username, owner.password);
    expect(dataOf(answer)).toEqual({ signIn: { user: { username: owner.username, role: 'admin' } } });
  });

  it('checks at most five of 200 parallel wrong passwords from one address', async () => {
    // An account of its own: the owner's account already counts the first test's failures towards its delay.
    const target = await createTestAccount(test, 'admin', 'target');
    const attacker = from('198.51.100.8');
    await attacker.graphql(whoAmI);
    const answers = await Promise.all(Array.from({ length: 200 }, (_, attempt) => attacker.signIn(target.username, `parallel guess ${attempt}`)));
    const checked = answers.filter((answer) => answer.errors?.[0]?.message === 'Wrong username or password.');
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.every((answer) => errorCode(answer) === 'UNAUTHENTICATED' || errorCode(answer) === 'FORBIDDEN')).toBe(true);
    expect(dataOf(await from('203.0.113.21').signIn(target.username, target.password))).toEqual({ signIn: { user: { username: target.username, role: 'admin' } } });
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, so a client cannot escape its lock by naming another address', async () => {
    const untrusting = await startTestApp(test);
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) await new TestHttpClient(untrusting.url, { 'x-forwarded-for': `192.0.2.${attempt}` }).signIn(owner.username, `guess ${attempt}!`);
      const answer = await new TestHttpClient(untrusting.url, { 'x-forwarded-for': '192.0.2.99' }).signIn(owner.username, owner.password);
      expect(errorCode(answer)).toBe('FORBIDDEN');
    } finally {
      await untrusting.stop();
    }
  });
});

describe('reading that requires sign-in', () => {
  let test: TestDatabase;
  let url: string;
  let close: () => Promise<void>;
  let viewer: TestAccount;

  beforeAll(async () => {
    test = openTestDatabase();
    viewer = await createTestAccount(test, 'viewer');
    const app = await createApp({ database: test.database, production: false, readingRequiresSignIn: true });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    close = async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    };
  });
  afterAll(async () => {
    await close();
    await removeTestAccounts(test);
    await test.close();
  });

  it('answers the session but not the network to an anonymous visitor', async () => {
    const client = new TestHttpClient(url);
    expect(dataOf(await client.graphql(whoAmI))).toEqual({ session: { user: null, readingRequiresSignIn: true } });
    const network = await client.graphql('{ network { nodes { id } } }');
    expect(network.status).toBe(401);
    expect(errorCode(network)).toBe('UNAUTHENTICATED');
  });

  it('lets a signed-in viewer read', async () => {
    const client = new TestHttpClient(url);
    dataOf(await client.signIn(viewer.username, viewer.password));
    const data = dataOf(await client.graphql<{ network: { nodes: unknown[] } }>('{ network { nodes { id } } }'));
    expect(data.network.nodes.length).toBeGreaterThan(300);
    expect((await client.fetch('/export/json?asOf=2007-06-01')).status).toBe(200);
  });

  it('keeps the file exports from an anonymous visitor too', async () => {
    const response = await new TestHttpClient(url).fetch('/export/json?asOf=2007-06-01');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ message: 'Not allowed: sign in to read the network.', extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
