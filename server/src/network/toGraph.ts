import type { GraphEdge, GraphNode, NodeKind, Property, Provenance, RelationshipType } from '../graphql/generated/resolvers';
import type { PlainValue } from '../db/mappers';
import { evidenceLevels, inferredParts, nodeKinds, relationshipTypes, type EvidenceLevel, type InferredPart } from '../../../domain/kinds';

type PlainMap = Record<string, PlainValue>;

/** Keys shown as fields of their own (or bookkeeping: an edit's `version`); every other stored property is listed under `properties`. */
const ownFields = new Set([
  'id',
  'kind',
  'name',
  'validFrom',
  'validTo',
  'evidence',
  'source',
  'locator',
  'inferred',
  'dateSource',
  'dateLocator',
  'dateDerivation',
  'note',
  'version',
]);

function text(map: PlainMap, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new Error(`Stored entity lacks text property ${key}`);
  return value;
}

function optionalText(map: PlainMap, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

export function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if (!(values as readonly string[]).includes(value)) throw new Error(`Stored ${what} "${value}" is not in the model`);
  return value as T;
}

function formatValue(value: PlainValue): string {
  if (Array.isArray(value)) return value.map(formatValue).join('; ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function propertiesOf(map: PlainMap): Property[] {
  return Object.entries(map)
    .filter(([key, value]) => !ownFields.has(key) && value !== null)
    .map(([key, value]) => ({ key, value: formatValue(value) }))
    // Property names are plain ASCII identifiers: code-point order is their order, without localeCompare's cost.
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function inferredOf(map: PlainMap): InferredPart[] {
  const value = map['inferred'];
  if (!Array.isArray(value)) return [];
  return value.map((part) => oneOf<InferredPart>(inferredParts, typeof part === 'string' ? part : '', 'inferred part'));
}

/** What is inferred and where the dates come from, only where the fact has them: most facts have none. */
function inferenceAndDatesOf(map: PlainMap): Partial<Provenance> {
  const inferred = inferredOf(map);
  const parts: Partial<Provenance> = inferred.length > 0 ? { inferred } : {};
  const dateSourceId = optionalText(map, 'dateSource');
  const dateLocator = optionalText(map, 'dateLocator');
  const dateDerivation = optionalText(map, 'dateDerivation');
  if (dateSourceId !== null) parts.dateSourceId = dateSourceId;
  if (dateLocator !== null) parts.dateLocator = dateLocator;
  if (dateDerivation !== null) parts.dateDerivation = dateDerivation;
  return parts;
}

function provenanceOf(map: PlainMap): Provenance {
  return {
    evidence: oneOf<EvidenceLevel>(evidenceLevels, text(map, 'evidence'), 'evidence'),
    sourceId: text(map, 'source'),
    locator: text(map, 'locator'),
    note: optionalText(map, 'note'),
    ...inferenceAndDatesOf(map),
  };
}

export function toGraphNode(map: PlainMap): GraphNode {
  return {
    id: text(map, 'id'),
    kind: oneOf<NodeKind>(nodeKinds, text(map, 'kind'), 'kind'),
    name: text(map, 'name'),
    validFrom: optionalText(map, 'validFrom'),
    validTo: optionalText(map, 'validTo'),
    provenance: provenanceOf(map),
    properties: propertiesOf(map),
  };
}

export function toGraphEdge(row: { properties: PlainMap; type: string; from: string; to: string }): GraphEdge {
  return {
    id: text(row.properties, 'id'),
    type: oneOf<RelationshipType>(relationshipTypes, row.type, 'relationship type'),
    source: row.from,
    target: row.to,
    validFrom: optionalText(row.properties, 'validFrom'),
    validTo: optionalText(row.properties, 'validTo'),
    provenance: provenanceOf(row.properties),
    properties: propertiesOf(row.properties),
  };
}
