import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../server/src/startup/neo4jConnection';

export interface ServerProcess {
  url: string;
  pid: number | undefined;
  /** Resolves with the signal or exit code once the process is gone. */
  exited: Promise<string>;
  /** The server's last output lines, for a failure message. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<string>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm start`'s server (server/src/main.ts) in a process of its own against a given Neo4j, on a free loopback port. */
export async function startServerProcess(neo4jUri: string, password: string): Promise<ServerProcess> {
  const port = await freePort();
  const { NODE_OPTIONS: _jest, ...environment } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join('server', 'src', 'main.ts')], {
    cwd: projectRoot,
    env: { ...environment, NODE_ENV: 'production', PORT: String(port), NEO4J_URI: neo4jUri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).slice(-20));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const up = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${lines.slice(-20).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid,
    exited,
    output: () => lines.slice(-20).join('\n'),
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
