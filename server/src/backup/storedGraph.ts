import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import type { Database, NamedTransaction } from '../db/database';
import type { PlainValue } from '../db/mappers';

/** A stored property with its Cypher type, e.g. `INTEGER NOT NULL` or `DATE NOT NULL`. */
export interface StoredProperty {
  name: string;
  type: string;
  value: PlainValue;
}

export interface StoredNode {
  /** The element id: only valid within one database, used to join relationships to their ends. */
  key: string;
  labels: string[];
  properties: StoredProperty[];
}

export interface StoredRelationship {
  type: string;
  from: string;
  to: string;
  properties: StoredProperty[];
}

/** Every node and relationship of the graph, as stored. */
export interface StoredGraph {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

const isTemporal = (value: unknown) =>
  isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value);

/** Any stored value as plain JSON: temporal values in their ISO form, points as their coordinates. */
function storedValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isInt(value)) return value.toNumber();
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) return { srid: Number(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (Array.isArray(value)) return value.map(storedValue);
  throw new Error(`Unexpected property value from the database: ${typeof value}`);
}

function properties(value: unknown): StoredProperty[] {
  if (!Array.isArray(value)) throw new Error('Expected a property list from the database');
  return value.map((entry: unknown) => {
    const { name, type, value: stored } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof type !== 'string') throw new Error('Expected a property name and type');
    return { name, type, value: storedValue(stored) };
  });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads the whole graph inside a transaction the caller owns (a restore checks its work before committing). */
export async function readStoredGraphIn(tx: NamedTransaction): Promise<StoredGraph> {
  const nodes = await tx.run('backup/all-nodes');
  const relationships = await tx.run('backup/all-relationships');
  return {
    nodes: nodes.records.map((record) => ({
      key: String(record.get('key')),
      labels: strings(record.get('labels')),
      properties: properties(record.get('properties')),
    })),
    relationships: relationships.records.map((record) => ({
      type: String(record.get('type')),
      from: String(record.get('from')),
      to: String(record.get('to')),
      properties: properties(record.get('properties')),
    })),
  };
}

export function readStoredGraph(database: Database): Promise<StoredGraph> {
  return database.read(readStoredGraphIn);
}
