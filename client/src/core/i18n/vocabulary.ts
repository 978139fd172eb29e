import type { Evidence, InferredPart, NodeKind, RelationshipType, SourceType } from '../../graphql/generated/graphql';
import type { Language } from './messages';

type Names<Key extends string> = Record<Key, Record<Language, string>>;

export const kindNames: Names<NodeKind> = {
  Municipality: { sv: 'Kommun', en: 'Municipality' },
  County: { sv: 'Län', en: 'County' },
  CountyCouncil: { sv: 'Landsting/region', en: 'County council' },
  CountyAdministrativeBoard: { sv: 'Länsstyrelse', en: 'County administrative board' },
  Agency: { sv: 'Myndighet', en: 'Agency' },
  AgencyUnit: { sv: 'Myndighetsenhet', en: 'Agency unit' },
  Organisation: { sv: 'Organisation', en: 'Organisation' },
  Body: { sv: 'Samverkansorgan', en: 'Cooperation body' },
  District: { sv: 'Stadsdel', en: 'District' },
  Agreement: { sv: 'Avtal', en: 'Agreement' },
  GoalArea: { sv: 'Målområde', en: 'Goal area' },
};

export const relationshipNames: Names<RelationshipType> = {
  LOCATED_IN: { sv: 'ligger i', en: 'located in' },
  UNIT_OF: { sv: 'enhet inom', en: 'unit of' },
  SERVES: { sv: 'betjänar', en: 'serves' },
  COVERS: { sv: 'omfattar', en: 'covers' },
  MEMBER_OF: { sv: 'medlem i', en: 'member of' },
  PARTY_TO: { sv: 'part i', en: 'party to' },
  COOPERATES_WITH: { sv: 'samverkar med', en: 'cooperates with' },
  ADDRESSES: { sv: 'avser', en: 'addresses' },
  SUCCEEDED_BY: { sv: 'efterträds av', en: 'succeeded by' },
  OWNED_BY: { sv: 'ägs av', en: 'owned by' },
};

export const evidenceNames: Names<Evidence> = {
  documented: { sv: 'belagt i källan', en: 'documented in the source' },
  general: { sv: 'följer av allmänt uttalande', en: 'follows from a general statement' },
  proposed: { sv: 'förslag', en: 'proposal' },
  external: { sv: 'annan offentlig källa', en: 'other public source' },
};

export const inferredNames: Names<InferredPart> = {
  intention: { sv: 'en avsikt eller plan, inte något som gjorts', en: 'an intention or plan, not something done' },
  mappedPartner: { sv: 'vilken enhet som avses är tolkat ur ett allmänt namn', en: 'which unit is meant is read from a general name' },
  assignedGoalArea: { sv: 'målområdet är tilldelat, stället nämner inget', en: 'the goal area is assigned; the passage names none' },
  coverage: {
    sv: 'området är det kommunen pekade ut för ett eventuellt avtal',
    en: 'the area is the one the municipality pointed out for a possible agreement',
  },
  expectation: { sv: 'förväntan är tolkad ur en iakttagelse', en: 'the expectation is read from an observation' },
};

export const sourceTypeNames: Names<SourceType> = {
  primary: { sv: 'primärkälla', en: 'primary source' },
  secondary: { sv: 'sekundärkälla', en: 'secondary source' },
  tertiary: { sv: 'tertiärkälla', en: 'tertiary source' },
};
