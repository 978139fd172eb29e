import { readSeed } from '../dataset/readSeed';
import { formatProblems, validateSeed } from '../../../domain/validate';
import { writeSeedIn, type SeedCounts } from '../dataset/writeSeed';
import type { Database } from '../db/database';
import { summarise, type ContentSummary } from './contentHash';
import { readManifest } from './manifest';
import { readStoredGraphIn } from './storedGraph';
import { BackupError, networkScope } from './writeBackup';

export interface RestoreResult {
  counts: SeedCounts;
  network: ContentSummary;
  /** Whether the restored network was compared with the backup's manifest (a folder without one is loaded unchecked). */
  verified: boolean;
}

/**
 * Loads a backup (or any folder in the seed layout) in one transaction. The network must be empty
 * unless `replace`, which deletes it in that same transaction. Before committing, the restored
 * network's counts and content hash are compared with the manifest; any difference rolls it all back.
 */
export async function restoreBackup(database: Database, directory: string, options: { replace?: boolean } = {}): Promise<RestoreResult> {
  const manifest = readManifest(directory);
  const read = readSeed(directory);
  const validation = read.ok ? validateSeed(read.rows, { sourceRules: false }) : read;
  if (!validation.ok) throw new BackupError(`${directory} does not hold valid seed data:\n${formatProblems(validation.problems)}`);
  return database.write(async (tx) => {
    const existing = Number((await tx.run('backup/count-network')).records[0]?.get('nodes') ?? 0);
    if (existing > 0 && options.replace !== true) {
      throw new BackupError(`The database already holds ${existing} network nodes; restore with --replace to swap them for the backup.`);
    }
    if (options.replace === true) await tx.run('backup/delete-network');
    const counts = await writeSeedIn(tx, validation.seed);
    const network = summarise(await readStoredGraphIn(tx), networkScope);
    if (manifest !== undefined && network.hash !== manifest.network.hash) {
      throw new BackupError(
        `The restored network differs from the backup (${network.nodes} nodes and ${network.relationships} relationships, ` +
          `expected ${manifest.network.nodes} and ${manifest.network.relationships}); nothing was changed.`,
      );
    }
    return { counts, network, verified: manifest !== undefined };
  });
}
