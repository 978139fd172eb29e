import type { CooperationIndex } from '../../../domain/cooperation/cooperationState';
import type { Expectation } from './gapInput';

export const pairStatuses = ['linked', 'indirect', 'missing'] as const;
export type PairStatus = (typeof pairStatuses)[number];

export interface EvaluatedPair {
  id: string;
  expectation: Expectation;
  countyId: string | null;
  /** Who exactly is expected: the serving unit, or the agency itself. */
  targetId: string;
  servingUnitFound: boolean;
  status: PairStatus;
  linkIds: string[];
  viaBodyIds: string[];
}

/** An actor counts as the target when it is the target or one of its units (at any depth). */
export function standsFor(index: CooperationIndex, actorId: string, targetId: string): boolean {
  return index.actors.get(actorId)?.lineage.includes(targetId) ?? false;
}

function targetOf(expectation: Expectation): { targetId: string; servingUnitFound: boolean } {
  if (expectation.partnerScope === 'agency') return { targetId: expectation.partnerId, servingUnitFound: true };
  // No unit serves the municipality (e.g. Gotland had no county labour board): the agency itself is expected.
  return { targetId: expectation.servingUnitId ?? expectation.partnerId, servingUnitFound: expectation.servingUnitId !== null };
}

/**
 * Linked: a bilateral link valid at the date between the municipality and the target, about the goal
 * area or about no goal area in particular. Indirect: both are parties to a body that addresses the
 * goal area. Otherwise missing.
 */
export function evaluatePair(index: CooperationIndex, expectation: Expectation): EvaluatedPair {
  const { municipalityId, goalAreaId } = expectation;
  const { targetId, servingUnitFound } = targetOf(expectation);
  const linkIds = (index.linksByActor.get(municipalityId) ?? [])
    .filter((link) => standsFor(index, link.from === municipalityId ? link.to : link.from, targetId))
    .filter((link) => link.goalAreaIds.length === 0 || link.goalAreaIds.includes(goalAreaId))
    .map((link) => link.id);
  const viaBodyIds = (index.bodiesByMember.get(municipalityId) ?? [])
    .filter((body) => body.goalAreaIds.includes(goalAreaId))
    .filter((body) => body.memberIds.some((memberId) => standsFor(index, memberId, targetId)))
    .map((body) => body.id);
  const status: PairStatus = linkIds.length > 0 ? 'linked' : viaBodyIds.length > 0 ? 'indirect' : 'missing';
  return {
    id: `${expectation.ruleId}/${municipalityId}/${expectation.partnerId}`,
    expectation,
    countyId: index.actors.get(municipalityId)?.countyIds[0] ?? null,
    targetId,
    servingUnitFound,
    status,
    linkIds,
    viaBodyIds,
  };
}

/** Every expected pair whose municipality and partner are in the network at the date. */
export function evaluatePairs(index: CooperationIndex, expectations: Expectation[]): EvaluatedPair[] {
  return expectations
    .map((expectation) => evaluatePair(index, expectation))
    .filter((pair) => [pair.expectation.municipalityId, pair.expectation.partnerId, pair.targetId].every((id) => index.actors.has(id)));
}
