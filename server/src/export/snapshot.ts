import type { Database, NamedTransaction } from '../db/database';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import { sourceTypes } from '../../../domain/kinds';
import type { StoredEdge } from './elements';
import { toExportGraph } from './elements';
import type { ExportGraph, SourceCitation } from './types';

/** What a snapshot is cut from: the elements in scope, the whole dataset (for its hash) and every source. */
export interface SnapshotData {
  graph: ExportGraph;
  dataset: ExportGraph;
  sources: SourceCitation[];
}

export function asMaps(value: PlainValue): Record<string, PlainValue>[] {
  if (!Array.isArray(value)) throw new Error('Expected a list from the database');
  return value.map(toPlainRecord);
}

export function storedEdge(map: Record<string, PlainValue>): StoredEdge {
  const { properties, type, from, to } = map;
  if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') {
    throw new Error('Stored relationship lacks its type or ends');
  }
  return { properties: toPlainRecord(properties), type, from, to };
}

export async function elementsInRange(tx: NamedTransaction, from: string | null, to: string | null): Promise<ExportGraph> {
  const nodes: Record<string, PlainValue>[] = [];
  const edges: StoredEdge[] = [];
  for (const record of (await tx.run('export/elements-in-range', { from, to })).records) {
    const node = toPlain(record.get('node'));
    if (node === null) edges.push(storedEdge(toPlainRecord(record.get('edge'))));
    else nodes.push(toPlainRecord(node));
  }
  return toExportGraph(nodes, edges);
}

function optionalText(value: PlainValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function toSourceCitation(map: Record<string, PlainValue>): SourceCitation {
  const { id, title, citation } = map;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof citation !== 'string') {
    throw new Error('Stored source lacks its id, title or citation');
  }
  return {
    id,
    title,
    year: typeof map['year'] === 'number' ? map['year'] : null,
    publisher: optionalText(map['publisher']),
    url: optionalText(map['url']),
    citation,
    type: sourceTypes.find((type) => type === map['type']) ?? null,
  };
}

export async function readSources(tx: NamedTransaction): Promise<SourceCitation[]> {
  const records = (await tx.run('export/all-sources')).records;
  return records.map((record) => toSourceCitation(toPlainRecord(record.get('source'))));
}

/** The whole dataset, every element on every date: what the manifest's content hash covers. */
export function readDataset(tx: NamedTransaction): Promise<ExportGraph> {
  return elementsInRange(tx, null, null);
}

/**
 * Reads, in one transaction so they agree, the elements valid on some day of [from, to] (from = to = the as-of
 * date for a snapshot; null ends are open), the whole dataset and the sources.
 */
export function readSnapshotData(database: Database, from: string | null, to: string | null): Promise<SnapshotData> {
  return database.read(async (tx) => {
    const graph = await elementsInRange(tx, from, to);
    const dataset = from === null && to === null ? graph : await readDataset(tx);
    return { graph, dataset, sources: await readSources(tx) };
  });
}
