import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { SignInRefusal } from '../../../domain/signInRefusals';
import type { Database } from '../db/database';
import { AppError, toAppError } from '../db/errors';
import { clearSessionCookie, csrfCookie, csrfHeader, readCookies, sessionCookie, setCsrfCookie, setSessionCookie } from './cookies';
import { clientAddress } from './clientAddress';
import type { PasswordCheckGate } from './passwordCheckGate';
import { verifyPassword } from './passwords';
import type { SessionUser } from './roles';
import { endSession, findSession, newToken, sessionLifetime, startSession } from './sessions';
import type { SignInThrottle } from './signInThrottle';
import { findUser } from './userRepository';

/** Who makes a request, whether it carries the CSRF token, and how to sign in or out. */
export interface RequestAuth {
  user: SessionUser | null;
  readingRequiresSignIn: boolean;
  csrfValid: boolean;
  /** Set when the session could not be looked up (e.g. the database is down): guards report it. */
  lookupError: AppError | null;
  signIn(username: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
}

export interface AuthDependencies {
  database: Database;
  readingRequiresSignIn: boolean;
  throttle: SignInThrottle;
  passwordChecks: PasswordCheckGate;
}

function sameToken(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined || given.length === 0) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the session cookie and checks the CSRF header; repairs the CSRF cookie when it is missing or stale. */
export async function authenticate(request: Request, response: Response, deps: AuthDependencies): Promise<RequestAuth> {
  const cookies = readCookies(request);
  const token = cookies.get(sessionCookie(request));
  let lookupError: AppError | null = null;
  let session = null;
  if (token !== undefined) {
    try {
      session = await findSession(deps.database, token);
      if (session === null) clearSessionCookie(request, response);
    } catch (error) {
      lookupError = toAppError(error);
    }
  }
  const expectedCsrf = session?.csrfToken ?? cookies.get(csrfCookie(request));
  const header = request.header(csrfHeader);
  if (expectedCsrf === undefined) setCsrfCookie(request, response, newToken());
  else if (cookies.get(csrfCookie(request)) !== expectedCsrf) setCsrfCookie(request, response, expectedCsrf);

  const auth: RequestAuth = {
    user: session?.user ?? null,
    readingRequiresSignIn: deps.readingRequiresSignIn,
    csrfValid: sameToken(header, expectedCsrf),
    lookupError,
    async signIn(username, password) {
      const client = clientAddress(request);
      const claim = deps.throttle.claim(username, client);
      let stored;
      try {
        stored = await deps.database.read((tx) => findUser(tx, username));
        const hash = stored?.passwordHash ?? null;
        const right = await deps.passwordChecks.run(client, () => verifyPassword(hash, password));
        if (!right || stored === null) {
          claim.failed();
          throw new AppError('UNAUTHENTICATED', 'Wrong username or password.', { reason: 'wrongCredentials' satisfies SignInRefusal });
        }
        claim.succeeded();
      } finally {
        claim.abandoned();
      }
      if (token !== undefined) await endSession(deps.database, token);
      const started = await startSession(deps.database, stored.username);
      setSessionCookie(request, response, started.token, sessionLifetime.seconds);
      setCsrfCookie(request, response, started.csrfToken);
      auth.user = { username: stored.username, role: stored.role, createdAt: stored.createdAt };
      return auth.user;
    },
    async signOut() {
      if (token !== undefined) await endSession(deps.database, token);
      clearSessionCookie(request, response);
      setCsrfCookie(request, response, newToken());
      auth.user = null;
    },
  };
  return auth;
}
