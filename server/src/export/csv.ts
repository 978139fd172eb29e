import JSZip from 'jszip';
import { stringify } from 'csv-stringify/sync';
import { plainText } from './attributeModel';
import type { Snapshot } from './buildSnapshot';
import type { FormatOptions } from './formatOptions';
import { edgeTable, nodeTable, type Table } from './tables';
import type { AttributeValue, ExportGraph } from './types';

/**
 * A text cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe, so opening the file never runs anything. Numbers stay numbers.
 */
export function neutralise(value: AttributeValue): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = plainText(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvText(table: Table): string {
  return stringify([table.header, ...table.rows.map((row) => row.map((value) => (value === null ? '' : neutralise(value))))]);
}

export function nodesCsv(graph: ExportGraph): string {
  return csvText(nodeTable(graph));
}

export function edgesCsv(graph: ExportGraph): string {
  return csvText(edgeTable(graph));
}

/** A fixed file time, so the same tables always zip to the same bytes. */
const fixedFileTime = new Date(Date.UTC(2000, 0, 1));

/** Named text files zipped in the given order with fixed times. */
export function zipFiles(files: [name: string, text: string][]): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text, { date: fixedFileTime });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** The byte-order mark that tells Excel, opening a CSV by double-click, that the file is UTF-8. */
const byteOrderMark = '\uFEFF';

/** nodes.csv, edges.csv and manifest.json, zipped; the tables start with a byte-order mark when asked (for Excel). */
export function writeCsvZip(snapshot: Snapshot, _viz?: unknown, options: Partial<FormatOptions> = {}): Promise<Buffer> {
  const mark = options.bom === true ? byteOrderMark : '';
  return zipFiles([
    ['nodes.csv', mark + nodesCsv(snapshot.graph)],
    ['edges.csv', mark + edgesCsv(snapshot.graph)],
    ['manifest.json', `${JSON.stringify(snapshot.manifest, null, 2)}\n`],
  ]);
}
