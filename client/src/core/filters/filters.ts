import type { Evidence, NodeKind } from '../../graphql/generated/graphql';
import { propertyOf, type NetworkIndex } from '../graph/networkIndex';

/** What the planner chose to see. An empty list of counties, goal areas or body types means "all". */
export interface FilterState {
  hiddenKinds: NodeKind[];
  counties: string[];
  goalAreas: string[];
  hiddenEvidence: Evidence[];
  bodyTypes: string[];
}

export const noFilters: FilterState = { hiddenKinds: [], counties: [], goalAreas: [], hiddenEvidence: [], bodyTypes: [] };

/** Nodes shown or hidden by hand, apart from the filters. */
export interface Restrictions {
  /** Hidden with the "hide" button. */
  hidden: readonly string[];
  /** Show only this node and its neighbours. */
  focus: string | null;
  /** Always shown, whatever the filters say: the selection, the focus, nodes revealed by expanding. */
  pinned: readonly string[];
}

export interface Counts {
  nodesShown: number;
  nodesTotal: number;
  edgesShown: number;
  edgesTotal: number;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  counts: Counts;
}

export function isFiltering(filters: FilterState): boolean {
  return Object.values(filters).some((values: readonly string[]) => values.length > 0);
}

function intersects(values: ReadonlySet<string> | undefined, chosen: readonly string[]): boolean {
  return chosen.some((value) => values?.has(value) === true);
}

/**
 * Whether a node passes the filters. A county filter keeps the nodes in the chosen counties and the national
 * nodes (agencies, national bodies) linked to one of them; a goal area filter keeps what addresses a chosen goal
 * area and who takes part in it.
 */
export function nodePasses(index: NetworkIndex, id: string, filters: FilterState): boolean {
  const node = index.nodes.get(id);
  if (node === undefined) return false;
  if (filters.hiddenKinds.includes(node.kind)) return false;
  if (filters.hiddenEvidence.includes(node.provenance.evidence)) return false;
  if (filters.bodyTypes.length > 0 && node.kind === 'Body' && !filters.bodyTypes.includes(propertyOf(node, 'bodyType') ?? '')) return false;
  if (filters.goalAreas.length > 0 && !intersects(index.goalAreas.get(id), filters.goalAreas)) return false;
  if (filters.counties.length > 0) {
    const counties = index.counties.get(id);
    if (counties !== undefined && counties.size > 0) return intersects(counties, filters.counties);
    return (index.adjacency.get(id) ?? []).some(({ other }) => intersects(index.counties.get(other), filters.counties));
  }
  return true;
}

/** A graph to decide visibility on: the two-mode network or its projection. */
export interface ViewGraph {
  nodeIds: readonly string[];
  /**
   * `countsAs`: the link an edge counts as, when several drawn edges are one link of the snapshot (in the projected
   * view a pair's tie and its direct cooperation links are one tie, as the export has it); the edge's own id otherwise.
   */
  edges: readonly { id: string; source: string; target: string; evidence: Evidence | null; countsAs?: string }[];
}

/** How many links the edges are, counting edges that stand for the same link once. */
function linkCount(edges: readonly ViewGraph['edges'][number][]): number {
  return new Set(edges.map((edge) => edge.countsAs ?? edge.id)).size;
}

/**
 * What is drawn: nodes that pass, minus those hidden by hand, within the focus's neighbourhood when there is a
 * focus; plus every pinned node. Links need both ends drawn and their own evidence level shown.
 * `dropIsolates` leaves out unpinned nodes without a drawn link (the projected view shows ties, not lone actors).
 */
export function visibleElements(
  graph: ViewGraph,
  passes: (id: string) => boolean,
  filters: FilterState,
  restrictions: Restrictions,
  options: { dropIsolates?: boolean } = {},
): Visibility {
  const nodeSet = new Set(graph.nodeIds);
  const pinned = new Set(restrictions.pinned.filter((id) => nodeSet.has(id)));
  const hidden = new Set(restrictions.hidden);
  const edgeShown = (edge: ViewGraph['edges'][number]) => edge.evidence === null || !filters.hiddenEvidence.includes(edge.evidence);
  let around: Set<string> | null = null;
  if (restrictions.focus !== null) {
    const focus = restrictions.focus;
    around = new Set([focus]);
    for (const edge of graph.edges) {
      if (!edgeShown(edge)) continue;
      if (edge.source === focus) around.add(edge.target);
      if (edge.target === focus) around.add(edge.source);
    }
  }
  const nodes = new Set(graph.nodeIds.filter((id) => pinned.has(id) || (passes(id) && !hidden.has(id) && (around === null || around.has(id)))));
  const drawn = graph.edges.filter((edge) => edgeShown(edge) && nodes.has(edge.source) && nodes.has(edge.target));
  const edges = new Set(drawn.map((edge) => edge.id));
  if (options.dropIsolates === true) {
    const linked = new Set<string>();
    for (const edge of graph.edges) {
      if (!edges.has(edge.id)) continue;
      linked.add(edge.source);
      linked.add(edge.target);
    }
    // A drawn link has both ends linked, so removing the unlinked nodes leaves every drawn link in place.
    for (const id of [...nodes]) if (!linked.has(id) && !pinned.has(id)) nodes.delete(id);
  }
  return {
    nodes,
    edges,
    counts: { nodesShown: nodes.size, nodesTotal: graph.nodeIds.length, edgesShown: linkCount(drawn), edgesTotal: linkCount(graph.edges) },
  };
}

/** The neighbours that expanding nodes reveals: over the chosen relationship types, or all when none is chosen. */
export function revealedBy(index: NetworkIndex, expansions: readonly { id: string; types: readonly string[] }[]): string[] {
  return expansions.flatMap(({ id, types }) =>
    (index.adjacency.get(id) ?? []).filter(({ edge }) => types.length === 0 || types.includes(edge.type)).map(({ other }) => other),
  );
}
