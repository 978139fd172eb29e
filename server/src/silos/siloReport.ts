import type { ActorSilo as ActorSiloModel, BodySilo as BodySiloModel, SiloCounts, SiloFilter, SiloReport, SiloTally } from '../graphql/generated/resolvers';
import { refOf } from '../../../domain/cooperation/refs';
import type { ActorSilo, BodySilo, SiloAnalysis, SiloFlag } from './siloAnalysis';
import type { CooperationIndex } from '../../../domain/cooperation/cooperationState';

export function toActorSilo(index: CooperationIndex, silo: ActorSilo): ActorSiloModel {
  const { actorId, ties, kind: _kind, ...figures } = silo;
  return {
    ...figures,
    actor: refOf(index, actorId),
    counties: (index.actors.get(actorId)?.countyIds ?? []).map((id) => refOf(index, id)),
    ties: ties.map((tie) => ({
      partner: refOf(index, tie.partnerId),
      linkIds: tie.linkIds,
      bodies: tie.bodyIds.map((id) => refOf(index, id)),
      bilateralOnly: tie.bilateralOnly,
    })),
  };
}

/** A body lies in the counties it covers, those of the municipalities it covers, and those of its parties. */
function bodyCounties(index: CooperationIndex, silo: BodySilo): string[] {
  const body = index.bodies.get(silo.bodyId);
  if (body === undefined) return [];
  const countiesOf = (ids: string[]) => ids.flatMap((id) => index.actors.get(id)?.countyIds ?? []);
  return [...new Set([...body.coveredCountyIds, ...countiesOf(body.coveredMunicipalityIds), ...countiesOf(silo.partyIds)])].sort();
}

function toBodySilo(index: CooperationIndex, silo: BodySilo, countyIds: string[]): BodySiloModel {
  return {
    body: refOf(index, silo.bodyId),
    bodyType: index.bodies.get(silo.bodyId)?.bodyType ?? null,
    parties: silo.partyIds.map((id) => refOf(index, id)),
    counties: countyIds.map((id) => refOf(index, id)),
    flags: silo.flags,
  };
}

function matches(filter: SiloFilter, kind: string, countyIds: string[], flags: SiloFlag[]): boolean {
  return (
    (filter.kinds == null || filter.kinds.some((wanted) => wanted === kind)) &&
    (filter.countyIds == null || filter.countyIds.some((id) => countyIds.includes(id))) &&
    (filter.flags == null || filter.flags.some((flag) => flags.includes(flag)))
  );
}

function countsOf(actors: ActorSilo[], bodies: BodySilo[]): SiloCounts {
  const flagged = (flag: SiloFlag) => actors.filter((silo) => silo.flags.includes(flag)).length;
  return {
    actors: actors.length,
    oneAgencyAtATime: flagged('oneAgencyAtATime'),
    stovepipe: flagged('stovepipe'),
    twoPartyBody: bodies.filter((silo) => silo.flags.includes('twoPartyBody')).length,
  };
}

/** Counts over the whole analysis: actors with at least one partner, and every body. */
export function siloCounts(analysis: SiloAnalysis): SiloCounts {
  return countsOf(analysis.actors.filter((silo) => silo.partners > 0), analysis.bodies);
}

function byFlagsThenConstraint(index: CooperationIndex) {
  const name = (silo: ActorSilo) => index.actors.get(silo.actorId)?.name ?? silo.actorId;
  return (a: ActorSilo, b: ActorSilo) =>
    b.flags.length - a.flags.length || (b.constraint ?? -1) - (a.constraint ?? -1) || name(a).localeCompare(name(b), 'sv');
}

/** The figures that match the filter, ranked, with counts nationally (of what the filter selects) and per county. */
export function siloReport(index: CooperationIndex, analysis: SiloAnalysis, filter: SiloFilter): Omit<SiloReport, 'asOfBasis'> {
  const actorCounties = (silo: ActorSilo) => index.actors.get(silo.actorId)?.countyIds ?? [];
  const minPartners = filter.minPartners ?? 1;
  const actors = analysis.actors
    .filter((silo) => silo.partners >= minPartners && matches(filter, silo.kind, actorCounties(silo), silo.flags))
    .sort(byFlagsThenConstraint(index));
  const bodies = analysis.bodies
    .filter((silo) => silo.partyIds.length > 0)
    .map((silo) => ({ silo, countyIds: bodyCounties(index, silo) }))
    .filter(({ silo, countyIds }) => matches(filter, 'Body', countyIds, silo.flags));
  const byCounty: SiloTally[] = index.cooperation.counties
    .map((county) => ({
      county: refOf(index, county.id),
      counts: countsOf(
        actors.filter((silo) => actorCounties(silo).includes(county.id)),
        bodies.filter(({ countyIds }) => countyIds.includes(county.id)).map(({ silo }) => silo),
      ),
    }))
    .filter((entry) => entry.counts.actors > 0 || entry.counts.twoPartyBody > 0)
    .sort((a, b) => a.county.id.localeCompare(b.county.id));
  return {
    asOf: index.cooperation.asOf,
    actors: actors.map((silo) => toActorSilo(index, silo)),
    bodies: bodies.map(({ silo, countyIds }) => toBodySilo(index, silo, countyIds)),
    counts: countsOf(actors, bodies.map(({ silo }) => silo)),
    byCounty,
  };
}
