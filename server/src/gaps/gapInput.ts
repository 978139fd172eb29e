import { z } from 'zod';
import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import { evidenceLevels, inferredParts } from '../../../domain/kinds';
import { cooperationStateSchema, type CooperationState } from '../../../domain/cooperation/cooperationState';

export const partnerScopes = ['agency', 'servingUnit'] as const;

/** One municipality that a rule applies to at the date, with the partner the rule expects. */
const expectationSchema = z.object({
  ruleId: z.string(),
  subject: z.string(),
  partnerScope: z.enum(partnerScopes),
  goalAreaId: z.string(),
  /** The agency the rule names, and the one expected at the date (its successor once it has closed). */
  namedPartnerId: z.string(),
  namedPartnerName: z.string(),
  partnerId: z.string(),
  municipalityId: z.string(),
  servingUnitId: z.string().nullable(),
  evidence: z.enum(evidenceLevels),
  source: z.string(),
  locator: z.string(),
  note: z.string().nullable(),
  /** What of the rule its passage does not state. */
  inferred: z.array(z.enum(inferredParts)).nullish(),
  /** Why the rule applies to the municipality: the agreement it is party to at the date, and how that is known. */
  subjectAgreement: z
    .object({
      id: z.string(),
      name: z.string(),
      evidence: z.enum(evidenceLevels),
      source: z.string(),
      locator: z.string(),
      note: z.string().nullable(),
      inferred: z.array(z.enum(inferredParts)).nullable(),
    })
    .nullish(),
});

export type Expectation = z.infer<typeof expectationSchema>;

export interface GapInput {
  cooperation: CooperationState;
  expectations: Expectation[];
}

const gapInputSchema = cooperationStateSchema.extend({ expectations: z.array(expectationSchema) });

/** The cooperation network and every expected pair on a date, in one round trip. */
export async function fetchGapInput(database: Database, asOf: string): Promise<GapInput> {
  const record = await database.read(async (tx) => (await tx.run('gaps/gap-input-as-of', { asOf })).records[0]);
  if (record === undefined) throw new Error('The gap input query returned no row');
  const { expectations, ...network } = gapInputSchema.parse(toPlainRecord(record.toObject()));
  return { cooperation: { asOf, ...network }, expectations };
}
