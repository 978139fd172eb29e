import type { ApolloServerPlugin } from '@apollo/server';
import type { Express, Request, RequestHandler } from 'express';
import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import type { GraphQLContext } from '../graphql/context';
import { authPlugin } from './authPlugin';
import { sendError } from './httpAnswers';
import { PasswordCheckGate } from './passwordCheckGate';
import { authenticate, type RequestAuth } from './requestAuth';
import { SignInThrottle } from './signInThrottle';

export interface Auth {
  /** Refuses mutations without the CSRF header, and anonymous reading when reading requires sign-in. */
  plugin: ApolloServerPlugin<GraphQLContext>;
  /** Session and CSRF handling for /graphql, /api and /export (which, like the network, may require sign-in). */
  mount(app: Express): void;
  forRequest: (request: Request) => RequestAuth | undefined;
}

export function createAuth(database: Database, readingRequiresSignIn: boolean): Auth {
  const byRequest = new WeakMap<Request, RequestAuth>();
  const throttle = new SignInThrottle();
  const passwordChecks = new PasswordCheckGate();
  const forRequest = (request: Request) => byRequest.get(request);
  const middleware: RequestHandler = (request, response, next) => {
    authenticate(request, response, { database, readingRequiresSignIn, throttle, passwordChecks })
      .then((auth) => {
        byRequest.set(request, auth);
        next();
      })
      .catch(next);
  };
  return {
    plugin: authPlugin(),
    mount(app) {
      app.use(['/graphql', '/api'], middleware);
      // The file exports read the network too: when reading requires sign-in, they do as well.
      app.use('/export', middleware, (request, response, next) => {
        if (!readingRequiresSignIn || forRequest(request)?.user) {
          next();
          return;
        }
        sendError(response, new AppError('UNAUTHENTICATED', 'Not allowed: sign in to read the network.'));
      });
    },
    forRequest,
  };
}
