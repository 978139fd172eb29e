import type { NodeKind } from '../../graphql/generated/graphql';
import type { ActorSiloRow, BodySiloRow } from './siloElements';

export interface SiloFilters {
  countyId: string;
  kind: NodeKind | '';
  flaggedOnly: boolean;
}

export const noSiloFilters: SiloFilters = { countyId: '', kind: '', flaggedOnly: false };

const inCounty = (counties: readonly { id: string }[], countyId: string) => countyId === '' || counties.some((county) => county.id === countyId);

export function filterActors(actors: readonly ActorSiloRow[], filters: SiloFilters): ActorSiloRow[] {
  return actors.filter(
    (silo) =>
      inCounty(silo.counties, filters.countyId) &&
      (filters.kind === '' || silo.actor.kind === filters.kind) &&
      (!filters.flaggedOnly || silo.flags.length > 0),
  );
}

/** Bodies follow the county and the flag filter; a kind other than Body hides them. */
export function filterBodies(bodies: readonly BodySiloRow[], filters: SiloFilters): BodySiloRow[] {
  if (filters.kind !== '' && filters.kind !== 'Body') return [];
  return bodies.filter((silo) => inCounty(silo.counties, filters.countyId) && (!filters.flaggedOnly || silo.flags.length > 0));
}

/** The counties and kinds to choose from, each once, by name. */
export function siloOptions(actors: readonly ActorSiloRow[]): { counties: { id: string; name: string }[]; kinds: NodeKind[] } {
  const counties = new Map(actors.flatMap((silo) => silo.counties.map((county) => [county.id, county.name] as const)));
  return {
    counties: [...counties].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    kinds: [...new Set(actors.map((silo) => silo.actor.kind))].sort(),
  };
}
