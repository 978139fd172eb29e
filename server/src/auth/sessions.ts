import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import { toPlainRecord } from '../db/mappers';
import { isRole, type SessionUser } from './roles';

/** Sessions last a working day; signing in again starts a new one. */
export const sessionLifetime = { iso: 'PT12H', seconds: 12 * 60 * 60 };

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface ActiveSession {
  user: SessionUser;
  csrfToken: string;
}

export async function startSession(database: Database, username: string): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await database.write(async (tx) => {
    await tx.run('auth/delete-expired-sessions');
    await tx.run('auth/create-session', { username, tokenHash: tokenHash(token), csrfToken, lifetime: sessionLifetime.iso });
  });
  return { token, csrfToken };
}

export async function findSession(database: Database, token: string): Promise<ActiveSession | null> {
  const record = await database.read(async (tx) => (await tx.run('auth/find-session', { tokenHash: tokenHash(token) })).records[0]);
  if (record === undefined) return null;
  const user = toPlainRecord(record.get('user'));
  const csrfToken: unknown = record.get('csrfToken');
  const { username, role, createdAt } = user;
  if (typeof username !== 'string' || !isRole(role) || typeof createdAt !== 'string' || typeof csrfToken !== 'string') return null;
  return { user: { username, role, createdAt }, csrfToken };
}

export async function endSession(database: Database, token: string): Promise<void> {
  await database.write(async (tx) => {
    await tx.run('auth/delete-session', { tokenHash: tokenHash(token) });
  });
}
