import type { EvaluatedPair } from '../gaps/expectedPairs';
import { standsFor } from '../gaps/expectedPairs';
import type { SnapshotBody, SnapshotIndex } from '../silos/snapshot';
import { admitsParty } from './bodyForms';

export interface PartyToAdd {
  actorId: string;
  admitted: boolean;
}

export interface Suggestion {
  kind: 'existingBody' | 'newBilateralLink';
  bodyId: string | null;
  partiesToAdd: PartyToAdd[];
  admitsAll: boolean;
  addressesGoalArea: boolean;
  /** Other missing pairs of the same municipality that the same addition would close. */
  alsoCloses: string[];
}

/** Bodies that cover the municipality at the date: it is a party, or the body covers it or its county. */
export function bodiesCovering(index: SnapshotIndex, municipalityId: string): SnapshotBody[] {
  const counties = index.actors.get(municipalityId)?.countyIds ?? [];
  return index.snapshot.bodies.filter(
    (body) =>
      body.memberIds.includes(municipalityId) ||
      body.coveredMunicipalityIds.includes(municipalityId) ||
      body.coveredCountyIds.some((countyId) => counties.includes(countyId)),
  );
}

function bodySuggestion(index: SnapshotIndex, gap: EvaluatedPair, body: SnapshotBody, otherGaps: EvaluatedPair[]): Suggestion {
  const municipalityId = gap.expectation.municipalityId;
  const missing = [
    ...(body.memberIds.includes(municipalityId) ? [] : [municipalityId]),
    ...(body.memberIds.some((id) => standsFor(index, id, gap.targetId)) ? [] : [gap.targetId]),
  ];
  const partiesToAdd = missing.map((actorId) => {
    const actor = index.actors.get(actorId);
    return { actorId, admitted: actor !== undefined && admitsParty(body.bodyType, actor) };
  });
  // Taking the gap up means addressing its goal area; other gaps close if they share a goal area with the body.
  const goalAreas = new Set([...body.goalAreaIds, gap.expectation.goalAreaId]);
  const membersAfter = [...body.memberIds, ...missing];
  const alsoCloses = otherGaps
    .filter((other) => goalAreas.has(other.expectation.goalAreaId))
    .filter((other) => membersAfter.some((id) => standsFor(index, id, other.targetId)))
    .map((other) => other.id);
  return {
    kind: 'existingBody',
    bodyId: body.id,
    partiesToAdd,
    admitsAll: partiesToAdd.every((party) => party.admitted),
    addressesGoalArea: body.goalAreaIds.includes(gap.expectation.goalAreaId),
    alsoCloses,
  };
}

/** Ties are broken in favour of bodies that already work on the goal area and have parties. */
function byFit(index: SnapshotIndex) {
  const body = (suggestion: Suggestion) => index.bodies.get(suggestion.bodyId ?? '');
  const parties = (suggestion: Suggestion) => body(suggestion)?.memberIds.length ?? 0;
  const name = (suggestion: Suggestion) => body(suggestion)?.name ?? '';
  return (a: Suggestion, b: Suggestion) =>
    Number(b.admitsAll) - Number(a.admitsAll) ||
    a.partiesToAdd.length - b.partiesToAdd.length ||
    b.alsoCloses.length - a.alsoCloses.length ||
    Number(b.addressesGoalArea) - Number(a.addressesGoalArea) ||
    parties(b) - parties(a) ||
    name(a).localeCompare(name(b), 'sv');
}

function bilateralLink(gap: EvaluatedPair, otherGaps: EvaluatedPair[]): Suggestion {
  return {
    kind: 'newBilateralLink',
    bodyId: null,
    partiesToAdd: [],
    admitsAll: true,
    addressesGoalArea: true,
    // A link about no goal area in particular counts for every goal area with the same partner.
    alsoCloses: otherGaps.filter((other) => other.targetId === gap.targetId).map((other) => other.id),
  };
}

/**
 * "Use an existing body first": bodies covering the municipality, ranked by whether their form admits
 * the parties, how few parties must be added, then how many of the municipality's other gaps the same
 * addition closes. A new bilateral link comes first only when no body fits.
 */
export function suggestionsFor(
  index: SnapshotIndex,
  gap: EvaluatedPair,
  municipalityGaps: EvaluatedPair[],
  covering: SnapshotBody[] = bodiesCovering(index, gap.expectation.municipalityId),
): Suggestion[] {
  if (gap.status !== 'missing') return [];
  const otherGaps = municipalityGaps.filter((other) => other.id !== gap.id && other.status === 'missing');
  const bodies = covering
    .map((body) => bodySuggestion(index, gap, body, otherGaps))
    .sort(byFit(index));
  return bodies.some((suggestion) => suggestion.admitsAll) ? bodies : [bilateralLink(gap, otherGaps), ...bodies];
}

/** Suggestions for every missing pair, by pair id. */
export function suggestAll(index: SnapshotIndex, pairs: EvaluatedPair[]): Map<string, Suggestion[]> {
  const byMunicipality = new Map<string, EvaluatedPair[]>();
  for (const pair of pairs) {
    const group = byMunicipality.get(pair.expectation.municipalityId);
    if (group === undefined) byMunicipality.set(pair.expectation.municipalityId, [pair]);
    else group.push(pair);
  }
  const suggestions = new Map<string, Suggestion[]>();
  for (const [municipalityId, group] of byMunicipality) {
    const covering = bodiesCovering(index, municipalityId);
    for (const pair of group) suggestions.set(pair.id, suggestionsFor(index, pair, group, covering));
  }
  return suggestions;
}
