import type { NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import type { PlainValue } from '../db/mappers';
import type { EndInput } from '../graphql/generated/resolvers';
import type { LinkState, NodeState, StoredProperties } from '../audit/auditStates';
import { readSources } from './entityStore';
import type { FieldProblem } from './rowRules';
import { sourceFactsOf, sourceRuleProblems } from '../../../domain/validate';

/** Fields to change: left out (undefined) stays, null (or an empty text) removes, a value replaces. */
export type Patch = Record<string, string | readonly string[] | null | undefined>;

const precisionOf: Record<string, string> = { validFrom: 'validFromPrecision', validTo: 'validToPrecision' };

function touched(patch: Patch): string[] {
  return Object.keys(patch).filter((key) => patch[key] !== undefined);
}

function removes(value: Patch[string]): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function mergePatch(current: StoredProperties, patch: Patch): StoredProperties {
  const removed = new Set<string>();
  const set: StoredProperties = {};
  for (const key of touched(patch)) {
    const value = patch[key];
    if (removes(value)) removed.add(key).add(precisionOf[key] ?? key);
    else set[key] = value as PlainValue;
  }
  return { ...Object.fromEntries(Object.entries(current).filter(([key]) => !removed.has(key))), ...set };
}

/** Keeps the stored form of untouched fields (a date's precision, say) and takes the checked form of touched ones. */
export function overlayTouched(merged: StoredProperties, checked: StoredProperties, patch: Patch): StoredProperties {
  const result: StoredProperties = { ...merged };
  for (const key of touched(patch)) {
    if (removes(patch[key])) continue;
    const value = checked[key];
    if (value !== undefined) result[key] = value;
    const precision = precisionOf[key];
    if (precision !== undefined && checked[precision] !== undefined) result[precision] = checked[precision];
  }
  return result;
}

/** Ending sets the last valid day and where that is stated; an end date already set is changed, not ended again. */
export function endPatch(current: NodeState | LinkState, input: EndInput): Patch {
  const ended = current.properties['validTo'];
  if (typeof ended === 'string') {
    throw new AppError('BAD_USER_INPUT', `validTo: it already ended on ${ended}; change the end date instead`, { field: 'validTo' });
  }
  if (input.locator.trim() === '') throw new AppError('BAD_USER_INPUT', 'locator: is required', { field: 'locator' });
  return { validTo: input.validTo, validToSource: input.source, validToLocator: input.locator.trim() };
}

const text = (value: PlainValue | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);

/** A stored date in the words of the seed: a year or month when that is how precise its source was. */
function dateText(properties: StoredProperties, field: 'validFrom' | 'validTo'): string | undefined {
  const iso = text(properties[field]);
  const precision = properties[`${field}Precision`];
  if (iso === undefined) return undefined;
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/**
 * Every source a fact names must be a stored source, and the fact must keep the seed's rules of sourcing
 * (domain/validate.ts, sourceRuleProblems): no documented fact on a tertiary source, a locator inside its source, a
 * date later than its source was published with its own provenance.
 */
export async function knownSourceProblems(tx: NamedTransaction, properties: StoredProperties): Promise<FieldProblem[]> {
  const named = (['source', 'validToSource', 'dateSource'] as const)
    .map((field) => ({ field, id: properties[field] }))
    .filter((entry): entry is { field: 'source' | 'validToSource' | 'dateSource'; id: string } => typeof entry.id === 'string');
  const known = await readSources(tx, named.map((entry) => entry.id));
  const problems = named.filter((entry) => !known.has(entry.id)).map((entry) => ({ field: entry.field, reason: `no source "${entry.id}"` }));
  const [evidence, source, locator] = [text(properties['evidence']), text(properties['source']), text(properties['locator'])];
  if (evidence === undefined || source === undefined || locator === undefined) return problems;
  const row = {
    evidence,
    source,
    locator,
    validFrom: dateText(properties, 'validFrom'),
    // An end given with its own source (validToSource, by ending the fact) has its provenance there.
    validTo: text(properties['validToSource']) === undefined ? dateText(properties, 'validTo') : undefined,
    dateSource: text(properties['dateSource']),
    dateLocator: text(properties['dateLocator']),
    dateDerivation: text(properties['dateDerivation']),
  };
  const sourceOf = (id: string) => {
    const stored = known.get(id);
    return stored === undefined ? undefined : sourceFactsOf(id, stored.properties);
  };
  return [...problems, ...sourceRuleProblems(row, sourceOf)];
}
