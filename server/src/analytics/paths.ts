import { subgraph } from 'graphology-operators';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { allSimplePaths } from 'graphology-simple-path';
import type { ExportEdge } from '../export/types';
import type { AnalysedSnapshot } from './analysedSnapshot';

/** One step of a path: two neighbouring nodes and the stored links (with their sources) that join them. */
export interface PathStep {
  from: string;
  to: string;
  /** Projected: the bodies and agreements both ends share; two-mode: empty (the body is a node of the path). */
  via: string[];
  links: ExportEdge[];
}

export interface ConnectionPath {
  nodes: string[];
  steps: PathStep[];
}

export interface Connection {
  length: number | null;
  /** How many shortest paths there are; `paths` holds at most `max` of them. */
  pathCount: number;
  paths: ConnectionPath[];
}

function text(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

function stepOf(snapshot: AnalysedSnapshot, from: string, to: string): PathStep {
  const edge = snapshot.graph.edge(from, to);
  const parts = edge === undefined ? [] : snapshot.graph.getEdgeAttribute(edge, 'parts');
  if (snapshot.request.mode === 'twoMode') return { from, to, via: [], links: parts };
  const tie = parts[0]?.attributes;
  const links = text(tie?.['links']).flatMap((id) => snapshot.links.get(id) ?? []);
  return { from, to, via: text(tie?.['bodies']), links };
}

/**
 * Every shortest path between two nodes, through the nodes that lie on one: those whose distances from both ends
 * add up to the shortest length (two breadth-first searches). Paths are ordered by the ids along them.
 */
export function shortestPaths(snapshot: AnalysedSnapshot, from: string, to: string, max: number): Connection {
  const { graph } = snapshot;
  const fromSource = undirectedSingleSourceLength(graph, from);
  const length = fromSource[to];
  if (length === undefined) return { length: null, pathCount: 0, paths: [] };
  const fromTarget = undirectedSingleSourceLength(graph, to);
  const onSomePath = graph.filterNodes((node) => (fromSource[node] ?? Infinity) + (fromTarget[node] ?? Infinity) === length);
  const found = from === to ? [[from]] : allSimplePaths(subgraph(graph, onSomePath), from, to, { maxDepth: length });
  const ordered = found.map((nodes) => ({ nodes, key: nodes.join('\u0000') })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const paths = ordered.slice(0, max).map(({ nodes }) => ({
    nodes,
    steps: nodes.slice(1).map((node, index) => stepOf(snapshot, nodes[index] ?? node, node)),
  }));
  return { length, pathCount: found.length, paths };
}
