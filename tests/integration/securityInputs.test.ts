import { getNamedType, isEnumType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { summarise } from '../../server/src/backup/contentHash';
import { readStoredGraph } from '../../server/src/backup/storedGraph';
import { inputSites, isListInput, pagingRole, type InputSite } from '../../server/src/security/inputCaps';
import { inspectResponse } from '../../bench/fuzz/inspect';
import { siteOperation } from '../../bench/fuzz/siteOperation';
import { validSample } from '../../bench/fuzz/values';
import { servedSchema } from '../../bench/harness/schema';
import { serveApp, type ServedApp } from '../../bench/harness/serveApp';
import { TestHttpClient } from '../helpers/httpClient';
import { openTestDatabase, type TestDatabase } from '../helpers/testDatabase';

const schema = servedSchema();

function itemType(type: GraphQLInputType): GraphQLInputType {
  const nullable = isNonNullType(type) ? type.ofType : type;
  return isListType(nullable) ? nullable.ofType : nullable;
}

/** Values just past each cap of a site, and what the refusal must name. */
function overCap(site: InputSite): { value: unknown; why: string; argument?: string }[] {
  const type = site.definition.type;
  const named = getNamedType(type).name;
  const role = pagingRole(site.definition);
  if (role !== undefined) {
    return [
      { value: site.caps.items + 1, why: 'past the largest page', argument: site.path },
      { value: -1, why: 'negative', argument: site.path },
    ];
  }
  if (isListInput(type)) {
    return [{ value: Array.from({ length: site.caps.items + 1 }, () => validSample(itemType(type))), why: 'one item too many', argument: site.path }];
  }
  if (named === 'ID' || named === 'String') {
    return [
      { value: 'a'.repeat(site.caps.length + 1), why: 'one character too long', argument: site.path },
      { value: 'a\u0000b', why: 'a control character', argument: site.path },
      { value: 'a\uDC00b', why: 'broken Unicode', argument: site.path },
      { value: 'a\uFFFEb', why: 'a noncharacter XML cannot hold', argument: site.path },
      ...(site.caps.bytes === undefined ? [] : [{ value: 'ö'.repeat(site.caps.bytes / 2 + 1), why: 'more bytes than the database indexes', argument: site.path }]),
    ];
  }
  if (named === 'Date') return [{ value: '2007-02-30', why: 'not a calendar date' }];
  if (isEnumType(getNamedType(type))) return [{ value: 'NOT_A_VALUE', why: 'not one of the values' }];
  return [];
}

describe('every input of the API refuses values past its caps, before anything runs', () => {
  let test: TestDatabase;
  let app: ServedApp;
  beforeAll(async () => {
    test = openTestDatabase();
    app = await serveApp(test.database, true);
  });
  afterAll(async () => {
    await app.stop();
    await test.close();
  });

  it('answers 400 BAD_USER_INPUT naming the argument, for every site and every cap, and writes nothing', async () => {
    const before = summarise(await readStoredGraph(test.database));
    // With the CSRF token, so a mutation gets as far as a browser's would.
    const client = new TestHttpClient(app.url);
    await client.graphql('{ health { status } }');
    const cases = inputSites(schema).flatMap((site) => overCap(site).map((over) => ({ site, ...over })));
    const failures: string[] = [];
    let sent = 0;
    for (const { site, value, why, argument } of cases) {
      const operation = siteOperation(schema, site, value, ['municipality-0180']);
      if (operation === undefined) continue;
      sent += 1;
      const response = await client.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation) });
      const text = await response.text();
      const error = (JSON.parse(text) as { errors?: { extensions?: { code?: string; argument?: string } }[] }).errors?.[0];
      const named = error?.extensions?.argument?.replace(/\[\d+\]/g, '');
      const refused = response.status === 400 && error?.extensions?.code === 'BAD_USER_INPUT' && (argument === undefined || named === argument);
      if (!refused || inspectResponse(response.status, text).length > 0) failures.push(`${site.path} (${why}): ${response.status} ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(50);
    expect(summarise(await readStoredGraph(test.database)).hash).toBe(before.hash);
  });
});
