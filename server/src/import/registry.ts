import { randomBytes } from 'node:crypto';
import { AppError } from '../db/errors';
import type { ImportJobStatus, ImportPhase } from '../graphql/generated/resolvers';
import type { MappedTable, MappingProblem } from './mapping';
import type { ImportPlan } from './planImport';
import type { ImportTableData } from './readTables';

/** Uploads and jobs are kept in memory for an hour: long enough to map, preview and commit. */
const lifetimeMs = 60 * 60 * 1000;
const maxHeld = 20;

export interface Upload {
  id: string;
  fileName: string;
  username: string;
  tables: ImportTableData[];
  createdAt: number;
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
}

class Held<T extends { id: string; username: string; createdAt: number }> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly what: string) {}

  add(entry: T): T {
    const now = Date.now();
    for (const [id, held] of this.entries) if (now - held.createdAt > lifetimeMs) this.entries.delete(id);
    while (this.entries.size >= maxHeld) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
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

export function newRegistryId(prefix: string): string {
  return `${prefix}-${randomBytes(12).toString('hex')}`;
}
