import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../../server/src/graphql/typeDefs';

/** The served schema, built from the same `.graphql` files (resolvers are not needed to generate operations). */
export function servedSchema(): GraphQLSchema {
  return buildASTSchema(parse(typeDefs.join('\n')));
}
