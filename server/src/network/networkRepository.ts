import type { Database } from '../db/database';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import type { GraphNode, Network, NodeKind } from '../graphql/generated/resolvers';
import { toGraphEdge, toGraphNode } from './toGraph';

export interface NetworkFilter {
  asOf: string | null;
  kinds: NodeKind[] | null;
}

function asMaps(value: PlainValue): Record<string, PlainValue>[] {
  if (!Array.isArray(value)) throw new Error('Expected a list from the database');
  return value.map(toPlainRecord);
}

function edgeRow(map: Record<string, PlainValue>) {
  const { properties, type, from, to } = map;
  if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') {
    throw new Error('Stored relationship lacks its type or ends');
  }
  return { properties: toPlainRecord(properties), type, from, to };
}

/** The network at a date, in one round trip; ordered by id so the same data always reads the same. */
export async function fetchNetwork(database: Database, filter: NetworkFilter): Promise<Network> {
  const record = await database.read(async (tx) => {
    const result = await tx.run('network/network-as-of', { asOf: filter.asOf, kinds: filter.kinds });
    return result.records[0];
  });
  if (record === undefined) return { asOf: filter.asOf, nodes: [], edges: [] };
  const nodes = asMaps(toPlain(record.get('nodes'))).map(toGraphNode);
  const edges = asMaps(toPlain(record.get('edges'))).map(edgeRow).map(toGraphEdge);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { asOf: filter.asOf, nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

export async function fetchNode(database: Database, id: string): Promise<GraphNode | null> {
  const record = await database.read(async (tx) => (await tx.run('network/node-by-id', { id })).records[0]);
  return record === undefined ? null : toGraphNode(toPlainRecord(record.get('node')));
}
