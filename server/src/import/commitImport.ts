import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import { AppError } from '../db/errors';
import { recordChanges } from '../audit/auditLog';
import { timeOrderedId } from '../audit/ids';
import { targetOf } from '../audit/auditStates';
import { lockLinks, lockNodes } from '../editing/entityStore';
import { applyChanges } from '../editing/entityWriter';
import type { MappedTable } from './mapping';
import { planImport, yieldToLoop, type ImportPlan, type Progress } from './planImport';

const batchSize = 500;

/** What a plan would write, so a commit can tell whether the database moved since its preview. */
export function fingerprint(plan: ImportPlan): string {
  const changes = plan.changes.map(({ change }) => [change.action, targetOf(change).target, targetOf(change).id, change.before, change.after]);
  return createHash('sha256').update(JSON.stringify(changes)).digest('hex');
}

function idsOf(tables: MappedTable[], kind: 'nodes' | 'links'): string[] {
  return tables.filter((table) => table.kind === kind).flatMap((table) => table.rows.map((row) => row.cells['id'] ?? '')).filter((id) => id !== '');
}

export class ImportProblemsError extends AppError {
  constructor(readonly plan: ImportPlan) {
    super('BAD_USER_INPUT', `The import has ${plan.problems.length} invalid row(s); nothing was written.`);
  }
}

export interface CommitResult {
  importId: string;
  changes: number;
}

/**
 * Applies an import in one transaction: locks what it touches, plans again, refuses when that plan differs from
 * the preview, then writes every change with its audit record. Any failure leaves the database as it was.
 */
export function commitImport(
  database: Database,
  username: string,
  fileName: string,
  tables: MappedTable[],
  previewed: ImportPlan,
  progress: Progress = () => undefined,
): Promise<CommitResult> {
  return database.write(async (tx) => {
    await lockNodes(tx, idsOf(tables, 'nodes'));
    await lockLinks(tx, idsOf(tables, 'links'));
    const plan = await planImport(tx, tables, progress);
    if (plan.problems.length > 0) throw new ImportProblemsError(plan);
    if (fingerprint(plan) !== fingerprint(previewed)) {
      throw new AppError('CONFLICT', 'The database changed since the preview; preview the import again before committing it.');
    }
    const importId = timeOrderedId('import');
    const origin = { username, importId, importFile: fileName };
    for (let start = 0; start < plan.changes.length; start += batchSize) {
      const batch = plan.changes.slice(start, start + batchSize).map((planned) => planned.change);
      await applyChanges(tx, batch);
      await recordChanges(tx, origin, batch);
      progress('writing', Math.min(start + batchSize, plan.changes.length), plan.changes.length);
      await yieldToLoop();
    }
    return { importId, changes: plan.changes.length };
  });
}
