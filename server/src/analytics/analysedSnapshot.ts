import type { Database } from '../db/database';
import { applyFilter } from '../export/filters';
import { project } from '../export/projection';
import { elementsInRange } from '../export/snapshot';
import type { ExportEdge, SnapshotFilter, SnapshotMode } from '../export/types';
import { badParameter } from '../export/parameters';
import { toAnalyticsGraph, type AnalyticsGraph } from './analyticsGraph';
import { computeMeasures, type GraphMeasures } from './measures';
import { SnapshotCache } from './snapshotCache';

export interface AnalysisRequest {
  asOf: string;
  mode: SnapshotMode;
  filter: SnapshotFilter;
}

/** The network as of a date, cut and (projected) tied as the exports have it, with its measures worked out once. */
export interface AnalysedSnapshot {
  request: AnalysisRequest;
  graph: AnalyticsGraph;
  /** The stored links in scope by id: what a projected tie's `links` name. */
  links: ReadonlyMap<string, ExportEdge>;
  measures: () => GraphMeasures;
}

const cache = new SnapshotCache<AnalysedSnapshot>();

function memoised<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

async function analyse(database: Database, request: AnalysisRequest): Promise<AnalysedSnapshot> {
  const elements = await database.read((tx) => elementsInRange(tx, request.asOf, request.asOf));
  if (elements.nodes.length === 0) throw badParameter('asOf', `no part of the network is valid on ${request.asOf}`);
  const filtered = applyFilter(elements, request.filter);
  const graph = toAnalyticsGraph(request.mode === 'projected' ? project(filtered) : filtered, request.mode);
  return { request, graph, links: new Map(filtered.edges.map((edge) => [edge.id, edge])), measures: memoised(() => computeMeasures(graph)) };
}

/** The analysed snapshot for a request, from the cache while the data is unchanged. */
export function analysedSnapshot(database: Database, request: AnalysisRequest): Promise<AnalysedSnapshot> {
  return cache.get(database, JSON.stringify(request), () => analyse(database, request));
}
