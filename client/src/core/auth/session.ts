import { createContext, useContext } from 'react';
import type { Role } from '../../graphql/generated/graphql';

export interface SessionUser {
  username: string;
  role: Role;
}

export interface SessionValue {
  /** 'loading' until the server has said who is signed in. */
  status: 'loading' | 'ready';
  user: SessionUser | null;
  readingRequiresSignIn: boolean;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const roleOrder: Role[] = ['viewer', 'editor', 'admin'];

/** Whether the user holds at least this role (roles rise: viewer, editor, admin). */
export function hasRole(user: SessionUser | null, needed: Role): boolean {
  return user !== null && roleOrder.indexOf(user.role) >= roleOrder.indexOf(needed);
}

export const SessionContext = createContext<SessionValue>({
  status: 'loading',
  user: null,
  readingRequiresSignIn: false,
  signIn: () => Promise.reject(new Error('No session provider')),
  signOut: () => Promise.resolve(),
});

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
