import { aBody, aMembership, aCooperationState, aUnit, anActor, anExpectation } from '../../../../tests/helpers/analysisBuilders';
import { evaluatePairs } from '../expectedPairs';
import { indexCooperation } from '../../../../domain/cooperation/cooperationState';
import { suggestAll, type Suggestion } from './suggestions';

const kommun = anActor('kommun', 'Municipality', { countyIds: ['county-x'] });
const landsting = anActor('landsting', 'CountyCouncil', { countyIds: ['county-x'] });
const fk = anActor('fk', 'Agency', { lineage: ['fk', 'forsakringskassan'] });
const board = aUnit('lan-x', 'ams', ['county-x']);
const police = aUnit('polis-x', 'rikspolisstyrelsen', ['county-x']);
const actors = [kommun, landsting, fk, anActor('ams', 'Agency'), board, police, anActor('rikspolisstyrelsen', 'Agency'), anActor('other', 'Agency')];

const boardRule = anExpectation('kommun', 'ams', { ruleId: 'rule-af', partnerScope: 'servingUnit', servingUnitId: 'lan-x' });
const policeRule = anExpectation('kommun', 'rikspolisstyrelsen', {
  ruleId: 'rule-polis',
  partnerScope: 'servingUnit',
  servingUnitId: 'polis-x',
  goalAreaId: 'goal-school',
});

function suggestionsFor(bodies: ReturnType<typeof aBody>[], expectations = [boardRule]) {
  const index = indexCooperation(aCooperationState({ actors, bodies }));
  const pairs = evaluatePairs(index, expectations);
  return (pairId: string) => suggestAll(index, pairs).get(pairId) ?? [];
}

const ranked = (suggestions: Suggestion[]) => suggestions.map((suggestion) => [suggestion.bodyId ?? 'link', suggestion.grounds.standing, suggestion.grounds.strength]);

describe('suggestions for a gap, in the report\'s order', () => {
  it('ranks a body where the municipality sits and that admits the partner above any body it would also have to join', () => {
    const joined = aBody('local-joined', ['kommun', 'other'], {
      memberships: [aMembership('kommun', { since: '2005-03-01', sincePrecision: 'month', locator: 'lines 663-667' }), aMembership('other')],
    });
    // Bigger, on the goal area and closing as much: still below, since the municipality would have to join.
    const bigger = aBody('county-forum', ['landsting', 'fk', 'other'], { coveredCountyIds: ['county-x'], goalAreaIds: ['goal-employment'] });
    const suggestions = suggestionsFor([bigger, joined])('rule-af/kommun/ams');
    expect(ranked(suggestions)).toEqual([
      ['local-joined', 'completesBody', 'moderate'],
      ['county-forum', 'joinsBody', 'moderate'],
      ['link', 'newBilateralLink', 'moderate'],
    ]);
    expect(suggestions[0]).toMatchObject({
      partiesToAdd: [{ actorId: 'lan-x', admitted: true }],
      addressesGoalArea: false,
      grounds: {
        municipalityMembership: { actorId: 'kommun', since: '2005-03-01', sincePrecision: 'month', source: 'sou-2007-104', locator: 'lines 663-667' },
        recordedParties: 2,
        form: { bodyType: 'localCooperation', admits: 'open' },
      },
    });
    expect(suggestions[1]).toMatchObject({
      partiesToAdd: [
        { actorId: 'kommun', admitted: true },
        { actorId: 'lan-x', admitted: true },
      ],
      grounds: { municipalityMembership: null, recordedParties: 3, coveredCounties: 1 },
    });
  });

  it('calls a Finsam association that holds three of its four parties and works on the goal area a strong option', () => {
    const finsam = aBody('finsam-x', ['kommun', 'landsting', 'fk'], { bodyType: 'finsamAssociation', goalAreaIds: ['goal-employment'] });
    const [first] = suggestionsFor([finsam])('rule-af/kommun/ams');
    expect(first).toMatchObject({ bodyId: 'finsam-x', partiesToAdd: [{ actorId: 'lan-x', admitted: true }], grounds: { standing: 'completesBody', strength: 'strong' } });
    expect(first?.grounds.form).toEqual({
      bodyType: 'finsamAssociation',
      admits: 'fixed',
      partyTypes: ['municipality', 'countyCouncil', 'employmentService', 'socialInsurance'],
      fundingGeography: false,
      sourceId: 'sou-2007-104',
      locator: 'lines 617-620',
      law: 'SFS 2003:1210, 3 § (in the wording of SFS 2004:793)',
    });
  });

  it('never puts first a body with no recorded parties, nor an EU programme area, and says what they are', () => {
    const empty = aBody('partnership-x', [], { bodyType: 'regionalPartnership', coveredCountyIds: ['county-x'], goalAreaIds: ['goal-employment'] });
    const programme = aBody('programme-x', [], { bodyType: 'programmeArea', coveredCountyIds: ['county-x', 'county-y'] });
    const suggestions = suggestionsFor([empty, programme])('rule-af/kommun/ams');
    expect(ranked(suggestions)).toEqual([
      ['link', 'newBilateralLink', 'moderate'],
      ['programme-x', 'fundingGeography', 'weak'],
      ['partnership-x', 'noRecordedParties', 'weak'],
    ]);
    expect(suggestions[1]?.grounds).toMatchObject({ recordedParties: 0, coveredCounties: 2, form: { fundingGeography: true, locator: 'lines 636-661' } });
  });

  it('says a Finsam association and a labour market committee do not admit the police, and ranks them last', () => {
    const finsam = aBody('finsam-x', ['kommun', 'landsting', 'fk', 'lan-x'], { bodyType: 'finsamAssociation', goalAreaIds: ['goal-school'] });
    const committee = aBody('committee-x', ['kommun', 'lan-x'], { bodyType: 'labourMarketCommittee' });
    const suggestions = suggestionsFor([finsam, committee], [policeRule])('rule-polis/kommun/rikspolisstyrelsen');
    expect(ranked(suggestions)).toEqual([
      ['link', 'newBilateralLink', 'moderate'],
      ['finsam-x', 'notAdmitted', 'weak'],
      ['committee-x', 'notAdmitted', 'weak'],
    ]);
    expect(suggestions[2]).toMatchObject({
      partiesToAdd: [{ actorId: 'polis-x', admitted: false }],
      admitsAll: false,
      grounds: { form: { admits: 'fixed', partyTypes: ['municipality', 'employmentService'], locator: 'lines 671-676' } },
    });
    const openCommittee = aBody('committee-y', ['kommun'], { bodyType: 'labourMarketCommittee' });
    expect(suggestionsFor([openCommittee])('rule-af/kommun/ams')[0]).toMatchObject({
      bodyId: 'committee-y',
      partiesToAdd: [{ actorId: 'lan-x', admitted: true }],
      grounds: { standing: 'completesBody' },
    });
  });

  it('always lists the bilateral link, which closes every gap with the same partner', () => {
    const policeOnEmployment = { ...policeRule, ruleId: 'rule-polis-employment', goalAreaId: 'goal-employment' };
    const suggestions = suggestionsFor([], [policeRule, policeOnEmployment])('rule-polis/kommun/rikspolisstyrelsen');
    expect(suggestions).toEqual([
      {
        kind: 'newBilateralLink',
        bodyId: null,
        partiesToAdd: [],
        admitsAll: true,
        addressesGoalArea: true,
        alsoCloses: ['rule-polis-employment/kommun/rikspolisstyrelsen'],
        grounds: { standing: 'newBilateralLink', strength: 'moderate', municipalityMembership: null, recordedParties: 0, coveredCounties: 0, form: null },
      },
    ]);
  });

  it('prefers, among bodies of one standing, the one on the goal area, then the addition that closes more gaps', () => {
    const policeOnEmployment = { ...policeRule, ruleId: 'rule-polis-employment', goalAreaId: 'goal-employment' };
    const onSchool = aBody('local-school', ['kommun', 'other'], { goalAreaIds: ['goal-school'] });
    const onEmployment = aBody('local-employment', ['kommun', 'other'], { goalAreaIds: ['goal-employment'] });
    const plain = aBody('local-plain', ['kommun', 'other']);
    const suggestions = suggestionsFor([plain, onEmployment, onSchool], [policeRule, policeOnEmployment])('rule-polis/kommun/rikspolisstyrelsen');
    expect(suggestions.map((suggestion) => [suggestion.bodyId, suggestion.grounds.strength, suggestion.alsoCloses.length])).toEqual([
      ['local-school', 'strong', 0],
      ['local-employment', 'moderate', 1],
      ['local-plain', 'moderate', 0],
      [null, 'moderate', 1],
    ]);
  });

  it('suggests only bodies that cover the municipality, and nothing for a pair that is not missing', () => {
    const elsewhere = aBody('elsewhere', ['other'], { coveredCountyIds: ['county-y'] });
    const covering = aBody('covering', ['landsting'], { coveredMunicipalityIds: ['kommun'], goalAreaIds: ['goal-employment'] });
    const suggest = suggestionsFor([elsewhere, covering]);
    expect(suggest('rule-af/kommun/ams').map((suggestion) => suggestion.bodyId)).toEqual(['covering', null]);
    const linkedByBody = aBody('finsam-x', ['kommun', 'lan-x'], { goalAreaIds: ['goal-employment'] });
    expect(suggestionsFor([linkedByBody])('rule-af/kommun/ams')).toEqual([]);
  });
});
