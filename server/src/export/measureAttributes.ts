import { analysedSnapshot } from '../analytics/analysedSnapshot';
import { louvainSeed } from '../analytics/measures';
import { metricsOf } from '../analytics/metrics';
import type { Database } from '../db/database';
import type { AttributeType } from './attributeModel';
import { measureTypes, type ExportMeasure } from './measureTypes';
import type { ExportGraph, SnapshotRequest } from './types';

/** What the manifest says about the measures an export carries: which, of which graph, computed how. */
export interface MeasuresManifest {
  measures: { name: ExportMeasure; type: AttributeType; normalisation: string; networkx: string }[];
  mode: SnapshotRequest['mode'];
  asOf: string;
  /** How many nodes were measured; others (places and goal areas in two-mode) carry no measures. */
  measuredNodes: number;
  ties: number;
  parameters: {
    louvainSeed: string;
    louvainResolution: number;
    modularity: number;
    betweennessSources: number | null;
    tolerance: number;
    pagerankAlpha: number;
  };
  communities: { id: number; size: number; leaders: string[] }[];
}

/**
 * The snapshot's nodes with the chosen measures as attributes, from the same analysed snapshot as `networkMetrics`
 * (same date, mode and filter), and the manifest's account of them.
 */
export async function withMeasures(database: Database, request: SnapshotRequest, graph: ExportGraph, asOf: string): Promise<{ graph: ExportGraph; manifest: MeasuresManifest }> {
  const chosen = request.measures ?? [];
  const metrics = metricsOf(await analysedSnapshot(database, { asOf, mode: request.mode, filter: request.filter }));
  const byId = new Map(metrics.nodes.map((node) => [node.id, node]));
  const nodes = graph.nodes.map((node) => {
    const measured = byId.get(node.id);
    if (measured === undefined) return node;
    return { ...node, attributes: { ...node.attributes, ...Object.fromEntries(chosen.map((name) => [name, measured[name]])) } };
  });
  const definitions = new Map(metrics.definitions.map((definition) => [definition.measure, definition]));
  return {
    graph: { nodes, edges: graph.edges },
    manifest: {
      measures: chosen.map((name) => ({ name, type: measureTypes[name], normalisation: definitions.get(name)?.normalisation ?? '', networkx: definitions.get(name)?.networkx ?? '' })),
      mode: request.mode,
      asOf,
      measuredNodes: metrics.nodeCount,
      ties: metrics.tieCount,
      parameters: {
        louvainSeed,
        louvainResolution: 1,
        modularity: metrics.modularity,
        betweennessSources: metrics.betweennessSources ?? null,
        tolerance: 1e-10,
        pagerankAlpha: 0.85,
      },
      communities: metrics.communities.map((community) => ({ id: community.id, size: community.size, leaders: community.leaders.map((leader) => leader.id) })),
    },
  };
}
