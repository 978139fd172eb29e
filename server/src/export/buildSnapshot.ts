import type { Database } from '../db/database';
import { applyFilter } from './filters';
import { defaultOrigin } from '../citation/snapshotUrl';
import { buildManifest, countGraph, type Manifest } from './manifest';
import { withMeasures, type MeasuresManifest } from './measureAttributes';
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

/** When the snapshot is cut and the app's public address, which its citation names. */
export interface SnapshotOptions {
  now?: Date;
  origin?: string;
}

async function measured(database: Database, request: SnapshotRequest, graph: ExportGraph): Promise<{ graph: ExportGraph; measures: MeasuresManifest | null }> {
  const { scope } = request;
  if (request.measures === undefined || request.measures.length === 0 || scope.type !== 'snapshot' || scope.asOf === null) return { graph, measures: null };
  const result = await withMeasures(database, request, graph, scope.asOf);
  return { graph: result.graph, measures: result.manifest };
}

/** Reads, filters and (in projected mode) projects the network, adds the chosen measures, and describes the result in a manifest. */
export async function buildSnapshot(database: Database, request: SnapshotRequest, options: SnapshotOptions = {}): Promise<Snapshot> {
  const { from, to } = rangeOf(request.scope);
  const data = await readSnapshotData(database, from, to);
  const filtered = applyFilter(data.graph, request.filter);
  const cut = request.mode === 'projected' ? project(filtered) : filtered;
  const { graph, measures } = await measured(database, request, cut);
  const manifest = buildManifest({
    request,
    content: graph,
    counts: countGraph(graph),
    dataset: data.dataset,
    sources: data.sources,
    cited: [graph],
    generatedAt: options.now ?? new Date(),
    origin: options.origin ?? defaultOrigin,
    measures,
  });
  return { manifest, graph };
}
