import type { NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { parseAuditState } from '../audit/auditRecord';
import { changesSince } from '../audit/auditRepository';
import { fieldChanges, labelOf, versionOf, type AuditState } from '../audit/auditStates';

/**
 * Optimistic concurrency: an edit names the version it was made against. A stale edit is refused with who
 * changed the target since and which fields, read from the audit trail.
 */
export async function checkVersion(tx: NamedTransaction, current: AuditState, expectedVersion: number): Promise<void> {
  const version = versionOf(current) ?? 0;
  if (version === expectedVersion) return;
  const records = await changesSince(tx, current.id, expectedVersion);
  const then = parseAuditState(records[0]?.before ?? null);
  const changes = then === null ? [] : fieldChanges(then, current);
  const changedBy = [...new Set(records.map((record) => record.username))];
  const who = changedBy.length === 0 ? '' : ` by ${changedBy.join(', ')}`;
  const what = changes.length === 0 ? '' : ` (${changes.map((change) => change.field).join(', ')})`;
  throw new AppError(
    'CONFLICT',
    `"${labelOf(current)}" was changed${who} after you opened it${what}: you had version ${expectedVersion}, it is now ${version}. ` +
      'Reload it and make your change again.',
    { currentVersion: version, changedBy, changes },
  );
}
