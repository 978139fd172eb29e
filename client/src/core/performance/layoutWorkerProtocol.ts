import type { PlainFcoseOptions } from './layoutOptions';

/** What the layout worker needs of a graph: node ids with their drawn size, and which nodes are linked. */
export interface LayoutGraph {
  nodes: { id: string; width: number; height: number }[];
  edges: { source: string; target: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutRequest {
  graph: LayoutGraph;
  options: PlainFcoseOptions;
}

export type LayoutReply = { ok: true; positions: Positions; layoutMs: number } | { ok: false; message: string };
