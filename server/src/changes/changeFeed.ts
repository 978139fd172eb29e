import { networkTargets, type ChangeRoute, type NetworkChangeEvent, type NetworkTarget } from '../../../domain/networkChanges';
import type { AuditRecord } from '../graphql/generated/resolvers';

export type ChangeListener = (event: NetworkChangeEvent) => void;

/**
 * The committed changes to the network, as they happen, for whoever listens (the push channel's subscribers). One
 * per process: a change is announced by the server that committed it, to the readers connected to that server.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  get subscribers(): number {
    return this.listeners.size;
  }

  /** Listens until the returned function is called. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  publish(event: NetworkChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not keep the change from the others, nor fail the write that committed it.
        console.error('[samverkan] a change subscriber failed', error);
      }
    }
  }
}

export const networkChanges = new ChangeFeed();

function routeOf(record: AuditRecord): ChangeRoute {
  if (record.undoOf !== null) return 'undo';
  if (record.importId !== null) return 'import';
  if (record.proposalId !== null) return 'proposal';
  return 'edit';
}

const isNetworkTarget = (target: string): target is NetworkTarget => (networkTargets as readonly string[]).includes(target);

/**
 * What one transaction's audit records add up to, kept small: an import's 100,000 records are counted, not held.
 * Records of accounts and of proposals submitted or rejected change nothing a reader sees, and are left out.
 */
export class ChangeTally {
  private readonly touched = new Set<NetworkTarget>();
  private records = 0;
  private last: AuditRecord | null = null;

  add(records: readonly AuditRecord[]): void {
    for (const record of records) {
      if (!isNetworkTarget(record.targetType)) continue;
      this.touched.add(record.targetType);
      this.records += 1;
      this.last = record;
    }
  }

  /** The event to announce, or null when no node, link or source changed. */
  event(): NetworkChangeEvent | null {
    const last = this.last;
    if (last === null) return null;
    return {
      id: last.id,
      at: last.at,
      by: last.username,
      via: routeOf(last),
      touched: networkTargets.filter((target) => this.touched.has(target)),
      records: this.records,
    };
  }
}
