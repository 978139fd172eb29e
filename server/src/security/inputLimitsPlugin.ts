import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { findInputProblem } from './checkInput';

/** Refuses an operation whose arguments break a cap, before any resolver or database call. */
export function inputLimitsPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          const problem = operation && findInputProblem(schema, document, operation, request.variables ?? {});
          if (problem === undefined) return Promise.resolve();
          // Thrown, not returned as a rejected promise: Apollo maps over every plugin's hook before awaiting
          // them, so a rejection left behind when another plugin throws would go unhandled.
          throw new GraphQLError(`${problem.argument} ${problem.reason}.`, {
            extensions: { code: 'BAD_USER_INPUT', argument: problem.argument, http: { status: 400 } },
          });
        },
      }),
  };
}
