import type { Database } from '../db/database';
import { applyFilter } from './filters';
import { buildManifest, citedSourceIds, countGraph, type Manifest } from './manifest';
import { project } from './projection';
import { readSnapshotData } from './snapshot';
import type { ExportGraph, SnapshotRequest, SnapshotScope } from './types';

export interface Snapshot {
  manifest: Manifest;
  graph: ExportGraph;
}

/** The days whose elements a scope reads: one day for a snapshot (every day when its date is open). */
export function rangeOf(scope: SnapshotScope): { from: string | null; to: string | null } {
  return scope.type === 'snapshot' ? { from: scope.asOf, to: scope.asOf } : { from: scope.from, to: scope.to };
}

/** Reads, filters and (in projected mode) projects the network, and describes the result in a manifest. */
export async function buildSnapshot(database: Database, request: SnapshotRequest, now: Date = new Date()): Promise<Snapshot> {
  const { from, to } = rangeOf(request.scope);
  const data = await readSnapshotData(database, from, to);
  const filtered = applyFilter(data.graph, request.filter);
  const graph = request.mode === 'projected' ? project(filtered) : filtered;
  const manifest = buildManifest({
    request,
    content: graph,
    counts: countGraph(graph),
    dataset: data.dataset,
    sources: data.sources,
    citedSourceIds: citedSourceIds([graph]),
    generatedAt: now,
  });
  return { manifest, graph };
}
