import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../db/errors';

/** argon2id (the library's default algorithm) with its recommended memory and time cost. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A fixed hash to check against when the username is unknown, so both cases take as long. */
const unknownUserHash = hash('no account has this password');

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    await verify(await unknownUserHash, password);
    return false;
  }
  return verify(storedHash, password);
}

export const minimumPasswordLength = 10;

export function checkPassword(password: string): void {
  if (password.length < minimumPasswordLength || password.length > 200) {
    throw new AppError('BAD_USER_INPUT', `password: must be ${minimumPasswordLength} to 200 characters long`, { field: 'password' });
  }
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,62}$/;

export function checkUsername(username: string): void {
  if (!usernamePattern.test(username)) {
    throw new AppError('BAD_USER_INPUT', 'username: must be 2 to 63 lowercase letters, digits, dots, hyphens or underscores', {
      field: 'username',
    });
  }
}
