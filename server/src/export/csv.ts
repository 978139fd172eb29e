import JSZip from 'jszip';
import { stringify } from 'csv-stringify/sync';
import { attributeModel, plainText } from './attributeModel';
import type { Snapshot } from './buildSnapshot';
import { edgeKinds } from './edgeKinds';
import type { AttributeValue, Attributes, ExportGraph } from './types';

/**
 * A text cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe, so opening the file never runs anything. Numbers stay numbers.
 */
export function neutralise(value: AttributeValue): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = plainText(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function table(header: string[], rows: (string | number | boolean)[][]): string {
  return stringify([header, ...rows]);
}

function attributeCells(keys: string[], attributes: Attributes): (string | number | boolean)[] {
  return keys.map((key) => {
    const value = attributes[key];
    return value === undefined ? '' : neutralise(value);
  });
}

/** Gephi's spreadsheet importer reads Id and Label for nodes, Source, Target, Type, Id and Label for edges. */
export function nodesCsv(graph: ExportGraph): string {
  const keys = attributeModel(graph.nodes).map(({ key }) => key);
  return table(
    ['Id', 'Label', ...keys],
    graph.nodes.map((node) => [neutralise(node.id), neutralise(node.label), ...attributeCells(keys, node.attributes)]),
  );
}

/** Kind is the edge kind of GEXF 1.3 (the relationship type), which keeps parallel links apart in Gephi. */
export function edgesCsv(graph: ExportGraph): string {
  const keys = attributeModel(graph.edges).map(({ key }) => key);
  const kinds = edgeKinds(graph.edges);
  return table(
    ['Source', 'Target', 'Type', 'Id', 'Label', 'Kind', ...keys],
    graph.edges.map((edge) => [
      neutralise(edge.source),
      neutralise(edge.target),
      edge.directed ? 'Directed' : 'Undirected',
      neutralise(edge.id),
      neutralise(edge.label),
      neutralise(kinds.get(edge.id) ?? edge.label),
      ...attributeCells(keys, edge.attributes),
    ]),
  );
}

/** A fixed file time, so the same tables always zip to the same bytes. */
const fixedFileTime = new Date(Date.UTC(2000, 0, 1));

/** Named text files zipped in the given order with fixed times. */
export function zipFiles(files: [name: string, text: string][]): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text, { date: fixedFileTime });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** nodes.csv, edges.csv and manifest.json, zipped. */
export function writeCsvZip(snapshot: Snapshot): Promise<Buffer> {
  return zipFiles([
    ['nodes.csv', nodesCsv(snapshot.graph)],
    ['edges.csv', edgesCsv(snapshot.graph)],
    ['manifest.json', `${JSON.stringify(snapshot.manifest, null, 2)}\n`],
  ]);
}
