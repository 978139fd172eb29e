import { randomBytes } from 'node:crypto';
import { AppError } from '../db/errors';
import { importLimits } from '../security/limits';
import type { ImportJobStatus, ImportPhase } from '../graphql/generated/resolvers';
import type { MappedTable, MappingProblem } from './mapping';
import type { ImportPlan } from './planImport';
import type { ImportTableData } from './readTables';

/** Uploads and jobs are kept in memory for an hour: long enough to map, preview and commit. */
const lifetimeMs = 60 * 60 * 1000;

export interface Upload {
  id: string;
  fileName: string;
  username: string;
  tables: ImportTableData[];
  createdAt: number;
  /** Estimated memory it holds (`heldBytesOf`), counted against its editor's share of the store. */
  bytes: number;
}

export interface ImportJobState {
  id: string;
  upload: Upload;
  username: string;
  status: ImportJobStatus;
  phase: ImportPhase;
  processed: number;
  total: number;
  tables: MappedTable[];
  mappingProblems: MappingProblem[];
  plan: ImportPlan | null;
  error: string | null;
  importId: string | null;
  createdAt: number;
  bytes: number;
}

interface HeldEntry {
  id: string;
  username: string;
  createdAt: number;
  bytes: number;
}

/**
 * Entries bounded per editor and in all, by count and by estimated bytes: a new entry first makes room among its
 * own editor's older ones; when everyone's together leave no room, it is refused, and nobody else's is evicted.
 */
class Held<T extends HeldEntry> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly what: string) {}

  private total(entries: Iterable<T>) {
    let bytes = 0;
    let count = 0;
    for (const entry of entries) {
      bytes += entry.bytes;
      count += 1;
    }
    return { bytes, count };
  }

  private own(username: string): T[] {
    return [...this.entries.values()].filter((entry) => entry.username === username);
  }

  add(entry: T): T {
    const now = Date.now();
    for (const [id, held] of this.entries) if (now - held.createdAt > lifetimeMs) this.entries.delete(id);
    const share = importLimits.heldPerUser;
    if (entry.bytes > share.bytes) {
      throw new AppError('BAD_USER_INPUT', `file: it takes about ${megabytes(entry.bytes)} in memory; one editor's ${this.what}s may take at most ${megabytes(share.bytes)}`, { field: 'file' });
    }
    const own = this.own(entry.username);
    while (own.length > 0 && (own.length >= share.entries || this.total(own).bytes + entry.bytes > share.bytes)) {
      const oldest = own.shift();
      if (oldest !== undefined) this.entries.delete(oldest.id);
    }
    const all = this.total(this.entries.values());
    if (all.count >= importLimits.heldInAll.entries || all.bytes + entry.bytes > importLimits.heldInAll.bytes) {
      throw new AppError('CONFLICT', `The server holds as many ${this.what}s as it can for other editors; try again in a while (they are kept for an hour).`);
    }
    this.entries.set(entry.id, entry);
    return entry;
  }

  /** Only the account that made it may see or use it (an admin may see any). */
  get(id: string, username: string, isAdmin: boolean): T | null {
    const entry = this.entries.get(id);
    if (entry === undefined || Date.now() - entry.createdAt > lifetimeMs) return null;
    return entry.username === username || isAdmin ? entry : null;
  }

  require(id: string, username: string, isAdmin: boolean): T {
    const entry = this.get(id, username, isAdmin);
    if (entry === null) throw new AppError('NOT_FOUND', `No ${this.what} with id "${id}" (they are kept for an hour).`, { field: 'id' });
    return entry;
  }
}

export const uploads = new Held<Upload>('upload');
export const jobs = new Held<ImportJobState>('import job');

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;

export function newRegistryId(prefix: string): string {
  return `${prefix}-${randomBytes(12).toString('hex')}`;
}
