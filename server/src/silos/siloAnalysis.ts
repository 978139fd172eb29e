import { buildCooperationGraph, type CooperationGraph } from './cooperationGraph';
import type { ActorKind, CooperationState } from '../../../domain/cooperation/cooperationState';
import { burtMeasures } from './structuralHoles';

export const siloFlags = ['oneAgencyAtATime', 'stovepipe', 'twoPartyBody'] as const;
export type SiloFlag = (typeof siloFlags)[number];

export interface Tie {
  partnerId: string;
  linkIds: string[];
  bodyIds: string[];
  /** Reached only one-to-one: no shared body of three or more parties, and the partner has no tie to the actor's other partners. */
  bilateralOnly: boolean;
}

export interface ActorSilo {
  actorId: string;
  kind: ActorKind;
  partners: number;
  bilateralOnlyPartners: number;
  bilateralOnlyShare: number | null;
  /** Ties among the actor's partners over the ties possible among them; null below two partners. */
  partnerDensity: number | null;
  effectiveSize: number | null;
  constraint: number | null;
  flags: SiloFlag[];
  ties: Tie[];
}

export interface BodySilo {
  bodyId: string;
  partyIds: string[];
  flags: SiloFlag[];
}

export interface SiloAnalysis {
  actors: ActorSilo[];
  bodies: BodySilo[];
}

/** A body with this many parties or more brings partners together; fewer is one-to-one in practice. */
const multiPartySize = 3;

const agencyKinds: readonly ActorKind[] = ['Agency', 'AgencyUnit'];

function tiesOf(graph: CooperationGraph, actorId: string, partnerIds: string[], partiesByBody: Map<string, number>): Tie[] {
  return partnerIds.map((partnerId) => {
    const { linkIds, bodyIds } = graph.getEdgeAttributes(graph.edge(actorId, partnerId));
    const sharesMultiPartyBody = bodyIds.some((bodyId) => (partiesByBody.get(bodyId) ?? 0) >= multiPartySize);
    const meetsOtherPartners = partnerIds.some((other) => other !== partnerId && graph.hasEdge(partnerId, other));
    return { partnerId, linkIds: [...linkIds], bodyIds: [...bodyIds], bilateralOnly: !sharesMultiPartyBody && !meetsOtherPartners };
  });
}

function partnerDensity(graph: CooperationGraph, partnerIds: string[]): number | null {
  if (partnerIds.length < 2) return null;
  let ties = 0;
  partnerIds.forEach((a, index) => {
    for (const b of partnerIds.slice(index + 1)) if (graph.hasEdge(a, b)) ties += 1;
  });
  return ties / ((partnerIds.length * (partnerIds.length - 1)) / 2);
}

function actorFlags(graph: CooperationGraph, kind: ActorKind, partnerIds: string[], ties: Tie[]): SiloFlag[] {
  const flags: SiloFlag[] = [];
  // "A dialogue between the municipality and one agency at a time" (SOU 2007:104, lines 893, 1260).
  if (kind === 'Municipality' && partnerIds.length >= 2 && ties.every((tie) => tie.bilateralOnly)) flags.push('oneAgencyAtATime');
  // Agencies staying in their own stovepipe, cooperating with municipalities but no other agency (line 781).
  const onlyMunicipalities = partnerIds.every((id) => graph.getNodeAttribute(id, 'kind') === 'Municipality');
  if (agencyKinds.includes(kind) && partnerIds.length > 0 && onlyMunicipalities) flags.push('stovepipe');
  return flags;
}

/** Per actor and per body, the figures and flags of one-to-one cooperation on the cooperation state's date. */
export function analyseSilos(cooperation: CooperationState): SiloAnalysis {
  const graph = buildCooperationGraph(cooperation);
  const measures = burtMeasures(graph);
  const actorIds = new Set(cooperation.actors.map((actor) => actor.id));
  const bodies = cooperation.bodies.map((body) => {
    const partyIds = [...new Set(body.memberIds)].filter((id) => actorIds.has(id)).sort();
    const flags: SiloFlag[] = partyIds.length === 2 ? ['twoPartyBody'] : [];
    return { bodyId: body.id, partyIds, flags };
  });
  const partiesByBody = new Map(bodies.map((body) => [body.bodyId, body.partyIds.length]));
  const actors = cooperation.actors.map((actor): ActorSilo => {
    const partnerIds = graph.neighbors(actor.id).sort();
    const ties = tiesOf(graph, actor.id, partnerIds, partiesByBody);
    const bilateralOnlyPartners = ties.filter((tie) => tie.bilateralOnly).length;
    const burt = measures.get(actor.id) ?? { effectiveSize: null, constraint: null };
    return {
      actorId: actor.id,
      kind: actor.kind,
      partners: partnerIds.length,
      bilateralOnlyPartners,
      bilateralOnlyShare: partnerIds.length === 0 ? null : bilateralOnlyPartners / partnerIds.length,
      partnerDensity: partnerDensity(graph, partnerIds),
      effectiveSize: burt.effectiveSize,
      constraint: burt.constraint,
      flags: actorFlags(graph, actor.kind, partnerIds, ties),
      ties,
    };
  });
  return { actors, bodies };
}
