import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/** Turns driver values (integers, temporal types, nodes) into plain JSON-like values. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toPlain(entry)]));
  }
  throw new Error(`Unsupported value from the database: ${typeof value}`);
}

export function toPlainRecord(value: unknown): Record<string, PlainValue> {
  const plain = toPlain(value);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new Error('Expected a map from the database');
  }
  return plain;
}

/** An ISO date (YYYY-MM-DD) as the driver's Date, stored as a Neo4j `date`. */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
