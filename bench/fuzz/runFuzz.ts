import type { GraphQLSchema } from 'graphql';
import { inspectResponse } from './inspect';
import { randomOperation } from './operations';
import { Random } from './random';
import { malformedRequest, post, type FuzzRequest } from './requests';

export interface FuzzOptions {
  /** The server, e.g. http://127.0.0.1:4000 (loopback only). */
  url: string;
  schema: GraphQLSchema;
  operations: number;
  seed: number;
  concurrency: number;
  /** Ids of real nodes, so many operations reach the database. */
  ids: readonly string[];
  /** Also generate mutations (only against a throw-away database). */
  mutations: boolean;
  /** The run stops here even if not all operations were sent. */
  deadline: number;
  /** Share of requests that are malformed at the HTTP, JSON or GraphQL level. */
  malformedShare?: number;
  /** Sent with every request, e.g. a signed-in session's cookie and CSRF header. */
  headers?: Record<string, string>;
}

export interface FuzzFigures {
  sent: number;
  seconds: number;
  /** Responses per HTTP status. */
  statuses: Record<string, number>;
  serverErrors: number;
  stackTraces: number;
  internalMessages: number;
  uncodedErrors: number;
  /** Requests that got no answer within 15 s. */
  noAnswer: number;
  /** The first few offending request/response pairs, to reproduce them. */
  examples: string[];
  /** The slowest requests: milliseconds and what was sent. */
  slowest: { ms: number; request: string }[];
}

const requestTimeoutMs = 15_000;

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`Fuzz only loopback servers, not ${host}`);
}

/** Sends schema-driven operations (and malformed requests) and tallies every answer that breaks a rule. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  assertLoopback(options.url);
  const random = new Random(options.seed);
  const figures: FuzzFigures = { sent: 0, seconds: 0, statuses: {}, serverErrors: 0, stackTraces: 0, internalMessages: 0, uncodedErrors: 0, noAnswer: 0, examples: [], slowest: [] };
  const started = Date.now();
  const nextRequest = (): FuzzRequest => {
    const operation = randomOperation(options.schema, random, options.ids, options.mutations);
    return random.chance(options.malformedShare ?? 0.25) ? malformedRequest(operation, random) : post('operation', operation);
  };
  const counters: Record<string, keyof FuzzFigures> = {
    'server error': 'serverErrors',
    'stack trace': 'stackTraces',
    'internal message': 'internalMessages',
    'uncoded error': 'uncodedErrors',
  };
  const describe = (request: FuzzRequest) =>
    `${request.kind} ${request.method} ${request.path.slice(0, 200)} ${typeof request.body === 'string' ? request.body.slice(0, 400) : '(bytes)'}`;
  const timed = (ms: number, request: FuzzRequest) => {
    figures.slowest.push({ ms, request: describe(request) });
    figures.slowest.sort((a, b) => b.ms - a.ms);
    figures.slowest.length = Math.min(figures.slowest.length, 3);
  };
  const send = async (request: FuzzRequest) => {
    let status = 'no answer';
    const sentAt = Date.now();
    try {
      const response = await fetch(`${options.url}${request.path}`, {
        method: request.method,
        headers: { ...options.headers, ...request.headers },
        ...(request.body === undefined || request.method === 'GET' ? {} : { body: request.body }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      status = String(response.status);
      for (const finding of inspectResponse(response.status, await response.text())) {
        const key = counters[finding.problem];
        if (key !== undefined) (figures[key] as number) += 1;
        if (figures.examples.length < 10) figures.examples.push(`${finding.problem} for ${describe(request)}\n  → ${finding.detail}`);
      }
    } catch {
      figures.noAnswer += 1;
    }
    timed(Date.now() - sentAt, request);
    figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
  };
  const worker = async () => {
    while (figures.sent < options.operations && Date.now() < options.deadline) {
      figures.sent += 1;
      await send(nextRequest());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  figures.seconds = (Date.now() - started) / 1000;
  return figures;
}

/** The figures as the lines a person reads. */
export function formatFigures(figures: FuzzFigures): string {
  const statuses = Object.entries(figures.statuses)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  return [
    `requests sent        ${figures.sent} in ${figures.seconds.toFixed(1)} s`,
    `HTTP statuses        ${statuses}`,
    `HTTP 5xx             ${figures.serverErrors}`,
    `leaked stack traces  ${figures.stackTraces}`,
    `internal messages    ${figures.internalMessages}`,
    `errors without code  ${figures.uncodedErrors}`,
    `no answer in 15 s    ${figures.noAnswer}`,
    ...figures.examples.map((example) => `  ${example}`),
    'slowest requests',
    ...figures.slowest.map(({ ms, request }) => `  ${ms} ms  ${request}`),
  ].join('\n');
}
