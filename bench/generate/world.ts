import type { Dataset, Window } from './model';
import type { Place } from './reference';

/** A unit of an agency and the municipalities it serves, for memberships and cooperation. */
export interface UnitEntry {
  id: string;
  agencyFamily: AgencyFamily;
  window: Window;
}

/** Agencies grouped by the service they give, across reorganisations (AMS → Arbetsförmedlingen…). */
export type AgencyFamily = 'employment' | 'insurance' | 'police' | 'migration' | 'tax' | 'social' | 'school';

/** Indexes over what has been generated so far, shared by the generator steps. */
export interface World {
  dataset: Dataset;
  municipalities: Place[];
  municipalitiesByCounty: Map<string, Place[]>;
  /** Relative size of each municipality: more offices, bodies and cooperation where more people live. */
  weight: Map<string, number>;
  countyIds: string[];
  countyCouncilByCounty: Map<string, string>;
  boardByCounty: Map<string, string>;
  districtsByMunicipality: Map<string, string[]>;
  localUnitsByMunicipality: Map<string, UnitEntry[]>;
  regionalUnitsByCounty: Map<string, UnitEntry[]>;
  organisationsByMunicipality: Map<string, string[]>;
  agencyIds: string[];
}

export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}
