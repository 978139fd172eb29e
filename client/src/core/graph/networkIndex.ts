import type { NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import type { NetworkData, NetworkEdge, NetworkNode } from './elements';

export interface Adjacent {
  edge: NetworkEdge;
  other: string;
  direction: 'outgoing' | 'incoming';
}

/** Lookups derived once per network: by id, adjacency, and the counties and goal areas each node belongs to. */
export interface NetworkIndex {
  network: NetworkData;
  nodes: Map<string, NetworkNode>;
  edges: Map<string, NetworkEdge>;
  adjacency: Map<string, Adjacent[]>;
  /** County ids a node lies in or serves or covers; empty for national nodes (agencies, goal areas). */
  counties: Map<string, Set<string>>;
  /** Goal area ids a node addresses, or takes part in through a body, an agreement or a tagged cooperation. */
  goalAreas: Map<string, Set<string>>;
}

/** A stored property of a node or edge that has no field of its own (bodyType, latitude, role…). */
export function propertyOf(item: { properties: readonly { key: string; value: string }[] }, key: string): string | null {
  return item.properties.find((property) => property.key === key)?.value ?? null;
}

/** Relationship types that place a node in an area: the area's counties become the node's. */
const placingTypes: ReadonlySet<RelationshipType> = new Set(['LOCATED_IN', 'SERVES', 'COVERS', 'OWNED_BY']);
const membershipTypes: ReadonlySet<RelationshipType> = new Set(['MEMBER_OF', 'PARTY_TO']);
const groupingKinds: ReadonlySet<NodeKind> = new Set(['Body', 'Agreement']);

function add(map: Map<string, Set<string>>, id: string, values: Iterable<string>): void {
  let set = map.get(id);
  if (set === undefined) {
    set = new Set();
    map.set(id, set);
  }
  for (const value of values) set.add(value);
}

/** Counties by following placing links outwards until a county is reached (district → municipality → county). */
function countiesOf(network: NetworkData, nodes: Map<string, NetworkNode>, adjacency: Map<string, Adjacent[]>) {
  const memo = new Map<string, Set<string>>();
  const resolve = (id: string, seen: Set<string>): Set<string> => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = new Set<string>();
    if (node?.kind === 'County') result.add(id);
    else if (!seen.has(id)) {
      seen.add(id);
      for (const { edge, other, direction } of adjacency.get(id) ?? []) {
        const outward = direction === 'outgoing' && placingTypes.has(edge.type);
        const unitOfUnit = direction === 'outgoing' && edge.type === 'UNIT_OF' && nodes.get(other)?.kind === 'AgencyUnit';
        if (outward || unitOfUnit) for (const county of resolve(other, seen)) result.add(county);
      }
    }
    memo.set(id, result);
    return result;
  };
  return new Map(network.nodes.map((node) => [node.id, resolve(node.id, new Set())]));
}

function goalAreasOf(network: NetworkData, nodes: Map<string, NetworkNode>) {
  const goals = new Map<string, Set<string>>(network.nodes.map((node) => [node.id, new Set<string>()]));
  for (const node of network.nodes) if (node.kind === 'GoalArea') add(goals, node.id, [node.id]);
  for (const edge of network.edges) {
    if (edge.type === 'ADDRESSES') add(goals, edge.source, [edge.target]);
    if (edge.type === 'COOPERATES_WITH') {
      const tagged = propertyOf(edge, 'goalAreas')?.split('; ') ?? [];
      add(goals, edge.source, tagged);
      add(goals, edge.target, tagged);
    }
  }
  // Members and parties take the goal areas of their bodies and agreements; covered areas too.
  for (const edge of network.edges) {
    const group = membershipTypes.has(edge.type) ? edge.target : edge.type === 'COVERS' ? edge.source : null;
    const member = membershipTypes.has(edge.type) ? edge.source : edge.target;
    if (group === null || !groupingKinds.has(nodes.get(group)?.kind ?? 'County')) continue;
    add(goals, member, goals.get(group) ?? []);
  }
  return goals;
}

export function indexNetwork(network: NetworkData): NetworkIndex {
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const edges = new Map(network.edges.map((edge) => [edge.id, edge]));
  const adjacency = new Map<string, Adjacent[]>(network.nodes.map((node) => [node.id, []]));
  for (const edge of network.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    adjacency.get(edge.source)?.push({ edge, other: edge.target, direction: 'outgoing' });
    adjacency.get(edge.target)?.push({ edge, other: edge.source, direction: 'incoming' });
  }
  return { network, nodes, edges, adjacency, counties: countiesOf(network, nodes, adjacency), goalAreas: goalAreasOf(network, nodes) };
}
