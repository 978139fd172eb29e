import type { NetworkMetrics } from '../graphql/generated/resolvers';
import { nodeKinds, type NodeKind } from '../../../domain/kinds';
import { oneOf } from '../network/toGraph';
import type { AnalysedSnapshot } from './analysedSnapshot';
import { numberCommunities } from './communities';
import { louvainSeed, measureDefinitions } from './measures';

export function kindOf(snapshot: AnalysedSnapshot, id: string): NodeKind {
  return oneOf<NodeKind>(nodeKinds, snapshot.graph.getNodeAttribute(id, 'kind'), 'kind');
}

/** The measures of a snapshot as the API gives them: every node with its name and kind, the legend and definitions. */
export function metricsOf(snapshot: AnalysedSnapshot): NetworkMetrics {
  const { graph, request } = snapshot;
  const measured = snapshot.measures();
  const { nodes, communities } = numberCommunities(graph, measured.nodes);
  return {
    asOf: request.asOf,
    mode: request.mode,
    nodeCount: graph.order,
    tieCount: graph.size,
    modularity: measured.modularity,
    louvainSeed,
    betweennessSources: measured.betweennessPivots,
    nodes: nodes.map((node) => ({ ...node, name: graph.getNodeAttribute(node.id, 'label'), kind: kindOf(snapshot, node.id) })),
    communities,
    definitions: Object.entries(measureDefinitions(measured)).map(([measure, definition]) => ({ measure, ...definition })),
  };
}
