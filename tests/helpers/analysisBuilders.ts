import type { Expectation } from '../../server/src/gaps/gapInput';
import type { CooperationState, CooperationActor, CooperationBody, CooperationLink, CooperationMembership } from '../../domain/cooperation/cooperationState';

/** Builders for the analyses' in-memory input: a valid default that each test bends in the one way it is about. */
export function anActor(id: string, kind: CooperationActor['kind'], overrides: Partial<CooperationActor> = {}): CooperationActor {
  return { id, kind, name: id, lineage: [id], countyIds: [], ...overrides };
}

/** A unit of an agency: it stands for the agency as well. */
export function aUnit(id: string, agencyId: string, countyIds: string[] = []): CooperationActor {
  return anActor(id, 'AgencyUnit', { lineage: [id, agencyId], countyIds });
}

/** A party-ship of a body, undated unless the test dates it. */
export function aMembership(actorId: string, overrides: Partial<CooperationMembership> = {}): CooperationMembership {
  return { actorId, since: null, sincePrecision: null, evidence: 'documented', source: 'sou-2007-104', locator: 'lines 3-4', ...overrides };
}

/** A body whose parties are memberIds, each with an undated membership unless `memberships` is given. */
export function aBody(id: string, memberIds: string[], overrides: Partial<CooperationBody> = {}): CooperationBody {
  return {
    id,
    name: id,
    bodyType: 'localCooperation',
    memberIds,
    memberships: memberIds.map((actorId) => aMembership(actorId)),
    goalAreaIds: [],
    coveredMunicipalityIds: [],
    coveredCountyIds: [],
    ...overrides,
  };
}

export function aLink(from: string, to: string, overrides: Partial<CooperationLink> = {}): CooperationLink {
  return {
    id: `link-${from}-${to}`,
    from,
    to,
    goalAreaIds: [],
    form: null,
    evidence: 'documented',
    source: 'sou-2007-104',
    locator: 'lines 1-2',
    note: null,
    ...overrides,
  };
}

export function aCooperationState(parts: Partial<Omit<CooperationState, 'asOf'>> = {}): CooperationState {
  return {
    asOf: '2007-06-30',
    actors: [],
    bodies: [],
    links: [],
    counties: [{ id: 'county-x', name: 'Testlän' }],
    goalAreas: [
      { id: 'goal-employment', name: 'Sysselsättning', nameEn: 'Employment' },
      { id: 'goal-school', name: 'Skolan', nameEn: 'School' },
    ],
    ...parts,
  };
}

export function anExpectation(municipalityId: string, partnerId: string, overrides: Partial<Expectation> = {}): Expectation {
  return {
    ruleId: `rule-${partnerId}`,
    subject: 'luaMunicipalities',
    partnerScope: 'agency',
    goalAreaId: 'goal-employment',
    namedPartnerId: partnerId,
    namedPartnerName: partnerId,
    partnerId,
    municipalityId,
    servingUnitId: null,
    evidence: 'documented',
    source: 'sou-2007-104',
    locator: 'lines 896-898',
    note: null,
    ...overrides,
  };
}
