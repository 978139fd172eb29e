import { evidenceLevels, nodeKinds, type EvidenceLevel, type NodeKind } from '../../../domain/kinds';
import type { GraphQLContext } from '../graphql/context';
import type { ExportMeasure as ExportMeasureInput, Resolvers, SnapshotFilterInput, SnapshotMode } from '../graphql/generated/resolvers';
import { buildSnapshot, type Snapshot } from './buildSnapshot';
import { filterFromInput } from './filterInput';
import type { Manifest } from './manifest';
import { chosenMeasures } from './parameters';
import type { AttributeValue, ExportEdge, ExportNode } from './types';

interface SnapshotArguments {
  asOf?: string | null;
  mode?: SnapshotMode | null;
  filter?: SnapshotFilterInput | null;
  measures?: readonly ExportMeasureInput[] | null;
}

/** The same snapshot the export endpoints give for these arguments; measures, as there, only as of a date. */
function snapshotOf({ asOf, mode, filter, measures }: SnapshotArguments, { database, origin }: GraphQLContext): Promise<Snapshot> {
  // An empty list asks for no measures, as leaving the argument out does.
  const chosen = chosenMeasures(measures === null || measures === undefined || measures.length === 0 ? null : measures, asOf ?? null);
  return buildSnapshot(
    database,
    { scope: { type: 'snapshot', asOf: asOf ?? null }, mode: mode ?? 'twoMode', filter: filterFromInput(filter), ...(chosen === undefined ? {} : { measures: chosen }) },
    origin === undefined ? {} : { origin },
  );
}

function manifestOf(manifest: Manifest) {
  const { measures } = manifest;
  return {
    snapshotId: manifest.snapshotId,
    title: manifest.title,
    asOf: manifest.asOf,
    mode: manifest.mode,
    nodeCount: manifest.counts.nodes,
    edgeCount: manifest.counts.edges,
    datasetHash: manifest.dataset.contentHash,
    appVersion: manifest.app.version,
    sources: manifest.sources,
    suggestedCitation: manifest.suggestedCitation,
    suggestedCitationSv: manifest.suggestedCitationSv,
    citationUrl: manifest.citationUrl,
    bibliography: manifest.bibliography,
    measures:
      measures === null
        ? null
        : {
            measures: measures.measures,
            mode: measures.mode,
            asOf: measures.asOf,
            measuredNodes: measures.measuredNodes,
            louvainSeed: measures.parameters.louvainSeed,
            modularity: measures.parameters.modularity,
            betweennessSources: measures.parameters.betweennessSources,
          },
  };
}

/** A stored element's evidence; a projected tie's is the strongest of what it stands for (evidenceLevels run strongest first). */
function evidenceOf(value: AttributeValue | undefined): EvidenceLevel | null {
  const levels = Array.isArray(value) ? value : [value];
  return evidenceLevels.find((level) => levels.includes(level)) ?? null;
}

function snapshotNode(node: ExportNode) {
  const kind = node.attributes['kind'];
  if (!(nodeKinds as readonly unknown[]).includes(kind)) throw new Error(`Exported node ${node.id} has no known kind`);
  return { id: node.id, label: node.label, kind: kind as NodeKind, evidence: evidenceOf(node.attributes['evidence']) };
}

function snapshotEdge(edge: ExportEdge) {
  const weight = edge.attributes['weight'];
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relationship: edge.label,
    evidence: evidenceOf(edge.attributes['evidence']),
    weight: typeof weight === 'number' ? weight : 1,
  };
}

export const exportResolvers: Resolvers = {
  Query: {
    snapshotManifest: async (_parent, args, context) => manifestOf((await snapshotOf(args, context)).manifest),
    snapshotPreview: async (_parent, args, context) => {
      const { manifest, graph } = await snapshotOf(args, context);
      return { manifest: manifestOf(manifest), nodes: graph.nodes.map(snapshotNode), edges: graph.edges.map(snapshotEdge) };
    },
  },
};
