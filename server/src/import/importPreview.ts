import type { ImportItem, ImportJob, ImportPreview, ImportProblem } from '../graphql/generated/resolvers';
import { fieldChanges, labelOf, targetOf } from '../audit/auditStates';
import type { ImportPlan, PlannedChange } from './planImport';
import type { ImportJobState } from './registry';

/** Lists in a preview stop here; the counts are always complete. */
export const previewListLimit = 500;

function item({ change, table, row }: PlannedChange): ImportItem {
  const target = targetOf(change);
  return { table, row, targetType: target.target, id: target.id, label: labelOf(target), changes: fieldChanges(change.before, change.after) };
}

export function toPreview(plan: ImportPlan, mappingProblems: ImportProblem[]): ImportPreview {
  const of = (action: string) => plan.changes.filter((planned) => planned.change.action === action);
  const created = of('create');
  const changed = of('update');
  const ended = of('end');
  const problems = [...mappingProblems, ...plan.problems.map(({ file, line, field, reason }) => ({ table: file, row: line, column: field, reason }))];
  return {
    createdCount: created.length,
    changedCount: changed.length,
    endedCount: ended.length,
    unchangedCount: plan.unchanged,
    problemCount: problems.length,
    created: created.slice(0, previewListLimit).map(item),
    changed: changed.slice(0, previewListLimit).map(item),
    ended: ended.slice(0, previewListLimit).map(item),
    problems: problems.slice(0, previewListLimit),
  };
}

export function toImportJob(job: ImportJobState): ImportJob {
  const mappingProblems = job.mappingProblems.map(({ table, column, reason }) => ({ table, row: 1, column, reason }));
  return {
    id: job.id,
    uploadId: job.upload.id,
    fileName: job.upload.fileName,
    status: job.status,
    phase: job.phase,
    processed: job.processed,
    total: job.total,
    preview: job.plan === null ? null : toPreview(job.plan, mappingProblems),
    error: job.error,
    importId: job.importId,
  };
}
