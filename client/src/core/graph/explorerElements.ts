import type { ElementDefinition } from 'cytoscape';
import type { ViewGraph } from '../filters/filters';
import type { NetworkIndex } from './networkIndex';
import { propertyOf } from './networkIndex';
import { actorKinds, tieId, type Tie } from './projection';

/** Edges share Cytoscape's id space with nodes, so they get a prefix. */
export const edgeElementId = (id: string) => `edge:${id}`;

export interface ModeGraph {
  elements: ElementDefinition[];
  /** The same graph for deciding what is visible, in Cytoscape ids. */
  viewGraph: ViewGraph;
}

function nodeElement(index: NetworkIndex, id: string): ElementDefinition | null {
  const node = index.nodes.get(id);
  if (node === undefined) return null;
  const bodyType = propertyOf(node, 'bodyType');
  return { group: 'nodes', data: { id, label: node.name, kind: node.kind, evidence: node.provenance.evidence, ...(bodyType === null ? {} : { bodyType }) } };
}

/** The two-mode view: every node and link of the network. */
export function twoModeGraph(index: NetworkIndex): ModeGraph {
  const edges = index.network.edges.filter((edge) => index.nodes.has(edge.source) && index.nodes.has(edge.target));
  const elements: ElementDefinition[] = [
    ...index.network.nodes.flatMap((node) => nodeElement(index, node.id) ?? []),
    ...edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edgeElementId(edge.id), source: edge.source, target: edge.target, type: edge.type, evidence: edge.provenance.evidence },
    })),
  ];
  return {
    elements,
    viewGraph: {
      nodeIds: index.network.nodes.map((node) => node.id),
      edges: edges.map((edge) => ({ id: edgeElementId(edge.id), source: edge.source, target: edge.target, evidence: edge.provenance.evidence })),
    },
  };
}

/**
 * The projected view: actors, their ties through shared bodies, and their direct cooperation links, drawn apart but
 * counted as the export counts them: one tie per pair of actors.
 */
export function projectedGraph(index: NetworkIndex, ties: readonly Tie[]): ModeGraph {
  const actors = index.network.nodes.filter((node) => actorKinds.has(node.kind)).map((node) => node.id);
  const actorSet = new Set(actors);
  const cooperation = index.network.edges.filter((edge) => edge.type === 'COOPERATES_WITH' && actorSet.has(edge.source) && actorSet.has(edge.target));
  const elements: ElementDefinition[] = [
    ...actors.flatMap((id) => nodeElement(index, id) ?? []),
    ...ties.map((tie) => ({ group: 'edges' as const, data: { id: tie.id, source: tie.source, target: tie.target, type: 'TIE', via: tie.via, weight: tie.via.length } })),
    ...cooperation.map((edge) => ({
      group: 'edges' as const,
      data: { id: edgeElementId(edge.id), source: edge.source, target: edge.target, type: edge.type, evidence: edge.provenance.evidence },
    })),
  ];
  return {
    elements,
    viewGraph: {
      nodeIds: actors,
      edges: [
        ...ties.map((tie) => ({ id: tie.id, source: tie.source, target: tie.target, evidence: null, countsAs: tie.id })),
        ...cooperation.map((edge) => ({
          id: edgeElementId(edge.id),
          source: edge.source,
          target: edge.target,
          evidence: edge.provenance.evidence,
          countsAs: tieId(edge.source, edge.target),
        })),
      ],
    },
  };
}
