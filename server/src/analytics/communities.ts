import type { AnalyticsGraph } from './analyticsGraph';
import type { NodeMeasures } from './measures';

/** How many of its most central members name a community in the legend. */
const namedBy = 3;

export interface Community {
  id: number;
  size: number;
  /** The members with the highest PageRank, most central first. */
  leaders: { id: string; name: string }[];
}

/**
 * Louvain's community numbers depend on its visiting order; renumbered here largest community first (ties by the
 * smallest member id), so community 0 is always the biggest and the legend reads the same for the same snapshot.
 */
export function numberCommunities(graph: AnalyticsGraph, nodes: NodeMeasures[]): { nodes: NodeMeasures[]; communities: Community[] } {
  const members = new Map<number, NodeMeasures[]>();
  for (const node of nodes) {
    const group = members.get(node.community);
    if (group === undefined) members.set(node.community, [node]);
    else group.push(node);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || ((a[0]?.id ?? '') < (b[0]?.id ?? '') ? -1 : 1));
  const renumbered = new Map<number, number>();
  const communities = ordered.map((group, id) => {
    renumbered.set(group[0]?.community ?? -1, id);
    const leaders = [...group].sort((a, b) => b.pagerank - a.pagerank || (a.id < b.id ? -1 : 1)).slice(0, namedBy);
    return { id, size: group.length, leaders: leaders.map((node) => ({ id: node.id, name: graph.getNodeAttribute(node.id, 'label') })) };
  });
  return { nodes: nodes.map((node) => ({ ...node, community: renumbered.get(node.community) ?? 0 })), communities };
}
