import { AppError } from '../db/errors';
import type { Resolvers, Session } from '../graphql/generated/resolvers';
import type { GraphQLContext } from '../graphql/context';
import { requireRole } from './guard';
import { createUser, listUsers, removeUser, setUserRole } from './userRepository';

function sessionOf({ auth }: GraphQLContext): Session {
  return { user: auth?.user ?? null, readingRequiresSignIn: auth?.readingRequiresSignIn ?? false };
}

export const authResolvers: Resolvers = {
  Query: {
    session: (_parent, _args, context) => sessionOf(context),
    users: (_parent, _args, context) => {
      requireRole(context, 'admin');
      return listUsers(context.database);
    },
  },
  Mutation: {
    signIn: async (_parent, { username, password }, context) => {
      if (context.auth === undefined) throw new AppError('BAD_USER_INPUT', 'Sign-in needs an HTTP request.');
      await context.auth.signIn(username.trim().toLowerCase(), password);
      return sessionOf(context);
    },
    signOut: async (_parent, _args, context) => {
      await context.auth?.signOut();
      return sessionOf(context);
    },
    createUser: (_parent, { username, password, role }, context) => {
      const admin = requireRole(context, 'admin');
      return createUser(context.database, admin.username, username, password, role);
    },
    setUserRole: (_parent, { username, role }, context) => {
      const admin = requireRole(context, 'admin');
      return setUserRole(context.database, admin.username, username, role);
    },
    removeUser: (_parent, { username }, context) => {
      const admin = requireRole(context, 'admin');
      if (username === admin.username) throw new AppError('BAD_USER_INPUT', 'username: you cannot remove your own account', { field: 'username' });
      return removeUser(context.database, admin.username, username);
    },
  },
};
