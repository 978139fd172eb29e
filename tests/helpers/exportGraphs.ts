import type { Attributes, ExportEdge, ExportNode } from '../../server/src/export/types';

/** Builders for export graph elements: a valid default that each test bends in the one way it is about. */
export function exportNode(id: string, kind: string, attributes: Attributes = {}): ExportNode {
  return {
    id,
    label: id,
    attributes: { kind, name: id, evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 1-2', ...attributes },
    spell: { start: null, end: null },
  };
}

export function exportEdge(id: string, relationship: string, source: string, target: string, attributes: Attributes = {}): ExportEdge {
  return {
    id,
    source,
    target,
    label: relationship,
    directed: true,
    attributes: { relationship, evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 3-4', ...attributes },
    spell: { start: null, end: null },
  };
}
