import { createUser } from '../../server/src/auth/userRepository';
import type { Role } from '../../server/src/auth/roles';
import type { Database } from '../../server/src/db/database';

function cookiesOf(response: Response, into: Map<string, string>): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const separator = pair.indexOf('=');
    into.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return into;
}

function headersOf(cookies: Map<string, string>): Record<string, string> {
  const csrf = cookies.get('samverkan_csrf');
  return {
    'content-type': 'application/json',
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    ...(csrf === undefined ? {} : { 'x-csrf-token': decodeURIComponent(csrf) }),
  };
}

/** Headers of a signed-in browser: the session cookie and the CSRF token echoed in its header. */
export async function signedInHeaders(url: string, database: Database, role: Role, name: string = role): Promise<Record<string, string>> {
  const username = `bench-${name}`;
  const password = `bench ${role} password ${Date.now()}`;
  await createUser(database, username, username, password, role);
  const post = (body: unknown, cookies: Map<string, string>) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: headersOf(cookies), body: JSON.stringify(body) });
  const cookies = cookiesOf(await post({ query: '{ session { readingRequiresSignIn } }' }, new Map()), new Map());
  const signIn = { query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { role } } }', variables: { u: username, p: password } };
  const response = await post(signIn, cookies);
  cookiesOf(response, cookies);
  if (!cookies.has('samverkan_session')) throw new Error(`Could not sign in as ${role}: ${await response.text()}`);
  const { 'content-type': _json, ...headers } = headersOf(cookies);
  return headers;
}

/** Headers of a visitor's browser: no session, but the CSRF token, so mutations get as far as the role check. */
export async function visitorHeaders(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { status } }"}' });
  const { 'content-type': _json, ...headers } = headersOf(cookiesOf(response, new Map()));
  return headers;
}
