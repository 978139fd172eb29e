import type { Database } from '../db/database';
import { toPlainRecord, type PlainValue } from '../db/mappers';
import type { GraphEdge, GraphNode, Network, NodeKind } from '../graphql/generated/resolvers';
import { toGraphEdge, toGraphNode } from './toGraph';

export interface NetworkFilter {
  asOf: string | null;
  kinds: NodeKind[] | null;
}

type PlainMap = Record<string, PlainValue>;

function edgeRow(map: PlainMap) {
  const { properties, type, from, to } = map;
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties) || typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') {
    throw new Error('Stored relationship lacks its properties, type or ends');
  }
  return { properties, type, from, to };
}

/** The network at a date, in one round trip; ordered by id so the same data always reads the same. */
export async function fetchNetwork(database: Database, filter: NetworkFilter): Promise<Network> {
  const records = await database.read(async (tx) => (await tx.run('network/network-as-of', { asOf: filter.asOf, kinds: filter.kinds })).records);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const record of records) {
    const node: unknown = record.get('node');
    if (node === null) edges.push(toGraphEdge(edgeRow(toPlainRecord(record.get('edge')))));
    else nodes.push(toGraphNode(toPlainRecord(node)));
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { asOf: filter.asOf, nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

export async function fetchNode(database: Database, id: string): Promise<GraphNode | null> {
  const record = await database.read(async (tx) => (await tx.run('network/node-by-id', { id })).records[0]);
  return record === undefined ? null : toGraphNode(toPlainRecord(record.get('node')));
}
