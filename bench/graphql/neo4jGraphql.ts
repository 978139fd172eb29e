import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { relationshipTypes } from '../../domain/kinds';

/**
 * The API a team would generate instead: @neo4j/graphql over the same database, one type for every node
 * (label Entity) with every stored property, and a field per relationship type and direction whose
 * connection carries the link's properties. Validity at a date is written as the filters a client would send.
 */
const nodeFields = ['id: ID!', 'kind: String!', 'name: String!', 'validFrom: Date', 'validTo: Date', 'evidence: String!', 'source: String!', 'locator: String!', 'note: String', 'code: String', 'nameEn: String', 'bodyType: String', 'agreementType: String', 'unitType: String', 'level: String', 'latitude: Float', 'longitude: Float', 'description: String'];
const linkFields = ['id: ID!', 'validFrom: Date', 'validTo: Date', 'evidence: String!', 'source: String!', 'locator: String!', 'note: String', 'role: String', 'goalAreas: [String!]', 'form: String', 'task: String'];

const fieldName = (type: string, direction: 'OUT' | 'IN') => {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}Incoming`;
};
const relationshipFields = relationshipTypes.flatMap((type) =>
  (['OUT', 'IN'] as const).map((direction) => `${fieldName(type, direction)}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Link")`),
);

export const typeDefs = `
type Entity @node(labels: ["Entity"]) {
  ${[...nodeFields, ...relationshipFields].join('\n  ')}
}
type Link @relationshipProperties {
  ${linkFields.join('\n  ')}
}
`;

const names = (fields: string[]) => fields.map((field) => field.split(':')[0]).join(' ');
const validAt = `AND: [{ OR: [{ validFrom: { eq: null } }, { validFrom: { lte: $asOf } }] }, { OR: [{ validTo: { eq: null } }, { validTo: { gte: $asOf } }] }]`;
const connections = (directions: readonly ('OUT' | 'IN')[], nodeSelection: string) =>
  relationshipTypes
    .flatMap((type) => directions.map((direction) => fieldName(type, direction)))
    .map((field) => `${field}Connection(where: { edge: { ${validAt} }, node: { ${validAt} } }) { edges { properties { ${names(linkFields)} } node { ${nodeSelection} } } }`)
    .join('\n    ');

/** The same reads as our `network`, `node` and `neighbourhood`, written against the generated API. */
export const neo4jGraphqlDocuments = {
  network: `query Network($asOf: Date) { entities(where: { ${validAt} }) { ${names(nodeFields)}
    ${connections(['OUT'], 'id')} } }`,
  node: `query Node($id: ID!) { entities(where: { id: { eq: $id } }) { ${names(nodeFields)} } }`,
  neighbourhood: `query Neighbourhood($id: ID!, $asOf: Date) { entities(where: { id: { eq: $id } }) { ${names(nodeFields)}
    ${connections(['OUT', 'IN'], names(nodeFields))} } }`,
} as const;

export type Neo4jGraphqlOperation = keyof typeof neo4jGraphqlDocuments;

export async function startNeo4jGraphql(driver: Driver): Promise<ApolloServer<Neo4jGraphQLContext>> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer<Neo4jGraphQLContext>({ schema });
  await server.start();
  return server;
}
