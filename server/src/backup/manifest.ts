import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentSummary } from './contentHash';

export const manifestFile = 'manifest.json';
export const backupFormat = 'samverkan-seed-backup/1';

/** Written last, so a folder with a manifest is a complete backup; restore checks its work against it. */
export interface BackupManifest {
  format: typeof backupFormat;
  createdAt: string;
  /** Counts and content hash of the network (nodes labelled Entity, Source or ExpectationRule, without bookkeeping). */
  network: ContentSummary;
  /** Rows per file. */
  files: Record<string, number>;
  dropped: Record<string, number>;
  leftOut: Record<string, number>;
}

const counts = z.record(z.string(), z.number().int().nonnegative());
const manifestSchema = z.object({
  format: z.literal(backupFormat),
  createdAt: z.string(),
  network: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), nodes: z.number(), relationships: z.number(), labels: counts }),
  files: counts,
  dropped: counts,
  leftOut: counts,
});

/** The manifest of a backup folder; undefined for a folder without one (such as seed/data). */
export function readManifest(directory: string): BackupManifest | undefined {
  const path = join(directory, manifestFile);
  if (!existsSync(path)) return undefined;
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a backup manifest: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
