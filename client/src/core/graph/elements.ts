import type { ElementDefinition } from 'cytoscape';
import type { NetworkQuery } from '../../graphql/generated/graphql';

export type NetworkData = NetworkQuery['network'];
export type NetworkNode = NetworkData['nodes'][number];
export type NetworkEdge = NetworkData['edges'][number];

/** Cytoscape elements for a network; edges whose ends are not shown are left out. */
export function toElements(network: NetworkData): ElementDefinition[] {
  const nodeIds = new Set(network.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = network.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.name, kind: node.kind, evidence: node.provenance.evidence },
  }));
  const edges: ElementDefinition[] = network.edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .map((edge) => ({
      group: 'edges',
      data: {
        id: `edge:${edge.id}`,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        evidence: edge.provenance.evidence,
      },
    }));
  return [...nodes, ...edges];
}
