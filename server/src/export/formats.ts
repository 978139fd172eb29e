import { writeBibtex, writeCslJson, writeRis } from '../citation/citationFiles';
import type { Snapshot } from './buildSnapshot';
import { writeCsvZip } from './csv';
import { writeCytoscapeJson } from './cytoscapeJson';
import { writeGexf } from './gexf';
import { writeDynamicGexf } from './gexfDynamic';
import { writeGraphml } from './graphml';
import { writeNodeLinkJson } from './nodeLinkJson';
import type { ScopeType } from './parameters';
import type { FormatOptions, FormatParameter } from './formatOptions';
import type { NodeViz } from './types';
import { writeXlsx } from './xlsx';

export interface SnapshotFormat {
  scope: Extract<ScopeType, 'snapshot' | 'history'>;
  contentType: string;
  extension: string;
  /** Parameters of how the file is written, beside the snapshot's own. */
  options?: readonly FormatParameter[];
  write(snapshot: Snapshot, viz: ReadonlyMap<string, NodeViz>, options: FormatOptions): string | Promise<Buffer>;
}

/** Every snapshot format by the name used in URLs and on the command line. */
export const snapshotFormats = {
  gexf: { scope: 'snapshot', contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: writeGexf },
  'gexf-dynamic': { scope: 'history', contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: writeDynamicGexf },
  graphml: { scope: 'snapshot', contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: writeGraphml },
  csv: { scope: 'snapshot', contentType: 'application/zip', extension: 'zip', options: ['bom'], write: writeCsvZip },
  xlsx: { scope: 'snapshot', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', write: writeXlsx },
  json: { scope: 'snapshot', contentType: 'application/json; charset=utf-8', extension: 'json', write: writeNodeLinkJson },
  cyjs: { scope: 'snapshot', contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: writeCytoscapeJson },
  bibtex: { scope: 'snapshot', contentType: 'application/x-bibtex; charset=utf-8', extension: 'bib', write: writeBibtex },
  ris: { scope: 'snapshot', contentType: 'application/x-research-info-systems; charset=utf-8', extension: 'ris', write: writeRis },
  'csl-json': { scope: 'snapshot', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'csl.json', write: writeCslJson },
} satisfies Record<string, SnapshotFormat>;

export type SnapshotFormatName = keyof typeof snapshotFormats;

export function isSnapshotFormat(name: string): name is SnapshotFormatName {
  return Object.hasOwn(snapshotFormats, name);
}

/** A file name that says what is inside: the date or period, the mode and the snapshot id. */
export function snapshotFileName(snapshot: Snapshot, format: SnapshotFormat): string {
  const { manifest } = snapshot;
  const when =
    manifest.type === 'snapshot' ? (manifest.asOf ?? 'all-dates') : `history-${manifest.from ?? 'start'}-to-${manifest.to ?? 'end'}`;
  const mode = manifest.mode === 'projected' ? '-projected' : '';
  return `samverkan-${when}${mode}-${manifest.snapshotId}.${format.extension}`;
}
