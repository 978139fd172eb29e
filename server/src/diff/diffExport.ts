import type { Database } from '../db/database';
import { edgesCsv, nodesCsv, zipFiles } from '../export/csv';
import { defaultOrigin } from '../citation/snapshotUrl';
import type { SnapshotOptions } from '../export/buildSnapshot';
import { buildManifest, countGraph, type Manifest } from '../export/manifest';
import { readDataset, readSources } from '../export/snapshot';
import type { ExportEdge, ExportGraph, ExportNode, SnapshotRequest } from '../export/types';
import { networkDiff, type NetworkDiff } from './networkDiff';

export interface DiffExport {
  manifest: Manifest;
  summary: NetworkDiff['summary'];
  /** Only what changed; each element's attributes lead with `change` (and, for nodes, the links added and removed). */
  changes: ExportGraph;
}

function changedElements(diff: NetworkDiff): ExportGraph {
  const nodes: ExportNode[] = diff.nodes
    .filter(({ change }) => change !== 'unchanged')
    .map(({ change, node, addedEdgeIds, removedEdgeIds }) => ({
      ...node.element,
      attributes: { change, addedLinks: addedEdgeIds, removedLinks: removedEdgeIds, ...node.element.attributes },
    }));
  const edges: ExportEdge[] = diff.edges
    .filter(({ change }) => change !== 'unchanged')
    .map(({ change, edge }) => ({ ...edge.element, attributes: { change, ...edge.element.attributes } }));
  return { nodes, edges };
}

/** The diff between two dates as an export: the changes, the summary and a manifest to cite it by. */
export async function buildDiffExport(database: Database, request: SnapshotRequest, options: SnapshotOptions = {}): Promise<DiffExport> {
  if (request.scope.type !== 'diff') throw new Error('A diff export needs a diff scope');
  const diff = await networkDiff(database, { from: request.scope.from, to: request.scope.to, filter: request.filter });
  const { dataset, sources } = await database.read(async (tx) => ({ dataset: await readDataset(tx), sources: await readSources(tx) }));
  const changes = changedElements(diff);
  const manifest = buildManifest({
    request,
    content: { changes, summary: diff.summary },
    counts: countGraph(changes),
    dataset,
    sources,
    cited: [changes],
    generatedAt: options.now ?? new Date(),
    origin: options.origin ?? defaultOrigin,
  });
  return { manifest, summary: diff.summary, changes };
}

export function writeDiffJson(diffExport: DiffExport): string {
  const { manifest, summary, changes } = diffExport;
  const document = {
    manifest,
    summary,
    nodes: changes.nodes.map((node) => ({ id: node.id, label: node.label, ...node.attributes })),
    edges: changes.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, label: edge.label, ...edge.attributes })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function writeDiffCsvZip(diffExport: DiffExport): Promise<Buffer> {
  return zipFiles([
    ['node-changes.csv', nodesCsv(diffExport.changes)],
    ['edge-changes.csv', edgesCsv(diffExport.changes)],
    ['summary.json', `${JSON.stringify(diffExport.summary, null, 2)}\n`],
    ['manifest.json', `${JSON.stringify(diffExport.manifest, null, 2)}\n`],
  ]);
}
