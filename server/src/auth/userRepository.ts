import type { Database, NamedTransaction } from '../db/database';
import { AppError } from '../db/errors';
import { toPlainRecord } from '../db/mappers';
import { recordChange } from '../audit/auditLog';
import type { RecordState } from '../audit/auditStates';
import { checkPassword, checkUsername, hashPassword } from './passwords';
import { isRole, type Role, type SessionUser } from './roles';

export interface StoredUser extends SessionUser {
  passwordHash: string;
}

function toUser(value: unknown): SessionUser {
  const map = toPlainRecord(value);
  const { username, role, createdAt } = map;
  if (typeof username !== 'string' || !isRole(role) || typeof createdAt !== 'string') throw new Error('Stored account is incomplete');
  return { username, role, createdAt };
}

function state(user: SessionUser): RecordState {
  return { target: 'user', id: user.username, label: user.username, properties: { username: user.username, role: user.role } };
}

export async function findUser(tx: NamedTransaction, username: string): Promise<StoredUser | null> {
  const record = (await tx.run('auth/find-user', { username })).records[0];
  if (record === undefined) return null;
  const map = toPlainRecord(record.get('user'));
  const passwordHash = map['passwordHash'];
  if (typeof passwordHash !== 'string') throw new Error('Stored account has no password hash');
  return { ...toUser(map), passwordHash };
}

async function existingUser(tx: NamedTransaction, username: string): Promise<StoredUser> {
  const user = await findUser(tx, username);
  if (user === null) throw new AppError('NOT_FOUND', `No account named "${username}".`, { field: 'username' });
  return user;
}

export function listUsers(database: Database): Promise<SessionUser[]> {
  return database.read(async (tx) => (await tx.run('auth/list-users')).records.map((record) => toUser(record.get('user'))));
}

/** `actor` is who made the change, for the audit trail (the command line names itself). */
export async function createUser(database: Database, actor: string, username: string, password: string, role: Role): Promise<SessionUser> {
  checkUsername(username);
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  return database.write(async (tx) => {
    if ((await findUser(tx, username)) !== null) {
      throw new AppError('CONFLICT', `An account named "${username}" already exists.`, { field: 'username' });
    }
    const user = toUser((await tx.run('auth/create-user', { username, passwordHash, role })).records[0]?.get('user'));
    await recordChange(tx, { username: actor }, { action: 'create', before: null, after: state(user) });
    return user;
  });
}

export function setUserRole(database: Database, actor: string, username: string, role: Role): Promise<SessionUser> {
  return database.write(async (tx) => {
    const before = await existingUser(tx, username);
    const user = toUser((await tx.run('auth/set-user-role', { username, role })).records[0]?.get('user'));
    await recordChange(tx, { username: actor }, { action: 'update', before: state(before), after: state(user) });
    return user;
  });
}

/** A new password ends the account's sessions; the audit record says it changed, never what to. */
export async function setUserPassword(database: Database, actor: string, username: string, password: string): Promise<void> {
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  await database.write(async (tx) => {
    const user = await existingUser(tx, username);
    await tx.run('auth/set-user-password', { username, passwordHash });
    const before = state(user);
    const after = { ...before, properties: { ...before.properties, passwordChangedAt: new Date().toISOString() } };
    await recordChange(tx, { username: actor }, { action: 'update', before, after });
  });
}

export function removeUser(database: Database, actor: string, username: string): Promise<SessionUser> {
  return database.write(async (tx) => {
    const user = await existingUser(tx, username);
    await tx.run('auth/delete-user', { username });
    await recordChange(tx, { username: actor }, { action: 'delete', before: state(user), after: null });
    return { username: user.username, role: user.role, createdAt: user.createdAt };
  });
}
