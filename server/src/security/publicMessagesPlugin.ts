import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** Apollo's introspection refusal tells a caller how the server is configured; this says only what happened. */
const rewrites: { pattern: RegExp; message: string }[] = [
  { pattern: /^GraphQL introspection is not allowed/, message: 'Introspection is turned off on this server.' },
];

export function publicMessagesPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors }) => {
          for (const error of errors) {
            const rewrite = rewrites.find(({ pattern }) => pattern.test(error.message));
            if (rewrite) error.message = rewrite.message;
          }
          return Promise.resolve();
        },
      }),
  };
}
