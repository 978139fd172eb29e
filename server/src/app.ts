import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { TrustProxy } from './config/config';
import type { Database } from './db/database';
import { toAppError } from './db/errors';
import type { GraphQLContext } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { typeDefs } from './graphql/typeDefs';
import { checkHealth } from './health/health';
import { auditRoutes } from './audit/auditRoutes';
import { createAuth } from './auth/mountAuth';
import { changeRoutes } from './changes/changeRoutes';
import { importRoutes } from './import/importRoutes';
import { mountExportRoutes } from './export/routes';
import { apolloHardening } from './security/apolloHardening';
import { httpErrorHandler } from './security/httpErrors';
import { securityHeaders } from './security/securityHeaders';

export interface AppOptions {
  database: Database;
  production: boolean;
  /** The built client to serve at `/`; left out in development, where Vite serves it. */
  clientDirectory?: string;
  /** Whether only signed-in users may read (READING_REQUIRES_SIGN_IN); open reading when left out. */
  readingRequiresSignIn?: boolean;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For names the client; nobody's when left out. */
  trustProxy?: TrustProxy;
  /** The address readers reach the app at (PUBLIC_URL), named in citations; else each request's own. */
  publicUrl?: string;
}

export interface App {
  express: Express;
  apollo: ApolloServer<GraphQLContext>;
  stop(): Promise<void>;
}

/** Builds the whole HTTP app without listening, so tests can run it on any port. */
export async function createApp(options: AppOptions): Promise<App> {
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    ...apolloHardening<GraphQLContext>({ production: options.production }),
    // The process owns shutdown (server/src/main.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const code = formatted.extensions?.['code'];
      if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
      return { ...toAppError(unwrapResolverError(error)).toGraphQLError().toJSON(), path: formatted.path };
    },
  });
  const auth = createAuth(options.database, options.readingRequiresSignIn ?? false);
  apollo.addPlugin(auth.plugin);
  // Apollo installs its cache-control plugin unless told not to; it wraps every field's resolver to collect
  // hints this app never sets, which cost about a third of the network query's time (bench/RESULTS.md).
  apollo.addPlugin(ApolloServerPluginCacheControlDisabled());
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders({ production: options.production }));
  auth.mount(app);
  app.use(importRoutes(auth.forRequest));
  app.use(auditRoutes(options.database, auth.forRequest));
  const changeStreams = changeRoutes(auth.forRequest);
  app.use(changeStreams.router);
  // Load balancers read the status, people the JSON: 503 while the database does not answer.
  app.get('/health', async (_request, response) => {
    const report = await checkHealth(options.database);
    response.status(report.neo4j === 'up' ? 200 : 503).json(report);
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve({ database: options.database, auth: auth.forRequest(req), origin: options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}` }),
    }),
  );
  mountExportRoutes(app, options.database, options.publicUrl);
  const clientDirectory = options.clientDirectory;
  if (clientDirectory !== undefined && existsSync(join(clientDirectory, 'index.html'))) {
    app.use(express.static(clientDirectory, { index: 'index.html' }));
  }
  app.use(httpErrorHandler);
  return {
    express: app,
    apollo,
    stop: () => {
      changeStreams.close();
      return apollo.stop();
    },
  };
}
