import { createHash } from 'node:crypto';
import type { StoredGraph, StoredProperty } from './storedGraph';

/** What part of the graph a summary covers: nodes with any of `labels` (all nodes without), minus some properties. */
export interface HashScope {
  labels?: readonly string[];
  omitProperties?: readonly string[];
}

export interface ContentSummary {
  /** sha256 over every node and relationship in scope, independent of order and of element ids. */
  hash: string;
  nodes: number;
  relationships: number;
  /** Nodes per label. */
  labels: Record<string, number>;
}

/** The labels the seed format and a portable backup hold: the network itself. */
export const networkLabels = ['Entity', 'Source', 'ExpectationRule'] as const;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function canonicalProperties(properties: StoredProperty[], omit: ReadonlySet<string>): [string, string, unknown][] {
  return properties
    .filter((property) => !omit.has(property.name))
    .map((property): [string, string, unknown] => [property.name, property.type, property.value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Counts and a content hash; two graphs with equal summaries hold the same labels, types and typed values. */
export function summarise(stored: StoredGraph, scope: HashScope = {}): ContentSummary {
  const omit = new Set(scope.omitProperties ?? []);
  const inScope = (labels: string[]) => scope.labels === undefined || labels.some((label) => scope.labels?.includes(label));
  const canonicalByKey = new Map<string, string>();
  const labelCounts: Record<string, number> = {};
  for (const node of stored.nodes) {
    if (!inScope(node.labels)) continue;
    const labels = [...node.labels].sort();
    canonicalByKey.set(node.key, JSON.stringify([labels, canonicalProperties(node.properties, omit)]));
    for (const label of labels) labelCounts[label] = (labelCounts[label] ?? 0) + 1;
  }
  const relationshipLines: string[] = [];
  for (const relationship of stored.relationships) {
    const from = canonicalByKey.get(relationship.from);
    const to = canonicalByKey.get(relationship.to);
    if (from === undefined || to === undefined) continue;
    const properties = canonicalProperties(relationship.properties, omit);
    relationshipLines.push(JSON.stringify([relationship.type, sha256(from), sha256(to), properties]));
  }
  const nodeLines = [...canonicalByKey.values()].sort();
  relationshipLines.sort();
  return {
    hash: sha256(`${nodeLines.join('\n')}\n--\n${relationshipLines.join('\n')}`),
    nodes: nodeLines.length,
    relationships: relationshipLines.length,
    labels: Object.fromEntries(Object.entries(labelCounts).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
