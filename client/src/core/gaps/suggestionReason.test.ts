import { suggestionReason, type GapSuggestion } from './suggestionReason';
import { aGapPair } from './testPairs';

const sou = { id: 'sou-2007-104', title: 'Samverkan för lokal utveckling', citation: 'SOU 2007:104. Samverkan för lokal utveckling.', url: null };
const provenance = (locator: string) => ({ evidence: 'documented' as const, sourceId: 'sou-2007-104', locator, note: null, inferred: null, source: sou });
const pair = { ...aGapPair('p1', { municipality: 'boras', agency: 'rikspolisstyrelsen', target: 'polis-14', goal: 'goal-local-development' }) };

function aSuggestion(reason: Partial<GapSuggestion['reason']>, parts: Partial<GapSuggestion> = {}): GapSuggestion {
  return {
    rank: 1,
    kind: 'existingBody',
    body: { id: 'body-x', name: 'SAMBO' },
    bodyType: 'localCooperation',
    partiesToAdd: [{ actor: { id: 'polis-14', kind: 'AgencyUnit', name: 'Polismyndigheten' }, admitted: true }],
    admitsAll: true,
    addressesGoalArea: true,
    alsoCloses: [],
    reason: {
      standing: 'completesBody',
      strength: 'strong',
      recordedParties: 3,
      coveredCounties: 0,
      municipalityMembership: null,
      form: { bodyType: 'localCooperation', admits: 'open', partyTypes: [], fundingGeography: false, law: null, provenance: provenance('lines 608-685') },
      ...reason,
    },
    ...parts,
  };
}

describe('the one-sentence reason of a suggestion', () => {
  it('says since when and per which source the municipality sits in the body, and that it works on the goal area', () => {
    const membership = { since: '2005-01-01', sincePrecision: 'year' as const, provenance: provenance('lines 663-667') };
    const suggestion = aSuggestion({ municipalityMembership: membership });
    expect(suggestionReason(pair, suggestion, 'en')).toBe(
      'BORAS is already a party to SAMBO (since 2005, SOU 2007:104, lines 663–667); the body only needs Polismyndigheten added, and it already works on goal-local-development (en).',
    );
    expect(suggestionReason(pair, suggestion, 'sv')).toBe(
      'BORAS är redan part i SAMBO (sedan 2005, SOU 2007:104, rad 663–667); organet behöver bara kompletteras med Polismyndigheten, och det arbetar redan med goal-local-development.',
    );
  });

  it('calls an EU programme area a funding geography spanning its counties', () => {
    const suggestion = aSuggestion(
      { standing: 'fundingGeography', strength: 'weak', recordedParties: 0, coveredCounties: 2 },
      { body: { id: 'body-programme-area-vastsverige', name: 'Programområde Västsverige' } },
    );
    expect(suggestionReason(pair, suggestion, 'en')).toBe(
      'Programområde Västsverige is an EU structural fund programme area – a funding geography whose partnership spans 2 counties, not a local forum – so it is a weak option.',
    );
  });

  it('names the fixed parties of a form, with the act and the report, when it does not admit the partner', () => {
    const form = {
      bodyType: 'finsamAssociation',
      admits: 'fixed' as const,
      partyTypes: ['municipality' as const, 'countyCouncil' as const, 'employmentService' as const, 'socialInsurance' as const],
      fundingGeography: false,
      law: 'SFS 2003:1210, 3 § (in the wording of SFS 2004:793)',
      provenance: provenance('lines 617-620'),
    };
    const suggestion = aSuggestion(
      { standing: 'notAdmitted', strength: 'weak', form },
      { partiesToAdd: [{ actor: { id: 'polis-14', kind: 'AgencyUnit', name: 'Polismyndigheten' }, admitted: false }], admitsAll: false },
    );
    expect(suggestionReason(pair, suggestion, 'en')).toBe(
      'SAMBO is a Finsam coordination association, whose parties are fixed (the municipality, the county council, the county labour board (Arbetsförmedlingen from 2008) and Försäkringskassan; SFS 2003:1210, 3 § (in the wording of SFS 2004:793); SOU 2007:104, lines 617–620), so it cannot take in Polismyndigheten.',
    );
  });

  it('says a new link builds on no existing body, and a body the municipality must join how many parties it has', () => {
    expect(suggestionReason(pair, aSuggestion({ standing: 'newBilateralLink', strength: 'moderate', form: null }, { body: null, partiesToAdd: [] }), 'en')).toBe(
      'A direct link between BORAS and POLIS-14 closes the gap but builds on no existing body, which the report prefers first.',
    );
    const joining = aSuggestion(
      { standing: 'joinsBody', strength: 'weak', recordedParties: 4 },
      {
        addressesGoalArea: false,
        partiesToAdd: [
          { actor: { id: 'boras', kind: 'Municipality', name: 'BORAS' }, admitted: true },
          { actor: { id: 'polis-14', kind: 'AgencyUnit', name: 'Polismyndigheten' }, admitted: true },
        ],
      },
    );
    expect(suggestionReason(pair, joining, 'sv')).toBe(
      'SAMBO (lokal samverkan) omfattar platsen och har 4 registrerade parter, men BORAS är inte part och skulle behöva gå med tillsammans med Polismyndigheten; det skulle behöva ta upp goal-local-development.',
    );
  });
});
