import type { ActorSiloRow } from './siloElements';

/** An actor's figures as the API returns them, for tests. */
export function anActorSilo(
  id: string,
  { kind = 'Municipality', ties = [], flags = [], counties = [] }: {
    kind?: ActorSiloRow['actor']['kind'];
    ties?: [partner: string, bilateralOnly: boolean][];
    flags?: ActorSiloRow['flags'];
    counties?: string[];
  } = {},
): ActorSiloRow {
  return {
    actor: { id, kind, name: id },
    counties: counties.map((county) => ({ id: county, name: county.toUpperCase() })),
    partners: ties.length,
    bilateralOnlyPartners: ties.filter(([, bilateral]) => bilateral).length,
    bilateralOnlyShare: null,
    partnerDensity: null,
    effectiveSize: null,
    constraint: null,
    flags,
    ties: ties.map(([partner, bilateralOnly]) => ({ partner: { id: partner, kind: 'Agency', name: partner }, linkIds: [], bodies: [], bilateralOnly })),
  };
}
