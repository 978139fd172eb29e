import { overlap, type Window } from './model';
import { goalAreas } from './bodies';
import { unitsOf } from './agencies';
import { listIn, type World } from './world';

/** Municipal housing companies and other local organisations, owned by or placed in a municipality. */
export function addOrganisations(world: World, count: number): void {
  const { dataset } = world;
  const { random } = dataset;
  for (let index = 0; index < count; index++) {
    const municipality = random.weighted(world.municipalities, (place) => world.weight.get(place.id) ?? 1);
    const own = listIn(world.organisationsByMunicipality, municipality.id);
    const id = `organisation-${municipality.code}-${own.length + 1}`;
    const housing = random.chance(0.7);
    dataset.addNode('organisations', {
      id,
      kind: 'Organisation',
      name: housing ? `${municipality.name}hem ${own.length + 1}` : `Företagarföreningen ${municipality.name} ${own.length + 1}`,
    });
    if (housing) dataset.addLink('organisations', `owned-${id}`, { type: 'OWNED_BY', from: id, to: municipality.id });
    own.push(id);
  }
}

/** Local development agreements (state and municipality, over some of its districts) and local cooperation agreements. */
export function addAgreements(world: World, count: number): void {
  const { dataset } = world;
  const { random } = dataset;
  for (let index = 0; index < count; index++) {
    // Agreements spread over many municipalities (a national programme), not only the largest.
    const municipality = random.weighted(world.municipalities, (place) => Math.sqrt(world.weight.get(place.id) ?? 1));
    const local = random.chance(0.85);
    const start = random.int(1999, 2023);
    const window: Window = { from: start, to: Math.min(start + random.int(1, 5), 2025), openFrom: false, openTo: false };
    const id = `agreement-${municipality.code}-${index + 1}`;
    dataset.addNode('agreements', {
      id,
      kind: 'Agreement',
      name: `${local ? 'Lokalt utvecklingsavtal' : 'Samverkansavtal'} ${municipality.name} ${start}`,
      agreementType: local ? 'localDevelopmentAgreement' : 'cooperationAgreement',
    }, window);
    dataset.addLink('agreements', `party-${id}-${municipality.id}`, { type: 'PARTY_TO', from: municipality.id, to: id, role: 'party (municipality)' }, window);
    if (local) {
      dataset.addLink('agreements', `party-${id}-regeringen`, { type: 'PARTY_TO', from: 'regeringen', to: id, role: 'party (state)' }, window);
    } else {
      for (const unit of random.sample(unitsOf(world, municipality.id, municipality.countyId), random.int(1, 3))) {
        const years = overlap(window, unit.window);
        if (years !== null) dataset.addLink('agreements', `party-${id}-${unit.id}`, { type: 'PARTY_TO', from: unit.id, to: id, role: 'party' }, years);
      }
    }
    const districts = world.districtsByMunicipality.get(municipality.id) ?? [];
    const areas = districts.length > 0 ? random.sample(districts, random.int(1, 3)) : [municipality.id];
    for (const area of areas) dataset.addLink('agreements', `covers-${id}-${area}`, { type: 'COVERS', from: id, to: area }, window);
    for (const goal of local ? goalAreas : [random.pick(goalAreas)]) {
      dataset.addLink('agreements', `addresses-${id}-${goal}`, { type: 'ADDRESSES', from: id, to: goal }, window);
    }
  }
}

/** Expectation rules as the report states them, following the agencies through their reorganisations. */
export function addRules(world: World): void {
  const rules: [string, string, 'agency' | 'servingUnit', string, Partial<Window>][] = [
    ['ams', 'ams', 'servingUnit', 'goal-employment', { to: 2007 }],
    ['arbetsformedlingen', 'arbetsformedlingen', 'servingUnit', 'goal-employment', { from: 2008 }],
    ['forsakringskassan', 'forsakringskassan', 'agency', 'goal-employment', {}],
    ['skolutveckling', 'skolutveckling', 'agency', 'goal-school', { to: 2008 }],
    ['skolverket', 'skolverket', 'agency', 'goal-school', { from: 2009 }],
    ['rikspolisstyrelsen', 'rikspolisstyrelsen', 'servingUnit', 'goal-local-development', { to: 2014 }],
    ['polismyndigheten', 'polismyndigheten', 'servingUnit', 'goal-local-development', { from: 2015 }],
    ['bra', 'bra', 'agency', 'goal-local-development', {}],
  ];
  for (const [slug, partner, partnerScope, goalArea, years] of rules) {
    world.dataset.addRule({
      id: `rule-lua-${slug}-${goalArea.replace('goal-', '')}`,
      subject: 'luaMunicipalities',
      partner,
      partnerScope,
      goalArea,
      validFrom: years.from === undefined ? '' : String(years.from),
      validTo: years.to === undefined ? '' : String(years.to),
    });
  }
}
