import type { GapFilter, GapReport, PairCounts, PairTally } from '../graphql/generated/resolvers';
import { refOf } from '../../../domain/cooperation/refs';
import { indexCooperation, type CooperationIndex } from '../../../domain/cooperation/cooperationState';
import { suggestAll, type Suggestion } from './suggestions/suggestions';
import { evaluatePairs, pairStatuses, type EvaluatedPair } from './expectedPairs';
import type { GapInput } from './gapInput';
import { toExpectedPair } from './pairModels';

export interface GapAnalysis {
  index: CooperationIndex;
  pairs: EvaluatedPair[];
  suggestions: Map<string, Suggestion[]>;
}

export function analyseGaps(input: GapInput): GapAnalysis {
  const index = indexCooperation(input.cooperation);
  const pairs = evaluatePairs(index, input.expectations);
  return { index, pairs, suggestions: suggestAll(index, pairs) };
}

export function countPairs(pairs: EvaluatedPair[]): PairCounts {
  const count = (status: string) => pairs.filter((pair) => pair.status === status).length;
  return { linked: count('linked'), indirect: count('indirect'), missing: count('missing'), total: pairs.length };
}

function allowed(values: readonly string[] | null | undefined, value: string | null): boolean {
  return values === null || values === undefined || (value !== null && values.includes(value));
}

/** Everything but the status: counts show all three statuses of what the filter selects. */
function inScope(filter: GapFilter, pair: EvaluatedPair): boolean {
  const { expectation } = pair;
  return (
    allowed(filter.municipalityIds, expectation.municipalityId) &&
    allowed(filter.agencyIds, expectation.partnerId) &&
    allowed(filter.goalAreaIds, expectation.goalAreaId) &&
    allowed(filter.countyIds, pair.countyId) &&
    allowed(filter.ruleIds, expectation.ruleId)
  );
}

function tally(index: CooperationIndex, pairs: EvaluatedPair[], keyOf: (pair: EvaluatedPair) => string | null): PairTally[] {
  const groups = new Map<string, EvaluatedPair[]>();
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [pair]);
    else group.push(pair);
  }
  return [...groups.entries()]
    .map(([id, group]): PairTally => ({ about: refOf(index, id), counts: countPairs(group) }))
    .sort((a, b) => b.counts.missing - a.counts.missing || a.about.name.localeCompare(b.about.name, 'sv'));
}

function byStatusThenName(index: CooperationIndex) {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  return (a: EvaluatedPair, b: EvaluatedPair) =>
    pairStatuses.indexOf(b.status) - pairStatuses.indexOf(a.status) ||
    name(a.expectation.municipalityId).localeCompare(name(b.expectation.municipalityId), 'sv') ||
    a.expectation.goalAreaId.localeCompare(b.expectation.goalAreaId) ||
    name(a.targetId).localeCompare(name(b.targetId), 'sv');
}

/** The report on the analysis's date; the resolver says why the analysis runs on that date. */
export function gapReport(analysis: GapAnalysis, filter: GapFilter): Omit<GapReport, 'asOfBasis'> {
  const { index } = analysis;
  const scoped = analysis.pairs.filter((pair) => inScope(filter, pair));
  const shown = scoped.filter((pair) => allowed(filter.statuses, pair.status)).sort(byStatusThenName(index));
  return {
    asOf: index.cooperation.asOf,
    pairs: shown.map((pair) => toExpectedPair(index, pair, analysis.suggestions.get(pair.id) ?? [])),
    counts: countPairs(scoped),
    byMunicipality: tally(index, scoped, (pair) => pair.expectation.municipalityId),
    byAgency: tally(index, scoped, (pair) => pair.expectation.partnerId),
    byGoalArea: tally(index, scoped, (pair) => pair.expectation.goalAreaId),
    byCounty: tally(index, scoped, (pair) => pair.countyId),
  };
}
