/**
 * The one decoder of failed answers, for GraphQL and for the plain HTTP routes alike: a GraphQL `errors` list
 * (`extensions.code`), a route's `{ errors: [...] }` or `{ error: { code, message } }`, a status without a body,
 * and a request that never reached the server.
 */
export class RequestError extends Error {
  constructor(
    message: string,
    /** The server's error code (`FORBIDDEN`, `CONFLICT`, `DATABASE_UNAVAILABLE`…), `HTTP_<status>` or `NETWORK_ERROR`. */
    readonly code: string,
    /** The HTTP status of the answer; null when there was none. */
    readonly status: number | null = null,
    /** The error's other extensions (`reason`, `retryAfterSeconds`, `field`…), for a message in the reader's language. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

interface ErrorEntry {
  message?: unknown;
  code?: unknown;
  extensions?: { code?: unknown; [name: string]: unknown };
}

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);

/** The first error an answer's body names, or null when it names none. */
export function decodeErrorBody(body: unknown, status: number | null): RequestError | null {
  if (typeof body !== 'object' || body === null) return null;
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  const entry: unknown = Array.isArray(errors) ? errors[0] : error;
  if (typeof entry !== 'object' || entry === null) return null;
  const { message, code: ownCode, extensions } = entry as ErrorEntry;
  const fallbackCode = status === null || status < 400 ? 'UNKNOWN' : `HTTP_${String(status)}`;
  const code = textOr(extensions?.code, textOr(ownCode, fallbackCode));
  const { code: _code, ...details } = extensions ?? {};
  return new RequestError(textOr(message, `The server answered ${String(status ?? '')}.`), code, status, details);
}

/** Reads a failed answer's body (JSON or not) into one RequestError. */
export function errorOfAnswer(status: number, text: string): RequestError {
  let body: unknown = null;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON (a proxy's page, an empty body): the status says it all.
  }
  return decodeErrorBody(body, status) ?? new RequestError(`The server answered ${String(status)}.`, `HTTP_${String(status)}`, status);
}

/** Anything a request threw, as a RequestError: a fetch that failed outright is a NETWORK_ERROR. */
export function asRequestError(error: unknown): RequestError {
  if (error instanceof RequestError) return error;
  return new RequestError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
}
