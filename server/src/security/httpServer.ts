import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import { httpServerLimits } from './limits';

export type HttpServerLimits = { [Key in keyof typeof httpServerLimits]: number };

/**
 * Listens with bounds on slow clients: headers and the whole request each have a deadline (Node answers 408 and
 * closes), idle keep-alive connections close, and the number of open connections is capped, so a few slow or
 * idle clients cannot hold the server's sockets for minutes.
 */
export function listenHttp(app: Express, port: number, host: string, limits: HttpServerLimits = httpServerLimits): Promise<Server> {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
