import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createAuth } from '../../server/src/auth/mountAuth';
import type { Database } from '../../server/src/db/database';
import type { GraphQLContext } from '../../server/src/graphql/context';
import { resolvers } from '../../server/src/graphql/resolvers';
import { typeDefs } from '../../server/src/graphql/typeDefs';
import { apolloHardening } from '../../server/src/security/apolloHardening';

/**
 * The app's Apollo server as createApp builds it (schema, resolvers, hardening, the auth plugin) but with
 * Apollo's cache-control plugin turned off. Apollo installs that plugin by default, and it wraps every
 * field's resolver to collect cache hints the app never sets; this measures what that costs.
 */
export async function startWithoutCacheControl(database: Database): Promise<ApolloServer<GraphQLContext>> {
  const server = new ApolloServer<GraphQLContext>({ typeDefs, resolvers, ...apolloHardening<GraphQLContext>({ production: true }), stopOnTerminationSignals: false });
  server.addPlugin(createAuth(database, false).plugin);
  server.addPlugin(ApolloServerPluginCacheControlDisabled());
  await server.start();
  return server;
}
