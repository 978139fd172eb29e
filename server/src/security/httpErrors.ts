import type { ErrorRequestHandler } from 'express';

interface HttpError {
  status: number;
  type: string;
}

/** zlib's errors (a body that claims gzip or deflate but is not): the client's fault, never the server's. */
function isDecompressionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && /^Z_(DATA|BUF|STREAM|NEED_DICT)_ERROR$/.test(code);
}

function isHttpError(error: unknown): error is HttpError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, type } = error as Partial<HttpError>;
  return typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string';
}

/** What body-parser's error types mean to someone who sent the request. */
const clientErrors: Record<string, { code: string; message: string }> = {
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'charset.unsupported': { code: 'BAD_REQUEST', message: 'Send the request body as UTF-8.' },
  'encoding.unsupported': { code: 'BAD_REQUEST', message: 'The request body uses an unsupported content encoding.' },
};

/**
 * The last middleware: turns any error that reached Express into a coded JSON answer, so neither
 * body-parser's messages nor a stack trace (Express prints one outside production) reach a client.
 */
export const httpErrorHandler: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (isDecompressionError(error)) {
    response.status(400).json({ errors: [{ message: 'The request body could not be decompressed.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (isHttpError(error)) {
    const known = clientErrors[error.type] ?? { code: 'BAD_REQUEST', message: 'The request could not be read.' };
    response.status(error.status).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
    return;
  }
  console.error(error);
  response.status(500).json({
    errors: [{ message: 'Something went wrong on the server.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  });
};
