import type { PathsQuery } from '../../graphql/generated/graphql';
import { edgeElementId } from '../graph/explorerElements';
import { tieId } from '../graph/projection';

export type ConnectionData = PathsQuery['paths'];
export type ConnectionPath = ConnectionData['paths'][number];
export type PathStep = ConnectionPath['steps'][number];

/**
 * What to highlight on the graph for the paths: every node on one, and the drawn elements of every step: its
 * stored links and, in the projected view, the tie between its ends.
 */
export function pathElements(connection: ConnectionData): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of connection.paths) {
    for (const node of path.nodes) nodes.add(node.id);
    for (const step of path.steps) {
      for (const link of step.links) edges.add(edgeElementId(link.id));
      if (connection.mode === 'projected') edges.add(tieId(step.from, step.to));
    }
  }
  return { nodes, edges };
}
