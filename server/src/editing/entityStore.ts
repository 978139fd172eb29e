import type { NamedTransaction } from '../db/database';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import type { LinkState, NodeState, RecordState, StoredProperties } from '../audit/auditStates';
import { nodeKinds, relationshipTypes, type NodeKind, type RelationshipType } from '../../../domain/kinds';

function withoutLock(map: Record<string, PlainValue>): StoredProperties {
  const { editLock: _lock, ...properties } = map;
  return properties;
}

export function toNodeState(value: unknown): NodeState {
  const properties = withoutLock(toPlainRecord(value));
  const { id, kind } = properties;
  if (typeof id !== 'string' || !nodeKinds.includes(kind as NodeKind)) throw new Error('Stored node lacks its id or kind');
  return { target: 'node', id, kind: kind as NodeKind, properties };
}

export function toLinkState(row: { properties: unknown; type: unknown; from: unknown; to: unknown }): LinkState {
  const properties = withoutLock(toPlainRecord(row.properties));
  const { id } = properties;
  const { type, from, to } = row;
  if (typeof id !== 'string' || typeof from !== 'string' || typeof to !== 'string' || !relationshipTypes.includes(type as RelationshipType)) {
    throw new Error('Stored link lacks its id, type or ends');
  }
  return { target: 'link', id, type: type as RelationshipType, from, to, properties };
}

export function toSourceState(value: unknown): RecordState {
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

export async function readNodes(tx: NamedTransaction, ids: string[]): Promise<Map<string, NodeState>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-nodes', { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => toNodeState(record.get('node'))).map((node) => [node.id, node]));
}

export async function readNode(tx: NamedTransaction, id: string): Promise<NodeState | null> {
  return (await readNodes(tx, [id])).get(id) ?? null;
}

export async function readLinks(tx: NamedTransaction, ids: string[]): Promise<Map<string, LinkState>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-links', { ids: [...new Set(ids)] });
  const links = result.records.map((record) =>
    toLinkState({ properties: record.get('properties'), type: record.get('type'), from: record.get('from'), to: record.get('to') }),
  );
  return new Map(links.map((link) => [link.id, link]));
}

export async function readLink(tx: NamedTransaction, id: string): Promise<LinkState | null> {
  return (await readLinks(tx, [id])).get(id) ?? null;
}

/** A node's links to other nodes, and how many relationships it has to anything else (expectation rules). */
export async function readNodeLinks(tx: NamedTransaction, id: string): Promise<{ links: LinkState[]; others: number }> {
  const record = (await tx.run('editing/node-links', { id })).records[0];
  if (record === undefined) return { links: [], others: 0 };
  const rows = toPlain(record.get('links'));
  const links = (Array.isArray(rows) ? rows : []).map((row) => toLinkState(toPlainRecord(row) as Parameters<typeof toLinkState>[0]));
  const unique = new Map(links.map((link) => [link.id, link]));
  return { links: [...unique.values()], others: Number(record.get('others')) };
}

export async function readSources(tx: NamedTransaction, ids: string[]): Promise<Map<string, RecordState>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('editing/find-sources', { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => toSourceState(record.get('source'))).map((source) => [source.id, source]));
}
