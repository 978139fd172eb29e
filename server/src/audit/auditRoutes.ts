import { Router, type Request } from 'express';
import type { Database } from '../db/database';
import { requireRoleOf } from '../auth/guard';
import { sendError } from '../auth/httpAnswers';
import type { RequestAuth } from '../auth/requestAuth';
import { auditCsv } from './auditCsv';
import { listAuditRecords, maxAuditPage, type AuditQuery } from './auditRepository';

/** Enough for years of monthly imports; a bigger trail is exported per user or node. */
const maxExported = 100_000;

function queryText(request: Request, name: string): string | null {
  const value = request.query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** GET /api/audit/export.csv?username=&nodeId=&importId= (editors and admins). */
export function auditRoutes(database: Database, authOf: (request: Request) => RequestAuth | undefined): Router {
  const router = Router();
  router.get('/api/audit/export.csv', async (request, response) => {
    try {
      requireRoleOf(authOf(request), 'editor');
      const query: AuditQuery = {
        username: queryText(request, 'username'),
        nodeId: queryText(request, 'nodeId'),
        importId: queryText(request, 'importId'),
      };
      const records = [];
      for (let offset = 0; offset < maxExported; offset += maxAuditPage) {
        const page = await listAuditRecords(database, query, maxAuditPage, offset);
        records.push(...page.records);
        if (page.records.length < maxAuditPage) break;
      }
      response.type('text/csv; charset=utf-8').attachment('samverkan-audit.csv').send(`\uFEFF${auditCsv(records)}`);
    } catch (error) {
      sendError(response, error);
    }
  });
  return router;
}
