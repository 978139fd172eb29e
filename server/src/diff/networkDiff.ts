import type { Database } from '../db/database';
import { applyFilter } from '../export/filters';
import type { SnapshotFilter } from '../export/types';
import { computeDiff, type Diff, type DiffCounts } from './computeDiff';
import { readDatedElements, type DiffEdge, type DiffNode } from './diffRepository';
import { figureChanges, type FigureChange } from './figures';

export interface NetworkDiffRequest {
  from: string;
  to: string;
  filter: SnapshotFilter;
}

export interface NetworkDiff extends Diff<DiffNode, DiffEdge> {
  from: string;
  to: string;
  summary: DiffCounts & { figures: FigureChange[] };
}

/** The union of the network on two dates, under one filter, with what was added, removed or changed. */
export async function networkDiff(database: Database, request: NetworkDiffRequest): Promise<NetworkDiff> {
  const elements = await readDatedElements(database, request.from, request.to);
  const kept = applyFilter(
    { nodes: elements.nodes.map((node) => node.element), edges: elements.edges.map((edge) => edge.element) },
    request.filter,
  );
  const nodeIds = new Set(kept.nodes.map((node) => node.id));
  const edgeIds = new Set(kept.edges.map((edge) => edge.id));
  const diff = computeDiff(
    elements.nodes.filter((node) => nodeIds.has(node.id)),
    elements.edges.filter((edge) => edgeIds.has(edge.id)),
  );
  const figures = await figureChanges(database, request.from, request.to);
  return { ...diff, from: request.from, to: request.to, summary: { ...diff.counts, figures } };
}
