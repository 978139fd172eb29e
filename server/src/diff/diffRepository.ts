import type { Database } from '../db/database';
import { toPlain, toPlainRecord, type PlainValue } from '../db/mappers';
import { toExportEdge, toExportNode, type StoredEdge } from '../export/elements';
import { asMaps, storedEdge } from '../export/snapshot';
import type { ExportEdge, ExportNode, Spell } from '../export/types';
import type { Dated, DatedEdge } from './computeDiff';

export interface DiffNode extends Dated {
  stored: Record<string, PlainValue>;
  element: ExportNode;
}

export interface DiffEdge extends DatedEdge {
  stored: StoredEdge;
  element: ExportEdge;
}

export interface DatedElements {
  nodes: DiffNode[];
  edges: DiffEdge[];
}

function flag(map: Record<string, PlainValue>, key: 'atFrom' | 'atTo'): boolean {
  const value = map[key];
  if (typeof value !== 'boolean') throw new Error(`Diff row lacks its ${key} flag`);
  return value;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every node and relationship valid on either date, flagged with the dates it is valid on, in id order. */
export async function readDatedElements(database: Database, from: string, to: string): Promise<DatedElements> {
  const record = await database.read(async (tx) => (await tx.run('diff/elements-at-two-dates', { from, to })).records[0]);
  if (record === undefined) return { nodes: [], edges: [] };
  const nodes = asMaps(toPlain(record.get('nodes'))).map((row): DiffNode => {
    const stored = toPlainRecord(row['properties']);
    const element = toExportNode(stored);
    return { id: element.id, atFrom: flag(row, 'atFrom'), atTo: flag(row, 'atTo'), stored, element };
  });
  const open: Spell = { start: null, end: null };
  const anyEnd = new Map(nodes.map((node) => [node.id, open]));
  const edges = asMaps(toPlain(record.get('edges'))).flatMap((row): DiffEdge[] => {
    const stored = storedEdge(row);
    const element = toExportEdge(stored, anyEnd);
    if (element === null) return [];
    return [
      { id: element.id, source: element.source, target: element.target, relationship: stored.type, atFrom: flag(row, 'atFrom'), atTo: flag(row, 'atTo'), stored, element },
    ];
  });
  return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
}
