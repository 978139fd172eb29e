import { csrfHeaders } from '../core/auth/csrf';
import type { TypedDocumentString } from './generated/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one typed operation to the app's own GraphQL endpoint. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    // The CSRF header (double-submitted cookie) that every mutation needs; harmless on queries.
    headers: { 'content-type': 'application/json', accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal: signal ?? null,
  });
  const body = (await response.json()) as GraphQLResponse<Result>;
  const firstError = body.errors?.[0];
  if (firstError !== undefined) {
    throw new GraphQLRequestError(firstError.message, firstError.extensions?.code ?? 'UNKNOWN');
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`The server answered ${response.status} without data.`, 'NO_DATA');
  }
  return body.data;
}
