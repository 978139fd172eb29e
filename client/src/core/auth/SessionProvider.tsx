import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { runOperation } from '../data/operation';
import { SessionContext, type SessionUser, type SessionValue } from './session';
import { sessionQuery, signInMutation, signOutMutation } from './sessionOperations';

interface Known {
  status: 'loading' | 'ready';
  user: SessionUser | null;
  readingRequiresSignIn: boolean;
}

/**
 * Asks the server who is signed in (which also hands this browser its CSRF cookie), and offers sign-in and
 * sign-out. When reading requires an account and nobody is signed in, `gate` is shown instead of the app.
 */
export function SessionProvider({ children, gate }: { children: ReactNode; gate: ReactNode }) {
  const [known, setKnown] = useState<Known>({ status: 'loading', user: null, readingRequiresSignIn: false });
  const queryClient = useQueryClient();

  useEffect(() => {
    runOperation(sessionQuery, {})
      .then(({ session }) => setKnown({ status: 'ready', user: session.user ?? null, readingRequiresSignIn: session.readingRequiresSignIn }))
      .catch(() => setKnown((current) => ({ ...current, status: 'ready' })));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const { signIn: session } = await runOperation(signInMutation, { username, password });
    setKnown({ status: 'ready', user: session.user ?? null, readingRequiresSignIn: session.readingRequiresSignIn });
    // What may be read, and how it is answered, depends on who asks.
    void queryClient.invalidateQueries();
  }, [queryClient]);

  const signOut = useCallback(async () => {
    const { signOut: session } = await runOperation(signOutMutation, {});
    setKnown({ status: 'ready', user: session.user ?? null, readingRequiresSignIn: session.readingRequiresSignIn });
    void queryClient.invalidateQueries();
  }, [queryClient]);

  const value = useMemo<SessionValue>(() => ({ ...known, signIn, signOut }), [known, signIn, signOut]);
  const locked = known.status === 'ready' && known.readingRequiresSignIn && known.user === null;
  return <SessionContext.Provider value={value}>{locked ? gate : children}</SessionContext.Provider>;
}
