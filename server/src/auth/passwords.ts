import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
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

/** zxcvbn's score 2 is "somewhat guessable" (10^6 guesses or more): below it are the common passwords and trivial patterns. */
const minimumScore = 2;

let strength: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its common dictionaries (the most used passwords of many leaks, names, diceware words) and keyboard
 * layouts: "password123", "qwertyuiop", "1234567890" and their l33t and repeated forms are refused. Built on first
 * use, since reading the dictionaries takes about half a second.
 */
function guessable(password: string): boolean {
  strength ??= new ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs });
  return strength.check(password).score < minimumScore;
}

export function checkPassword(password: string): void {
  if (password.length < minimumPasswordLength || password.length > 200) {
    throw new AppError('BAD_USER_INPUT', `password: must be ${minimumPasswordLength} to 200 characters long`, { field: 'password' });
  }
  if (guessable(password)) {
    throw new AppError('BAD_USER_INPUT', 'password: this is one of the most common passwords or an easy pattern; choose another (a few unrelated words work well)', {
      field: 'password',
    });
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
