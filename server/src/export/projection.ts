import { actorKinds } from '../../../domain/kinds';
import { byId } from './elements';
import type { AttributeValue, ExportEdge, ExportGraph } from './types';

const actorKindNames: readonly string[] = actorKinds;

/** What actors share, as the explorer's projection has it: a body they are members of, an agreement they are party to. */
const sharedThrough: Record<string, string> = { MEMBER_OF: 'Body', PARTY_TO: 'Agreement' };

/** What one actor pair's tie is made of: shared bodies and direct cooperation links, with their provenance. */
interface TieParts {
  a: string;
  b: string;
  bodies: Set<string>;
  links: Set<string>;
  cooperationLinks: Set<string>;
  evidence: Set<string>;
  /** Each cited place once, keyed by source and locator, so the two lists written out stay in step. */
  citations: Map<string, { sourceId: string; locator: string }>;
}

function text(value: AttributeValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

const sorted = (values: Set<string>) => [...values].sort();

/**
 * The one-mode projection: actors only, one undirected tie per pair of actors that are members of the same body,
 * parties to the same agreement, or cooperate directly. Each tie remembers the bodies and agreements (`bodies`) and
 * the links it came from, and their evidence and sources: `sourceId` and `locator` are parallel lists, the i-th
 * locator a place in the i-th source.
 */
export function project(graph: ExportGraph): ExportGraph {
  const actors = graph.nodes.filter((node) => actorKindNames.includes(String(node.attributes['kind'])));
  const actorIds = new Set(actors.map((node) => node.id));
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.attributes['kind']]));
  const ties = new Map<string, TieParts>();

  const add = (first: string, second: string, edges: ExportEdge[], body: string | null) => {
    const [a, b] = first < second ? [first, second] : [second, first];
    const key = `${a}--${b}`;
    const tie = ties.get(key) ?? {
      a,
      b,
      bodies: new Set(),
      links: new Set(),
      cooperationLinks: new Set(),
      evidence: new Set(),
      citations: new Map(),
    };
    ties.set(key, tie);
    if (body !== null) tie.bodies.add(body);
    for (const edge of edges) {
      tie.links.add(edge.id);
      if (edge.label === 'COOPERATES_WITH') tie.cooperationLinks.add(edge.id);
      const evidence = text(edge.attributes['evidence']);
      const sourceId = text(edge.attributes['sourceId']);
      const locator = text(edge.attributes['locator']);
      if (evidence !== null) tie.evidence.add(evidence);
      if (sourceId !== null) tie.citations.set(`${sourceId}\u0000${locator ?? ''}`, { sourceId, locator: locator ?? '' });
    }
  };

  const membersByBody = new Map<string, ExportEdge[]>();
  for (const edge of graph.edges) {
    if (actorIds.has(edge.source) && sharedThrough[edge.label] !== undefined && kindOf.get(edge.target) === sharedThrough[edge.label]) {
      membersByBody.set(edge.target, [...(membersByBody.get(edge.target) ?? []), edge]);
    }
    if (edge.label === 'COOPERATES_WITH' && actorIds.has(edge.source) && actorIds.has(edge.target) && edge.source !== edge.target) {
      add(edge.source, edge.target, [edge], null);
    }
  }
  for (const [body, memberships] of membersByBody) {
    memberships.forEach((first, index) => {
      for (const second of memberships.slice(index + 1)) {
        if (first.source !== second.source) add(first.source, second.source, [first, second], body);
      }
    });
  }

  const edges: ExportEdge[] = [...ties.values()].map((tie) => {
    const citations = [...tie.citations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, citation]) => citation);
    return {
      id: `${tie.a}--${tie.b}`,
      source: tie.a,
      target: tie.b,
      label: 'SHARED_TIE',
      directed: false,
      attributes: {
        relationship: 'SHARED_TIE',
        weight: tie.bodies.size + tie.cooperationLinks.size,
        bodies: sorted(tie.bodies),
        cooperationLinks: sorted(tie.cooperationLinks),
        links: sorted(tie.links),
        evidence: sorted(tie.evidence),
        sourceId: citations.map((citation) => citation.sourceId),
        locator: citations.map((citation) => citation.locator),
      },
      spell: { start: null, end: null },
    };
  });
  return { nodes: actors, edges: edges.sort(byId) };
}
