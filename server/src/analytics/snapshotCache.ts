import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';

/** How many snapshots' results are kept: a handful of dates and modes a user moves between. */
const capacity = 16;

/** The data's fingerprint (see cypher/queries/analytics/data-fingerprint.cypher) as one string. */
export async function dataFingerprint(database: Database): Promise<string> {
  const record = await database.read(async (tx) => (await tx.run('analytics/data-fingerprint')).records[0]);
  return record === undefined ? '' : JSON.stringify(toPlainRecord(record.toObject()));
}

/**
 * Results per snapshot (date, mode, filter), valid while the data's fingerprint is unchanged: a second call for the
 * same snapshot costs one small read instead of the whole network and every measure. The oldest entry goes first.
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, { fingerprint: string; value: Promise<T> }>();

  async get(database: Database, key: string, compute: () => Promise<T>): Promise<T> {
    const fingerprint = await dataFingerprint(database);
    const known = this.entries.get(key);
    if (known !== undefined && known.fingerprint === fingerprint) return known.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
