import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import type { AuditRecord } from '../graphql/generated/resolvers';
import { checkVersion } from '../editing/concurrency';
import { lockLinks, lockNodes, readLink, readNode, readNodeLinks, readSources } from '../editing/entityStore';
import { applyChanges } from '../editing/entityWriter';
import { recordChange } from './auditLog';
import { parseAuditState } from './auditRecord';
import { lastAuthors, lastChangeOf, markUndone } from './auditRepository';
import { changeBetween, fieldChanges, labelOf, versionOf, type Change, type AuditState } from './auditStates';

async function currentState(tx: NamedTransaction, target: AuditState): Promise<AuditState | null> {
  if (target.target === 'node') {
    await lockNodes(tx, [target.id]);
    return readNode(tx, target.id);
  }
  if (target.target === 'link') {
    await lockLinks(tx, [target.id]);
    return readLink(tx, target.id);
  }
  return (await readSources(tx, [target.id])).get(target.id) ?? null;
}

/** Undo only applies to the state the change left: anything changed since must be undone (or redone) by hand. */
async function checkUnchangedSince(tx: NamedTransaction, left: AuditState | null, current: AuditState | null, label: string): Promise<void> {
  if (left === null) {
    if (current !== null) throw new AppError('CONFLICT', `"${label}" was created again after it was deleted; undo that first.`);
    return;
  }
  if (current === null) throw new AppError('CONFLICT', `"${label}" was deleted after this change; nothing to undo it on.`);
  if (current.target === 'node' || current.target === 'link') await checkVersion(tx, current, versionOf(left) ?? 0);
  else if (fieldChanges(left, current).length > 0) throw new AppError('CONFLICT', `"${label}" was changed again after this change.`);
}

/**
 * Undoing a creation deletes the node; when links now hang on it (another editor's, or the user's own made
 * later), that would delete them with it. Undo refuses instead, naming each link and who last changed it.
 */
async function checkNothingBuiltOn(tx: NamedTransaction, change: Change): Promise<void> {
  const removed = change.before;
  if (change.after !== null || removed?.target !== 'node') return;
  const { links, others } = await readNodeLinks(tx, removed.id);
  if (links.length === 0 && others === 0) return;
  const authors = await lastAuthors(tx, links.map((link) => link.id));
  const dependants = links.map((link) => ({ id: link.id, type: link.type, from: link.from, to: link.to, username: authors.get(link.id) ?? null }));
  const named = dependants.map((link) => `${link.type} ${link.id}${link.username === null ? '' : ` (${link.username})`}`);
  if (others > 0) named.push(`${others} expectation rule(s)`);
  throw new AppError('CONFLICT', `"${labelOf(removed)}" cannot be deleted by undo: ${named.join(', ')} depend(s) on it; undo or end those first.`, {
    dependants,
  });
}

function restoredState(before: AuditState | null, current: AuditState | null): AuditState | null {
  if (before === null) return null;
  const version = Math.max(versionOf(current) ?? 0, versionOf(before) ?? 0) + 1;
  return before.target === 'node' || before.target === 'link' ? { ...before, properties: { ...before.properties, version } } : before;
}

/**
 * Undoes a user's newest change to the network that is not undone yet, as a change of its own
 * (recorded with `undoOf`), so undoing again steps further back.
 */
export function undoLastChange(database: Database, actor: string, username: string): Promise<AuditRecord> {
  return database.write(async (tx) => {
    const last = await lastChangeOf(tx, username);
    if (last === null) throw new AppError('NOT_FOUND', `${username} has no change left to undo.`);
    const before = parseAuditState(last.before ?? null);
    const after = parseAuditState(last.after ?? null);
    const target = after ?? before;
    if (target === null) throw new Error('An audit record without before or after');
    const current = await currentState(tx, target);
    await checkUnchangedSince(tx, after, current, labelOf(target));
    const change = changeBetween(current, restoredState(before, current));
    await checkNothingBuiltOn(tx, change);
    await applyChanges(tx, [change]);
    const record = await recordChange(tx, { username: actor, undoOf: last.id }, change);
    if (!(await markUndone(tx, last.id, record.id))) throw new AppError('CONFLICT', 'This change was undone meanwhile.');
    return { ...record };
  });
}
