import { AppError } from '../db/errors';
import type { GraphQLContext } from '../graphql/context';
import { hasRole, type Role, type SessionUser } from './roles';
import type { RequestAuth } from './requestAuth';

const article: Record<Role, string> = { viewer: 'a viewer', editor: 'an editor', admin: 'an admin' };

/** The signed-in user if they hold at least `role`; otherwise a clear "not allowed" error and nothing happens. */
export function requireRoleOf(auth: RequestAuth | undefined, role: Role): SessionUser {
  if (auth?.lookupError) throw auth.lookupError;
  const user = auth?.user ?? null;
  if (user === null) throw new AppError('UNAUTHENTICATED', `Not allowed: sign in as ${article[role]} to do this.`);
  if (!hasRole(user, role)) {
    throw new AppError('FORBIDDEN', `Not allowed: this needs ${article[role]}; your account is ${article[user.role]}.`);
  }
  return user;
}

export function requireRole(context: GraphQLContext, role: Role): SessionUser {
  return requireRoleOf(context.auth, role);
}
