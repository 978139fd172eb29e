import type { Database } from '../db/database';
import { AppError, toAppError } from '../db/errors';
import type { ImportTableInput } from '../graphql/generated/resolvers';
import { commitImport, ImportProblemsError } from './commitImport';
import { applyMapping } from './mapping';
import { planImport, type Progress } from './planImport';
import { jobs, newRegistryId, type ImportJobState, type Upload } from './registry';

/**
 * The user sees a coded message; the server's log gets the cause (the driver's error code and message, e.g. Neo4j's
 * transaction memory limit), which is what the operator needs and what the message must not show.
 */
function logFailure(job: ImportJobState, step: 'preview' | 'commit', error: unknown): void {
  const appError = toAppError(error);
  if (appError.code !== 'INTERNAL_SERVER_ERROR' && appError.code !== 'DATABASE_UNAVAILABLE') return;
  const cause: unknown = error instanceof AppError && error.cause !== undefined ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause).code) : 'no code';
  const message = cause instanceof Error ? cause.message : String(cause);
  console.error(`[samverkan] import ${step} failed (job ${job.id}, ${job.total} rows, by ${job.username}): ${code}: ${message}`);
}

function tracker(job: ImportJobState): Progress {
  return (phase, processed, total) => {
    job.phase = phase;
    job.processed = processed;
    job.total = total;
  };
}

/** Starts a dry run in the background; the client polls the job for its progress and preview. */
export function startPreview(database: Database, upload: Upload, username: string, mapping: ImportTableInput[]): ImportJobState {
  const mapped = applyMapping(
    upload.tables,
    mapping.map((table) => ({
      name: table.name,
      kind: table.kind ?? null,
      columns: table.columns.map((column) => ({ column: column.column, field: column.field ?? null })),
    })),
  );
  const total = mapped.tables.reduce((sum, table) => sum + table.rows.length, 0);
  const job = jobs.add({
    id: newRegistryId('import-job'),
    upload,
    username,
    status: 'previewing',
    phase: 'reading',
    processed: 0,
    total,
    tables: mapped.tables,
    mappingProblems: mapped.problems,
    plan: null,
    error: null,
    importId: null,
    createdAt: Date.now(),
    // Counted as much as its upload: the mapped rows share their text with it.
    bytes: upload.bytes,
  });
  database
    .read((tx) => planImport(tx, mapped.tables, tracker(job)))
    .then((plan) => {
      job.plan = plan;
      job.status = plan.problems.length > 0 || job.mappingProblems.length > 0 ? 'invalid' : 'ready';
    })
    .catch((error: unknown) => {
      logFailure(job, 'preview', error);
      job.status = 'failed';
      job.error = toAppError(error).message;
    })
    .finally(() => {
      job.phase = 'done';
    });
  return job;
}

/** Commits a previewed job with no problems; the job reports 'committed' or why nothing was written. */
export function startCommit(database: Database, job: ImportJobState, username: string): ImportJobState {
  const plan = job.plan;
  if (plan === null) return job;
  job.status = 'committing';
  job.phase = 'reading';
  job.processed = 0;
  commitImport(database, username, job.upload.fileName, job.tables, plan, tracker(job))
    .then((result) => {
      job.status = 'committed';
      job.importId = result.importId;
    })
    .catch((error: unknown) => {
      if (error instanceof ImportProblemsError) {
        job.plan = error.plan;
        job.status = 'invalid';
      } else {
        logFailure(job, 'commit', error);
        job.status = 'failed';
        job.error = toAppError(error).message;
      }
    })
    .finally(() => {
      job.phase = 'done';
    });
  return job;
}
