import { AppError } from '../db/errors';
import { bodyTypes, evidenceLevels, nodeKinds, relationshipTypes } from '../../../domain/kinds';
import { exportMeasures, type ExportMeasure } from './measureTypes';
import { snapshotModes, type SnapshotFilter, type SnapshotMode, type SnapshotRequest } from './types';

/** Query parameters as Express or the command line hand them over. */
export type RawParameters = Record<string, unknown>;

export type ScopeType = SnapshotRequest['scope']['type'];

const filterParameters = ['kinds', 'types', 'evidence', 'bodyTypes'] as const;

/** Which parameters each scope accepts; anything else is refused, so a misspelt filter never goes unnoticed. */
const allowedParameters: Record<ScopeType, readonly string[]> = {
  snapshot: ['asOf', 'mode', 'measures', ...filterParameters],
  history: ['from', 'to', ...filterParameters],
  diff: ['from', 'to', ...filterParameters],
};

export function badParameter(parameter: string, reason: string): AppError {
  return new AppError('BAD_USER_INPUT', `${parameter}: ${reason}`, { parameter });
}

function single(raw: RawParameters, parameter: string): string | null {
  const value = raw[parameter];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw badParameter(parameter, 'give it once, as plain text');
  return value.trim();
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function date(raw: RawParameters, parameter: string): string | null {
  const value = single(raw, parameter);
  if (value === null) return null;
  if (!isCalendarDate(value)) throw badParameter(parameter, `"${value}" is not a calendar date written YYYY-MM-DD`);
  return value;
}

function requiredDate(raw: RawParameters, parameter: string): string {
  const value = date(raw, parameter);
  if (value === null) throw badParameter(parameter, 'required, a date written YYYY-MM-DD');
  return value;
}

/** A comma-separated list of known values, sorted and without repeats so equal filters give equal snapshot ids. */
function list<T extends string>(raw: RawParameters, parameter: string, allowed: readonly T[]): T[] | null {
  const value = single(raw, parameter);
  if (value === null) return null;
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw badParameter(parameter, 'give comma-separated values without empty ones, or leave it out');
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw badParameter(parameter, `"${item}" is not one of ${allowed.join(', ')}`);
    }
  }
  return [...new Set(items as T[])].sort();
}

export function parseFilter(raw: RawParameters): SnapshotFilter {
  return {
    kinds: list(raw, 'kinds', nodeKinds),
    relationshipTypes: list(raw, 'types', relationshipTypes),
    evidence: list(raw, 'evidence', evidenceLevels),
    bodyTypes: list(raw, 'bodyTypes', bodyTypes),
  };
}

/**
 * The measures a snapshot carries, as the HTTP parameters and GraphQL both ask for them: only as of a date, kept in
 * the order of `exportMeasures` so equal choices give equal snapshots; null (not asked) gives undefined.
 */
export function chosenMeasures(chosen: readonly ExportMeasure[] | null, asOf: string | null): ExportMeasure[] | undefined {
  if (chosen === null) return undefined;
  if (asOf === null) throw badParameter('measures', 'the measures are of the network as of a date: give asOf too');
  return exportMeasures.filter((name) => chosen.includes(name));
}

/** `all`, or a comma-separated list of measures. */
function measures(raw: RawParameters, asOf: string | null): ExportMeasure[] | undefined {
  const value = single(raw, 'measures');
  if (value === null) return undefined;
  return chosenMeasures(value === 'all' ? exportMeasures : (list(raw, 'measures', exportMeasures) ?? []), asOf);
}

function mode(raw: RawParameters): SnapshotMode {
  const value = single(raw, 'mode');
  if (value === null) return 'twoMode';
  if (!(snapshotModes as readonly string[]).includes(value)) throw badParameter('mode', `"${value}" is not one of ${snapshotModes.join(', ')}`);
  return value as SnapshotMode;
}

function ordered(from: string | null, to: string | null): void {
  if (from !== null && to !== null && from > to) throw badParameter('to', `${to} is before from (${from})`);
}

/** Checks every parameter and says which one is wrong and why. */
export function parseRequest(scopeType: ScopeType, raw: RawParameters): SnapshotRequest {
  const unknown = Object.keys(raw).filter((key) => !allowedParameters[scopeType].includes(key));
  const first = unknown[0];
  if (first !== undefined) throw badParameter(first, `not a parameter here; use ${allowedParameters[scopeType].join(', ')}`);
  const filter = parseFilter(raw);
  switch (scopeType) {
    case 'snapshot': {
      const asOf = date(raw, 'asOf');
      const chosen = measures(raw, asOf);
      return { scope: { type: 'snapshot', asOf }, mode: mode(raw), filter, ...(chosen === undefined ? {} : { measures: chosen }) };
    }
    case 'history': {
      const from = date(raw, 'from');
      const to = date(raw, 'to');
      ordered(from, to);
      return { scope: { type: 'history', from, to }, mode: 'twoMode', filter };
    }
    case 'diff': {
      const from = requiredDate(raw, 'from');
      const to = requiredDate(raw, 'to');
      ordered(from, to);
      return { scope: { type: 'diff', from, to }, mode: 'twoMode', filter };
    }
  }
}
