/** How an element differs between the two dates of a diff. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface Dated {
  id: string;
  atFrom: boolean;
  atTo: boolean;
}

export interface DatedEdge extends Dated {
  source: string;
  target: string;
  relationship: string;
}

export interface NodeChange<N> {
  change: ChangeKind;
  node: N;
  addedEdgeIds: string[];
  removedEdgeIds: string[];
}

export interface EdgeChange<E> {
  change: ChangeKind;
  edge: E;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface DiffCounts {
  nodes: ChangeCounts;
  edges: ChangeCounts;
  /** Memberships of bodies and parties to agreements: the links the report is most about. */
  memberships: ChangeCounts;
}

export interface Diff<N extends Dated, E extends DatedEdge> {
  nodes: NodeChange<N>[];
  edges: EdgeChange<E>[];
  counts: DiffCounts;
}

export const membershipRelationships: readonly string[] = ['MEMBER_OF', 'PARTY_TO'];

function presence(element: Dated): ChangeKind {
  if (element.atFrom && element.atTo) return 'unchanged';
  return element.atTo ? 'added' : 'removed';
}

function count(changes: ChangeKind[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const change of changes) counts[change] += 1;
  return counts;
}

/**
 * Compares the network on two dates. An element is added or removed by its presence; a node present on both dates
 * has changed when one of its links or memberships was added or removed. Elements keep the order they came in.
 */
export function computeDiff<N extends Dated, E extends DatedEdge>(nodes: N[], edges: E[]): Diff<N, E> {
  const edgeChanges = edges.map((edge) => ({ change: presence(edge), edge }));
  const added = new Map<string, string[]>();
  const removed = new Map<string, string[]>();
  for (const { change, edge } of edgeChanges) {
    const byNode = change === 'added' ? added : change === 'removed' ? removed : null;
    if (byNode === null) continue;
    for (const end of new Set([edge.source, edge.target])) byNode.set(end, [...(byNode.get(end) ?? []), edge.id]);
  }
  const nodeChanges = nodes.map((node) => {
    const addedEdgeIds = added.get(node.id) ?? [];
    const removedEdgeIds = removed.get(node.id) ?? [];
    const base = presence(node);
    const change: ChangeKind = base === 'unchanged' && addedEdgeIds.length + removedEdgeIds.length > 0 ? 'changed' : base;
    return { change, node, addedEdgeIds, removedEdgeIds };
  });
  return {
    nodes: nodeChanges,
    edges: edgeChanges,
    counts: {
      nodes: count(nodeChanges.map((entry) => entry.change)),
      edges: count(edgeChanges.map((entry) => entry.change)),
      memberships: count(
        edgeChanges.filter((entry) => membershipRelationships.includes(entry.edge.relationship)).map((entry) => entry.change),
      ),
    },
  };
}
