import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import type { NodeKind, SearchGroup, SearchResult } from '../graphql/generated/resolvers';
import { nodeKinds } from '../../../domain/kinds';
import { toGraphNode } from '../network/toGraph';
import { normaliseForSearch, searchFolds, searchTokens } from './normalise';
import { mapsOf, optionalTextOf } from './rows';

export interface SearchRequest {
  text: string;
  asOf: string | null;
  kinds: NodeKind[] | null;
  limitPerKind: number;
}

const maxTextLength = 200;
const maxLimit = 100;

function check(request: SearchRequest): void {
  if (request.text.length > maxTextLength) {
    throw new AppError('BAD_USER_INPUT', `text: at most ${maxTextLength} characters can be searched for.`, { field: 'text' });
  }
  if (!Number.isInteger(request.limitPerKind) || request.limitPerKind < 1 || request.limitPerKind > maxLimit) {
    throw new AppError('BAD_USER_INPUT', `limitPerKind: must be a whole number from 1 to ${maxLimit}.`, { field: 'limitPerKind' });
  }
}

function kindOf(value: PlainValue): NodeKind {
  const kind = nodeKinds.find((candidate) => candidate === value);
  if (kind === undefined) throw new Error(`Stored kind ${JSON.stringify(value)} is not in the model`);
  return kind;
}

/** Search as you type: every word must match; blank text finds nothing rather than everything. */
export async function search(database: Database, request: SearchRequest): Promise<SearchResult> {
  check(request);
  const normalised = normaliseForSearch(request.text);
  const tokens = searchTokens(request.text);
  if (tokens.length === 0) return { text: request.text, normalised, total: 0, groups: [] };
  const records = await database.read(async (tx) => {
    const result = await tx.run('explore/search', {
      text: normalised,
      tokens,
      folds: searchFolds,
      kinds: request.kinds,
      asOf: request.asOf,
      limit: request.limitPerKind,
    });
    return result.records;
  });
  const groups: SearchGroup[] = records.map((record) => {
    const total = toPlain(record.get('total'));
    return {
      kind: kindOf(toPlain(record.get('kind'))),
      total: typeof total === 'number' ? total : 0,
      hits: mapsOf(toPlain(record.get('hits'))).map((hit) => ({
        node: toGraphNode(toPlainRecord(hit['node'])),
        context: optionalTextOf(hit, 'context'),
        validAtDate: hit['validAtDate'] === true,
      })),
    };
  });
  return { text: request.text, normalised, total: groups.reduce((sum, group) => sum + group.total, 0), groups };
}
