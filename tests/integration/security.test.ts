import type { Database } from '../../server/src/db/database';
import { queryLimits, requestBodyLimitBytes } from '../../server/src/security/limits';
import { inspectResponse } from '../../bench/fuzz/inspect';
import { serveApp, type ServedApp } from '../../bench/harness/serveApp';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

interface Answer {
  status: number;
  text: string;
  codes: unknown[];
  messages: string[];
}

async function send(app: ServedApp, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  const errors = (JSON.parse(text) as { errors?: { message: string; extensions?: { code?: unknown } }[] }).errors ?? [];
  expect(inspectResponse(response.status, text)).toEqual([]);
  return { status: response.status, text, codes: errors.map((error) => error.extensions?.code), messages: errors.map((error) => error.message) };
}

const query = (app: ServedApp, source: string, variables: Record<string, unknown> = {}) => send(app, JSON.stringify({ query: source, variables }));

describe('the GraphQL endpoint under hostile requests', () => {
  let test: TestDatabase;
  let development: ServedApp;
  let production: ServedApp;
  beforeAll(async () => {
    test = openTestDatabase();
    development = await serveApp(test.database, false);
    production = await serveApp(test.database, true);
  });
  afterAll(async () => {
    await development.stop();
    await production.stop();
    await test.close();
  });

  it('answers an ordinary query', async () => {
    expect(await query(production, '{ health { status } }')).toMatchObject({ status: 200, codes: [] });
  });

  it('refuses a query nested deeper than the depth limit', async () => {
    let selection = '__typename';
    for (let level = 0; level < queryLimits.maxDepth; level++) selection = `... on Query { ${selection} }`;
    const answer = await query(production, `{ ${selection} }`);
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(answer.messages[0]).toBe(`Query depth limit of ${queryLimits.maxDepth} exceeded, found ${queryLimits.maxDepth + 1}.`);
  });

  it('refuses more aliases than the alias limit', async () => {
    const aliases = Array.from({ length: queryLimits.maxAliases + 1 }, (_, index) => `a${index}: status`);
    expect(await query(production, `{ health { ${aliases.join(' ')} } }`)).toMatchObject({
      status: 400,
      messages: [`Aliases limit of ${queryLimits.maxAliases} exceeded, found ${queryLimits.maxAliases + 1}.`],
    });
  });

  it('refuses more top-level fields than the root field limit, however they are spelt', async () => {
    const fields = Array.from({ length: queryLimits.maxRootFields + 1 }, (_, index) => `n${index}: network { asOf }`);
    const answer = await query(production, `query { ...Views } fragment Views on Query { ${fields.join(' ')} }`);
    expect(answer).toMatchObject({
      status: 400,
      messages: [`An operation may ask for at most ${queryLimits.maxRootFields} top-level fields, found ${queryLimits.maxRootFields + 1}.`],
    });
  });

  it('refuses a query whose cost is over the cost limit', async () => {
    const node = '... on GraphNode { id kind name validFrom validTo provenance { evidence sourceId locator note } properties { key value } }';
    const answer = await query(production, `{ network { nodes { ${Array(40).fill(node).join(' ')} } } }`);
    expect(answer.status).toBe(400);
    expect(answer.messages[0]).toMatch(new RegExp(`^Query Cost limit of ${queryLimits.maxCost} exceeded, found \\d+`));
  });

  it('refuses more directives than the directive limit', async () => {
    const answer = await query(production, `{ health { ${'status @include(if: true) '.repeat(queryLimits.maxDirectives + 1)}} }`);
    expect(answer.messages).toContain(`Directives limit of ${queryLimits.maxDirectives} exceeded, found ${queryLimits.maxDirectives + 1}.`);
  });

  it('stops parsing a document with more tokens than the token limit', async () => {
    const answer = await query(production, `{ ${'__typename '.repeat(queryLimits.maxTokens)} }`);
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('refuses a batch of operations', async () => {
    const answer = await send(production, JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]));
    expect(answer).toMatchObject({ status: 400, messages: ['Operation batching disabled.'] });
  });

  it('refuses what a cross-site form or a simple GET could send (CSRF prevention)', async () => {
    const form = await send(production, JSON.stringify({ query: '{ health { status } }' }), { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    expect(form.messages[0]).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${production.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(get.status).toBe(400);
  });

  it('answers a body over the size limit with 413 and a code, not a stack trace', async () => {
    const answer = await query(production, `{ health { status } } #${'x'.repeat(requestBodyLimitBytes)}`);
    expect(answer).toMatchObject({ status: 413, codes: ['PAYLOAD_TOO_LARGE'], messages: ['The request body is too large.'] });
  });

  it('answers a body that is not JSON with 400 and a code, in development as well', async () => {
    expect(await send(development, '{"query": ')).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
  });

  it('keeps introspection, the landing page and field suggestions for development only', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect(await query(development, introspection)).toMatchObject({ status: 200, codes: [] });
    expect(await query(production, introspection)).toMatchObject({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
      messages: ['Introspection is turned off on this server.'],
    });
    const page = (app: ServedApp) => fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }).then((response) => response.text());
    expect(await page(development)).toMatch(/<!DOCTYPE html>/i);
    expect(await page(production)).not.toMatch(/<html/i);
    expect((await query(development, '{ netwrk { asOf } }')).messages[0]).toMatch(/Did you mean "network"/);
    expect((await query(production, '{ netwrk { asOf } }')).messages[0]).not.toMatch(/network/);
  });
});

describe('errors from inside the server', () => {
  it('reach the client as a coded, generic message, without the internal message or a stack', async () => {
    const failing = new Error('Neo.ClientError.Statement.SyntaxError at /srv/app/server/src/secret.ts:12:3');
    const broken: Database = { read: () => Promise.reject(failing), write: () => Promise.reject(failing), close: () => Promise.resolve() };
    const app = await serveApp(broken, true);
    try {
      const answer = await query(app, '{ node(id: "municipality-0180") { id } }');
      expect(answer).toMatchObject({ status: 200, codes: ['INTERNAL_SERVER_ERROR'], messages: ['Something went wrong on the server.'] });
      expect(answer.text).not.toMatch(/secret|SyntaxError/);
    } finally {
      await app.stop();
    }
  });
});
