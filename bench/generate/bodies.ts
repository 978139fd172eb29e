import { always, overlap, windowWithin, type Window } from './model';
import type { Place } from './reference';
import { unitsOf } from './agencies';
import type { AgencyFamily, World } from './world';

export const goalAreas = ['goal-employment', 'goal-school', 'goal-local-development'] as const;

export function addGoalAreas(world: World): void {
  const names = ['Ökad sysselsättning och minskat socialbidrag', 'Skolan', 'Lokal utveckling, demokrati och trygghet'];
  goalAreas.forEach((id, index) => world.dataset.addNode('goal-areas', { id, kind: 'GoalArea', name: names[index] ?? id }));
}

type Member = { id: string; window: Window };

interface BodyKind {
  bodyType: string;
  share: number;
  name: string;
  goals: readonly (typeof goalAreas)[number][];
  /** Members for a body placed in `municipality`; the first is the convenor. */
  members(world: World, municipality: Place): Member[];
  /** Areas the body covers. */
  covers(world: World, municipality: Place): string[];
}

function node(world: World, id: string | undefined): Member[] {
  return id === undefined ? [] : [{ id, window: world.dataset.node(id).window }];
}

function unitOf(world: World, municipality: Place, family: AgencyFamily): Member[] {
  const units = unitsOf(world, municipality.id, municipality.countyId).filter((unit) => unit.agencyFamily === family);
  return units.length === 0 ? [] : [world.dataset.random.pick(units)];
}

function neighbours(world: World, municipality: Place, min: number, max: number): Place[] {
  const county = world.municipalitiesByCounty.get(municipality.countyId) ?? [municipality];
  const others = world.dataset.random.sample(county.filter((place) => place.id !== municipality.id), world.dataset.random.int(min, max));
  return [municipality, ...others];
}

const bodyKinds: BodyKind[] = [
  {
    bodyType: 'labourMarketCommittee', share: 0.2, name: 'Arbetsmarknadsnämnd', goals: ['goal-employment'],
    members: (world, m) => [...node(world, m.id), ...unitOf(world, m, 'employment'), ...(world.dataset.random.chance(0.6) ? unitOf(world, m, 'insurance') : [])],
    covers: (_world, m) => [m.id],
  },
  {
    bodyType: 'localCooperation', share: 0.25, name: 'Lokalt brottsförebyggande råd', goals: ['goal-local-development'],
    members: (world, m) => [...node(world, m.id), ...unitOf(world, m, 'police'), ...(world.dataset.random.chance(0.3) ? unitOf(world, m, 'social') : []), ...organisationOf(world, m)],
    covers: (_world, m) => [m.id],
  },
  {
    bodyType: 'finsamAssociation', share: 0.15, name: 'Samordningsförbund', goals: ['goal-employment'],
    members: (world, m) => [
      ...neighbours(world, m, 0, 3).flatMap((place) => node(world, place.id)),
      ...node(world, world.countyCouncilByCounty.get(m.countyId)),
      ...unitOf(world, m, 'insurance'),
      ...unitOf(world, m, 'employment'),
    ],
    covers: (world, m) => neighbours(world, m, 0, 2).map((place) => place.id),
  },
  {
    bodyType: 'municipalFederation', share: 0.08, name: 'Kommunalförbund', goals: ['goal-employment', 'goal-local-development'],
    members: (world, m) => neighbours(world, m, 2, 9).flatMap((place) => node(world, place.id)),
    covers: (_world, m) => [m.countyId],
  },
  {
    bodyType: 'regionalPartnership', share: 0.05, name: 'Regionalt partnerskap', goals: ['goal-employment', 'goal-local-development'],
    members: (world, m) => [
      ...node(world, world.boardByCounty.get(m.countyId)),
      ...node(world, world.countyCouncilByCounty.get(m.countyId)),
      ...neighbours(world, m, 3, 12).flatMap((place) => node(world, place.id)),
      ...unitOf(world, m, 'employment'),
    ],
    covers: (_world, m) => [m.countyId],
  },
  {
    bodyType: 'workingGroup', share: 0.1, name: 'Arbetsgrupp', goals: ['goal-employment', 'goal-school', 'goal-local-development'],
    members: (world, m) => [
      ...world.dataset.random.sample(world.agencyIds, world.dataset.random.int(2, 6)).flatMap((id) => node(world, id)),
      ...(world.dataset.random.chance(0.5) ? node(world, m.id) : []),
    ],
    covers: (_world, m) => [m.countyId],
  },
  {
    bodyType: 'referenceGroup', share: 0.05, name: 'Referensgrupp', goals: ['goal-local-development'],
    members: (world, m) => [...neighbours(world, m, 1, 5).flatMap((place) => node(world, place.id)), ...unitOf(world, m, 'police'), ...unitOf(world, m, 'migration')],
    covers: (_world, m) => [m.countyId],
  },
  {
    bodyType: 'meeting', share: 0.04, name: 'Storstadsmöte', goals: ['goal-employment', 'goal-school', 'goal-local-development'],
    members: (world) => [
      ...world.dataset.random.sample(world.municipalities, world.dataset.random.int(5, 25)).flatMap((place) => node(world, place.id)),
      ...world.dataset.random.sample(world.agencyIds, world.dataset.random.int(3, 8)).flatMap((id) => node(world, id)),
    ],
    covers: () => [],
  },
  {
    bodyType: 'jointOperation', share: 0.08, name: 'Lokalt arbets- och utvecklingscentrum', goals: ['goal-employment'],
    members: (world, m) => [...node(world, m.id), ...unitOf(world, m, 'insurance'), ...unitOf(world, m, 'employment')],
    covers: (world, m) => {
      const districts = world.districtsByMunicipality.get(m.id) ?? [];
      return districts.length > 0 ? [world.dataset.random.pick(districts)] : [m.id];
    },
  },
];

function organisationOf(world: World, municipality: Place): Member[] {
  const organisations = world.organisationsByMunicipality.get(municipality.id) ?? [];
  return organisations.length > 0 && world.dataset.random.chance(0.4) ? node(world, world.dataset.random.pick(organisations)) : [];
}

const roles = ['party', 'member', 'member', 'member', 'adjunct'];

/** Bodies placed in municipalities by size; members joined for the years they and the body both existed. */
export function addBodies(world: World, count: number): void {
  const { dataset } = world;
  const { random } = dataset;
  const bodies: { id: string; window: Window }[] = [];
  addProgrammeAreas(world);
  for (let index = 0; index < count; index++) {
    const kind = random.weighted(bodyKinds, (entry) => entry.share);
    const municipality = random.weighted(world.municipalities, (place) => world.weight.get(place.id) ?? 1);
    const id = `body-${kind.bodyType.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-${index + 1}`;
    const window = windowWithin(random, always, 2, 14, 0.4);
    dataset.addNode('bodies', { id, kind: 'Body', name: `${kind.name} ${municipality.name} ${index + 1}`, bodyType: kind.bodyType }, window);
    const seen = new Set<string>();
    kind.members(world, municipality).forEach((member, position) => {
      const years = overlap(window, member.window);
      if (years === null || seen.has(member.id)) return;
      seen.add(member.id);
      const role = position === 0 ? 'convenor' : random.pick(roles);
      dataset.addLink('bodies', `member-${id}-${member.id}`, { type: 'MEMBER_OF', from: member.id, to: id, role }, random.chance(0.7) ? years : windowWithin(random, years, 1, 10, 0.3));
    });
    for (const area of new Set(kind.covers(world, municipality))) {
      dataset.addLink('bodies', `covers-${id}-${area}`, { type: 'COVERS', from: id, to: area }, window);
    }
    for (const goal of random.sample(kind.goals, random.int(1, kind.goals.length))) {
      dataset.addLink('bodies', `addresses-${id}-${goal}`, { type: 'ADDRESSES', from: id, to: goal }, window);
    }
    const parent = bodies.length > 0 && random.chance(0.05) ? random.pick(bodies) : undefined;
    const nested = parent === undefined ? null : overlap(window, parent.window);
    if (parent !== undefined && nested !== null) {
      dataset.addLink('bodies', `member-${id}-${parent.id}`, { type: 'MEMBER_OF', from: id, to: parent.id, role: 'sub-group' }, nested);
    }
    bodies.push({ id, window });
  }
}

/** The eight structural fund programme areas of 2007–2013, each over a group of counties. */
function addProgrammeAreas(world: World): void {
  const window: Window = { from: 2007, to: 2013, openFrom: false, openTo: false, exact: true };
  for (let area = 1; area <= 8; area++) {
    const id = `body-programme-area-${area}`;
    world.dataset.addNode('bodies', { id, kind: 'Body', name: `Programområde ${area}`, bodyType: 'programmeArea' }, window);
    world.countyIds.filter((_county, index) => index % 8 === area - 1).forEach((county) => {
      world.dataset.addLink('bodies', `covers-${id}-${county}`, { type: 'COVERS', from: id, to: county }, window);
    });
    world.dataset.addLink('bodies', `addresses-${id}-goal-employment`, { type: 'ADDRESSES', from: id, to: 'goal-employment' }, window);
  }
}
