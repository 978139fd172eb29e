/** What a response must never show: a stack trace, or a message from inside the server. */
const stackTrace = /\n\s+at\s|\bat\s[\w$.<>[\]]+\s\(|\.(?:ts|js|mjs|cjs):\d+:\d+|node_modules|"stacktrace"/;
const internalMessage = /Neo4jError|Neo\.(?:ClientError|TransientError|DatabaseError)|ECONNREFUSED|TypeError|ReferenceError|Cannot read propert|is not a function|undefined is not/;

export interface Finding {
  /** `server error`, `stack trace`, `internal message` or `uncoded error`. */
  problem: string;
  detail: string;
}

function uncodedError(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const errors = typeof parsed === 'object' && parsed !== null ? (parsed as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return undefined;
  const uncoded = errors.find((error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code !== 'string';
  }) as unknown;
  return uncoded === undefined ? undefined : JSON.stringify(uncoded).slice(0, 300);
}

/** Every rule a response broke (none for a good answer, whether data or a coded error). */
export function inspectResponse(status: number, body: string): Finding[] {
  const findings: Finding[] = [];
  if (status >= 500) findings.push({ problem: 'server error', detail: `${status} ${body.slice(0, 300)}` });
  const trace = stackTrace.exec(body);
  if (trace) findings.push({ problem: 'stack trace', detail: body.slice(Math.max(0, trace.index - 100), trace.index + 200) });
  const internal = internalMessage.exec(body);
  if (internal) findings.push({ problem: 'internal message', detail: body.slice(Math.max(0, internal.index - 100), internal.index + 200) });
  const uncoded = uncodedError(body);
  if (uncoded !== undefined) findings.push({ problem: 'uncoded error', detail: uncoded });
  return findings;
}
