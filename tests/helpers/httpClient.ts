/** What a browser does for the app: keeps cookies and echoes the CSRF cookie in the CSRF header. */
export interface GraphQLAnswer<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export class TestHttpClient {
  readonly cookies = new Map<string, string>();
  /** Turn off to send requests without the CSRF header, as a forged cross-site request would. */
  sendCsrfHeader = true;

  /** `extraHeaders` go with every request, e.g. the X-Forwarded-For a trusted proxy would add. */
  constructor(
    readonly baseUrl: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = decodeURIComponent(pair.slice(separator + 1).trim());
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute) || /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const csrf = this.cookies.get('samverkan_csrf');
    return {
      ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ') } : {}),
      ...(this.sendCsrfHeader && csrf !== undefined ? { 'x-csrf-token': csrf } : {}),
      ...this.extraHeaders,
      ...extra,
    };
  }

  async fetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers: this.headers(init.headers) });
    this.remember(response);
    return response;
  }

  async graphql<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<Data>> {
    if (!this.cookies.has('samverkan_csrf')) await this.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ session { readingRequiresSignIn } }"}' });
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer<Data>, 'status'>) };
  }

  async signIn(username: string, password: string): Promise<GraphQLAnswer> {
    return this.graphql('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { username role } } }', {
      u: username,
      p: password,
    });
  }
}

/** The data of an answer that must have succeeded; a failure shows its errors. */
export function dataOf<Data>(answer: GraphQLAnswer<Data>): Data {
  if (answer.errors !== undefined || answer.data === undefined || answer.data === null) {
    throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

export function errorCode(answer: GraphQLAnswer<unknown>): unknown {
  return answer.errors?.[0]?.extensions?.['code'];
}
