import type { Database } from '../db/database';
import { toPlain, toPlainRecord } from '../db/mappers';
import type { Source } from '../graphql/generated/resolvers';
import { sourceTypes } from '../../../domain/kinds';
import { optionalTextOf, textOf, type PlainMap } from './rows';

function toSource(map: PlainMap): Source {
  return {
    id: textOf(map, 'id'),
    title: textOf(map, 'title'),
    year: optionalTextOf(map, 'year') ?? (typeof map['year'] === 'number' ? String(map['year']) : null),
    publisher: optionalTextOf(map, 'publisher'),
    url: optionalTextOf(map, 'url'),
    citation: textOf(map, 'citation'),
    type: sourceTypes.find((type) => type === map['type']) ?? null,
    note: optionalTextOf(map, 'note'),
  };
}

export async function fetchSources(database: Database, ids: readonly string[]): Promise<Map<string, Source>> {
  const records = await database.read(async (tx) => (await tx.run('explore/sources-by-id', { ids: [...new Set(ids)] })).records);
  const sources = records.map((record) => toSource(toPlainRecord(toPlain(record.get('source')))));
  return new Map(sources.map((source) => [source.id, source]));
}

/**
 * Resolves sources for one request in a single round trip: ids asked for in the same tick are fetched together,
 * and each id is fetched once per request however many facts cite it.
 */
export function sourceLoader(database: Database): (id: string) => Promise<Source | null> {
  const cache = new Map<string, Promise<Source | null>>();
  let pending: { ids: string[]; batch: Promise<Map<string, Source>> } | null = null;
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    if (pending === null) {
      const ids: string[] = [];
      const batch = new Promise<Map<string, Source>>((resolve, reject) => {
        queueMicrotask(() => {
          pending = null;
          fetchSources(database, ids).then(resolve, reject);
        });
      });
      pending = { ids, batch };
    }
    pending.ids.push(id);
    const result = pending.batch.then((sources) => sources.get(id) ?? null);
    cache.set(id, result);
    return result;
  };
}
