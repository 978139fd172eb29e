import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { httpServerLimits } from '../../server/src/security/limits';
import { TestHttpClient } from '../helpers/httpClient';
import { startTestApp, type RunningTestApp } from '../helpers/testApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

/** Writes raw bytes to the app and collects whatever comes back until the server closes or `waitMs` passes. */
function rawExchange(url: string, bytes: string, waitMs: number): Promise<{ answer: string; closedAfterMs: number | null }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closedAfterMs: null });
    }, waitMs);
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
  });
}

describe('HTTP hardening', () => {
  let test: TestDatabase;
  let running: RunningTestApp;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test, { trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await running.stop();
    await test.close();
  });

  it('sends a Content-Security-Policy without inline script, no framing, nosniff and a Referrer-Policy; no HSTS over plain HTTP', async () => {
    for (const path of ['/', '/health', '/api/import/template-nodes.csv', '/graphql']) {
      const response = await fetch(`${running.url}${path}`, {
        ...(path === '/graphql' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } : {}),
      });
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('behind a trusted HTTPS proxy: HSTS, and Secure cookies with the __Host- prefix', async () => {
    const client = new TestHttpClient(running.url, { 'x-forwarded-proto': 'https' });
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ session { readingRequiresSignIn } }' }),
    });
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    const csrf = response.headers.getSetCookie().find((line) => line.startsWith('__Host-samverkan_csrf='));
    expect(csrf).toMatch(/; Path=\/(;|$)/);
    expect(csrf).toMatch(/Secure/);
    expect(csrf).not.toMatch(/Domain=/i);
  });

  it('refuses an anonymous upload before reading its body, and closes the connection', async () => {
    const { hostname, port } = new URL(running.url);
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const upload = httpRequest({
        host: hostname,
        port: Number(port),
        method: 'POST',
        path: '/api/import/uploads',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(19 * 1024 * 1024), 'x-file-name': 'big.csv' },
      });
      upload.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        upload.destroy();
      });
      upload.on('error', reject);
      // One kilobyte of the promised 19 MB: the old code waited for the rest before looking at the session.
      upload.write(Buffer.alloc(1024));
    });
    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('answers a gzip body that is not gzip with 400, and logs no stack trace', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...items: unknown[]) => logged.push(items);
    try {
      const response = await new TestHttpClient(running.url).fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: 'this is not gzip at all',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [{ message: 'The request body could not be decompressed.', extensions: { code: 'BAD_REQUEST' } }] });
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([]);
  });

  it('refuses a persisted-query hash as not supported, not as a server error', async () => {
    const client = new TestHttpClient(running.url);
    const answer = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    const body = (await answer.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('HTTP server limits', () => {
  let test: TestDatabase;
  let running: RunningTestApp;

  beforeAll(async () => {
    test = openTestDatabase();
    running = await startTestApp(test, {}, { ...httpServerLimits, headersTimeoutMs: 500, requestTimeoutMs: 1_000, timeoutCheckIntervalMs: 200, maxConnections: 4 });
  });
  afterAll(async () => {
    await running.stop();
    await test.close();
  });

  it('answers 408 and closes a request whose body trickles in past the request timeout', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":';
    const { answer, closedAfterMs } = await rawExchange(running.url, head, 5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs ?? Infinity).toBeLessThan(3_000);
  });

  it('caps open connections', async () => {
    const { hostname, port } = new URL(running.url);
    const sockets = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<Socket>((resolve) => {
        const socket = connect(Number(port), hostname, () => resolve(socket));
      })),
    );
    try {
      const extra = await rawExchange(running.url, 'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n', 3_000);
      expect(extra.answer).toBe('');
      expect(extra.closedAfterMs).not.toBeNull();
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });
});
