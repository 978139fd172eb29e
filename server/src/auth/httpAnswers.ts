import type { Response } from 'express';
import { toAppError, type AppErrorCode } from '../db/errors';

const statusOf: Partial<Record<AppErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATABASE_UNAVAILABLE: 503,
};

/** A coded JSON error for the /api routes, shaped like a GraphQL error so the client reads both alike. */
export function sendError(response: Response, error: unknown): void {
  const appError = toAppError(error);
  response.status(statusOf[appError.code] ?? 500).json({ errors: [{ message: appError.message, extensions: { code: appError.code } }] });
}
