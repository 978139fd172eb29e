import { filterActors, filterBodies, noSiloFilters, siloOptions } from './siloFilters';
import { anActorSilo } from './testSilos';

const actors = [
  anActorSilo('nacka', { counties: ['c01'], flags: ['oneAgencyAtATime'], ties: [['fk', true]] }),
  anActorSilo('polis-12', { kind: 'AgencyUnit', counties: ['c12'], flags: ['stovepipe'] }),
  anActorSilo('fk', { kind: 'Agency' }),
];
const bodies = [
  { body: { id: 'rg', name: 'Referensgrupp' }, bodyType: 'referenceGroup', parties: [], counties: [{ id: 'c01', name: 'C01' }], flags: ['twoPartyBody' as const] },
  { body: { id: 'finsam', name: 'Finsam' }, bodyType: 'finsamForm', parties: [], counties: [], flags: [] },
];

describe('the silo filters', () => {
  it('narrow actors by county, kind and flag, with national actors only in the national view', () => {
    expect(filterActors(actors, noSiloFilters)).toHaveLength(3);
    expect(filterActors(actors, { ...noSiloFilters, countyId: 'c01' }).map((silo) => silo.actor.id)).toEqual(['nacka']);
    expect(filterActors(actors, { ...noSiloFilters, kind: 'AgencyUnit' }).map((silo) => silo.actor.id)).toEqual(['polis-12']);
    expect(filterActors(actors, { ...noSiloFilters, flaggedOnly: true }).map((silo) => silo.actor.id)).toEqual(['nacka', 'polis-12']);
  });

  it('narrow bodies by county and flag, and hide them when another kind is chosen', () => {
    expect(filterBodies(bodies, { ...noSiloFilters, flaggedOnly: true }).map((silo) => silo.body.id)).toEqual(['rg']);
    expect(filterBodies(bodies, { ...noSiloFilters, kind: 'Municipality' })).toEqual([]);
  });

  it('offer the counties and kinds that occur', () => {
    expect(siloOptions(actors)).toEqual({
      counties: [
        { id: 'c01', name: 'C01' },
        { id: 'c12', name: 'C12' },
      ],
      kinds: ['Agency', 'AgencyUnit', 'Municipality'],
    });
  });
});
