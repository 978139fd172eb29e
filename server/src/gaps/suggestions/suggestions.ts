import type { EvaluatedPair } from '../expectedPairs';
import { standsFor } from '../expectedPairs';
import type { CooperationBody, CooperationIndex, CooperationMembership } from '../../../../domain/cooperation/cooperationState';
import { admitsParty, bodyForm, type BodyForm } from './bodyForms';

export interface PartyToAdd {
  actorId: string;
  admitted: boolean;
}

/**
 * Where a suggestion stands in the report's order (SOU 2007:104, lines 886-888 and 1254-1256: use the
 * existing bodies first and complete them with the party that is missing), best first.
 */
export const suggestionStandings = [
  /** The municipality already sits in the body, whose form admits the missing party. */
  'completesBody',
  /** The body covers the place; the municipality would have to join as well. */
  'joinsBody',
  /** A new bilateral link: always listed, so the coordinator can compare. */
  'newBilateralLink',
  /** An EU programme area: an area a fund's programme is run for, not a forum. */
  'fundingGeography',
  /** A body with no recorded parties: nothing is known of who meets there. */
  'noRecordedParties',
  /** The body's form does not admit a party it would need. */
  'notAdmitted',
] as const;
export type SuggestionStanding = (typeof suggestionStandings)[number];

export type SuggestionStrength = 'strong' | 'moderate' | 'weak';

/** The facts of the graph a suggestion's rank and strength rest on. */
export interface SuggestionGrounds {
  standing: SuggestionStanding;
  strength: SuggestionStrength;
  /** The municipality's own party-ship of the body, with its date and source; null when it is not a party. */
  municipalityMembership: CooperationMembership | null;
  recordedParties: number;
  coveredCounties: number;
  form: BodyForm | null;
}

export interface Suggestion {
  kind: 'existingBody' | 'newBilateralLink';
  bodyId: string | null;
  partiesToAdd: PartyToAdd[];
  admitsAll: boolean;
  addressesGoalArea: boolean;
  /** Other missing pairs of the same municipality that the same addition would close. */
  alsoCloses: string[];
  grounds: SuggestionGrounds;
}

/** Bodies that cover the municipality at the date: it is a party, or the body covers it or its county. */
export function bodiesCovering(index: CooperationIndex, municipalityId: string): CooperationBody[] {
  const counties = index.actors.get(municipalityId)?.countyIds ?? [];
  return index.cooperation.bodies.filter(
    (body) =>
      body.memberIds.includes(municipalityId) ||
      body.coveredMunicipalityIds.includes(municipalityId) ||
      body.coveredCountyIds.some((countyId) => counties.includes(countyId)),
  );
}

function standingOf(body: CooperationBody, form: BodyForm, admitsAll: boolean, municipalityIsParty: boolean): SuggestionStanding {
  if (!admitsAll) return 'notAdmitted';
  if (form.fundingGeography) return 'fundingGeography';
  if (body.memberIds.length === 0) return 'noRecordedParties';
  return municipalityIsParty ? 'completesBody' : 'joinsBody';
}

/** Strong only when the municipality sits there already and the body works on the goal area. */
function strengthOf(standing: SuggestionStanding, addressesGoalArea: boolean): SuggestionStrength {
  if (standing === 'completesBody') return addressesGoalArea ? 'strong' : 'moderate';
  if (standing === 'joinsBody') return addressesGoalArea ? 'moderate' : 'weak';
  if (standing === 'newBilateralLink') return 'moderate';
  return 'weak';
}

function bodySuggestion(index: CooperationIndex, gap: EvaluatedPair, body: CooperationBody, otherGaps: EvaluatedPair[]): Suggestion {
  const municipalityId = gap.expectation.municipalityId;
  const municipalityIsParty = body.memberIds.includes(municipalityId);
  const missing = [
    ...(municipalityIsParty ? [] : [municipalityId]),
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
  const admitsAll = partiesToAdd.every((party) => party.admitted);
  const addressesGoalArea = body.goalAreaIds.includes(gap.expectation.goalAreaId);
  const form = bodyForm(body.bodyType);
  const standing = standingOf(body, form, admitsAll, municipalityIsParty);
  return {
    kind: 'existingBody',
    bodyId: body.id,
    partiesToAdd,
    admitsAll,
    addressesGoalArea,
    alsoCloses,
    grounds: {
      standing,
      strength: strengthOf(standing, addressesGoalArea),
      municipalityMembership: body.memberships.find((membership) => membership.actorId === municipalityId) ?? null,
      recordedParties: body.memberIds.length,
      coveredCounties: body.coveredCountyIds.length,
      form,
    },
  };
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
    grounds: {
      standing: 'newBilateralLink',
      strength: strengthOf('newBilateralLink', true),
      municipalityMembership: null,
      recordedParties: 0,
      coveredCounties: 0,
      form: null,
    },
  };
}

/** The report's order first; within it, bodies that already work on the goal area, close more, need fewer additions. */
function byStanding(index: CooperationIndex) {
  const name = (suggestion: Suggestion) => index.bodies.get(suggestion.bodyId ?? '')?.name ?? '';
  return (a: Suggestion, b: Suggestion) =>
    suggestionStandings.indexOf(a.grounds.standing) - suggestionStandings.indexOf(b.grounds.standing) ||
    Number(b.addressesGoalArea) - Number(a.addressesGoalArea) ||
    b.alsoCloses.length - a.alsoCloses.length ||
    a.partiesToAdd.length - b.partiesToAdd.length ||
    b.grounds.recordedParties - a.grounds.recordedParties ||
    name(a).localeCompare(name(b), 'sv');
}

/**
 * "Use an existing body first": a body where the municipality already sits and that admits the
 * missing party, then bodies it would also have to join, then a new bilateral link, which is always
 * listed; funding geographies, bodies with no recorded parties and forms that do not admit a party
 * come after it, as weak options.
 */
export function suggestionsFor(
  index: CooperationIndex,
  gap: EvaluatedPair,
  municipalityGaps: EvaluatedPair[],
  covering: CooperationBody[] = bodiesCovering(index, gap.expectation.municipalityId),
): Suggestion[] {
  if (gap.status !== 'missing') return [];
  const otherGaps = municipalityGaps.filter((other) => other.id !== gap.id && other.status === 'missing');
  return [bilateralLink(gap, otherGaps), ...covering.map((body) => bodySuggestion(index, gap, body, otherGaps))].sort(byStanding(index));
}

/** Suggestions for every missing pair, by pair id. */
export function suggestAll(index: CooperationIndex, pairs: EvaluatedPair[]): Map<string, Suggestion[]> {
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
