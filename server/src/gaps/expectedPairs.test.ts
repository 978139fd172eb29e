import { aBody, aLink, aCooperationState, aUnit, anActor, anExpectation } from '../../../tests/helpers/analysisBuilders';
import { indexCooperation } from '../../../domain/cooperation/cooperationState';
import { evaluatePair, evaluatePairs } from './expectedPairs';

const kommun = anActor('kommun', 'Municipality', { countyIds: ['county-x'] });
const ams = anActor('ams', 'Agency');
const board = aUnit('lan-x', 'ams', ['county-x']);
const fk = anActor('fk', 'Agency');

describe('an expected pair', () => {
  it('is linked by a direct link valid at the date, and says which link', () => {
    const index = indexCooperation(aCooperationState({ actors: [kommun, fk], links: [aLink('fk', 'kommun')] }));
    expect(evaluatePair(index, anExpectation('kommun', 'fk'))).toMatchObject({
      id: 'rule-fk/kommun/fk',
      status: 'linked',
      targetId: 'fk',
      countyId: 'county-x',
      linkIds: ['link-fk-kommun'],
      viaBodyIds: [],
    });
  });

  it('counts a link with one of the units when the rule names the agency', () => {
    const index = indexCooperation(aCooperationState({ actors: [kommun, ams, board], links: [aLink('kommun', 'lan-x')] }));
    expect(evaluatePair(index, anExpectation('kommun', 'ams')).status).toBe('linked');
  });

  it('ignores a link about another goal area', () => {
    const link = aLink('kommun', 'fk', { goalAreaIds: ['goal-school'] });
    const index = indexCooperation(aCooperationState({ actors: [kommun, fk], links: [link] }));
    expect(evaluatePair(index, anExpectation('kommun', 'fk')).status).toBe('missing');
  });

  it('is indirect through a body of both that addresses the goal area, and missing when the body does not', () => {
    const addressing = aBody('finsam', ['kommun', 'fk'], { goalAreaIds: ['goal-employment'] });
    const elsewhere = aBody('skolrad', ['kommun', 'fk'], { goalAreaIds: ['goal-school'] });
    const indirect = evaluatePair(indexCooperation(aCooperationState({ actors: [kommun, fk], bodies: [addressing, elsewhere] })), anExpectation('kommun', 'fk'));
    expect(indirect).toMatchObject({ status: 'indirect', viaBodyIds: ['finsam'] });
    const missing = evaluatePair(indexCooperation(aCooperationState({ actors: [kommun, fk], bodies: [elsewhere] })), anExpectation('kommun', 'fk'));
    expect(missing.status).toBe('missing');
  });

  it('expects the serving unit when the rule asks for it, so a link with the central agency does not count', () => {
    const index = indexCooperation(aCooperationState({ actors: [kommun, ams, board], links: [aLink('kommun', 'ams')] }));
    const pair = evaluatePair(index, anExpectation('kommun', 'ams', { partnerScope: 'servingUnit', servingUnitId: 'lan-x' }));
    expect(pair).toMatchObject({ status: 'missing', targetId: 'lan-x', servingUnitFound: true });
  });

  it('falls back to the agency itself when no unit serves the municipality, and says so', () => {
    const index = indexCooperation(aCooperationState({ actors: [kommun, ams], links: [aLink('kommun', 'ams')] }));
    const pair = evaluatePair(index, anExpectation('kommun', 'ams', { partnerScope: 'servingUnit', servingUnitId: null }));
    expect(pair).toMatchObject({ status: 'linked', targetId: 'ams', servingUnitFound: false });
  });
});

describe('the expected pairs', () => {
  it('leave out a pair whose partner is not in the network at the date', () => {
    const index = indexCooperation(aCooperationState({ actors: [kommun, fk] }));
    expect(evaluatePairs(index, [anExpectation('kommun', 'fk'), anExpectation('kommun', 'closed-agency')]).map((pair) => pair.id)).toEqual([
      'rule-fk/kommun/fk',
    ]);
  });
});
