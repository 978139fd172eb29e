import express, { Router, type Request, type RequestHandler } from 'express';
import { AppError } from '../db/errors';
import { requireRoleOf } from '../auth/guard';
import { sendError } from '../auth/httpAnswers';
import type { RequestAuth } from '../auth/requestAuth';
import { importLimits } from '../security/limits';
import { heldBytesOf } from './heldBytes';
import { readTables } from './readTables';
import { newRegistryId, uploads } from './registry';
import { templateCsv, templateWorkbook } from './template';

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.header('x-file-name') ?? '').trim();
  } catch {
    return '';
  }
}

/**
 * POST /api/import/uploads: the file as the raw body, its name in `x-file-name` (editors, with the CSRF header);
 * answers `{ id }`, and GraphQL takes it from there. GET /api/import/template.xlsx and template-<table>.csv.
 */
export function importRoutes(authOf: (request: Request) => RequestAuth | undefined): Router {
  const router = Router();
  // The session, role and CSRF token are checked before a byte of the body is read, and a refused request's
  // connection is closed rather than drained, so anonymous uploads cost neither memory nor bandwidth.
  const editorsOnly: RequestHandler = (request, response, next) => {
    try {
      const auth = authOf(request);
      requireRoleOf(auth, 'editor');
      if (auth?.csrfValid !== true) throw new AppError('FORBIDDEN', "Not allowed: the request lacks this browser's CSRF token (reload the page).");
      next();
    } catch (error) {
      response.set('connection', 'close');
      sendError(response, error);
    }
  };
  router.post('/api/import/uploads', editorsOnly, express.raw({ type: () => true, limit: importLimits.fileBytes }), async (request, response) => {
    try {
      const user = requireRoleOf(authOf(request), 'editor');
      const fileName = fileNameOf(request);
      if (fileName === '') throw new AppError('BAD_USER_INPUT', 'file: send its name in the x-file-name header', { field: 'file' });
      const body: unknown = request.body;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const tables = await readTables(fileName, content);
      const bytes = tables.reduce((sum, table) => sum + heldBytesOf(table.rows), 0);
      const upload = uploads.add({ id: newRegistryId('upload'), fileName, username: user.username, tables, createdAt: Date.now(), bytes });
      response.status(201).json({ id: upload.id });
    } catch (error) {
      sendError(response, error);
    }
  });
  router.get('/api/import/template.xlsx', async (_request, response) => {
    response
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment('samverkan-import-template.xlsx')
      .send(await templateWorkbook());
  });
  router.get(/^\/api\/import\/template-(sources|nodes|links)\.csv$/, (request, response) => {
    const kind = /template-(sources|nodes|links)\.csv$/.exec(request.path)?.[1] as 'sources' | 'nodes' | 'links';
    response.type('text/csv; charset=utf-8').attachment(`samverkan-${kind}.csv`).send(templateCsv(kind));
  });
  return router;
}
