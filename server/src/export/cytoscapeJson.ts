import type { Snapshot } from './buildSnapshot';
import type { NodeViz } from './types';

/**
 * Cytoscape.js elements JSON (`cy.json()` shape), which Cytoscape desktop imports as .cyjs: each element's data holds
 * every attribute; positions from the current view when given. Cytoscape desktop reads only flat network columns
 * (a nested object becomes an empty string), so the snapshot id, the citation and the manifest as a JSON string sit
 * beside the nested manifest that Cytoscape.js keeps.
 */
export function writeCytoscapeJson(snapshot: Snapshot, viz?: ReadonlyMap<string, NodeViz>): string {
  const { graph, manifest } = snapshot;
  const document = {
    format_version: '1.0',
    generated_by: `${manifest.app.name}-${manifest.app.version}`,
    target_cytoscapejs_version: '~3.35',
    data: {
      name: manifest.title,
      shared_name: manifest.title,
      snapshotId: manifest.snapshotId,
      suggestedCitation: manifest.suggestedCitation,
      manifestJson: JSON.stringify(manifest),
      manifest,
    },
    elements: {
      nodes: graph.nodes.map((node) => {
        const position = viz?.get(node.id);
        return {
          data: { id: node.id, label: node.label, ...node.attributes },
          ...(position === undefined ? {} : { position: { x: position.x, y: position.y } }),
        };
      }),
      edges: graph.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target, interaction: edge.label, directed: edge.directed, ...edge.attributes },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
