import type { Snapshot } from './buildSnapshot';

/**
 * Node-link JSON as NetworkX writes it: `nx.node_link_graph(data)` reads it back (NetworkX before 3.4 with
 * `link="edges"`). A multigraph, since two nodes can be joined by more than one relationship; `key` is the edge id.
 */
export function writeNodeLinkJson(snapshot: Snapshot): string {
  const { graph, manifest } = snapshot;
  const undirected = graph.edges.length > 0 && graph.edges.every((edge) => !edge.directed);
  const document = {
    directed: !undirected,
    multigraph: true,
    graph: { name: manifest.title, snapshotId: manifest.snapshotId, manifest },
    nodes: graph.nodes.map((node) => ({ id: node.id, label: node.label, ...node.attributes })),
    edges: graph.edges.map((edge) => ({ source: edge.source, target: edge.target, key: edge.id, label: edge.label, ...edge.attributes })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
