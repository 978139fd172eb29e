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

export type DatabaseStatus =
  | 'down'
  | 'up';

/** How a fact is known: stated for this very entity, following from a general statement, a proposal, or another public source. */
export type Evidence =
  | 'documented'
  | 'external'
  | 'general'
  | 'proposed';

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

export type Network = {
  __typename?: 'Network';
  /** The date the network is shown as of; null means every date at once. */
  asOf?: Maybe<Scalars['Date']['output']>;
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
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

/** A further property of a node or edge, as text. */
export type Property = {
  __typename?: 'Property';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** Where a fact comes from: a source document and a place in it. */
export type Provenance = {
  __typename?: 'Provenance';
  evidence: Evidence;
  locator: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Whether the server and its database answer. */
  health: Health;
  /** The network as it stood on a date (every date when asOf is left out), optionally only some kinds of node. */
  network: Network;
  /** One node by its id, or null when there is none. */
  node?: Maybe<GraphNode>;
};


export type QueryNetworkArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
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

/** A fact of the network: valid over a window of dates, with where it comes from. */
export type Sourced = {
  properties: Array<Property>;
  provenance: Provenance;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DatabaseStatus: DatabaseStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Evidence: Evidence;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  Health: ResolverTypeWrapper<Health>;
  HealthStatus: HealthStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Network: ResolverTypeWrapper<Network>;
  NodeKind: NodeKind;
  Property: ResolverTypeWrapper<Property>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipType: RelationshipType;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  Health: Health;
  ID: Scalars['ID']['output'];
  Network: Network;
  Property: Property;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  String: Scalars['String']['output'];
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

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

export type NetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type PropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, Partial<QueryNetworkArgs>>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
};

export type SourcedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = {
  __resolveType: TypeResolveFn<'GraphEdge' | 'GraphNode', ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Date?: GraphQLScalarType;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sourced?: SourcedResolvers<ContextType>;
};

