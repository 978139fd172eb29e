import type { NodeKind } from '../../graphql/generated/graphql';
import type { NetworkEdge } from './elements';
import type { NetworkIndex } from './networkIndex';

export const actorKinds: ReadonlySet<NodeKind> = new Set([
  'Municipality',
  'CountyCouncil',
  'CountyAdministrativeBoard',
  'Agency',
  'AgencyUnit',
  'Organisation',
]);

/** A tie between two actors through the bodies and agreements they share; `via` remembers which. */
export interface Tie {
  id: string;
  source: string;
  target: string;
  via: string[];
}

/** The id of the tie between two actors, the same whichever end comes first. */
export function tieId(a: string, b: string): string {
  return a < b ? `tie:${a}|${b}` : `tie:${b}|${a}`;
}

/**
 * The projected (one-mode) view: actors only, tied when they are members of or parties to the same body or
 * agreement. Only groups and memberships that the caller lets through count, so filters shape the ties too.
 */
export function projectTies(
  index: NetworkIndex,
  groupCounts: (id: string) => boolean,
  membershipCounts: (edge: NetworkEdge) => boolean,
): Tie[] {
  const membersByGroup = new Map<string, Set<string>>();
  for (const edge of index.network.edges) {
    if (edge.type !== 'MEMBER_OF' && edge.type !== 'PARTY_TO') continue;
    const member = index.nodes.get(edge.source);
    if (member === undefined || !actorKinds.has(member.kind) || !groupCounts(edge.target) || !membershipCounts(edge)) continue;
    const members = membersByGroup.get(edge.target) ?? new Set<string>();
    members.add(edge.source);
    membersByGroup.set(edge.target, members);
  }
  const ties = new Map<string, Tie>();
  for (const [group, members] of [...membersByGroup].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...members].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const source = sorted[i] ?? '';
        const target = sorted[j] ?? '';
        const id = tieId(source, target);
        const tie = ties.get(id) ?? { id, source, target, via: [] };
        tie.via.push(group);
        ties.set(id, tie);
      }
    }
  }
  return [...ties.values()].sort((a, b) => a.id.localeCompare(b.id));
}
