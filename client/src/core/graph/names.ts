import type { CoverageScope, RelationshipType } from '../../graphql/generated/graphql';
import type { Language } from '../i18n/messages';

type Names<Key extends string> = Record<Key, Record<Language, string>>;

export const bodyTypeNames: Names<string> = {
  finsamAssociation: { sv: 'Samordningsförbund (Finsam)', en: 'Finsam coordination association' },
  finsamForm: { sv: 'Finsam (samverkansform)', en: 'Finsam (form of cooperation)' },
  labourMarketCommittee: { sv: 'Arbetsmarknadsnämnd', en: 'Labour market committee' },
  municipalFederation: { sv: 'Kommunalförbund', en: 'Municipal federation' },
  localCooperation: { sv: 'Lokal samverkan', en: 'Local cooperation' },
  regionalPartnership: { sv: 'Regionalt partnerskap', en: 'Regional partnership' },
  programmeArea: { sv: 'Programområde (EU)', en: 'EU programme area' },
  delegation: { sv: 'Delegation', en: 'Delegation' },
  referenceGroup: { sv: 'Referensgrupp', en: 'Reference group' },
  workingGroup: { sv: 'Arbetsgrupp', en: 'Working group' },
  meeting: { sv: 'Möte', en: 'Meeting' },
  jointOperation: { sv: 'Gemensam verksamhet', en: 'Joint operation' },
};

export function bodyTypeName(bodyType: string, language: Language): string {
  return bodyTypeNames[bodyType]?.[language] ?? bodyType;
}

/** A link read from its target's side: "Malmö is a member of X" becomes "X has member Malmö". */
export const inverseRelationshipNames: Names<RelationshipType> = {
  LOCATED_IN: { sv: 'omfattar', en: 'contains' },
  UNIT_OF: { sv: 'har enheten', en: 'has unit' },
  SERVES: { sv: 'betjänas av', en: 'served by' },
  COVERS: { sv: 'omfattas av', en: 'covered by' },
  MEMBER_OF: { sv: 'har medlemmen', en: 'has member' },
  PARTY_TO: { sv: 'har parten', en: 'has party' },
  COOPERATES_WITH: { sv: 'samverkar med', en: 'cooperates with' },
  ADDRESSES: { sv: 'avses av', en: 'addressed by' },
  SUCCEEDED_BY: { sv: 'efterträder', en: 'succeeds' },
  OWNED_BY: { sv: 'äger', en: 'owns' },
};

export const propertyNames: Names<string> = {
  code: { sv: 'Kod', en: 'Code' },
  nameEn: { sv: 'Engelskt namn', en: 'English name' },
  bodyType: { sv: 'Typ av organ', en: 'Body type' },
  agreementType: { sv: 'Typ av avtal', en: 'Agreement type' },
  unitType: { sv: 'Typ av enhet', en: 'Unit type' },
  level: { sv: 'Nivå', en: 'Level' },
  latitude: { sv: 'Latitud', en: 'Latitude' },
  longitude: { sv: 'Longitud', en: 'Longitude' },
  description: { sv: 'Beskrivning', en: 'Description' },
  role: { sv: 'Roll', en: 'Role' },
  goalAreas: { sv: 'Målområden', en: 'Goal areas' },
  form: { sv: 'Form', en: 'Form' },
  task: { sv: 'Uppgift', en: 'Task' },
  validFromPrecision: { sv: 'Startdatum angivet som', en: 'Start date given as' },
  validToPrecision: { sv: 'Slutdatum angivet som', en: 'End date given as' },
  inferred: { sv: 'Tolkat', en: 'Inferred' },
  dateSource: { sv: 'Källa för datum', en: 'Source of the dates' },
  dateLocator: { sv: 'Ställe för datum', en: 'Place of the dates' },
  dateDerivation: { sv: 'Hur datum härletts', en: 'How the dates were derived' },
  figures: { sv: 'Antal', en: 'Figures' },
};

export const partyNames: Names<string> = {
  municipality: { sv: 'Kommunen', en: 'The municipality' },
  countyCouncil: { sv: 'Landstinget', en: 'The county council' },
  employmentService: { sv: 'Arbetsförmedlingen / länsarbetsnämnden', en: 'Employment service / county labour board' },
  socialInsurance: { sv: 'Försäkringskassan', en: 'Försäkringskassan (social insurance)' },
};

export const scopeNames: Names<CoverageScope> = {
  place: { sv: 'omfattar platsen', en: 'covers the place' },
  member: { sv: 'platsen är medlem/part', en: 'the place is a member/party' },
  containing: { sv: 'omfattar ett område som platsen ligger i', en: 'covers an area the place lies in' },
  within: { sv: 'omfattar ett område inom platsen', en: 'covers an area inside the place' },
};
