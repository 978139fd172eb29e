import type { ExportEdge, ExportGraph, ExportNode, SnapshotFilter } from './types';

function allows(list: readonly string[] | null, value: unknown): boolean {
  return list === null || (typeof value === 'string' && list.includes(value));
}

function keepsNode(filter: SnapshotFilter, node: ExportNode): boolean {
  const { kind, evidence, bodyType } = node.attributes;
  return (
    allows(filter.kinds, kind) && allows(filter.evidence, evidence) && (kind !== 'Body' || allows(filter.bodyTypes, bodyType))
  );
}

function keepsEdge(filter: SnapshotFilter, edge: ExportEdge, nodeIds: ReadonlySet<string>): boolean {
  const { relationship, evidence } = edge.attributes;
  return (
    nodeIds.has(edge.source) &&
    nodeIds.has(edge.target) &&
    allows(filter.relationshipTypes, relationship) &&
    allows(filter.evidence, evidence)
  );
}

/** The elements the filter keeps; an edge goes when either end goes. */
export function applyFilter(graph: ExportGraph, filter: SnapshotFilter): ExportGraph {
  const nodes = graph.nodes.filter((node) => keepsNode(filter, node));
  const nodeIds = new Set(nodes.map((node) => node.id));
  return { nodes, edges: graph.edges.filter((edge) => keepsEdge(filter, edge, nodeIds)) };
}
