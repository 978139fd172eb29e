import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readSeed } from '../dataset/readSeed';
import { formatProblems, validateSeed } from '../../../domain/validate';
import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { networkLabels, summarise } from './contentHash';
import { backupFormat, manifestFile, type BackupManifest } from './manifest';
import { readStoredGraph } from './storedGraph';
import { bookkeepingProperties, columnsOf, toSeedFiles } from './toSeedFiles';

/** A backup or restore that cannot be done as asked; an AppError so it crosses a transaction unchanged. */
export class BackupError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export const networkScope = { labels: networkLabels, omitProperties: bookkeepingProperties };

function columnsFor(file: string): string[] {
  if (file === 'sources.csv') return columnsOf.sources;
  if (file === 'rules.csv') return columnsOf.rules;
  return file.startsWith('links/') ? columnsOf.links : columnsOf.nodes;
}

/**
 * Writes the network to `directory` in the seed layout, which `restoreBackup` (and the seed loader)
 * read back. Refuses when some network data has no place in that layout, unless `allowIncomplete`.
 */
export async function writeBackup(database: Database, directory: string, options: { allowIncomplete?: boolean } = {}): Promise<BackupManifest> {
  if (existsSync(directory) && readdirSync(directory).length > 0) throw new BackupError(`${directory} is not empty`);
  const stored = await readStoredGraph(database);
  const seedFiles = toSeedFiles(stored);
  if (seedFiles.problems.length > 0 && options.allowIncomplete !== true) {
    throw new BackupError(`The seed format cannot hold all of the network:\n  ${seedFiles.problems.join('\n  ')}`);
  }
  const files: Record<string, number> = {};
  for (const [file, rows] of seedFiles.files) {
    const all = columnsFor(file);
    const used = all.filter((column) => rows.some((row) => row[column] !== undefined));
    const path = join(directory, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, stringify(rows, { header: true, columns: used.length > 0 ? used : all }));
    files[file] = rows.length;
  }
  const reread = readSeed(directory);
  const validation = reread.ok ? validateSeed(reread.rows, { sourceRules: false }) : reread;
  if (!validation.ok) throw new BackupError(`The backup does not read back as seed data:\n${formatProblems(validation.problems)}`);
  const manifest: BackupManifest = {
    format: backupFormat,
    createdAt: new Date().toISOString(),
    network: summarise(stored, networkScope),
    files,
    dropped: seedFiles.dropped,
    leftOut: seedFiles.leftOut,
  };
  writeFileSync(join(directory, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
