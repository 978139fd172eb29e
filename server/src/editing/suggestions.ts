import neo4j from 'neo4j-driver';
import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord, type PlainValue } from '../db/mappers';
import type { FieldChange, ProposedChange, Suggestion, SuggestionStatus } from '../graphql/generated/resolvers';
import { recordChange } from '../audit/auditLog';
import { timeOrderedId } from '../audit/ids';
import { fieldChanges, labelOf, targetOf, type RecordState } from '../audit/auditStates';
import type { SessionUser } from '../auth/roles';
import { applyChanges } from './entityWriter';
import { prepare, proposedOperation, type EditOperation } from './editOperations';
import { knownSourceProblems } from './patches';
import { invalidInput } from './rowRules';

type StoredSuggestion = Record<string, PlainValue>;

function text(map: StoredSuggestion, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new Error(`Stored suggestion lacks ${key}`);
  return value;
}

function optional(map: StoredSuggestion, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

export function toSuggestion(map: StoredSuggestion): Suggestion {
  return {
    id: text(map, 'id'),
    status: text(map, 'status') as SuggestionStatus,
    action: text(map, 'action') as Suggestion['action'],
    targetType: text(map, 'targetType') as Suggestion['targetType'],
    targetId: text(map, 'targetId'),
    targetLabel: text(map, 'targetLabel'),
    changes: JSON.parse(text(map, 'changes')) as FieldChange[],
    source: text(map, 'source'),
    locator: text(map, 'locator'),
    note: optional(map, 'note'),
    proposedBy: text(map, 'proposedBy'),
    proposedAt: text(map, 'proposedAt'),
    reviewedBy: optional(map, 'reviewedBy'),
    reviewedAt: optional(map, 'reviewedAt'),
    reviewNote: optional(map, 'reviewNote'),
  };
}

/** What the audit trail keeps of a suggestion: enough to see what was proposed and how it was reviewed. */
function stateOf(map: StoredSuggestion): RecordState {
  const keep = ['status', 'operation', 'targetId', 'source', 'locator', 'note', 'proposedBy', 'reviewedBy', 'reviewNote'];
  const properties = Object.fromEntries(keep.filter((key) => map[key] !== undefined && map[key] !== null).map((key) => [key, map[key] ?? null]));
  return { target: 'suggestion', id: text(map, 'id'), label: `${text(map, 'operation')} ${text(map, 'targetId')}`, properties };
}

/** Any signed-in account may propose; the change is checked now, and again when an editor accepts it. */
export async function proposeChange(
  database: Database,
  user: Pick<SessionUser, 'username'>,
  proposed: ProposedChange,
  source: string,
  locator: string,
  note: string | null,
): Promise<Suggestion> {
  const edit = proposedOperation(proposed);
  if (locator.trim() === '') throw invalidInput([{ field: 'locator', reason: 'is required' }]);
  return database.write(async (tx) => {
    const sourceProblems = await knownSourceProblems(tx, { source });
    if (sourceProblems.length > 0) throw invalidInput(sourceProblems);
    const change = await prepare(edit)(tx, 'check');
    const target = targetOf(change);
    const properties = {
      id: timeOrderedId('suggestion'),
      status: 'pending',
      operation: edit.operation,
      input: JSON.stringify(edit.input),
      action: change.action,
      targetType: target.target,
      targetId: target.id,
      targetLabel: labelOf(target),
      changes: JSON.stringify(fieldChanges(change.before, change.after)),
      source,
      locator: locator.trim(),
      note: note?.trim() || null,
      proposedBy: user.username,
    };
    const stored = toPlainRecord((await tx.run('editing/create-suggestion', { properties })).records[0]?.get('suggestion'));
    await recordChange(tx, { username: user.username, suggestionId: properties.id }, { action: 'create', before: null, after: stateOf(stored) });
    return toSuggestion(stored);
  });
}

async function pendingSuggestion(tx: NamedTransaction, id: string): Promise<StoredSuggestion> {
  await tx.run('editing/lock-suggestion', { id });
  const record = (await tx.run('editing/find-suggestion', { id })).records[0];
  if (record === undefined) throw new AppError('NOT_FOUND', `No suggestion with id "${id}".`, { field: 'id' });
  const stored = toPlainRecord(record.get('suggestion'));
  if (stored['status'] !== 'pending') {
    throw new AppError('CONFLICT', `The suggestion was already ${text(stored, 'status')} by ${optional(stored, 'reviewedBy') ?? 'someone'}.`);
  }
  return stored;
}

async function review(tx: NamedTransaction, id: string, status: SuggestionStatus, editor: Pick<SessionUser, 'username'>, note: string | null) {
  const parameters = { id, status, reviewedBy: editor.username, reviewNote: note?.trim() || null };
  return toPlainRecord((await tx.run('editing/review-suggestion', parameters)).records[0]?.get('suggestion'));
}

/** Applies the proposed change as the editor, recorded with the suggestion it came from; a stale one is refused. */
export function acceptSuggestion(database: Database, editor: Pick<SessionUser, 'username'>, id: string, note: string | null): Promise<Suggestion> {
  return database.write(async (tx) => {
    const stored = await pendingSuggestion(tx, id);
    const edit = { operation: text(stored, 'operation'), input: JSON.parse(text(stored, 'input')) as unknown } as EditOperation;
    const change = await prepare(edit)(tx, 'write');
    await applyChanges(tx, [change]);
    await recordChange(tx, { username: editor.username, suggestionId: id }, change);
    return toSuggestion(await review(tx, id, 'accepted', editor, note));
  });
}

export function rejectSuggestion(database: Database, editor: Pick<SessionUser, 'username'>, id: string, note: string | null): Promise<Suggestion> {
  return database.write(async (tx) => {
    const before = await pendingSuggestion(tx, id);
    const after = await review(tx, id, 'rejected', editor, note);
    await recordChange(tx, { username: editor.username, suggestionId: id }, { action: 'update', before: stateOf(before), after: stateOf(after) });
    return toSuggestion(after);
  });
}

export async function listSuggestions(database: Database, status: SuggestionStatus | null, limit: number): Promise<Suggestion[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalidInput([{ field: 'limit', reason: 'must be 1 to 500' }]);
  return database.read(async (tx) =>
    (await tx.run('editing/list-suggestions', { status, limit: neo4j.int(limit) })).records.map((record) => toSuggestion(toPlainRecord(record.get('suggestion')))),
  );
}
