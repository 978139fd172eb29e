import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/src/app';
import type { Database } from '../../server/src/db/database';
import { listenHttp } from '../../server/src/security/httpServer';

export interface ServedApp {
  url: string;
  stop(): Promise<void>;
}

/** The real app in this process on a free loopback port, so faults in it are seen here (unhandled rejections…). */
export async function serveApp(database: Database, production = true): Promise<ServedApp> {
  const app = await createApp({ database, production });
  const server: Server = await listenHttp(app.express, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    },
  };
}

/** Ids of the nodes and links the server shows, for operations that reach real data. */
export async function knownIds(url: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ network { nodes { id } edges { id } } }' }),
  });
  const body = (await response.json()) as { data?: { network: { nodes: { id: string }[]; edges: { id: string }[] } } };
  const network = body.data?.network;
  if (network === undefined) throw new Error(`Could not read the network from ${url}`);
  return [...network.nodes, ...network.edges].map((element) => element.id);
}
