import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { ChangeKind, NetworkDiffQuery } from '../../graphql/generated/graphql';

export type NetworkDiffData = NetworkDiffQuery['networkDiff'];

/** Okabe–Ito colours, as elsewhere: the change shows in outlines and lines, the kind keeps its fill. */
export const changeColors: Record<Exclude<ChangeKind, 'unchanged'>, string> = {
  added: '#009E73',
  removed: '#D55E00',
  changed: '#CC79A7',
};

/** The union of both networks: every node and link marked with how it changed. */
export function diffElements(diff: NetworkDiffData): ElementDefinition[] {
  const nodes: ElementDefinition[] = diff.nodes.map(({ change, node }) => ({
    group: 'nodes',
    data: { id: node.id, label: node.name, kind: node.kind, evidence: node.provenance.evidence, change },
  }));
  const edges: ElementDefinition[] = diff.edges.map(({ change, edge }) => ({
    group: 'edges',
    data: { id: `edge:${edge.id}`, source: edge.source, target: edge.target, type: edge.type, evidence: edge.provenance.evidence, change },
  }));
  return [...nodes, ...edges];
}

export const diffStyle: StylesheetJson = [
  { selector: 'node[change = "unchanged"]', style: { opacity: 0.35 } },
  { selector: 'edge[change = "unchanged"]', style: { opacity: 0.12 } },
  ...Object.entries<string>(changeColors).flatMap(([change, color]) => [
    {
      selector: `node[change = "${change}"]`,
      style: { 'border-color': color, 'border-width': 4, 'underlay-color': color, 'underlay-opacity': 0.3, 'underlay-padding': 5, 'z-index': 5 },
    },
    { selector: `edge[change = "${change}"]`, style: { 'line-color': color, 'target-arrow-color': color, width: 3, opacity: 1, 'z-index': 5 } },
  ]),
  { selector: 'node[change = "removed"]', style: { 'border-style': 'dashed' } },
  { selector: 'edge[change = "removed"]', style: { 'line-style': 'dashed' } },
];
