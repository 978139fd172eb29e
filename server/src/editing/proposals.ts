import neo4j from 'neo4j-driver';
import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord, type PlainValue } from '../db/mappers';
import type { FieldChange, ProposedChange, Proposal, ProposalStatus } from '../graphql/generated/resolvers';
import { recordChange } from '../audit/auditLog';
import { timeOrderedId } from '../audit/ids';
import { fieldChanges, labelOf, targetOf, type RecordState } from '../audit/auditStates';
import type { SessionUser } from '../auth/roles';
import { applyChanges } from './entityWriter';
import { prepare, proposedOperation, type EditOperation } from './editOperations';
import { knownSourceProblems } from './patches';
import { invalidInput } from './rowRules';

type StoredProposal = Record<string, PlainValue>;

function text(map: StoredProposal, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new Error(`Stored proposal lacks ${key}`);
  return value;
}

function optional(map: StoredProposal, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

export function toProposal(map: StoredProposal): Proposal {
  return {
    id: text(map, 'id'),
    status: text(map, 'status') as ProposalStatus,
    action: text(map, 'action') as Proposal['action'],
    targetType: text(map, 'targetType') as Proposal['targetType'],
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

/** What the audit trail keeps of a proposal: enough to see what was proposed and how it was reviewed. */
function stateOf(map: StoredProposal): RecordState {
  const keep = ['status', 'operation', 'targetId', 'source', 'locator', 'note', 'proposedBy', 'reviewedBy', 'reviewNote'];
  const properties = Object.fromEntries(keep.filter((key) => map[key] !== undefined && map[key] !== null).map((key) => [key, map[key] ?? null]));
  return { target: 'proposal', id: text(map, 'id'), label: `${text(map, 'operation')} ${text(map, 'targetId')}`, properties };
}

/** Any signed-in account may propose; the change is checked now, and again when an editor accepts it. */
export async function proposeChange(
  database: Database,
  user: Pick<SessionUser, 'username'>,
  proposed: ProposedChange,
  source: string,
  locator: string,
  note: string | null,
): Promise<Proposal> {
  const edit = proposedOperation(proposed);
  if (locator.trim() === '') throw invalidInput([{ field: 'locator', reason: 'is required' }]);
  return database.write(async (tx) => {
    const sourceProblems = await knownSourceProblems(tx, { source });
    if (sourceProblems.length > 0) throw invalidInput(sourceProblems);
    const change = await prepare(edit)(tx, 'check');
    const target = targetOf(change);
    const properties = {
      id: timeOrderedId('proposal'),
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
    const stored = toPlainRecord((await tx.run('editing/create-proposal', { properties })).records[0]?.get('proposal'));
    await recordChange(tx, { username: user.username, proposalId: properties.id }, { action: 'create', before: null, after: stateOf(stored) });
    return toProposal(stored);
  });
}

async function pendingProposal(tx: NamedTransaction, id: string): Promise<StoredProposal> {
  await tx.run('editing/lock-proposal', { id });
  const record = (await tx.run('editing/find-proposal', { id })).records[0];
  if (record === undefined) throw new AppError('NOT_FOUND', `No proposal with id "${id}".`, { field: 'id' });
  const stored = toPlainRecord(record.get('proposal'));
  if (stored['status'] !== 'pending') {
    throw new AppError('CONFLICT', `The proposal was already ${text(stored, 'status')} by ${optional(stored, 'reviewedBy') ?? 'someone'}.`);
  }
  return stored;
}

async function review(tx: NamedTransaction, id: string, status: ProposalStatus, editor: Pick<SessionUser, 'username'>, note: string | null) {
  const parameters = { id, status, reviewedBy: editor.username, reviewNote: note?.trim() || null };
  return toPlainRecord((await tx.run('editing/review-proposal', parameters)).records[0]?.get('proposal'));
}

/** Applies the proposed change as the editor, recorded with the proposal it came from; a stale one is refused. */
export function acceptProposal(database: Database, editor: Pick<SessionUser, 'username'>, id: string, note: string | null): Promise<Proposal> {
  return database.write(async (tx) => {
    const stored = await pendingProposal(tx, id);
    const edit = { operation: text(stored, 'operation'), input: JSON.parse(text(stored, 'input')) as unknown } as EditOperation;
    const change = await prepare(edit)(tx, 'write');
    await applyChanges(tx, [change]);
    await recordChange(tx, { username: editor.username, proposalId: id }, change);
    return toProposal(await review(tx, id, 'accepted', editor, note));
  });
}

export function rejectProposal(database: Database, editor: Pick<SessionUser, 'username'>, id: string, note: string | null): Promise<Proposal> {
  return database.write(async (tx) => {
    const before = await pendingProposal(tx, id);
    const after = await review(tx, id, 'rejected', editor, note);
    await recordChange(tx, { username: editor.username, proposalId: id }, { action: 'update', before: stateOf(before), after: stateOf(after) });
    return toProposal(after);
  });
}

export async function listProposals(database: Database, status: ProposalStatus | null, limit: number): Promise<Proposal[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalidInput([{ field: 'limit', reason: 'must be 1 to 500' }]);
  return database.read(async (tx) =>
    (await tx.run('editing/list-proposals', { status, limit: neo4j.int(limit) })).records.map((record) => toProposal(toPlainRecord(record.get('proposal')))),
  );
}
