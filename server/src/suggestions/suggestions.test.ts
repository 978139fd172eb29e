import { aBody, aSnapshot, aUnit, anActor, anExpectation } from '../../../tests/helpers/analysisBuilders';
import { evaluatePairs } from '../gaps/expectedPairs';
import { indexSnapshot } from '../silos/snapshot';
import { suggestAll } from './suggestions';

const kommun = anActor('kommun', 'Municipality', { countyIds: ['county-x'] });
const landsting = anActor('landsting', 'CountyCouncil', { countyIds: ['county-x'] });
const fk = anActor('fk', 'Agency');
const ams = anActor('ams', 'Agency');
const board = aUnit('lan-x', 'ams', ['county-x']);
const police = aUnit('polis-x', 'rikspolisstyrelsen', ['county-x']);
const actors = [kommun, landsting, fk, ams, board, police, anActor('rikspolisstyrelsen', 'Agency')];

const boardRule = anExpectation('kommun', 'ams', { ruleId: 'rule-af', partnerScope: 'servingUnit', servingUnitId: 'lan-x' });
const policeRule = anExpectation('kommun', 'rikspolisstyrelsen', {
  ruleId: 'rule-polis',
  partnerScope: 'servingUnit',
  servingUnitId: 'polis-x',
  goalAreaId: 'goal-school',
});

function suggestionsFor(bodies: ReturnType<typeof aBody>[], expectations = [boardRule]) {
  const index = indexSnapshot(aSnapshot({ actors, bodies }));
  const pairs = evaluatePairs(index, expectations);
  return (pairId: string) => suggestAll(index, pairs).get(pairId) ?? [];
}

describe('suggestions for a gap', () => {
  it('ranks first a Finsam association that already holds three of the four parties it needs', () => {
    const finsam = aBody('finsam-x', ['kommun', 'landsting', 'fk'], { bodyType: 'finsamAssociation', goalAreaIds: ['goal-employment'] });
    const partnership = aBody('partnership-x', [], { bodyType: 'regionalPartnership', coveredCountyIds: ['county-x'] });
    const suggestions = suggestionsFor([partnership, finsam])('rule-af/kommun/ams');
    expect(suggestions.map((suggestion) => suggestion.bodyId)).toEqual(['finsam-x', 'partnership-x']);
    expect(suggestions[0]).toEqual({
      kind: 'existingBody',
      bodyId: 'finsam-x',
      partiesToAdd: [{ actorId: 'lan-x', admitted: true }],
      admitsAll: true,
      addressesGoalArea: true,
      alsoCloses: [],
    });
    expect(suggestions[1]?.partiesToAdd).toEqual([
      { actorId: 'kommun', admitted: true },
      { actorId: 'lan-x', admitted: true },
    ]);
  });

  it('says a Finsam association does not admit the police, and then suggests a new bilateral link first', () => {
    const finsam = aBody('finsam-x', ['kommun', 'landsting', 'fk', 'lan-x'], { bodyType: 'finsamAssociation' });
    const suggestions = suggestionsFor([finsam], [policeRule])('rule-polis/kommun/rikspolisstyrelsen');
    expect(suggestions).toEqual([
      { kind: 'newBilateralLink', bodyId: null, partiesToAdd: [], admitsAll: true, addressesGoalArea: true, alsoCloses: [] },
      {
        kind: 'existingBody',
        bodyId: 'finsam-x',
        partiesToAdd: [{ actorId: 'polis-x', admitted: false }],
        admitsAll: false,
        addressesGoalArea: false,
        alsoCloses: [],
      },
    ]);
  });

  it('prefers the addition that closes more of the municipality\'s gaps, and lists them', () => {
    const policeOnEmployment = { ...policeRule, ruleId: 'rule-polis-employment', goalAreaId: 'goal-employment' };
    const employment = aBody('local-employment', ['kommun'], { goalAreaIds: ['goal-employment'] });
    const plain = aBody('local-plain', ['kommun']);
    const suggest = suggestionsFor([plain, employment], [policeRule, policeOnEmployment]);
    const suggestions = suggest('rule-polis/kommun/rikspolisstyrelsen');
    expect(suggestions[0]).toMatchObject({ bodyId: 'local-employment', alsoCloses: ['rule-polis-employment/kommun/rikspolisstyrelsen'] });
    expect(suggestions[1]).toMatchObject({ bodyId: 'local-plain', alsoCloses: [] });
  });

  it('suggests only bodies that cover the municipality, and nothing for a pair that is not missing', () => {
    const elsewhere = aBody('elsewhere', [], { coveredCountyIds: ['county-y'] });
    const covering = aBody('covering', ['landsting'], { coveredMunicipalityIds: ['kommun'], goalAreaIds: ['goal-employment'] });
    const suggest = suggestionsFor([elsewhere, covering]);
    expect(suggest('rule-af/kommun/ams').map((suggestion) => suggestion.bodyId)).toEqual(['covering']);
    const linkedByBody = aBody('finsam-x', ['kommun', 'lan-x'], { goalAreaIds: ['goal-employment'] });
    expect(suggestionsFor([linkedByBody])('rule-af/kommun/ams')).toEqual([]);
  });
});
