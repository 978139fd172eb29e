import { ChangeTally, networkChanges } from '../changes/changeFeed';
import type { NamedTransaction } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import type { AuditRecord } from '../graphql/generated/resolvers';
import { toAuditRecord } from './auditRecord';
import { timeOrderedId } from './ids';
import { labelOf, nodeIdsOf, targetOf, versionOf, type Change } from './auditStates';

/** Who made a set of changes and where they came from. */
export interface ChangeOrigin {
  username: string;
  importId?: string;
  importFile?: string;
  proposalId?: string;
  undoOf?: string;
}

function recordParameters(change: Change, origin: ChangeOrigin, at: Date) {
  const target = targetOf(change);
  return {
    at: at.toISOString(),
    // A link is labelled by the names of its ends, which the statement reads; its ids stay in the record's states.
    linkEnds: target.target === 'link' ? { from: target.from, to: target.to } : null,
    properties: {
      id: timeOrderedId('audit', at),
      username: origin.username,
      action: change.action,
      targetType: target.target,
      targetId: target.id,
      targetLabel: labelOf(target),
      nodeIds: nodeIdsOf(target),
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
      afterVersion: versionOf(change.after),
      importId: origin.importId ?? null,
      importFile: origin.importFile ?? null,
      proposalId: origin.proposalId ?? null,
      undoOf: origin.undoOf ?? null,
    },
  };
}

/** What each transaction recorded so far: announced together, once, when it commits. */
const tallies = new WeakMap<NamedTransaction, ChangeTally>();

/**
 * Every committed change passes here, so here it is announced: once the transaction commits, its records become one
 * event on the change feed (an import's batches included); a transaction that rolls back announces nothing.
 */
function announceOnCommit(tx: NamedTransaction, records: AuditRecord[]): void {
  let tally = tallies.get(tx);
  if (tally === undefined) {
    const started = new ChangeTally();
    tallies.set(tx, started);
    tx.afterCommit(() => {
      const event = started.event();
      if (event !== null) networkChanges.publish(event);
    });
    tally = started;
  }
  tally.add(records);
}

/** Records one audit record per change inside the caller's transaction: the change and its record land together. */
export async function recordChanges(tx: NamedTransaction, origin: ChangeOrigin, changes: Change[]): Promise<AuditRecord[]> {
  if (changes.length === 0) return [];
  const at = new Date();
  const records = changes.map((change) => recordParameters(change, origin, at));
  const result = await tx.run('audit/record-changes', { records });
  const written = result.records.map((record) => toAuditRecord(toPlainRecord(record.get('record'))));
  announceOnCommit(tx, written);
  return written;
}

export async function recordChange(tx: NamedTransaction, origin: ChangeOrigin, change: Change): Promise<AuditRecord> {
  const [record] = await recordChanges(tx, origin, [change]);
  if (record === undefined) throw new Error('The audit record was not written');
  return record;
}
