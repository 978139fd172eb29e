import type { ExportMeasure } from './measureTypes';
import type { EvidenceLevel, NodeKind, RelationshipType, SourceType } from '../../../domain/kinds';

/** A value as every export format can type it: text, number, truth value or a list of texts. */
export type AttributeValue = string | number | boolean | string[];

export type Attributes = Record<string, AttributeValue>;

/** A validity window: inclusive ISO dates, null where the data is silent (open). */
export interface Spell {
  start: string | null;
  end: string | null;
}

/** Where a node is drawn in the explorer (screen coordinates, y down) and in which colour, when an export carries the current view. */
export interface NodeViz {
  x: number;
  y: number;
  color?: string | undefined;
  size?: number | undefined;
}

export interface ExportNode {
  id: string;
  label: string;
  attributes: Attributes;
  spell: Spell;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  directed: boolean;
  attributes: Attributes;
  spell: Spell;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Two-mode keeps actors, bodies and places; projected keeps actors tied through the bodies they share. */
export const snapshotModes = ['twoMode', 'projected'] as const;
export type SnapshotMode = (typeof snapshotModes)[number];

/** Which elements to keep; null means "no restriction". */
export interface SnapshotFilter {
  kinds: NodeKind[] | null;
  relationshipTypes: RelationshipType[] | null;
  evidence: EvidenceLevel[] | null;
  bodyTypes: string[] | null;
}

export const noFilter: SnapshotFilter = { kinds: null, relationshipTypes: null, evidence: null, bodyTypes: null };

/** What a snapshot is cut by: one date (or every date when null), or a period for the dynamic history. */
export type SnapshotScope =
  | { type: 'snapshot'; asOf: string | null }
  | { type: 'history'; from: string | null; to: string | null }
  | { type: 'diff'; from: string; to: string };

export interface SnapshotRequest {
  scope: SnapshotScope;
  mode: SnapshotMode;
  filter: SnapshotFilter;
  /** The network measures to add to every measured node as attributes (a snapshot as of a date only); none when absent. */
  measures?: ExportMeasure[];
}

/** A cited source document, as stored in the graph. */
export interface SourceCitation {
  id: string;
  title: string;
  year: number | null;
  publisher: string | null;
  url: string | null;
  citation: string;
  /** primary, secondary or tertiary; absent for a source stored without one. */
  type?: SourceType | null;
}
