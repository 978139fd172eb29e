import type { GapPair } from './gapElements';

/** A pair as the API returns it, for tests: a valid default that each test bends in the one way it is about. */
export function aGapPair(
  id: string,
  { status = 'missing', municipality = `m-${id}`, county = 'c1', goal = 'goal-employment', agency = 'ams', target = agency }: {
    status?: GapPair['status'];
    municipality?: string;
    county?: string;
    goal?: string;
    agency?: string;
    target?: string;
  } = {},
): GapPair {
  return {
    id,
    status,
    servingUnitFound: true,
    subjectBasis: null,
    rule: {
      id: `rule-${agency}`,
      subject: 'luaMunicipalities',
      partnerScope: 'agency',
      partner: { id: agency, name: agency },
      goalArea: { id: goal, name: goal, nameEn: `${goal} (en)` },
      provenance: { evidence: 'documented', sourceId: 'sou-2007-104', locator: 'lines 896-898', note: null, inferred: null, source: null },
    },
    municipality: { id: municipality, kind: 'Municipality', name: municipality.toUpperCase() },
    county: { id: county, name: county.toUpperCase() },
    partner: { id: agency, kind: 'Agency', name: agency },
    target: { id: target, kind: target === agency ? 'Agency' : 'AgencyUnit', name: target.toUpperCase() },
    links: [],
    viaBodies: [],
    suggestions: [],
  };
}
