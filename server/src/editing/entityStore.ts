import type { NamedTransaction } from '../db/database';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import type { LinkSnapshot, NodeSnapshot, RecordSnapshot, StoredProperties } from '../audit/snapshots';
import { nodeKinds, relationshipTypes, type NodeKind, type RelationshipType } from '../../../domain/kinds';

function withoutLock(map: Record<string, PlainValue>): StoredProperties {
  const { editLock: _lock, ...properties } = map;
  return properties;
}

export function toNodeSnapshot(value: unknown): NodeSnapshot {
  const properties = withoutLock(toPlainRecord(value));
  const { id, kind } = properties;
  if (typeof id !== 'string' || !nodeKinds.includes(kind as NodeKind)) throw new Error('Stored node lacks its id or kind');
  return { target: 'node', id, kind: kind as NodeKind, properties };
}

export function toLinkSnapshot(row: { properties: unknown; type: unknown; from: unknown; to: unknown }): LinkSnapshot {
  const properties = withoutLock(toPlainRecord(row.properties));
  const { id } = properties;
  const { type, from, to } = row;
  if (typeof id !== 'string' || typeof from !== 'string' || typeof to !== 'string' || !relationshipTypes.includes(type as RelationshipType)) {
    throw new Error('Stored link lacks its id, type or ends');
  }
  return { target: 'link', id, type: type as RelationshipType, from, to, properties };
}

export function toSourceSnapshot(value: unknown): RecordSnapshot {
  const properties = toPlainRecord(value);
  const { id, title } = properties;
  if (typeof id !== 'string') throw new Error('Stored source lacks its id');
  return { target: 'source', id, label: typeof title === 'string' ? title : id, properties };
}

/** Locking first makes a concurrent edit of the same target wait, then read the version the first one wrote. */
export async function lockNodes(tx: NamedTransaction, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run('editing/lock-nodes', { ids });
}

export async function lockLinks(tx: NamedTransaction, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run('editing/lock-links', { ids });
}

export async function readNodes(tx: NamedTransaction, ids: string[]): Promise<Map<string, NodeSnapshot>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-nodes', { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => toNodeSnapshot(record.get('node'))).map((node) => [node.id, node]));
}

export async function readNode(tx: NamedTransaction, id: string): Promise<NodeSnapshot | null> {
  return (await readNodes(tx, [id])).get(id) ?? null;
}

export async function readLinks(tx: NamedTransaction, ids: string[]): Promise<Map<string, LinkSnapshot>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-links', { ids: [...new Set(ids)] });
  const links = result.records.map((record) =>
    toLinkSnapshot({ properties: record.get('properties'), type: record.get('type'), from: record.get('from'), to: record.get('to') }),
  );
  return new Map(links.map((link) => [link.id, link]));
}

export async function readLink(tx: NamedTransaction, id: string): Promise<LinkSnapshot | null> {
  return (await readLinks(tx, [id])).get(id) ?? null;
}

/** A node's links to other nodes, and how many relationships it has to anything else (expectation rules). */
export async function readNodeLinks(tx: NamedTransaction, id: string): Promise<{ links: LinkSnapshot[]; others: number }> {
  const record = (await tx.run('editing/node-links', { id })).records[0];
  if (record === undefined) return { links: [], others: 0 };
  const rows = toPlain(record.get('links'));
  const links = (Array.isArray(rows) ? rows : []).map((row) => toLinkSnapshot(toPlainRecord(row) as Parameters<typeof toLinkSnapshot>[0]));
  const unique = new Map(links.map((link) => [link.id, link]));
  return { links: [...unique.values()], others: Number(record.get('others')) };
}

export async function readSources(tx: NamedTransaction, ids: string[]): Promise<Map<string, RecordSnapshot>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-sources', { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => toSourceSnapshot(record.get('source'))).map((source) => [source.id, source]));
}
