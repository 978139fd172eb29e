import autocannon from 'autocannon';

/** One GraphQL read the load run repeats: a name for the table and the request body. */
export interface Workload {
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
}

export interface LoadFigures {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  /** Socket errors, timeouts, non-2xx answers and answers with GraphQL errors, together. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

/** Runs `workload` from `connections` concurrent clients for `seconds` against a loopback server. */
export function measure(url: string, workload: Workload, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadFigures> {
  if (!['127.0.0.1', 'localhost'].includes(new URL(url).hostname)) throw new Error('Load only a loopback server');
  const latencies: number[] = [];
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(workload.body),
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
            },
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          name: workload.name,
          connections,
          seconds: result.duration,
          requests: result.requests.total,
          perSecond: result.requests.average,
          errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          max: latencies.at(-1) ?? 0,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/** A Markdown table of load figures, as the README shows them. */
export function figuresTable(rows: LoadFigures[]): string {
  const lines = rows.map(
    (row) =>
      `| ${row.name} | ${row.connections} | ${row.requests} | ${row.perSecond.toFixed(1)} | ${row.errors} | ${Math.round(row.p50)} | ${Math.round(row.p95)} | ${Math.round(row.p99)} | ${Math.round(row.max)} |`,
  );
  return ['| read | clients | requests | per second | errors | p50 ms | p95 ms | p99 ms | max ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...lines].join('\n');
}
