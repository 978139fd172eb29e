import { UndirectedGraph } from 'graphology';
import { actorKinds } from '../../../domain/kinds';
import type { ExportEdge, ExportGraph, SnapshotMode } from '../export/types';

/** What a node of the analysed graph carries: its name and kind, for tables and legends. */
export interface AnalyticsNode {
  label: string;
  kind: string;
}

/** One tie of the analysed graph: its weight and the stored links (or, projected, the shared tie) it stands for. */
export interface AnalyticsEdge {
  weight: number;
  parts: ExportEdge[];
}

export type AnalyticsGraph = UndirectedGraph<AnalyticsNode, AnalyticsEdge>;

/** The two-mode graph of actors and the bodies and agreements they belong to; places and goal areas stay out. */
const twoModeKinds: readonly string[] = [...actorKinds, 'Body', 'Agreement'];

/**
 * The simple undirected graph the measures run on. Two-mode: actors, bodies and agreements, and every stored link
 * between them, parallel links merged into one tie weighted by their number. Projected: the export projection as it
 * is (each tie weighted by the bodies, agreements and cooperation links it is made of). Nodes go in by id so the
 * same snapshot always gives the same graph, and so the same communities.
 */
export function toAnalyticsGraph(graph: ExportGraph, mode: SnapshotMode): AnalyticsGraph {
  const analysed: AnalyticsGraph = new UndirectedGraph();
  const nodes = mode === 'twoMode' ? graph.nodes.filter((node) => twoModeKinds.includes(String(node.attributes['kind']))) : graph.nodes;
  for (const node of [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    analysed.addNode(node.id, { label: node.label, kind: String(node.attributes['kind']) });
  }
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !analysed.hasNode(edge.source) || !analysed.hasNode(edge.target)) continue;
    const weight = mode === 'projected' && typeof edge.attributes['weight'] === 'number' ? edge.attributes['weight'] : 1;
    const existing = analysed.edge(edge.source, edge.target);
    if (existing === undefined) {
      analysed.addEdge(edge.source, edge.target, { weight, parts: [edge] });
    } else {
      analysed.updateEdgeAttributes(existing, (attributes) => ({ weight: attributes.weight + weight, parts: [...attributes.parts, edge] }));
    }
  }
  return analysed;
}
