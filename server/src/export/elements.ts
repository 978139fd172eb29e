import type { PlainValue } from '../db/mappers';
import type { AttributeValue, Attributes, ExportEdge, ExportGraph, ExportNode, Spell } from './types';

type PlainMap = Record<string, PlainValue>;

export interface StoredEdge {
  properties: PlainMap;
  type: string;
  from: string;
  to: string;
}

/** Stored property names that exports spell differently: `source` would clash with an edge's source end. */
const renamed: Record<string, string> = { source: 'sourceId' };

function attributeValue(value: PlainValue): AttributeValue | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** Every stored property but the id, which each format carries as the element's own id. */
function attributesOf(properties: PlainMap, extra: Attributes = {}): Attributes {
  const attributes: Attributes = { ...extra };
  for (const [key, value] of Object.entries(properties)) {
    const converted = attributeValue(value);
    if (key !== 'id' && converted !== null) attributes[renamed[key] ?? key] = converted;
  }
  return attributes;
}

function text(properties: PlainMap, key: string): string {
  const value = properties[key];
  if (typeof value !== 'string') throw new Error(`Stored element lacks text property ${key}`);
  return value;
}

function optionalDate(properties: PlainMap, key: string): string | null {
  const value = properties[key];
  return typeof value === 'string' ? value : null;
}

export function spellOf(properties: PlainMap): Spell {
  return { start: optionalDate(properties, 'validFrom'), end: optionalDate(properties, 'validTo') };
}

/** The days on which all the given windows hold (ISO dates compare as text); null when there are none. */
export function intersect(spells: Spell[]): Spell | null {
  const starts = spells.map((spell) => spell.start).filter((date): date is string => date !== null);
  const ends = spells.map((spell) => spell.end).filter((date): date is string => date !== null);
  const start = starts.length === 0 ? null : starts.reduce((a, b) => (a > b ? a : b));
  const end = ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b));
  return start !== null && end !== null && start > end ? null : { start, end };
}

export function toExportNode(properties: PlainMap): ExportNode {
  return { id: text(properties, 'id'), label: text(properties, 'name'), attributes: attributesOf(properties), spell: spellOf(properties) };
}

/**
 * An edge's spell is the part of its own window in which both its ends exist too. A succession joins an end that
 * closes to one that opens the next day, so their windows never meet: such an edge keeps its own window. An edge
 * is left out only when an end is missing, so every view and export counts the same links.
 */
export function toExportEdge(row: StoredEdge, nodeSpells: ReadonlyMap<string, Spell>): ExportEdge | null {
  const ends = [nodeSpells.get(row.from), nodeSpells.get(row.to)];
  if (ends.some((spell) => spell === undefined)) return null;
  const own = spellOf(row.properties);
  const spell = intersect([own, ...(ends as Spell[])]) ?? own;
  return {
    id: text(row.properties, 'id'),
    source: row.from,
    target: row.to,
    label: row.type,
    directed: true,
    attributes: attributesOf(row.properties, { relationship: row.type }),
    spell,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Nodes and edges in id order, so the same data always gives the same file. */
export function toExportGraph(nodeRows: PlainMap[], edgeRows: StoredEdge[]): ExportGraph {
  const nodes = nodeRows.map(toExportNode).sort(byId);
  const spells = new Map(nodes.map((node) => [node.id, node.spell]));
  const edges = edgeRows
    .map((row) => toExportEdge(row, spells))
    .filter((edge): edge is ExportEdge => edge !== null)
    .sort(byId);
  return { nodes, edges };
}

export { byId };
