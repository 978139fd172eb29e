import { z } from 'zod';
import {
  agencyLevels,
  agreementTypes,
  bodyTypes,
  evidenceLevels,
  inferredParts,
  nodeKinds,
  relationshipTypes,
  sourceTypes,
} from './kinds';
import { inputLimits } from './inputLimits';

const slug = z
  .string()
  .max(inputLimits.idLength, `must be at most ${inputLimits.idLength} characters long`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug of letters, digits and single hyphens');
const required = z.string().min(1, 'is required');
const optional = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value));
const datePeriod = optional.pipe(
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  optional.pipe(z.enum(values).optional());
const optionalNumber = (number: z.ZodNumber) =>
  optional.transform((value) => (value === undefined ? undefined : Number(value))).pipe(number.optional());
const coordinate = (min: number, max: number) => optionalNumber(z.number().min(min).max(max));
const figures = optional.pipe(
  z
    .string()
    .regex(
      /^[a-zA-Z][a-zA-Z0-9]*=\d+(;[a-zA-Z][a-zA-Z0-9]*=\d+)*$/,
      'must be name=integer pairs separated by ";" (e.g. employmentOffices=325)',
    )
    .optional(),
);

const inferred = optional.pipe(
  z
    .string()
    .regex(/^[a-zA-Z]+(;[a-zA-Z]+)*$/, 'must be names separated by ";"')
    .transform((value) => value.split(';'))
    .pipe(z.array(z.enum(inferredParts, { error: `each must be one of ${inferredParts.join(', ')}` })))
    .optional(),
);

/** A date whose source is not the row's own carries its own: a source and a place in it, or how it was derived. */
const provenance = {
  evidence: z.enum(evidenceLevels),
  source: slug,
  locator: required,
  inferred,
  validFrom: datePeriod,
  validTo: datePeriod,
  dateSource: optional.pipe(slug.optional()),
  dateLocator: optional,
  dateDerivation: optional,
  note: optional,
};

export const sourceRowSchema = z.strictObject({
  id: slug,
  title: required,
  year: optionalNumber(z.number().int().min(1900).max(2100)),
  publisher: optional,
  // Only web addresses: a javascript: or data: URL would run or show whatever it holds when a reader follows it.
  url: optional.pipe(z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// URL' }).optional()),
  citation: required,
  type: optional.pipe(
    z.enum(sourceTypes, {
      error: (issue) => `${issue.input === undefined ? 'is required:' : 'must be'} one of ${sourceTypes.join(', ')} (how close the source is to the fact)`,
    }),
  ),
  // When it was published: a date after it is one the source cannot record (a plan, or a date from elsewhere).
  published: datePeriod,
  // The line count of the text edition its locators point into; a source with one is cited by line.
  lines: optionalNumber(z.number().int().min(1)),
  note: optional,
});

export const nodeRowSchema = z.strictObject({
  id: slug,
  kind: z.enum(nodeKinds),
  name: required,
  ...provenance,
  code: optional,
  nameEn: optional,
  bodyType: optionalEnum(bodyTypes),
  agreementType: optionalEnum(agreementTypes),
  unitType: optional,
  level: optionalEnum(agencyLevels),
  latitude: coordinate(55, 70),
  longitude: coordinate(10, 25),
  figures,
  description: optional,
});

export const linkRowSchema = z.strictObject({
  id: slug,
  type: z.enum(relationshipTypes),
  from: slug,
  to: slug,
  ...provenance,
  role: optional,
  goalAreas: optional.pipe(
    z
      .string()
      .regex(/^[a-z0-9-]+(;[a-z0-9-]+)*$/, 'must be goal area ids separated by ";"')
      .optional(),
  ),
  form: optional,
  task: optional,
});

export const ruleRowSchema = z.strictObject({
  id: slug,
  subject: z.enum(['luaMunicipalities']),
  partner: slug,
  partnerScope: z.enum(['agency', 'servingUnit']),
  goalArea: slug,
  ...provenance,
});

export type SourceRow = z.infer<typeof sourceRowSchema>;
export type NodeRow = z.infer<typeof nodeRowSchema>;
export type LinkRow = z.infer<typeof linkRowSchema>;
export type RuleRow = z.infer<typeof ruleRowSchema>;
