import { z } from 'zod';
import { defaultAnalysisDay, today, type AnalysisDay } from '../../../domain/cooperation/analysisDay';
import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';

const periodsSchema = z.object({ periods: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable() })) });

/** The chosen day, or the default read from the rules and agreements in the graph. */
export async function resolveAnalysisDay(database: Database, asOf: string | null | undefined, now: Date = new Date()): Promise<AnalysisDay> {
  if (asOf !== null && asOf !== undefined) return { asOf, basis: 'chosen' };
  const record = await database.read(async (tx) => (await tx.run('cooperation/rule-days', {})).records[0]);
  const { periods } = periodsSchema.parse(toPlainRecord(record?.toObject() ?? { periods: [] }));
  return defaultAnalysisDay(periods, today(now));
}
