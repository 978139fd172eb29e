/** The fixed vocabulary of the graph: labels and relationship types never come from input. */
export const nodeKinds = [
  'Municipality',
  'County',
  'CountyCouncil',
  'CountyAdministrativeBoard',
  'Agency',
  'AgencyUnit',
  'Organisation',
  'Body',
  'District',
  'Agreement',
  'GoalArea',
] as const;
export type NodeKind = (typeof nodeKinds)[number];

/** Kinds that can cooperate; they also carry the `:Actor` label. */
export const actorKinds = [
  'Municipality',
  'CountyCouncil',
  'CountyAdministrativeBoard',
  'Agency',
  'AgencyUnit',
  'Organisation',
] as const satisfies readonly NodeKind[];

export const relationshipTypes = [
  'LOCATED_IN',
  'UNIT_OF',
  'SERVES',
  'COVERS',
  'MEMBER_OF',
  'PARTY_TO',
  'COOPERATES_WITH',
  'ADDRESSES',
  'SUCCEEDED_BY',
  'OWNED_BY',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export const evidenceLevels = ['documented', 'general', 'proposed', 'external'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** How precisely a source gave a date (`validFromPrecision`, `validToPrecision`). */
export const datePrecisions = ['year', 'month', 'day'] as const;

/**
 * The part of a row that its passage does not state and that was read into it: a plan taken as cooperation, a general
 * name ("Arbetsförmedlingen") taken as one particular unit, a goal area the passage does not name, the area of an
 * agreement taken from the area pointed out for it, an expectation read from an observation.
 */
export const inferredParts = ['intention', 'mappedPartner', 'assignedGoalArea', 'coverage', 'expectation'] as const;
export type InferredPart = (typeof inferredParts)[number];

/** How close a source is to the fact: the body's own or an official record, a work about it, a compilation of others. */
export const sourceTypes = ['primary', 'secondary', 'tertiary'] as const;
export type SourceType = (typeof sourceTypes)[number];

export const bodyTypes = [
  'finsamAssociation',
  'finsamForm',
  'labourMarketCommittee',
  'municipalFederation',
  'localCooperation',
  'regionalPartnership',
  'programmeArea',
  'delegation',
  'referenceGroup',
  'workingGroup',
  'meeting',
  'jointOperation',
] as const;

export const agreementTypes = ['localDevelopmentAgreement', 'cooperationAgreement', 'nationalAgreement'] as const;

export const agencyLevels = ['central', 'regional', 'local'] as const;

export function isActorKind(kind: NodeKind): boolean {
  return (actorKinds as readonly NodeKind[]).includes(kind);
}

/** Which kinds may stand at each end of a relationship type. */
export const relationshipEndpoints: Record<RelationshipType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  LOCATED_IN: {
    from: ['District', 'Municipality', 'CountyCouncil', 'CountyAdministrativeBoard'],
    to: ['Municipality', 'County'],
  },
  UNIT_OF: { from: ['AgencyUnit'], to: ['Agency', 'AgencyUnit'] },
  SERVES: { from: ['AgencyUnit'], to: ['County', 'Municipality', 'District'] },
  COVERS: { from: ['Body', 'Agreement'], to: ['County', 'Municipality', 'District'] },
  MEMBER_OF: { from: [...actorKinds, 'Body'], to: ['Body'] },
  PARTY_TO: { from: [...actorKinds, 'Body'], to: ['Agreement'] },
  COOPERATES_WITH: { from: [...actorKinds, 'Body'], to: [...actorKinds, 'Body'] },
  ADDRESSES: { from: ['Body', 'Agreement'], to: ['GoalArea'] },
  SUCCEEDED_BY: { from: ['Agency', 'Body'], to: ['Agency', 'CountyAdministrativeBoard', 'Body', 'Organisation'] },
  OWNED_BY: { from: ['Organisation'], to: ['Municipality'] },
};
