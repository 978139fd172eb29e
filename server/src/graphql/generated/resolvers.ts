import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

/** One actor's cooperation at the date, on the graph of bilateral links and memberships projected through bodies. */
export type ActorSilo = {
  __typename?: 'ActorSilo';
  actor: AnalysisRef;
  bilateralOnlyPartners: Scalars['Int']['output'];
  /** bilateralOnlyPartners ÷ partners; null without partners. */
  bilateralOnlyShare?: Maybe<Scalars['Float']['output']>;
  /** Burt's constraint: how much the partners are tied to each other (1 = one partner, or all in one clique). */
  constraint?: Maybe<Scalars['Float']['output']>;
  counties: Array<AnalysisRef>;
  /** Burt's effective size: the partners that are not redundant (unweighted ties). */
  effectiveSize?: Maybe<Scalars['Float']['output']>;
  flags: Array<SiloFlag>;
  /** Ties among the partners ÷ the ties possible among them; null below two partners. */
  partnerDensity?: Maybe<Scalars['Float']['output']>;
  partners: Scalars['Int']['output'];
  ties: Array<SiloTie>;
};

export type ActorSiloChange = {
  __typename?: 'ActorSiloChange';
  after: ActorSilo;
  before: ActorSilo;
};

export type AnalysisFigures = {
  __typename?: 'AnalysisFigures';
  pairs: PairCounts;
  silos: SiloCounts;
};

/** Who or what a figure is about: enough to name it and find it on the graph. */
export type AnalysisRef = {
  __typename?: 'AnalysisRef';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
};

export type AuditFilter = {
  importId?: InputMaybe<Scalars['ID']['input']>;
  /** Changes to this node or to links that start or end at it. */
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  records: Array<AuditRecord>;
  total: Scalars['Int']['output'];
};

/** One change: who, when, what before and after, and where it came from. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  action: ChangeAction;
  /** The target after the change, as JSON; null when it was deleted. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO date and time. */
  at: Scalars['String']['output'];
  /** The target before the change, as JSON; null when it was created. */
  before?: Maybe<Scalars['String']['output']>;
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  importFile?: Maybe<Scalars['String']['output']>;
  importId?: Maybe<Scalars['ID']['output']>;
  suggestionId?: Maybe<Scalars['ID']['output']>;
  targetId: Scalars['ID']['output'];
  /** A readable name of the target: a node's name, a link's type and ends. */
  targetLabel: Scalars['String']['output'];
  targetType: AuditTarget;
  /** The change this one undid. */
  undoOf?: Maybe<Scalars['ID']['output']>;
  /** The change that undid this one. */
  undoneBy?: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

/** What a change was made to. */
export type AuditTarget =
  | 'link'
  | 'node'
  | 'source'
  | 'suggestion'
  | 'user';

/** An actor in a body (MEMBER_OF) or a party to an agreement (PARTY_TO). */
export type BodyMember = {
  __typename?: 'BodyMember';
  /** The membership itself: its dates and where it is documented. */
  link: GraphEdge;
  node: GraphNode;
  role?: Maybe<Scalars['String']['output']>;
};

/** What two bodies share as of a date. */
export type BodyOverlap = {
  __typename?: 'BodyOverlap';
  a: BodyProfile;
  asOf?: Maybe<Scalars['Date']['output']>;
  b: BodyProfile;
  onlyInA: Array<GraphNode>;
  onlyInB: Array<GraphNode>;
  /** The areas both cover: an area both name, or the smaller of two areas where one contains the other. */
  sharedAreas: Array<GraphNode>;
  sharedMembers: Array<GraphNode>;
};

/** A body or an agreement as of a date: who is in it, what it covers, what it addresses. */
export type BodyProfile = {
  __typename?: 'BodyProfile';
  /** The areas it covers. */
  areas: Array<GraphNode>;
  body: GraphNode;
  /** The parties its type admits; empty when the type has none. */
  expectedParties: Array<ExpectedParty>;
  goalAreas: Array<GraphNode>;
  members: Array<BodyMember>;
  /** Whether the body existed on the date (always true without a date). */
  validAtDate: Scalars['Boolean']['output'];
};

/** A body's parties at the date. */
export type BodySilo = {
  __typename?: 'BodySilo';
  body: AnalysisRef;
  bodyType?: Maybe<Scalars['String']['output']>;
  counties: Array<AnalysisRef>;
  flags: Array<SiloFlag>;
  parties: Array<AnalysisRef>;
};

/** What a change did to its target. */
export type ChangeAction =
  | 'create'
  | 'delete'
  | 'end'
  | 'update';

export type ChangeCounts = {
  __typename?: 'ChangeCounts';
  added: Scalars['Int']['output'];
  changed: Scalars['Int']['output'];
  removed: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** How an element differs between the two dates of a diff. */
export type ChangeKind =
  | 'added'
  /** Present on both dates, with links or memberships added or removed. */
  | 'changed'
  | 'removed'
  | 'unchanged';

export type ChangeLinkInput = {
  changes: LinkChanges;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type ChangeNodeInput = {
  changes: NodeChanges;
  /** The version the change was made against; a newer stored version rejects the change. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type CoverageScope =
  /** The body covers an area that contains the place (its municipality or county). */
  | 'containing'
  /** The place is a member of or party to it. */
  | 'member'
  /** The body covers the place itself. */
  | 'place'
  /** The body covers an area inside the place. */
  | 'within';

export type CoveringBody = {
  __typename?: 'CoveringBody';
  profile: BodyProfile;
  /** The closest way it covers the place. */
  scope: CoverageScope;
  /** The areas through which it covers the place. */
  via: Array<GraphNode>;
};

export type DatabaseStatus =
  | 'down'
  | 'up';

export type DeleteInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DiffSummary = {
  __typename?: 'DiffSummary';
  edges: ChangeCounts;
  figures: Array<FigureChange>;
  /** Memberships of bodies and parties to agreements. */
  memberships: ChangeCounts;
  nodes: ChangeCounts;
};

export type EdgeChange = {
  __typename?: 'EdgeChange';
  change: ChangeKind;
  edge: GraphEdge;
};

/** What an edit did, or would do when it was a dry run. */
export type EditOutcome = {
  __typename?: 'EditOutcome';
  action: ChangeAction;
  applied: Scalars['Boolean']['output'];
  /** The record of the change; null for a dry run. */
  auditRecord?: Maybe<AuditRecord>;
  changes: Array<FieldChange>;
  link?: Maybe<EditableLink>;
  node?: Maybe<EditableNode>;
};

/** A link as an edit form sees it: its data and the version an edit must name. */
export type EditableLink = {
  __typename?: 'EditableLink';
  edge: GraphEdge;
  version: Scalars['Int']['output'];
};

/** A node as an edit form sees it: its data and the version an edit must name. */
export type EditableNode = {
  __typename?: 'EditableNode';
  node: GraphNode;
  version: Scalars['Int']['output'];
};

/** The fixed choices of the edit forms. */
export type EditingVocabulary = {
  __typename?: 'EditingVocabulary';
  agencyLevels: Array<Scalars['String']['output']>;
  agreementTypes: Array<Scalars['String']['output']>;
  bodyTypes: Array<Scalars['String']['output']>;
  linkRules: Array<LinkRule>;
  sources: Array<SourceChoice>;
};

/** Ends a node or link: the last day it held, and where that is stated. */
export type EndInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  locator: Scalars['String']['input'];
  source: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};

/** How a fact is known: stated for this very entity, following from a general statement, a proposal, or another public source. */
export type Evidence =
  | 'documented'
  | 'external'
  | 'general'
  | 'proposed';

/** A municipality and a partner a rule expects it to cooperate with, and how that stands at the date. */
export type ExpectedPair = {
  __typename?: 'ExpectedPair';
  county?: Maybe<AnalysisRef>;
  id: Scalars['ID']['output'];
  /** The direct links that make the pair linked. */
  links: Array<GapLink>;
  municipality: AnalysisRef;
  /** The rule's agency, or the agency that had taken over its tasks by the date. */
  partner: AnalysisRef;
  rule: GapRule;
  /** False when the rule asks for a serving unit and none serves the municipality at the date; the agency itself is then expected. */
  servingUnitFound: Scalars['Boolean']['output'];
  status: PairStatus;
  /** For a missing pair, existing bodies first, best first; empty otherwise. */
  suggestions: Array<GapSuggestion>;
  /** Who exactly is expected: the partner's serving unit, or the agency itself. */
  target: AnalysisRef;
  /** The bodies that make the pair indirectly linked. */
  viaBodies: Array<AnalysisRef>;
};


/** A municipality and a partner a rule expects it to cooperate with, and how that stands at the date. */
export type ExpectedPairSuggestionsArgs = {
  limit?: Scalars['Int']['input'];
};

/**
 * A party that a body's type admits, and whether a member fills it. Finsam associations admit four parties
 * (municipality, county council, the public employment service, Försäkringskassan; SFS 2004:793); labour
 * market committees admit the municipality and the employment service. Other types have no fixed parties.
 */
export type ExpectedParty = {
  __typename?: 'ExpectedParty';
  /** The members that fill it. */
  filledBy: Array<Scalars['ID']['output']>;
  /** municipality, countyCouncil, employmentService or socialInsurance */
  key: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
};

/** One field a change touches, as text; null where the field is absent. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** A figure of the network (such as the number of gaps) on both dates. */
export type FigureChange = {
  __typename?: 'FigureChange';
  delta: Scalars['Float']['output'];
  figure: Scalars['String']['output'];
  from: Scalars['Float']['output'];
  to: Scalars['Float']['output'];
};

export type GapFilter = {
  /** Partner agencies (the agency a pair expects, after any succession). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  countyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  goalAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  municipalityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<PairStatus>>;
};

/** A bilateral cooperation link, with its source. */
export type GapLink = {
  __typename?: 'GapLink';
  form?: Maybe<Scalars['String']['output']>;
  goalAreaIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  provenance: Provenance;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
};

export type GapReport = {
  __typename?: 'GapReport';
  /** The date analysed (today when none was asked for). */
  asOf: Scalars['Date']['output'];
  byAgency: Array<PairTally>;
  byCounty: Array<PairTally>;
  byGoalArea: Array<PairTally>;
  byMunicipality: Array<PairTally>;
  /** Counts over the pairs that match the filter, whatever their status. */
  counts: PairCounts;
  /** The expected pairs that match the filter, missing first, then by municipality. */
  pairs: Array<ExpectedPair>;
};

/** An expectation rule stored in the graph: who is expected to cooperate with whom, on what. */
export type GapRule = {
  __typename?: 'GapRule';
  goalArea: AnalysisRef;
  id: Scalars['ID']['output'];
  /** The agency the rule names. */
  partner: AnalysisRef;
  partnerScope: PartnerScope;
  provenance: Provenance;
  /** Who the rule applies to, e.g. luaMunicipalities (municipalities party to a local development agreement at the date). */
  subject: Scalars['String']['output'];
};

/** A way to close a gap, existing bodies first. */
export type GapSuggestion = {
  __typename?: 'GapSuggestion';
  /** Whether the body already addresses the gap's goal area; if not, it would have to take it up. */
  addressesGoalArea: Scalars['Boolean']['output'];
  /** Whether the body's form admits every party to add. */
  admitsAll: Scalars['Boolean']['output'];
  /** Other gaps of the same municipality that the same addition would close (expected pair ids). */
  alsoCloses: Array<Scalars['ID']['output']>;
  /** The body to complete; null for a new bilateral link. */
  body?: Maybe<AnalysisRef>;
  bodyType?: Maybe<Scalars['String']['output']>;
  kind: GapSuggestionKind;
  /** Exactly who would join the body; empty for a new link. */
  partiesToAdd: Array<PartyToAdd>;
  rank: Scalars['Int']['output'];
};

export type GapSuggestionKind =
  /** Complete a body that already covers the municipality. */
  | 'existingBody'
  /** No body fits: a new bilateral link between the two. */
  | 'newBilateralLink';

/** A relationship between two nodes, directed from source to target. */
export type GraphEdge = Sourced & {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  properties: Array<Property>;
  provenance: Provenance;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationshipType;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** An actor, body, place, agreement or goal area. */
export type GraphNode = Sourced & {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  properties: Array<Property>;
  provenance: Provenance;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type Health = {
  __typename?: 'Health';
  neo4j: DatabaseStatus;
  status: HealthStatus;
};

export type HealthStatus =
  | 'degraded'
  | 'ok';

/** A column of the file and the field it is read as; field null: the column is ignored. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  column: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
};

export type ImportColumnInput = {
  column: Scalars['String']['input'];
  field?: InputMaybe<Scalars['String']['input']>;
};

/** The fields a table kind has: required ones first. */
export type ImportFieldSet = {
  __typename?: 'ImportFieldSet';
  kind: ImportTableKind;
  optional: Array<Scalars['String']['output']>;
  required: Array<Scalars['String']['output']>;
};

/** One row that would create, change or end something. */
export type ImportItem = {
  __typename?: 'ImportItem';
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  table: Scalars['String']['output'];
  targetType: AuditTarget;
};

/** A dry run, then perhaps its commit, with progress. */
export type ImportJob = {
  __typename?: 'ImportJob';
  error?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Set once committed: the audit records of the import carry it. */
  importId?: Maybe<Scalars['ID']['output']>;
  phase: ImportPhase;
  preview?: Maybe<ImportPreview>;
  processed: Scalars['Int']['output'];
  status: ImportJobStatus;
  total: Scalars['Int']['output'];
  uploadId: Scalars['ID']['output'];
};

export type ImportJobStatus =
  | 'committed'
  | 'committing'
  | 'failed'
  | 'invalid'
  | 'previewing'
  | 'ready';

export type ImportPhase =
  | 'comparing'
  | 'done'
  | 'reading'
  | 'validating'
  | 'writing';

/** What the import would do (lists hold at most 500 entries each; the counts are complete). */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  changed: Array<ImportItem>;
  changedCount: Scalars['Int']['output'];
  created: Array<ImportItem>;
  createdCount: Scalars['Int']['output'];
  ended: Array<ImportItem>;
  endedCount: Scalars['Int']['output'];
  problemCount: Scalars['Int']['output'];
  problems: Array<ImportProblem>;
  unchangedCount: Scalars['Int']['output'];
};

/** An invalid row: where and why. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  column: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  table: Scalars['String']['output'];
};

/** A sheet of an .xlsx file, or the one table of a .csv file, with a suggested mapping. */
export type ImportTable = {
  __typename?: 'ImportTable';
  columns: Array<ImportColumn>;
  kind?: Maybe<ImportTableKind>;
  name: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
};

export type ImportTableInput = {
  columns: Array<ImportColumnInput>;
  /** Null: the table is left out of the import. */
  kind?: InputMaybe<ImportTableKind>;
  name: Scalars['String']['input'];
};

/** What a table of an import holds, in the seed's column layout (seed/FORMAT.md). */
export type ImportTableKind =
  | 'links'
  | 'nodes'
  | 'sources';

export type ImportUpload = {
  __typename?: 'ImportUpload';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  tables: Array<ImportTable>;
};

/** Fields to change on a link: a field left out stays as it is, a field set to null is removed. */
export type LinkChanges = {
  evidence?: InputMaybe<Evidence>;
  form?: InputMaybe<Scalars['String']['input']>;
  goalAreas?: InputMaybe<Array<Scalars['ID']['input']>>;
  locator?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  task?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type LinkDirection =
  | 'incoming'
  | 'outgoing';

/** Which kinds a link type may join. */
export type LinkRule = {
  __typename?: 'LinkRule';
  from: Array<NodeKind>;
  to: Array<NodeKind>;
  type: RelationshipType;
};

/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Editors: apply a proposed change (recorded with the suggestion it came from). */
  acceptSuggestion: Suggestion;
  changeLink: EditOutcome;
  changeNode: EditOutcome;
  /** Editors: applies a previewed import with no problems, all of it in one transaction or none of it. */
  commitImport: ImportJob;
  createLink: EditOutcome;
  /** Editors: create a node. dryRun checks and shows the change without writing it. */
  createNode: EditOutcome;
  /** Adds an account (admins only). */
  createUser: User;
  /** Admins only. */
  deleteLink: EditOutcome;
  /** Admins only: removes a node and its links (ending is preferred: history stays). */
  deleteNode: EditOutcome;
  endLink: EditOutcome;
  endNode: EditOutcome;
  /** Editors: checks the file with this mapping and shows what it would change; writes nothing. */
  previewImport: ImportJob;
  /** Any signed-in account: propose a change with its source for an editor to review. */
  proposeChange: Suggestion;
  rejectSuggestion: Suggestion;
  /** Removes an account and its sessions (admins only); its audit records stay. */
  removeUser: User;
  /** Changes an account's role (admins only). */
  setUserRole: User;
  /** Starts a session (an HttpOnly cookie) for a username and password. */
  signIn: Session;
  /** Ends this browser's session. */
  signOut: Session;
  /** Undoes the newest change of a user to the network (your own; an admin may name anyone), recorded as a change itself. */
  undoLastChange: AuditRecord;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationAcceptSuggestionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationChangeLinkArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ChangeLinkInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationChangeNodeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ChangeNodeInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationCommitImportArgs = {
  jobId: Scalars['ID']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationCreateLinkArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: NewLinkInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationCreateNodeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: NewNodeInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationCreateUserArgs = {
  password: Scalars['String']['input'];
  role: Role;
  username: Scalars['String']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationDeleteLinkArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: DeleteInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationDeleteNodeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: DeleteInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationEndLinkArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: EndInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationEndNodeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: EndInput;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationPreviewImportArgs = {
  tables: Array<ImportTableInput>;
  uploadId: Scalars['ID']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationProposeChangeArgs = {
  change: ProposedChange;
  locator: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationRejectSuggestionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationRemoveUserArgs = {
  username: Scalars['String']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationSetUserRoleArgs = {
  role: Role;
  username: Scalars['String']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Every change goes through a mutation: it needs a signed-in account with the right role and the CSRF header. */
export type MutationUndoLastChangeArgs = {
  username?: InputMaybe<Scalars['String']['input']>;
};

/** One link of a node, with the node at its other end. */
export type NeighbourLink = {
  __typename?: 'NeighbourLink';
  direction: LinkDirection;
  edge: GraphEdge;
  neighbour: GraphNode;
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  asOf?: Maybe<Scalars['Date']['output']>;
  centre: GraphNode;
  /** Whether the centre itself existed on the date (always true without a date). */
  centreValidAtDate: Scalars['Boolean']['output'];
  /** The centre's links that held on the date, to neighbours that existed then. */
  links: Array<NeighbourLink>;
};

export type Network = {
  __typename?: 'Network';
  /** The date the network is shown as of; null means every date at once. */
  asOf?: Maybe<Scalars['Date']['output']>;
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

/** The union of the network on two dates, each element marked with how it changed. */
export type NetworkDiff = {
  __typename?: 'NetworkDiff';
  edges: Array<EdgeChange>;
  from: Scalars['Date']['output'];
  nodes: Array<NodeChange>;
  summary: DiffSummary;
  to: Scalars['Date']['output'];
};

export type NewLinkInput = {
  evidence: Evidence;
  form?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  goalAreas?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Left out: an id is made from the type. */
  id?: InputMaybe<Scalars['ID']['input']>;
  locator: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
  task?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type NewNodeInput = {
  agreementType?: InputMaybe<Scalars['String']['input']>;
  bodyType?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Evidence;
  id: Scalars['ID']['input'];
  kind: NodeKind;
  level?: InputMaybe<Scalars['String']['input']>;
  locator: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
  unitType?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type NodeChange = {
  __typename?: 'NodeChange';
  addedEdgeIds: Array<Scalars['ID']['output']>;
  change: ChangeKind;
  node: GraphNode;
  removedEdgeIds: Array<Scalars['ID']['output']>;
};

/** Fields to change on a node: a field left out stays as it is, a field set to null is removed. */
export type NodeChanges = {
  agreementType?: InputMaybe<Scalars['String']['input']>;
  bodyType?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Evidence>;
  level?: InputMaybe<Scalars['String']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  unitType?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type NodeKind =
  | 'Agency'
  | 'AgencyUnit'
  | 'Agreement'
  | 'Body'
  | 'County'
  | 'CountyAdministrativeBoard'
  | 'CountyCouncil'
  | 'District'
  | 'GoalArea'
  | 'Municipality'
  | 'Organisation';

export type PairChange = {
  __typename?: 'PairChange';
  before: PairStatus;
  /** The pair after the change. */
  pair: ExpectedPair;
};

export type PairCounts = {
  __typename?: 'PairCounts';
  indirect: Scalars['Int']['output'];
  linked: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** How an expected pair stands at the date. */
export type PairStatus =
  /** No direct link, but both are parties to a body that addresses the goal area. */
  | 'indirect'
  /** A direct cooperation link between the two is valid at the date. */
  | 'linked'
  /** No cooperation: a gap. */
  | 'missing';

export type PairTally = {
  __typename?: 'PairTally';
  about: AnalysisRef;
  counts: PairCounts;
};

export type PartnerScope =
  /** The agency itself or any of its units counts. */
  | 'agency'
  /** The agency's unit that serves the municipality (or its county) is expected. */
  | 'servingUnit';

/** One actor a suggestion would add to a body. */
export type PartyToAdd = {
  __typename?: 'PartyToAdd';
  actor: AnalysisRef;
  /** Whether the body's form admits this kind of party (a Finsam association admits four fixed party types). */
  admitted: Scalars['Boolean']['output'];
};

export type PlaceCoverage = {
  __typename?: 'PlaceCoverage';
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Bodies first, then agreements; the closest coverage first. */
  bodies: Array<CoveringBody>;
  place: GraphNode;
};

/** A further property of a node or edge, as text. */
export type Property = {
  __typename?: 'Property';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A change proposed for review: exactly one field is given. */
export type ProposedChange = {
  changeLink?: InputMaybe<ChangeLinkInput>;
  changeNode?: InputMaybe<ChangeNodeInput>;
  createLink?: InputMaybe<NewLinkInput>;
  createNode?: InputMaybe<NewNodeInput>;
  endLink?: InputMaybe<EndInput>;
  endNode?: InputMaybe<EndInput>;
};

/** Where a fact comes from: a source document and a place in it. */
export type Provenance = {
  __typename?: 'Provenance';
  evidence: Evidence;
  locator: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The source document named by sourceId; null when no source with that id is stored. */
  source?: Maybe<Source>;
  sourceId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Recorded changes, newest first (editors and admins); limit at most 500. */
  auditRecords: AuditPage;
  /** The bodies and agreements that cover a municipality, county or district as of a date. */
  bodiesCovering: PlaceCoverage;
  /** A body or agreement with its members as of a date. */
  bodyMembers: BodyProfile;
  /** What two bodies or agreements share: members and area. */
  bodyOverlap: BodyOverlap;
  editableLink?: Maybe<EditableLink>;
  editableNode?: Maybe<EditableNode>;
  editingVocabulary: EditingVocabulary;
  /** Expected cooperation and where it is missing, as of a date (today when left out), with suggestions for each gap. */
  gaps: GapReport;
  /** Whether the server and its database answer. */
  health: Health;
  importFields: Array<ImportFieldSet>;
  importJob?: Maybe<ImportJob>;
  /** A file sent to POST /import/uploads (editors). */
  importUpload?: Maybe<ImportUpload>;
  /** A node and its links as of a date, optionally only some relationship types. */
  neighbourhood: Neighbourhood;
  /** The network as it stood on a date (every date when asOf is left out), optionally only some kinds of node. */
  network: Network;
  /** What changed in the network between two dates (from must not be after to). */
  networkDiff: NetworkDiff;
  /** One node by its id, or null when there is none. */
  node?: Maybe<GraphNode>;
  /** Nodes whose name, English name or code holds every word of text, ignoring case and diacritics; grouped by kind. */
  search: SearchResult;
  /** The current session; answers even when reading requires sign-in. */
  session: Session;
  /** Where cooperation happens only one-to-one, as of a date (today when left out): metrics and flags per actor and body. */
  silos: SiloReport;
  /** The manifest of the snapshot an export with these parameters would give (every date when asOf is left out). */
  snapshotManifest: SnapshotManifest;
  /** A source document by id, or null. */
  source?: Maybe<Source>;
  /** Proposed changes, newest first (signed-in users); limit at most 500. */
  suggestions: Array<Suggestion>;
  /** Every dated change of the network, in date order. */
  timeline: Timeline;
  /** Every account (admins only). */
  users: Array<User>;
  /** A preview of tentative memberships and links: how gaps and silo figures would change. Writes nothing. */
  whatIf: WhatIf;
};


export type QueryAuditRecordsArgs = {
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBodiesCoveringArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  place: Scalars['ID']['input'];
};


export type QueryBodyMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  body: Scalars['ID']['input'];
};


export type QueryBodyOverlapArgs = {
  a: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  b: Scalars['ID']['input'];
};


export type QueryEditableLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEditableNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<GapFilter>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportUploadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNetworkArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
};


export type QueryNetworkDiffArgs = {
  filter?: InputMaybe<SnapshotFilterInput>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limitPerKind?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySilosArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<SiloFilter>;
};


export type QuerySnapshotManifestArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<SnapshotFilterInput>;
  mode?: InputMaybe<SnapshotMode>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SuggestionStatus>;
};


export type QueryWhatIfArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  changes: WhatIfChanges;
};

export type RelationshipType =
  | 'ADDRESSES'
  | 'COOPERATES_WITH'
  | 'COVERS'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'OWNED_BY'
  | 'PARTY_TO'
  | 'SERVES'
  | 'SUCCEEDED_BY'
  | 'UNIT_OF';

/** What an account may do: read and propose (viewer), also change the network (editor), also delete and manage accounts (admin). */
export type Role =
  | 'admin'
  | 'editor'
  | 'viewer';

/** The hits of one kind, best first. */
export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  kind: NodeKind;
  /** How many nodes of this kind match; hits holds at most limitPerKind of them. */
  total: Scalars['Int']['output'];
};

/** A node found by search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** What tells it apart: the county of a municipality, the municipality of a district, the agency of a unit. */
  context?: Maybe<Scalars['String']['output']>;
  node: GraphNode;
  /** Whether the node existed on the date searched at (always true without a date). */
  validAtDate: Scalars['Boolean']['output'];
};

export type SearchResult = {
  __typename?: 'SearchResult';
  /** Groups by kind, the group with the best hit first. */
  groups: Array<SearchGroup>;
  /** The text as compared: lower case, diacritics folded ("Göteborg" becomes "goteborg"). */
  normalised: Scalars['String']['output'];
  text: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Who is signed in on this browser, and whether reading needs an account. */
export type Session = {
  __typename?: 'Session';
  readingRequiresSignIn: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

export type SiloCounts = {
  __typename?: 'SiloCounts';
  actors: Scalars['Int']['output'];
  oneAgencyAtATime: Scalars['Int']['output'];
  stovepipe: Scalars['Int']['output'];
  twoPartyBody: Scalars['Int']['output'];
};

export type SiloFilter = {
  /** Actors and bodies in these counties (located in, serving or covering them); national when left out. */
  countyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only what carries at least one of these flags. */
  flags?: InputMaybe<Array<SiloFlag>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  /** Actors with at least this many partners. */
  minPartners?: InputMaybe<Scalars['Int']['input']>;
};

/** A pattern of one-to-one cooperation, each explained in the explorer in plain words. */
export type SiloFlag =
  /** A municipality whose partners are all reached one-to-one and never meet each other: a dialogue with one agency at a time. */
  | 'oneAgencyAtATime'
  /** An agency or agency unit that cooperates with municipalities only, with no other agency. */
  | 'stovepipe'
  /** A body that in practice has only two parties. */
  | 'twoPartyBody';

export type SiloReport = {
  __typename?: 'SiloReport';
  /** Actors that match the filter, flagged ones first, then by constraint, highest first. */
  actors: Array<ActorSilo>;
  /** The date analysed (today when none was asked for). */
  asOf: Scalars['Date']['output'];
  /** Bodies with at least one party that match the filter. */
  bodies: Array<BodySilo>;
  byCounty: Array<SiloTally>;
  counts: SiloCounts;
};

export type SiloTally = {
  __typename?: 'SiloTally';
  counts: SiloCounts;
  county: AnalysisRef;
};

/** A tie of the cooperation graph: a bilateral link, shared bodies, or both. */
export type SiloTie = {
  __typename?: 'SiloTie';
  /** Reached only one-to-one: no shared body of three or more parties, and the partner has no tie to the actor's other partners. */
  bilateralOnly: Scalars['Boolean']['output'];
  /** The bodies where both are parties. */
  bodies: Array<AnalysisRef>;
  /** The bilateral cooperation links behind the tie. */
  linkIds: Array<Scalars['ID']['output']>;
  partner: AnalysisRef;
};

/** Which elements a snapshot or diff keeps; a field left out restricts nothing. */
export type SnapshotFilterInput = {
  /** Body types to keep (finsamAssociation, labourMarketCommittee, …); other kinds are not affected. */
  bodyTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  evidence?: InputMaybe<Array<Evidence>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};

/** What an export of the network would hold, and how to cite it. */
export type SnapshotManifest = {
  __typename?: 'SnapshotManifest';
  appVersion: Scalars['String']['output'];
  asOf?: Maybe<Scalars['Date']['output']>;
  /** sha256 of the whole dataset the snapshot is cut from. */
  datasetHash: Scalars['String']['output'];
  edgeCount: Scalars['Int']['output'];
  mode: SnapshotMode;
  nodeCount: Scalars['Int']['output'];
  /** Derived from the content: the same data and parameters always give the same id. */
  snapshotId: Scalars['ID']['output'];
  sources: Array<SourceCitation>;
  suggestedCitation: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Two-mode keeps actors, bodies and places; projected keeps only actors, tied through the bodies they share. */
export type SnapshotMode =
  | 'projected'
  | 'twoMode';

/** A source document that facts come from. */
export type Source = {
  __typename?: 'Source';
  /** The full readable citation. */
  citation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** The year as written in the source list (empty when unknown). */
  year?: Maybe<Scalars['String']['output']>;
};

export type SourceChoice = {
  __typename?: 'SourceChoice';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A source document with its full citation. */
export type SourceCitation = {
  __typename?: 'SourceCitation';
  citation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A fact of the network: valid over a window of dates, with where it comes from. */
export type Sourced = {
  properties: Array<Property>;
  provenance: Provenance;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A change a viewer proposed, with its source, waiting for (or given) an editor's review. */
export type Suggestion = {
  __typename?: 'Suggestion';
  action: ChangeAction;
  /** What the change would do, as it looked when it was proposed. */
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  locator: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  proposedAt: Scalars['String']['output'];
  proposedBy: Scalars['String']['output'];
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['String']['output']>;
  reviewedBy?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  status: SuggestionStatus;
  targetId: Scalars['ID']['output'];
  targetLabel: Scalars['String']['output'];
  targetType: AuditTarget;
};

export type SuggestionStatus =
  | 'accepted'
  | 'pending'
  | 'rejected';

export type Timeline = {
  __typename?: 'Timeline';
  events: Array<TimelineEvent>;
  first?: Maybe<Scalars['Date']['output']>;
  last?: Maybe<Scalars['Date']['output']>;
};

export type TimelineChange =
  | 'ends'
  | 'starts';

/** A dated change: a node or a link starts to hold, or stops holding. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  change: TimelineChange;
  /** The first day the network is different: validFrom, or the day after validTo. */
  date: Scalars['Date']['output'];
  /** For a link: its id, type and the names of its ends. */
  edgeId?: Maybe<Scalars['ID']['output']>;
  /** The date as stored: validFrom, or validTo (the last day it held). */
  factDate: Scalars['Date']['output'];
  fromName?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<NodeKind>;
  name?: Maybe<Scalars['String']['output']>;
  /** For a node: its id, kind and name. */
  nodeId?: Maybe<Scalars['ID']['output']>;
  /** How the source gave the date: year, month or day. */
  precision?: Maybe<Scalars['String']['output']>;
  toName?: Maybe<Scalars['String']['output']>;
  type?: Maybe<RelationshipType>;
};

export type User = {
  __typename?: 'User';
  /** When the account was created, ISO date and time. */
  createdAt: Scalars['String']['output'];
  role: Role;
  username: Scalars['String']['output'];
};

/** What tentative changes would do to gaps and silo figures; nothing is written. */
export type WhatIf = {
  __typename?: 'WhatIf';
  after: AnalysisFigures;
  asOf: Scalars['Date']['output'];
  before: AnalysisFigures;
  /** Actors whose partners, measures or flags would change. */
  changedActors: Array<ActorSiloChange>;
  changedPairs: Array<PairChange>;
};

export type WhatIfChanges = {
  addLinks?: InputMaybe<Array<WhatIfLink>>;
  addMemberships?: InputMaybe<Array<WhatIfMembership>>;
};

/** A bilateral link tentatively added between two actors; without goal areas it counts for every goal area. */
export type WhatIfLink = {
  fromId: Scalars['ID']['input'];
  goalAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  toId: Scalars['ID']['input'];
};

/** A party tentatively added to a body, which may take up further goal areas with it. */
export type WhatIfMembership = {
  actorId: Scalars['ID']['input'];
  bodyId: Scalars['ID']['input'];
  goalAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Sourced:
    | ( GraphEdge )
    | ( GraphNode )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorSilo: ResolverTypeWrapper<ActorSilo>;
  ActorSiloChange: ResolverTypeWrapper<ActorSiloChange>;
  AnalysisFigures: ResolverTypeWrapper<AnalysisFigures>;
  AnalysisRef: ResolverTypeWrapper<AnalysisRef>;
  AuditFilter: AuditFilter;
  AuditPage: ResolverTypeWrapper<AuditPage>;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  AuditTarget: AuditTarget;
  BodyMember: ResolverTypeWrapper<BodyMember>;
  BodyOverlap: ResolverTypeWrapper<BodyOverlap>;
  BodyProfile: ResolverTypeWrapper<BodyProfile>;
  BodySilo: ResolverTypeWrapper<BodySilo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeAction: ChangeAction;
  ChangeCounts: ResolverTypeWrapper<ChangeCounts>;
  ChangeKind: ChangeKind;
  ChangeLinkInput: ChangeLinkInput;
  ChangeNodeInput: ChangeNodeInput;
  CoverageScope: CoverageScope;
  CoveringBody: ResolverTypeWrapper<CoveringBody>;
  DatabaseStatus: DatabaseStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeleteInput: DeleteInput;
  DiffSummary: ResolverTypeWrapper<DiffSummary>;
  EdgeChange: ResolverTypeWrapper<EdgeChange>;
  EditOutcome: ResolverTypeWrapper<EditOutcome>;
  EditableLink: ResolverTypeWrapper<EditableLink>;
  EditableNode: ResolverTypeWrapper<EditableNode>;
  EditingVocabulary: ResolverTypeWrapper<EditingVocabulary>;
  EndInput: EndInput;
  Evidence: Evidence;
  ExpectedPair: ResolverTypeWrapper<ExpectedPair>;
  ExpectedParty: ResolverTypeWrapper<ExpectedParty>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FigureChange: ResolverTypeWrapper<FigureChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapFilter: GapFilter;
  GapLink: ResolverTypeWrapper<GapLink>;
  GapReport: ResolverTypeWrapper<GapReport>;
  GapRule: ResolverTypeWrapper<GapRule>;
  GapSuggestion: ResolverTypeWrapper<GapSuggestion>;
  GapSuggestionKind: GapSuggestionKind;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<Health>;
  HealthStatus: HealthStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportColumn: ResolverTypeWrapper<ImportColumn>;
  ImportColumnInput: ImportColumnInput;
  ImportFieldSet: ResolverTypeWrapper<ImportFieldSet>;
  ImportItem: ResolverTypeWrapper<ImportItem>;
  ImportJob: ResolverTypeWrapper<ImportJob>;
  ImportJobStatus: ImportJobStatus;
  ImportPhase: ImportPhase;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportTable: ResolverTypeWrapper<ImportTable>;
  ImportTableInput: ImportTableInput;
  ImportTableKind: ImportTableKind;
  ImportUpload: ResolverTypeWrapper<ImportUpload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkChanges: LinkChanges;
  LinkDirection: LinkDirection;
  LinkRule: ResolverTypeWrapper<LinkRule>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourLink: ResolverTypeWrapper<NeighbourLink>;
  Neighbourhood: ResolverTypeWrapper<Neighbourhood>;
  Network: ResolverTypeWrapper<Network>;
  NetworkDiff: ResolverTypeWrapper<NetworkDiff>;
  NewLinkInput: NewLinkInput;
  NewNodeInput: NewNodeInput;
  NodeChange: ResolverTypeWrapper<NodeChange>;
  NodeChanges: NodeChanges;
  NodeKind: NodeKind;
  PairChange: ResolverTypeWrapper<PairChange>;
  PairCounts: ResolverTypeWrapper<PairCounts>;
  PairStatus: PairStatus;
  PairTally: ResolverTypeWrapper<PairTally>;
  PartnerScope: PartnerScope;
  PartyToAdd: ResolverTypeWrapper<PartyToAdd>;
  PlaceCoverage: ResolverTypeWrapper<PlaceCoverage>;
  Property: ResolverTypeWrapper<Property>;
  ProposedChange: ProposedChange;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipType: RelationshipType;
  Role: Role;
  SearchGroup: ResolverTypeWrapper<SearchGroup>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchResult: ResolverTypeWrapper<SearchResult>;
  Session: ResolverTypeWrapper<Session>;
  SiloCounts: ResolverTypeWrapper<SiloCounts>;
  SiloFilter: SiloFilter;
  SiloFlag: SiloFlag;
  SiloReport: ResolverTypeWrapper<SiloReport>;
  SiloTally: ResolverTypeWrapper<SiloTally>;
  SiloTie: ResolverTypeWrapper<SiloTie>;
  SnapshotFilterInput: SnapshotFilterInput;
  SnapshotManifest: ResolverTypeWrapper<SnapshotManifest>;
  SnapshotMode: SnapshotMode;
  Source: ResolverTypeWrapper<Source>;
  SourceChoice: ResolverTypeWrapper<SourceChoice>;
  SourceCitation: ResolverTypeWrapper<SourceCitation>;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  SuggestionStatus: SuggestionStatus;
  Timeline: ResolverTypeWrapper<Timeline>;
  TimelineChange: TimelineChange;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  User: ResolverTypeWrapper<User>;
  WhatIf: ResolverTypeWrapper<WhatIf>;
  WhatIfChanges: WhatIfChanges;
  WhatIfLink: WhatIfLink;
  WhatIfMembership: WhatIfMembership;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActorSilo: ActorSilo;
  ActorSiloChange: ActorSiloChange;
  AnalysisFigures: AnalysisFigures;
  AnalysisRef: AnalysisRef;
  AuditFilter: AuditFilter;
  AuditPage: AuditPage;
  AuditRecord: AuditRecord;
  BodyMember: BodyMember;
  BodyOverlap: BodyOverlap;
  BodyProfile: BodyProfile;
  BodySilo: BodySilo;
  Boolean: Scalars['Boolean']['output'];
  ChangeCounts: ChangeCounts;
  ChangeLinkInput: ChangeLinkInput;
  ChangeNodeInput: ChangeNodeInput;
  CoveringBody: CoveringBody;
  Date: Scalars['Date']['output'];
  DeleteInput: DeleteInput;
  DiffSummary: DiffSummary;
  EdgeChange: EdgeChange;
  EditOutcome: EditOutcome;
  EditableLink: EditableLink;
  EditableNode: EditableNode;
  EditingVocabulary: EditingVocabulary;
  EndInput: EndInput;
  ExpectedPair: ExpectedPair;
  ExpectedParty: ExpectedParty;
  FieldChange: FieldChange;
  FigureChange: FigureChange;
  Float: Scalars['Float']['output'];
  GapFilter: GapFilter;
  GapLink: GapLink;
  GapReport: GapReport;
  GapRule: GapRule;
  GapSuggestion: GapSuggestion;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportColumn: ImportColumn;
  ImportColumnInput: ImportColumnInput;
  ImportFieldSet: ImportFieldSet;
  ImportItem: ImportItem;
  ImportJob: ImportJob;
  ImportPreview: ImportPreview;
  ImportProblem: ImportProblem;
  ImportTable: ImportTable;
  ImportTableInput: ImportTableInput;
  ImportUpload: ImportUpload;
  Int: Scalars['Int']['output'];
  LinkChanges: LinkChanges;
  LinkRule: LinkRule;
  Mutation: Record<PropertyKey, never>;
  NeighbourLink: NeighbourLink;
  Neighbourhood: Neighbourhood;
  Network: Network;
  NetworkDiff: NetworkDiff;
  NewLinkInput: NewLinkInput;
  NewNodeInput: NewNodeInput;
  NodeChange: NodeChange;
  NodeChanges: NodeChanges;
  PairChange: PairChange;
  PairCounts: PairCounts;
  PairTally: PairTally;
  PartyToAdd: PartyToAdd;
  PlaceCoverage: PlaceCoverage;
  Property: Property;
  ProposedChange: ProposedChange;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  SearchGroup: SearchGroup;
  SearchHit: SearchHit;
  SearchResult: SearchResult;
  Session: Session;
  SiloCounts: SiloCounts;
  SiloFilter: SiloFilter;
  SiloReport: SiloReport;
  SiloTally: SiloTally;
  SiloTie: SiloTie;
  SnapshotFilterInput: SnapshotFilterInput;
  SnapshotManifest: SnapshotManifest;
  Source: Source;
  SourceChoice: SourceChoice;
  SourceCitation: SourceCitation;
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  String: Scalars['String']['output'];
  Suggestion: Suggestion;
  Timeline: Timeline;
  TimelineEvent: TimelineEvent;
  User: User;
  WhatIf: WhatIf;
  WhatIfChanges: WhatIfChanges;
  WhatIfLink: WhatIfLink;
  WhatIfMembership: WhatIfMembership;
};

export type MaxItemsDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxItemsDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = MaxItemsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorSiloResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorSilo'] = ResolversParentTypes['ActorSilo']> = {
  actor?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  bilateralOnlyPartners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bilateralOnlyShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  constraint?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  counties?: Resolver<Array<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
  effectiveSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['SiloFlag']>, ParentType, ContextType>;
  partnerDensity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['SiloTie']>, ParentType, ContextType>;
};

export type ActorSiloChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorSiloChange'] = ResolversParentTypes['ActorSiloChange']> = {
  after?: Resolver<ResolversTypes['ActorSilo'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['ActorSilo'], ParentType, ContextType>;
};

export type AnalysisFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalysisFigures'] = ResolversParentTypes['AnalysisFigures']> = {
  pairs?: Resolver<ResolversTypes['PairCounts'], ParentType, ContextType>;
  silos?: Resolver<ResolversTypes['SiloCounts'], ParentType, ContextType>;
};

export type AnalysisRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalysisRef'] = ResolversParentTypes['AnalysisRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  records?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  suggestionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['AuditTarget'], ParentType, ContextType>;
  undoOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BodyMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodyMember'] = ResolversParentTypes['BodyMember']> = {
  link?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BodyOverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodyOverlap'] = ResolversParentTypes['BodyOverlap']> = {
  a?: Resolver<ResolversTypes['BodyProfile'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  b?: Resolver<ResolversTypes['BodyProfile'], ParentType, ContextType>;
  onlyInA?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  onlyInB?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  sharedAreas?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  sharedMembers?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type BodyProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodyProfile'] = ResolversParentTypes['BodyProfile']> = {
  areas?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  expectedParties?: Resolver<Array<ResolversTypes['ExpectedParty']>, ParentType, ContextType>;
  goalAreas?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['BodyMember']>, ParentType, ContextType>;
  validAtDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BodySiloResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodySilo'] = ResolversParentTypes['BodySilo']> = {
  body?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  bodyType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counties?: Resolver<Array<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['SiloFlag']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
};

export type ChangeCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeCounts'] = ResolversParentTypes['ChangeCounts']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoveringBodyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoveringBody'] = ResolversParentTypes['CoveringBody']> = {
  profile?: Resolver<ResolversTypes['BodyProfile'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CoverageScope'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DiffSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiffSummary'] = ResolversParentTypes['DiffSummary']> = {
  edges?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigureChange']>, ParentType, ContextType>;
  memberships?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
};

export type EdgeChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgeChange'] = ResolversParentTypes['EdgeChange']> = {
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
};

export type EditOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditOutcome'] = ResolversParentTypes['EditOutcome']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  auditRecord?: Resolver<Maybe<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['EditableLink']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['EditableNode']>, ParentType, ContextType>;
};

export type EditableLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditableLink'] = ResolversParentTypes['EditableLink']> = {
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EditableNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditableNode'] = ResolversParentTypes['EditableNode']> = {
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EditingVocabularyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditingVocabulary'] = ResolversParentTypes['EditingVocabulary']> = {
  agencyLevels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  agreementTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bodyTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  linkRules?: Resolver<Array<ResolversTypes['LinkRule']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceChoice']>, ParentType, ContextType>;
};

export type ExpectedPairResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpectedPair'] = ResolversParentTypes['ExpectedPair']> = {
  county?: Resolver<Maybe<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['GapLink']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['GapRule'], ParentType, ContextType>;
  servingUnitFound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PairStatus'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['GapSuggestion']>, ParentType, ContextType, RequireFields<ExpectedPairSuggestionsArgs, 'limit'>>;
  target?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  viaBodies?: Resolver<Array<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
};

export type ExpectedPartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpectedParty'] = ResolversParentTypes['ExpectedParty']> = {
  filledBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FigureChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigureChange'] = ResolversParentTypes['FigureChange']> = {
  delta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GapLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapLink'] = ResolversParentTypes['GapLink']> = {
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goalAreaIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GapReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapReport'] = ResolversParentTypes['GapReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byAgency?: Resolver<Array<ResolversTypes['PairTally']>, ParentType, ContextType>;
  byCounty?: Resolver<Array<ResolversTypes['PairTally']>, ParentType, ContextType>;
  byGoalArea?: Resolver<Array<ResolversTypes['PairTally']>, ParentType, ContextType>;
  byMunicipality?: Resolver<Array<ResolversTypes['PairTally']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['PairCounts'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['ExpectedPair']>, ParentType, ContextType>;
};

export type GapRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapRule'] = ResolversParentTypes['GapRule']> = {
  goalArea?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  partnerScope?: Resolver<ResolversTypes['PartnerScope'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapSuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapSuggestion'] = ResolversParentTypes['GapSuggestion']> = {
  addressesGoalArea?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  admitsAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alsoCloses?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
  bodyType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapSuggestionKind'], ParentType, ContextType>;
  partiesToAdd?: Resolver<Array<ResolversTypes['PartyToAdd']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4j?: Resolver<ResolversTypes['DatabaseStatus'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
};

export type ImportColumnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportColumn'] = ResolversParentTypes['ImportColumn']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportFieldSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportFieldSet'] = ResolversParentTypes['ImportFieldSet']> = {
  kind?: Resolver<ResolversTypes['ImportTableKind'], ParentType, ContextType>;
  optional?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportItem'] = ResolversParentTypes['ImportItem']> = {
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['AuditTarget'], ParentType, ContextType>;
};

export type ImportJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ImportPhase'], ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['ImportPreview']>, ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  changed?: Resolver<Array<ResolversTypes['ImportItem']>, ParentType, ContextType>;
  changedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<Array<ResolversTypes['ImportItem']>, ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ended?: Resolver<Array<ResolversTypes['ImportItem']>, ParentType, ContextType>;
  endedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportTable'] = ResolversParentTypes['ImportTable']> = {
  columns?: Resolver<Array<ResolversTypes['ImportColumn']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ImportTableKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportUploadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportUpload'] = ResolversParentTypes['ImportUpload']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['ImportTable']>, ParentType, ContextType>;
};

export type LinkRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkRule'] = ResolversParentTypes['LinkRule']> = {
  from?: Resolver<Array<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationAcceptSuggestionArgs, 'id'>>;
  changeLink?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationChangeLinkArgs, 'dryRun' | 'input'>>;
  changeNode?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationChangeNodeArgs, 'dryRun' | 'input'>>;
  commitImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationCommitImportArgs, 'jobId'>>;
  createLink?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'dryRun' | 'input'>>;
  createNode?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'dryRun' | 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'password' | 'role' | 'username'>>;
  deleteLink?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationDeleteLinkArgs, 'dryRun' | 'input'>>;
  deleteNode?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'dryRun' | 'input'>>;
  endLink?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationEndLinkArgs, 'dryRun' | 'input'>>;
  endNode?: Resolver<ResolversTypes['EditOutcome'], ParentType, ContextType, RequireFields<MutationEndNodeArgs, 'dryRun' | 'input'>>;
  previewImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationPreviewImportArgs, 'tables' | 'uploadId'>>;
  proposeChange?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationProposeChangeArgs, 'change' | 'locator' | 'source'>>;
  rejectSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationRejectSuggestionArgs, 'id'>>;
  removeUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRemoveUserArgs, 'username'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'role' | 'username'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  undoLastChange?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType, Partial<MutationUndoLastChangeArgs>>;
};

export type NeighbourLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighbourLink'] = ResolversParentTypes['NeighbourLink']> = {
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  neighbour?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  centreValidAtDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['NeighbourLink']>, ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type NetworkDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkDiff'] = ResolversParentTypes['NetworkDiff']> = {
  edges?: Resolver<Array<ResolversTypes['EdgeChange']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeChange']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['DiffSummary'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type NodeChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeChange'] = ResolversParentTypes['NodeChange']> = {
  addedEdgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  removedEdgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PairChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairChange'] = ResolversParentTypes['PairChange']> = {
  before?: Resolver<ResolversTypes['PairStatus'], ParentType, ContextType>;
  pair?: Resolver<ResolversTypes['ExpectedPair'], ParentType, ContextType>;
};

export type PairCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairCounts'] = ResolversParentTypes['PairCounts']> = {
  indirect?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PairTallyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairTally'] = ResolversParentTypes['PairTally']> = {
  about?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['PairCounts'], ParentType, ContextType>;
};

export type PartyToAddResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyToAdd'] = ResolversParentTypes['PartyToAdd']> = {
  actor?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
  admitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceCoverage'] = ResolversParentTypes['PlaceCoverage']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['CoveringBody']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type PropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditRecords?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditRecordsArgs, 'limit' | 'offset'>>;
  bodiesCovering?: Resolver<ResolversTypes['PlaceCoverage'], ParentType, ContextType, RequireFields<QueryBodiesCoveringArgs, 'place'>>;
  bodyMembers?: Resolver<ResolversTypes['BodyProfile'], ParentType, ContextType, RequireFields<QueryBodyMembersArgs, 'body'>>;
  bodyOverlap?: Resolver<ResolversTypes['BodyOverlap'], ParentType, ContextType, RequireFields<QueryBodyOverlapArgs, 'a' | 'b'>>;
  editableLink?: Resolver<Maybe<ResolversTypes['EditableLink']>, ParentType, ContextType, RequireFields<QueryEditableLinkArgs, 'id'>>;
  editableNode?: Resolver<Maybe<ResolversTypes['EditableNode']>, ParentType, ContextType, RequireFields<QueryEditableNodeArgs, 'id'>>;
  editingVocabulary?: Resolver<ResolversTypes['EditingVocabulary'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['GapReport'], ParentType, ContextType, Partial<QueryGapsArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  importFields?: Resolver<Array<ResolversTypes['ImportFieldSet']>, ParentType, ContextType>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryImportJobArgs, 'id'>>;
  importUpload?: Resolver<Maybe<ResolversTypes['ImportUpload']>, ParentType, ContextType, RequireFields<QueryImportUploadArgs, 'id'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'id'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, Partial<QueryNetworkArgs>>;
  networkDiff?: Resolver<ResolversTypes['NetworkDiff'], ParentType, ContextType, RequireFields<QueryNetworkDiffArgs, 'from' | 'to'>>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'limitPerKind' | 'text'>>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  silos?: Resolver<ResolversTypes['SiloReport'], ParentType, ContextType, Partial<QuerySilosArgs>>;
  snapshotManifest?: Resolver<ResolversTypes['SnapshotManifest'], ParentType, ContextType, Partial<QuerySnapshotManifestArgs>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  suggestions?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestionsArgs, 'limit'>>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'changes'>>;
};

export type SearchGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchGroup'] = ResolversParentTypes['SearchGroup']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  validAtDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  groups?: Resolver<Array<ResolversTypes['SearchGroup']>, ParentType, ContextType>;
  normalised?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  readingRequiresSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SiloCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SiloCounts'] = ResolversParentTypes['SiloCounts']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oneAgencyAtATime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stovepipe?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  twoPartyBody?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SiloReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SiloReport'] = ResolversParentTypes['SiloReport']> = {
  actors?: Resolver<Array<ResolversTypes['ActorSilo']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['BodySilo']>, ParentType, ContextType>;
  byCounty?: Resolver<Array<ResolversTypes['SiloTally']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['SiloCounts'], ParentType, ContextType>;
};

export type SiloTallyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SiloTally'] = ResolversParentTypes['SiloTally']> = {
  counts?: Resolver<ResolversTypes['SiloCounts'], ParentType, ContextType>;
  county?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
};

export type SiloTieResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SiloTie'] = ResolversParentTypes['SiloTie']> = {
  bilateralOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['AnalysisRef']>, ParentType, ContextType>;
  linkIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['AnalysisRef'], ParentType, ContextType>;
};

export type SnapshotManifestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SnapshotManifest'] = ResolversParentTypes['SnapshotManifest']> = {
  appVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datasetHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SnapshotMode'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  snapshotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  suggestedCitation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceChoiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceChoice'] = ResolversParentTypes['SourceChoice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceCitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceCitation'] = ResolversParentTypes['SourceCitation']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SourcedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = {
  __resolveType: TypeResolveFn<'GraphEdge' | 'GraphNode', ParentType, ContextType>;
};

export type SuggestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['AuditTarget'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  first?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  change?: Resolver<ResolversTypes['TimelineChange'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  edgeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  factDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  after?: Resolver<ResolversTypes['AnalysisFigures'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['AnalysisFigures'], ParentType, ContextType>;
  changedActors?: Resolver<Array<ResolversTypes['ActorSiloChange']>, ParentType, ContextType>;
  changedPairs?: Resolver<Array<ResolversTypes['PairChange']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ActorSilo?: ActorSiloResolvers<ContextType>;
  ActorSiloChange?: ActorSiloChangeResolvers<ContextType>;
  AnalysisFigures?: AnalysisFiguresResolvers<ContextType>;
  AnalysisRef?: AnalysisRefResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  BodyMember?: BodyMemberResolvers<ContextType>;
  BodyOverlap?: BodyOverlapResolvers<ContextType>;
  BodyProfile?: BodyProfileResolvers<ContextType>;
  BodySilo?: BodySiloResolvers<ContextType>;
  ChangeCounts?: ChangeCountsResolvers<ContextType>;
  CoveringBody?: CoveringBodyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DiffSummary?: DiffSummaryResolvers<ContextType>;
  EdgeChange?: EdgeChangeResolvers<ContextType>;
  EditOutcome?: EditOutcomeResolvers<ContextType>;
  EditableLink?: EditableLinkResolvers<ContextType>;
  EditableNode?: EditableNodeResolvers<ContextType>;
  EditingVocabulary?: EditingVocabularyResolvers<ContextType>;
  ExpectedPair?: ExpectedPairResolvers<ContextType>;
  ExpectedParty?: ExpectedPartyResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FigureChange?: FigureChangeResolvers<ContextType>;
  GapLink?: GapLinkResolvers<ContextType>;
  GapReport?: GapReportResolvers<ContextType>;
  GapRule?: GapRuleResolvers<ContextType>;
  GapSuggestion?: GapSuggestionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportColumn?: ImportColumnResolvers<ContextType>;
  ImportFieldSet?: ImportFieldSetResolvers<ContextType>;
  ImportItem?: ImportItemResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportTable?: ImportTableResolvers<ContextType>;
  ImportUpload?: ImportUploadResolvers<ContextType>;
  LinkRule?: LinkRuleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourLink?: NeighbourLinkResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkDiff?: NetworkDiffResolvers<ContextType>;
  NodeChange?: NodeChangeResolvers<ContextType>;
  PairChange?: PairChangeResolvers<ContextType>;
  PairCounts?: PairCountsResolvers<ContextType>;
  PairTally?: PairTallyResolvers<ContextType>;
  PartyToAdd?: PartyToAddResolvers<ContextType>;
  PlaceCoverage?: PlaceCoverageResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchGroup?: SearchGroupResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SiloCounts?: SiloCountsResolvers<ContextType>;
  SiloReport?: SiloReportResolvers<ContextType>;
  SiloTally?: SiloTallyResolvers<ContextType>;
  SiloTie?: SiloTieResolvers<ContextType>;
  SnapshotManifest?: SnapshotManifestResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceChoice?: SourceChoiceResolvers<ContextType>;
  SourceCitation?: SourceCitationResolvers<ContextType>;
  Sourced?: SourcedResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  maxItems?: MaxItemsDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
};
