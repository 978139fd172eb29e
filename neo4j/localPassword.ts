import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isErrno, sleepSync } from './nodeSupport';

/** Neo4j's minimum password length. */
export const MIN_PASSWORD_LENGTH = 8;
const PASSWORD_FILE = '.neo4j-password';

function readSecret(file: string): string | undefined {
  try {
    const secret = fs.readFileSync(file, 'utf8').trim();
    return secret.length >= MIN_PASSWORD_LENGTH ? secret : undefined;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/**
 * Returns the password for the local database in `dataDir`, generating a random one on first use.
 * It is stored in `<dataDir>/.neo4j-password` (mode 0600), i.e. inside the git-ignored data
 * directory, next to the database it protects: deleting the data directory resets both.
 */
export function ensureLocalPassword(dataDir: string): string {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, PASSWORD_FILE);
  const existing = readSecret(file);
  if (existing !== undefined) return existing;

  const secret = randomBytes(24).toString('base64url');
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
  // Someone else created the file first (e.g. a concurrent start): use theirs once written.
  for (let attempt = 0; attempt < 40; attempt++) {
    const other = readSecret(file);
    if (other !== undefined) return other;
    sleepSync(50);
  }
  throw new Error(
    `${file} exists but does not hold a password of at least ${MIN_PASSWORD_LENGTH} characters; ` +
      'delete it to have a new one generated.',
  );
}
