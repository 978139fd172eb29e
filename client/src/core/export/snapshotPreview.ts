import type { ElementDefinition } from 'cytoscape';
import { graphql } from '../../graphql/generated';
import type { SnapshotPreviewQuery } from '../../graphql/generated/graphql';
import { useOperation } from '../data/useOperation';
import type { ExportChoice } from './exportParameters';

export const snapshotPreviewQuery = graphql(`
  query SnapshotPreview($asOf: Date, $mode: SnapshotMode, $filter: SnapshotFilterInput, $measures: [ExportMeasure!]) {
    snapshotPreview(asOf: $asOf, mode: $mode, filter: $filter, measures: $measures) {
      manifest {
        snapshotId
        title
        nodeCount
        edgeCount
        suggestedCitation
        suggestedCitationSv
        bibliography
        measures {
          measures {
            name
          }
          mode
          asOf
          measuredNodes
        }
      }
      nodes {
        id
        label
        kind
        evidence
      }
      edges {
        id
        source
        target
        relationship
        evidence
        weight
      }
    }
  }
`);

export type SnapshotPreview = SnapshotPreviewQuery['snapshotPreview'];
export type PreviewManifest = SnapshotPreview['manifest'];

/** The elements styled as in the explorer: the export's relationship is the stylesheet's `type`, a projected tie a TIE. */
export function previewElements(preview: SnapshotPreview): ElementDefinition[] {
  const nodes = preview.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, label: node.label, kind: node.kind, evidence: node.evidence } }));
  const edges = preview.edges.map((edge) => ({
    group: 'edges' as const,
    data: {
      id: `edge:${edge.id}`,
      source: edge.source,
      target: edge.target,
      type: edge.relationship === 'SHARED_TIE' ? 'TIE' : edge.relationship,
      evidence: edge.evidence,
      weight: edge.weight,
    },
  }));
  return [...nodes, ...edges];
}

/** What an export with this choice holds, as the server would write it: its manifest and its elements. */
export function useSnapshotPreview(choice: ExportChoice) {
  return useOperation(snapshotPreviewQuery, {
    asOf: choice.asOf,
    mode: choice.mode,
    filter: { kinds: choice.kinds, evidence: choice.evidence, bodyTypes: choice.bodyTypes },
    measures: choice.measures.length === 0 ? null : choice.measures,
  });
}
