import type { GraphQLBody } from './operations';
import type { Random } from './random';

/** One HTTP request of a fuzz run, as sent. */
export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | ArrayBuffer;
}

const json = { 'content-type': 'application/json' };

export function post(kind: string, body: unknown): FuzzRequest {
  return { kind, method: 'POST', path: '/graphql', headers: json, body: JSON.stringify(body) };
}

const junk = '{}()[]:$@!."\\#,=|&\u0000\u00e5\u{1F4A5}\n';

function mangle(text: string, random: Random): string {
  const at = random.int(0, text.length);
  if (random.chance(0.5)) return text.slice(0, at);
  return `${text.slice(0, at)}${junk.charAt(random.int(0, junk.length - 1)).repeat(random.int(1, 3))}${text.slice(at)}`;
}

/** Operations that break a limit on purpose: each must be refused with a 400, never run. */
const bombs: ((random: Random) => string)[] = [
  (random) => `{ ${Array.from({ length: random.int(16, 60) }, (_, i) => `a${i}: health { status }`).join(' ')} }`,
  (random) => {
    let selection = '__typename';
    for (let level = 0; level < random.int(11, 40); level++) selection = `... on Query { ${selection} }`;
    return `{ ${selection} }`;
  },
  (random) => `{ health ${'@include(if: true) '.repeat(random.int(21, 60))}{ status } }`,
  (random) => `{ ${'__typename '.repeat(random.int(2_001, 6_000))}}`,
  () => 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  (random) => `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: network { nodes { id name properties { key value } } }`).join(' ')} ${random.chance(0.5) ? '' : 'h: health { status }'} }`,
];

/** A request that is wrong at the HTTP, JSON or GraphQL level; the server must answer it with a 4xx and a code. */
export function malformedRequest(operation: GraphQLBody, random: Random): FuzzRequest {
  const preflight: Record<string, string> = random.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
  const cases: (() => FuzzRequest)[] = [
    () => post('mangled query', { ...operation, query: mangle(operation.query, random) }),
    () => ({ kind: 'mangled json', method: 'POST', path: '/graphql', headers: json, body: mangle(JSON.stringify(operation), random) }),
    () => post('odd body', random.pick([null, [], 'text', 42, {}, { query: null }, { query: {} }, { query: '' }])),
    () => post('odd fields', { query: operation.query, variables: random.pick([[], 'x', 5, null]), operationName: random.pick([5, {}, 'Nope', null]) }),
    () => post('batch', [operation, operation]),
    () => post('persisted query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    () => post('limit bomb', { query: random.pick(bombs)(random) }),
    () => post('huge list', { query: 'query($k: [NodeKind!]) { network(kinds: $k) { asOf } }', variables: { k: Array(5_000).fill('Agency') } }),
    () => ({ ...post('too large', { query: `{ health { status } } #${'x'.repeat(110_000)}` }) }),
    () => ({
      kind: 'content type',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/graphql']) },
      body: JSON.stringify(operation),
    }),
    () => ({ kind: 'invalid utf-8', method: 'POST', path: '/graphql', headers: json, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3, 0x28, 0x7d]).buffer }),
    () => ({
      kind: 'get',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(random.chance(0.5) ? operation.query : 'mutation { signOut { readingRequiresSignIn } }')}&variables=${encodeURIComponent(random.pick(['{}', '{bad', '[]']))}`,
      headers: preflight,
    }),
    () => ({ kind: 'method', method: random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: '/graphql', headers: json, body: JSON.stringify(operation) }),
    () => ({ kind: 'deep json', method: 'POST', path: '/graphql', headers: json, body: `{"query":"{ health { status } }","variables":{"a":${'['.repeat(4_000)}${']'.repeat(4_000)}}}` }),
  ];
  return random.pick(cases)();
}
