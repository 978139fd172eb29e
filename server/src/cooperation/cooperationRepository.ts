import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import { snapshotSchema, type CooperationSnapshot } from '../../../domain/cooperation/cooperationState';

/** The cooperation network on a date, in one round trip. */
export async function fetchCooperation(database: Database, asOf: string): Promise<CooperationSnapshot> {
  const record = await database.read(async (tx) => (await tx.run('cooperation/cooperation-as-of', { asOf })).records[0]);
  if (record === undefined) throw new Error('The cooperation query returned no row');
  return { asOf, ...snapshotSchema.parse(toPlainRecord(record.toObject())) };
}
