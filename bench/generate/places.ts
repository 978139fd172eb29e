import type { Dataset } from './model';
import type { Random } from './random';
import type { Reference } from './reference';
import { listIn, type World } from './world';

/** The largest municipalities by population, so offices and cooperation concentrate where they do in reality. */
const largeMunicipalities: Record<string, number> = {
  '0180': 12, '1480': 8, '1280': 6, '0380': 3.5, '0580': 3, '1880': 3, '1980': 3, '0581': 2.8,
  '1281': 2.6, '0680': 2.6, '2480': 2.4, '1283': 2.4, '2180': 2.2, '1490': 2.2, '0484': 2, '2281': 2,
};

function municipalityWeight(code: string, random: Random): number {
  const large = largeMunicipalities[code];
  if (large !== undefined) return large;
  // County seats end in 80; the rest vary around a small town's size.
  return code.endsWith('80') ? 1.8 : 0.3 + random.next() * 1.2;
}

/** Counties, county councils, county administrative boards and all 290 municipalities, with where they lie. */
export function addPlaces(dataset: Dataset, reference: Reference): World {
  const world: World = {
    dataset,
    municipalities: reference.municipalities,
    municipalitiesByCounty: new Map(),
    weight: new Map(),
    countyIds: reference.counties.map((county) => county.id),
    countyCouncilByCounty: new Map(),
    boardByCounty: new Map(),
    districtsByMunicipality: new Map(),
    localUnitsByMunicipality: new Map(),
    regionalUnitsByCounty: new Map(),
    organisationsByMunicipality: new Map(),
    agencyIds: [],
  };
  for (const county of reference.counties) {
    dataset.addNode('places', { id: county.id, kind: 'County', name: county.name, code: county.code });
  }
  for (const council of reference.countyCouncils) {
    dataset.addNode('places', { id: council.id, kind: 'CountyCouncil', name: council.name, code: council.code });
    dataset.addLink('places', `located-${council.id}`, { type: 'LOCATED_IN', from: council.id, to: council.countyId });
    world.countyCouncilByCounty.set(council.countyId, council.id);
  }
  for (const board of reference.countyAdministrativeBoards) {
    dataset.addNode('places', { id: board.id, kind: 'CountyAdministrativeBoard', name: board.name, code: board.code });
    dataset.addLink('places', `located-${board.id}`, { type: 'LOCATED_IN', from: board.id, to: board.countyId });
    world.boardByCounty.set(board.countyId, board.id);
  }
  for (const municipality of reference.municipalities) {
    const coordinates = { latitude: municipality.latitude ?? '', longitude: municipality.longitude ?? '' };
    dataset.addNode('municipalities', {
      id: municipality.id,
      kind: 'Municipality',
      name: municipality.name,
      code: municipality.code,
      ...coordinates,
    });
    dataset.addLink('places', `located-${municipality.id}`, {
      type: 'LOCATED_IN',
      from: municipality.id,
      to: municipality.countyId,
    });
    listIn(world.municipalitiesByCounty, municipality.countyId).push(municipality);
    world.weight.set(municipality.id, municipalityWeight(municipality.code, dataset.random));
  }
  return world;
}

/** Districts (stadsdelar) of the municipalities, more in the larger ones. */
export function addDistricts(world: World, count: number): void {
  const { dataset } = world;
  for (let index = 0; index < count; index++) {
    const municipality = dataset.random.weighted(world.municipalities, (place) => world.weight.get(place.id) ?? 1);
    const districts = listIn(world.districtsByMunicipality, municipality.id);
    const id = `district-${municipality.code}-${districts.length + 1}`;
    dataset.addNode('districts', { id, kind: 'District', name: `${municipality.name} område ${districts.length + 1}` });
    dataset.addLink('places', `located-${id}`, { type: 'LOCATED_IN', from: id, to: municipality.id });
    districts.push(id);
  }
}
