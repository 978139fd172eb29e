import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import type { AuditRecord } from '../graphql/generated/resolvers';
import { recordChange, type ChangeOrigin } from '../audit/auditLog';
import { changeBetween, fieldChanges, type Change, type AuditState } from '../audit/auditStates';
import { applyChanges } from './entityWriter';

/**
 * Reads and checks what an edit would do. In 'write' mode it first locks its target, so a concurrent edit of
 * the same target waits and then sees the newer version.
 */
export type Prepare = (tx: NamedTransaction, mode: 'check' | 'write') => Promise<Change>;

export interface EditResult {
  applied: boolean;
  change: Change;
  auditRecord: AuditRecord | null;
}

/** The change from `before` to `after`, refused when it would leave everything as it is. */
export function changeOf(before: AuditState | null, after: AuditState | null): Change {
  if (before !== null && after !== null && fieldChanges(before, after).length === 0) {
    throw new AppError('BAD_USER_INPUT', 'The change leaves everything as it is.', { field: 'changes' });
  }
  return changeBetween(before, after);
}

/** A dry run only reads; otherwise the change and its one audit record are written in one transaction. */
export async function runEdit(database: Database, prepare: Prepare, origin: ChangeOrigin, dryRun: boolean): Promise<EditResult> {
  if (dryRun) {
    const change = await database.read((tx) => prepare(tx, 'check'));
    return { applied: false, change, auditRecord: null };
  }
  return database.write(async (tx) => {
    const change = await prepare(tx, 'write');
    await applyChanges(tx, [change]);
    const auditRecord = await recordChange(tx, origin, change);
    return { applied: true, change, auditRecord };
  });
}
