import { csrfHeaders } from '../auth/csrf';
import type { TypedDocumentString } from '../../graphql/generated/graphql';
import { decodeErrorBody, errorOfAnswer, RequestError } from './errors';

/** Any generated operation document. */
export type Operation<Result, Variables> = TypedDocumentString<Result, Variables>;

const names = new WeakMap<object, string>();

/** The name the document gives its operation (`query Network(…)` → `Network`); codegen keeps names unique. */
export function operationName<Result, Variables>(document: Operation<Result, Variables>): string {
  let name = names.get(document);
  if (name === undefined) {
    name = /\b(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(document.toString())?.[1] ?? document.toString();
    names.set(document, name);
  }
  return name;
}

/** The cache key of one operation with its variables: `['graphql', name, variables]`. */
export function operationKey<Variables>(document: Operation<unknown, Variables>, variables: Variables | null): readonly ['graphql', string, Variables | null] {
  return ['graphql', operationName(document), variables] as const;
}

/**
 * Sends one typed operation to the app's own GraphQL endpoint: the only place the client talks GraphQL. Every failure,
 * a GraphQL error or an HTTP one, comes back as a RequestError (errors.ts).
 */
export async function runOperation<Result, Variables>(document: Operation<Result, Variables>, variables: Variables, signal?: AbortSignal): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // The CSRF header (double-submitted cookie) that every mutation needs; harmless on queries.
      headers: { 'content-type': 'application/json', accept: 'application/json', ...csrfHeaders() },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new RequestError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
  }
  const text = await response.text();
  let body: { data?: Result | null } | null;
  try {
    body = JSON.parse(text) as { data?: Result | null } | null;
  } catch {
    throw errorOfAnswer(response.status, text);
  }
  const failure = decodeErrorBody(body, response.status);
  if (failure !== null) throw failure;
  if (body?.data === undefined || body.data === null) throw new RequestError(`The server answered ${String(response.status)} without data.`, 'NO_DATA', response.status);
  return body.data;
}
