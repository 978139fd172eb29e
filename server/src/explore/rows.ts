import { toPlainRecord, type PlainValue } from '../db/mappers';
import type { GraphEdge } from '../graphql/generated/resolvers';
import { toGraphEdge } from '../network/toGraph';

export type PlainMap = Record<string, PlainValue>;

/** A list of maps from a record field. */
export function mapsOf(value: PlainValue | undefined): PlainMap[] {
  if (!Array.isArray(value)) throw new Error('Expected a list from the database');
  return value.map(toPlainRecord);
}

export function textOf(map: PlainMap, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new Error(`Expected text in ${key} from the database`);
  return value;
}

export function optionalTextOf(map: PlainMap, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

export function textsOf(map: PlainMap, key: string): string[] {
  const value = map[key];
  if (!Array.isArray(value)) throw new Error(`Expected a list in ${key} from the database`);
  return value.filter((entry): entry is string => typeof entry === 'string');
}

/** A relationship returned as `{properties, type, from, to}`. */
export function edgeOf(map: PlainMap): GraphEdge {
  return toGraphEdge({
    properties: toPlainRecord(map['properties']),
    type: textOf(map, 'type'),
    from: textOf(map, 'from'),
    to: textOf(map, 'to'),
  });
}

/** Whether a node or link with these dates held on asOf (inclusive; null dates are open). */
export function validOn(item: { validFrom?: string | null; validTo?: string | null }, asOf: string | null): boolean {
  if (asOf === null) return true;
  return (item.validFrom == null || item.validFrom <= asOf) && (item.validTo == null || item.validTo >= asOf);
}
