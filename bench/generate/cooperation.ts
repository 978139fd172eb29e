import { overlap, windowWithin, type Window } from './model';
import type { Place } from './reference';
import { unitsOf } from './agencies';
import type { AgencyFamily, World } from './world';

const forms = ['samverkansavtal', 'gemensamt projekt', 'regelbundna möten', 'gemensam lokal', 'överenskommelse', 'nätverk'];

const goalOfFamily: Record<AgencyFamily, string> = {
  employment: 'goal-employment',
  insurance: 'goal-employment',
  migration: 'goal-employment',
  tax: 'goal-local-development',
  police: 'goal-local-development',
  social: 'goal-local-development',
  school: 'goal-school',
};

interface Pair {
  from: string;
  to: string;
  window: Window;
  goal: string;
}

type Candidate = (world: World, municipality: Place) => Pair | null;

function member(world: World, id: string): Window {
  return world.dataset.node(id).window;
}

function pair(world: World, from: string, to: string, goal: string): Pair | null {
  if (from === to) return null;
  const window = overlap(member(world, from), member(world, to));
  return window === null ? null : { from, to, window, goal };
}

const candidates: [share: number, candidate: Candidate][] = [
  [0.55, (world, m) => {
    const units = world.localUnitsByMunicipality.get(m.id) ?? [];
    if (units.length === 0) return null;
    const unit = world.dataset.random.pick(units);
    return pair(world, m.id, unit.id, goalOfFamily[unit.agencyFamily]);
  }],
  [0.15, (world, m) => {
    const unit = world.dataset.random.pick(world.regionalUnitsByCounty.get(m.countyId) ?? []);
    return pair(world, m.id, unit.id, goalOfFamily[unit.agencyFamily]);
  }],
  [0.1, (world, m) => {
    const units = unitsOf(world, m.id, m.countyId);
    const [a, b] = world.dataset.random.sample(units, 2);
    if (a === undefined || b === undefined || a.agencyFamily === b.agencyFamily) return null;
    return pair(world, a.id, b.id, goalOfFamily[a.agencyFamily]);
  }],
  [0.05, (world, m) => {
    const organisations = world.organisationsByMunicipality.get(m.id) ?? [];
    return organisations.length === 0 ? null : pair(world, m.id, world.dataset.random.pick(organisations), 'goal-local-development');
  }],
  [0.08, (world, m) => {
    const other = world.dataset.random.pick(world.municipalitiesByCounty.get(m.countyId) ?? [m]);
    return pair(world, m.id, other.id, world.dataset.random.pick(Object.values(goalOfFamily)));
  }],
  [0.05, (world, m) => pair(world, m.id, world.dataset.random.pick(world.agencyIds), world.dataset.random.pick(Object.values(goalOfFamily)))],
  [0.02, (world) => {
    const [a, b] = world.dataset.random.sample(world.agencyIds, 2);
    return a === undefined || b === undefined ? null : pair(world, a, b, 'goal-employment');
  }],
];

/** Bilateral cooperation spread over the years, mostly a municipality with the offices that serve it. */
export function addCooperation(world: World, count: number): void {
  const { dataset } = world;
  const { random } = dataset;
  let added = 0;
  for (let attempt = 0; added < count && attempt < count * 20; attempt++) {
    const municipality = random.weighted(world.municipalities, (place) => world.weight.get(place.id) ?? 1);
    const [, candidate] = random.weighted(candidates, ([share]) => share);
    const found = candidate(world, municipality);
    if (found === null) continue;
    const goals = random.chance(0.25) ? [found.goal, random.pick(Object.values(goalOfFamily))] : [found.goal];
    dataset.addLink('cooperation', `coop-${found.from}-${found.to}`, {
      type: 'COOPERATES_WITH',
      from: found.from,
      to: found.to,
      goalAreas: [...new Set(goals)].join(';'),
      form: random.pick(forms),
    }, windowWithin(random, found.window, 1, 8, 0.3));
    added += 1;
  }
}
