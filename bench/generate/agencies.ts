import { always, lastYear, firstYear, windowWithin, type Window } from './model';
import type { Reference } from './reference';
import { listIn, type AgencyFamily, type UnitEntry, type World } from './world';

const until = (to: number): Window => ({ from: firstYear, to, openFrom: true, openTo: false, exact: true });
const since = (from: number): Window => ({ from, to: lastYear, openFrom: false, openTo: true, exact: true });

function yearOf(text: string | undefined, fallback: number): number {
  return text === undefined ? fallback : Number(text.slice(0, 4));
}

/** The central agencies of the seed, plus the police agency of 2015 so the history runs on past the report. */
export function addAgencies(world: World, reference: Reference): void {
  const { dataset } = world;
  for (const agency of reference.agencies) {
    const window: Window = {
      from: yearOf(agency.validFrom, firstYear),
      to: yearOf(agency.validTo, lastYear),
      openFrom: agency.validFrom === undefined,
      openTo: agency.validTo === undefined,
    };
    // The seed's own dates for the agencies (AMS ends 2007-12-31…), not generated ones.
    const dates = { ...(agency.validFrom === undefined ? {} : { validFrom: agency.validFrom }), ...(agency.validTo === undefined ? {} : { validTo: agency.validTo }) };
    dataset.addNode('agencies', { id: agency.id, kind: 'Agency', name: agency.name, level: 'central', nameEn: agency.nameEn ?? '', ...dates }, window);
    world.agencyIds.push(agency.id);
  }
  dataset.addNode('agencies', { id: 'polismyndigheten', kind: 'Agency', name: 'Polismyndigheten', level: 'central' }, since(2015));
  world.agencyIds.push('polismyndigheten');
  dataset.addLink('agency-structure', 'succeeded-rikspolisstyrelsen', { type: 'SUCCEEDED_BY', from: 'rikspolisstyrelsen', to: 'polismyndigheten', task: 'policing' }, since(2015));
  dataset.addLink('agency-structure', 'succeeded-ams', { type: 'SUCCEEDED_BY', from: 'ams', to: 'arbetsformedlingen', task: 'employment service' }, since(2008));
  for (const organisation of [
    { id: 'regeringen', name: 'Regeringen' },
    { id: 'skl', name: 'Sveriges Kommuner och Landsting (SKL)' },
  ]) {
    dataset.addNode('organisations', { ...organisation, kind: 'Organisation' });
  }
}

interface RegionalKind {
  family: AgencyFamily;
  agency: string;
  prefix: string;
  name: string;
  unitType: string;
  window: Window;
  /** Units that each serve a group of counties rather than one county. */
  regions?: number;
}

/** Regional units as the agencies had them: one per county, or one per region of several counties. */
const regionalKinds: RegionalKind[] = [
  { family: 'employment', agency: 'ams', prefix: 'county-labour-board', name: 'Länsarbetsnämnden i', unitType: 'countyLabourBoard', window: until(2007) },
  { family: 'employment', agency: 'arbetsformedlingen', prefix: 'af-market-area', name: 'Arbetsförmedlingen marknadsområde', unitType: 'marketArea', window: since(2008), regions: 10 },
  { family: 'police', agency: 'rikspolisstyrelsen', prefix: 'police-authority', name: 'Polismyndigheten i', unitType: 'policeAuthority', window: until(2014) },
  { family: 'police', agency: 'polismyndigheten', prefix: 'police-region', name: 'Polisregion', unitType: 'policeRegion', window: since(2015), regions: 7 },
  { family: 'insurance', agency: 'forsakringskassan', prefix: 'forsakringskassan-county-office', name: 'Försäkringskassan, länskontoret i', unitType: 'countyOffice', window: { from: 2005, to: 2007, openFrom: false, openTo: false, exact: true } },
  { family: 'migration', agency: 'migrationsverket', prefix: 'migrationsverket-region', name: 'Migrationsverket region', unitType: 'region', window: always, regions: 6 },
  { family: 'social', agency: 'socialstyrelsen', prefix: 'socialstyrelsen-unit', name: 'Socialstyrelsen regional enhet', unitType: 'regionalUnit', window: always, regions: 6 },
  { family: 'school', agency: 'skolutveckling', prefix: 'skolutveckling-unit', name: 'Myndigheten för skolutveckling enhet', unitType: 'regionalUnit', window: { from: 2003, to: 2008, openFrom: false, openTo: false, exact: true }, regions: 5 },
];

/** Regional units: UNIT_OF their agency, SERVES their county or counties. */
export function addRegionalUnits(world: World, reference: Reference): void {
  const { dataset } = world;
  const countyName = new Map(reference.counties.map((county) => [county.id, county.name]));
  for (const kind of regionalKinds) {
    const groups: string[][] =
      kind.regions === undefined
        ? world.countyIds.map((county) => [county])
        : Array.from({ length: kind.regions }, (_, region) => world.countyIds.filter((_county, index) => index % (kind.regions ?? 1) === region));
    groups.forEach((counties, index) => {
      const first = counties[0] ?? '';
      const scope = kind.regions === undefined ? first.replace('county-', '') : String(index + 1);
      const id = `${kind.prefix}-${scope}`;
      const name = kind.regions === undefined ? `${kind.name} ${countyName.get(first) ?? first}` : `${kind.name} ${scope}`;
      dataset.addNode('agency-units', { id, kind: 'AgencyUnit', name, level: 'regional', unitType: kind.unitType }, kind.window);
      dataset.addLink('agency-structure', `unit-of-${id}`, { type: 'UNIT_OF', from: id, to: kind.agency }, kind.window);
      for (const county of counties) {
        dataset.addLink('agency-structure', `serves-${id}-${county}`, { type: 'SERVES', from: id, to: county }, kind.window);
        listIn(world.regionalUnitsByCounty, county).push({ id, agencyFamily: kind.family, window: kind.window });
      }
    });
  }
}

interface LocalKind {
  family: AgencyFamily;
  share: number;
  prefix: string;
  name: string;
  unitType: string;
  /** The eras of the agency's local network, each with the regional unit kind its offices belong to. */
  eras: { window: Window; parentPrefix: string; agency: string }[];
}

const localKinds: LocalKind[] = [
  { family: 'employment', share: 0.35, prefix: 'employment-office', name: 'Arbetsförmedlingen', unitType: 'employmentOffice', eras: [
    { window: until(2007), parentPrefix: 'county-labour-board', agency: 'ams' },
    { window: since(2008), parentPrefix: 'af-market-area', agency: 'arbetsformedlingen' },
  ] },
  { family: 'insurance', share: 0.25, prefix: 'fk-local-office', name: 'Försäkringskassan lokalkontor', unitType: 'localOffice', eras: [
    { window: since(2005), parentPrefix: '', agency: 'forsakringskassan' },
  ] },
  { family: 'police', share: 0.25, prefix: 'local-police', name: 'Lokalpolisområde', unitType: 'localPoliceArea', eras: [
    { window: until(2014), parentPrefix: 'police-authority', agency: 'rikspolisstyrelsen' },
    { window: since(2015), parentPrefix: 'police-region', agency: 'polismyndigheten' },
  ] },
  { family: 'migration', share: 0.07, prefix: 'migration-office', name: 'Migrationsverket', unitType: 'receptionUnit', eras: [
    { window: always, parentPrefix: 'migrationsverket-region', agency: 'migrationsverket' },
  ] },
  { family: 'tax', share: 0.08, prefix: 'service-office', name: 'Servicekontoret', unitType: 'serviceOffice', eras: [
    { window: since(2006), parentPrefix: '', agency: 'skatteverket' },
  ] },
];

/** Local offices: in the municipalities, weighted by size, each in one era of its agency's organisation. */
export function addLocalUnits(world: World, count: number): void {
  const { dataset } = world;
  const { random } = dataset;
  for (let index = 0; index < count; index++) {
    const kind = random.weighted(localKinds, (entry) => entry.share);
    const era = random.pick(kind.eras);
    const municipality = random.weighted(world.municipalities, (place) => world.weight.get(place.id) ?? 1);
    const units = listIn(world.localUnitsByMunicipality, municipality.id);
    const number = units.filter((unit) => unit.agencyFamily === kind.family).length + 1;
    const id = `${kind.prefix}-${municipality.code}-${number}`;
    // Offices open and close: some last the whole era, others a few years of it.
    const window = random.chance(0.6) ? era.window : windowWithin(random, era.window, 3, 15, 0.5);
    dataset.addNode('agency-units', {
      id,
      kind: 'AgencyUnit',
      name: `${kind.name} ${municipality.name}${number > 1 ? ` ${number}` : ''}`,
      level: 'local',
      unitType: kind.unitType,
    }, window);
    const parent = era.parentPrefix === '' ? era.agency : parentUnit(world, era.parentPrefix, municipality.countyId) ?? era.agency;
    dataset.addLink('agency-structure', `unit-of-${id}`, { type: 'UNIT_OF', from: id, to: parent }, window);
    dataset.addLink('agency-structure', `serves-${id}-${municipality.code}`, { type: 'SERVES', from: id, to: municipality.id }, window);
    units.push({ id, agencyFamily: kind.family, window });
    if (random.chance(0.2)) {
      const neighbour = random.pick(world.municipalitiesByCounty.get(municipality.countyId) ?? [municipality]);
      if (neighbour.id !== municipality.id) {
        dataset.addLink('agency-structure', `serves-${id}-${neighbour.code}`, { type: 'SERVES', from: id, to: neighbour.id }, window);
        listIn(world.localUnitsByMunicipality, neighbour.id).push({ id, agencyFamily: kind.family, window });
      }
    }
  }
}

function parentUnit(world: World, prefix: string, countyId: string): string | undefined {
  return (world.regionalUnitsByCounty.get(countyId) ?? []).find((unit) => unit.id.startsWith(`${prefix}-`))?.id;
}

export function unitsOf(world: World, municipalityId: string, countyId: string): UnitEntry[] {
  return [...(world.localUnitsByMunicipality.get(municipalityId) ?? []), ...(world.regionalUnitsByCounty.get(countyId) ?? [])];
}
