/** A network answer as the client receives it: the nodes and edges lists of `network`. */
export interface NetworkPayload {
  asOf: string | null;
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
}

/**
 * The first `size` nodes reached breadth-first from the given starting nodes (then from any node left),
 * with every edge among them: a connected piece of the country, as a regional filter would give.
 */
export function connectedSubset<Network extends NetworkPayload>(network: Network, size: number, starts: string[]): Network {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a) ?? [];
    list.push(b);
    neighbours.set(a, list);
  };
  for (const edge of network.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const chosen = new Set<string>();
  const frontier: string[] = [];
  const take = (id: string) => {
    if (chosen.size >= size || chosen.has(id)) return;
    chosen.add(id);
    frontier.push(id);
  };
  const fallbacks = [...starts, ...network.nodes.map((node) => node.id)];
  for (let head = 0, next = 0; chosen.size < size && (head < frontier.length || next < fallbacks.length); ) {
    if (head < frontier.length) {
      for (const other of neighbours.get(frontier[head++] as string) ?? []) take(other);
    } else {
      take(fallbacks[next++] as string);
    }
  }
  return {
    ...network,
    nodes: network.nodes.filter((node) => chosen.has(node.id)),
    edges: network.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  };
}
