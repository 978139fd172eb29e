import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import { cooperationStateSchema, type CooperationState } from '../../../domain/cooperation/cooperationState';

/** The cooperation network on a date, in one round trip. */
export async function fetchCooperation(database: Database, asOf: string): Promise<CooperationState> {
  const record = await database.read(async (tx) => (await tx.run('cooperation/cooperation-as-of', { asOf })).records[0]);
  if (record === undefined) throw new Error('The cooperation query returned no row');
  return { asOf, ...cooperationStateSchema.parse(toPlainRecord(record.toObject())) };
}
