import type { ApolloServer, BaseContext } from '@apollo/server';

/** Runs one operation in-process and returns its data; any GraphQL error fails the benchmark loudly. */
export async function execute<Context extends BaseContext>(
  server: ApolloServer<Context>,
  document: string,
  variables: Record<string, unknown>,
  contextValue: Context,
): Promise<Record<string, unknown>> {
  const response = await server.executeOperation({ query: document, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors !== undefined && errors.length > 0) throw new Error(`GraphQL error: ${errors.map((error) => error.message).join('; ')}`);
  if (data === undefined || data === null) throw new Error('GraphQL returned no data');
  return data;
}

/** The same operation over HTTP on loopback, as the browser sends it. */
export async function post(url: string, document: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  if (body.errors !== undefined && body.errors.length > 0) throw new Error(`GraphQL error: ${body.errors.map((error) => error.message).join('; ')}`);
  if (body.data === undefined || body.data === null) throw new Error(`HTTP ${response.status} without data`);
  return body.data;
}

/** Nodes and links in a result of either API: ours lists `nodes`/`edges`/`links`; the generated one `entities` and `…Connection.edges`. */
export function countElements(data: unknown): { nodes: number; links: number } {
  const counts = { nodes: 0, links: 0 };
  const visit = (key: string, entry: unknown, depth = 0): void => {
    // A single node at the top of an answer: our `node` and a neighbourhood's `centre`.
    if ((key === 'centre' || (key === 'node' && depth === 1)) && entry !== null && typeof entry === 'object') counts.nodes += 1;
    if (Array.isArray(entry)) {
      if (key === 'nodes' || key === 'entities') counts.nodes += entry.length;
      if (key === 'edges' || key === 'links') counts.links += entry.length;
      entry.forEach((item) => visit('', item, depth + 1));
    } else if (entry !== null && typeof entry === 'object') {
      for (const [name, value] of Object.entries(entry)) visit(name, value, depth + 1);
    }
  };
  visit('', data);
  return counts;
}
