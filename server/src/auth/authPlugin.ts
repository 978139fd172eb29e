import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context';

/** What an anonymous visitor may ask when reading requires sign-in. */
const publicFields = new Set(['session', 'signIn', 'signOut', 'health', '__typename', '__schema', '__type']);

function onlyPublicFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && publicFields.has(selection.name.value),
  );
}

function refuse(message: string, code: 'FORBIDDEN' | 'UNAUTHENTICATED', status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Checks every operation before it runs, whichever capability defines it: a mutation needs the CSRF header,
 * and when reading requires sign-in, an anonymous visitor may only sign in.
 */
export function authPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, contextValue }) => {
          const auth = contextValue.auth;
          if (auth === undefined || operation === undefined) return Promise.resolve();
          if (operation.operation === OperationTypeNode.MUTATION && !auth.csrfValid) {
            throw refuse('Not allowed: the request lacks this browser\'s CSRF token (reload the page).', 'FORBIDDEN', 403);
          }
          if (auth.readingRequiresSignIn && auth.user === null && !onlyPublicFields(operation)) {
            throw refuse('Not allowed: sign in to read the network.', 'UNAUTHENTICATED', 401);
          }
          return Promise.resolve();
        },
      }),
  };
}
