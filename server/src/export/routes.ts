import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { Database } from '../db/database';
import { AppError, toAppError } from '../db/errors';
import { buildDiffExport, writeDiffCsvZip, writeDiffJson } from '../diff/diffExport';
import { buildSnapshot } from './buildSnapshot';
import { splitFormatOptions } from './formatOptions';
import { isSnapshotFormat, snapshotFileName, snapshotFormats, type SnapshotFormat } from './formats';
import { parseRequest, type RawParameters } from './parameters';
import { parseView } from './viewBody';

const diffFormats = {
  'diff-csv': { contentType: 'application/zip', extension: 'zip', write: writeDiffCsvZip },
  'diff-json': { contentType: 'application/json; charset=utf-8', extension: 'json', write: writeDiffJson },
} as const;

const formatNames = [...Object.keys(snapshotFormats), ...Object.keys(diffFormats)];

const statusOf: Partial<Record<AppError['code'], number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

function sendError(response: Response, error: AppError, status = statusOf[error.code] ?? 500) {
  response.status(status).json({ error: { code: error.code, message: error.message, ...error.details } });
}

function send(response: Response, body: string | Buffer, contentType: string, fileName: string, snapshotId: string) {
  response.attachment(fileName);
  response.setHeader('Content-Type', contentType);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Snapshot-Id', snapshotId);
  response.send(body);
}

/** The address readers reach the app at: PUBLIC_URL when set (behind a proxy), else the one this request came to. */
function originOf(request: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

async function exportFile(database: Database, request: Request, response: Response, publicUrl: string | undefined): Promise<void> {
  const format = String(request.params['format']);
  const raw = request.query as RawParameters;
  const options = { origin: originOf(request, publicUrl) };
  if (isSnapshotFormat(format)) {
    const spec: SnapshotFormat = snapshotFormats[format];
    const viz = parseView(request.method === 'POST' ? request.body : undefined);
    const { options: formatOptions, rest } = splitFormatOptions(raw, spec.options ?? []);
    const snapshot = await buildSnapshot(database, parseRequest(spec.scope, rest), options);
    const body = await spec.write(snapshot, viz, formatOptions);
    send(response, body, spec.contentType, snapshotFileName(snapshot, spec), snapshot.manifest.snapshotId);
    return;
  }
  if (format === 'diff-csv' || format === 'diff-json') {
    const spec = diffFormats[format];
    const diffExport = await buildDiffExport(database, parseRequest('diff', raw), options);
    const { from, to, snapshotId } = diffExport.manifest;
    send(response, await spec.write(diffExport), spec.contentType, `samverkan-diff-${from ?? ''}-to-${to ?? ''}-${snapshotId}.${spec.extension}`, snapshotId);
    return;
  }
  throw new AppError('NOT_FOUND', `No export format "${format}"; use one of ${formatNames.join(', ')}.`, { parameter: 'format' });
}

/** A body that is not JSON, or too large, is the client's mistake: say so in the same shape as other errors. */
const bodyErrors: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 0;
  if (status === 400 || status === 413) {
    sendError(response, new AppError('BAD_USER_INPUT', 'body: not a JSON view, or larger than 5 MB', { parameter: 'body' }), status);
    return;
  }
  next(error);
};

/**
 * `GET /export/<format>?asOf=…&kinds=…` (and POST with the current view's positions and colours as JSON); the
 * citation of the same snapshot as `bibtex`, `ris` and `csl-json`.
 */
export function mountExportRoutes(app: Express, database: Database, publicUrl?: string): void {
  const handle = (request: Request, response: Response) => {
    exportFile(database, request, response, publicUrl).catch((error: unknown) => {
      sendError(response, toAppError(error));
    });
  };
  const router = express.Router();
  router.get('/:format', handle);
  router.post('/:format', express.json({ limit: '5mb' }), handle);
  router.use(bodyErrors);
  app.use('/export', router);
}
