import { aBody, aLink, aCooperationState, anActor } from '../../../tests/helpers/analysisBuilders';
import { analyseSilos, type ActorSilo } from './siloAnalysis';

const municipality = anActor('kommun', 'Municipality');
const agencies = ['af', 'fk', 'polis'].map((id) => anActor(id, 'Agency'));

function siloOf(actors: ActorSilo[], id: string): ActorSilo {
  const silo = actors.find((candidate) => candidate.actorId === id);
  if (silo === undefined) throw new Error(`No figures for ${id}`);
  return silo;
}

describe('the silo analysis', () => {
  it('flags a star of bilateral ties as a municipality working with one agency at a time, and its agencies as stovepipes', () => {
    const star = aCooperationState({ actors: [municipality, ...agencies], links: agencies.map((agency) => aLink('kommun', agency.id)) });
    const { actors } = analyseSilos(star);
    expect(siloOf(actors, 'kommun')).toMatchObject({
      partners: 3,
      bilateralOnlyPartners: 3,
      bilateralOnlyShare: 1,
      partnerDensity: 0,
      effectiveSize: 3,
      flags: ['oneAgencyAtATime'],
    });
    expect(siloOf(actors, 'kommun').constraint).toBeCloseTo(1 / 3, 10);
    expect(siloOf(actors, 'af')).toMatchObject({ partners: 1, flags: ['stovepipe'] });
  });

  it('does not flag a triangle through a shared body: the partners meet there', () => {
    const triangle = aCooperationState({ actors: [municipality, ...agencies.slice(0, 2)], bodies: [aBody('finsam', ['kommun', 'af', 'fk'])] });
    const { actors, bodies } = analyseSilos(triangle);
    const hub = siloOf(actors, 'kommun');
    expect(hub).toMatchObject({ partners: 2, bilateralOnlyPartners: 0, bilateralOnlyShare: 0, partnerDensity: 1, effectiveSize: 1, flags: [] });
    // Each contact takes half of the tie weight and reaches the other through a quarter: 2 × (1/2 + 1/4)².
    expect(hub.constraint).toBeCloseTo(1.125, 10);
    expect(hub.ties).toEqual([
      { partnerId: 'af', linkIds: [], bodyIds: ['finsam'], bilateralOnly: false },
      { partnerId: 'fk', linkIds: [], bodyIds: ['finsam'], bilateralOnly: false },
    ]);
    expect(siloOf(actors, 'af').flags).toEqual([]);
    expect(bodies).toEqual([{ bodyId: 'finsam', partyIds: ['af', 'fk', 'kommun'], flags: [] }]);
  });

  it('does not flag a municipality whose partners have a tie of their own', () => {
    const links = [aLink('kommun', 'af'), aLink('kommun', 'fk'), aLink('af', 'fk')];
    const { actors } = analyseSilos(aCooperationState({ actors: [municipality, ...agencies.slice(0, 2)], links }));
    expect(siloOf(actors, 'kommun')).toMatchObject({ bilateralOnlyPartners: 0, partnerDensity: 1, flags: [] });
  });

  it('flags a body with only two parties and counts a tie through it as one-to-one', () => {
    const cooperation = aCooperationState({
      actors: [municipality, ...agencies.slice(0, 2)],
      bodies: [aBody('pair-af', ['kommun', 'af']), aBody('pair-fk', ['kommun', 'fk'])],
    });
    const { actors, bodies } = analyseSilos(cooperation);
    expect(bodies.map((body) => body.flags)).toEqual([['twoPartyBody'], ['twoPartyBody']]);
    expect(siloOf(actors, 'kommun')).toMatchObject({ bilateralOnlyPartners: 2, flags: ['oneAgencyAtATime'] });
  });

  it('leaves an actor without cooperation without measures or flags', () => {
    const { actors } = analyseSilos(aCooperationState({ actors: [municipality] }));
    expect(siloOf(actors, 'kommun')).toEqual({
      actorId: 'kommun',
      kind: 'Municipality',
      partners: 0,
      bilateralOnlyPartners: 0,
      bilateralOnlyShare: null,
      partnerDensity: null,
      effectiveSize: null,
      constraint: null,
      flags: [],
      ties: [],
    });
  });

  it('does not call an agency that also cooperates with another agency a stovepipe', () => {
    const links = [aLink('kommun', 'af'), aLink('af', 'fk')];
    const { actors } = analyseSilos(aCooperationState({ actors: [municipality, ...agencies.slice(0, 2)], links }));
    expect(siloOf(actors, 'af').flags).toEqual([]);
    expect(siloOf(actors, 'fk').flags).toEqual([]);
  });
});
