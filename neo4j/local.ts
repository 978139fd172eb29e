/**
 * Starts a real, local Neo4j Community database (embedded in a JVM child process, Bolt only,
 * 127.0.0.1 only, authentication on). The Java side lives in this folder and is built with Maven
 * on first use; see README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CLASSES_DIR, ensureBuilt, LIB_DIR, MAIN_CLASS, NEO4J_DIR, toolCommand } from './launcherBuild';
import { MIN_PASSWORD_LENGTH } from './localPassword';
import { isErrno } from './nodeSupport';

export { ensureLocalPassword } from './localPassword';

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance: databases, transaction logs and Neo4j's log files go below it. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Password for the `neo4j` user (at least 8 characters, Neo4j's minimum). */
  password: string;
  /** Receives progress lines; defaults to stderr with a `[neo4j]` prefix. */
  log?: (line: string) => void;
  /** The JVM's maximum heap (`-Xmx`), e.g. `2g`; Neo4j lets transactions use 70% of it. Default `bundledMaxHeap`. */
  maxHeap?: string;
}

export interface LocalNeo4j {
  uri: string;
  username: 'neo4j';
  password: string;
  /** Shuts the database down cleanly (SIGTERM) and resolves once the JVM has exited. */
  stop(): Promise<void>;
  /** The JVM's process id, so fault tests can kill it the hard way (SIGKILL). */
  pid: number | undefined;
  /** Resolves when the JVM has exited, saying how and whether `stop()` asked for it. */
  exited: Promise<LocalNeo4jExit>;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  requested: boolean;
}

/**
 * The heap the app's bundled Neo4j runs with; Neo4j's transaction memory pool (db.memory.transaction.total.max) is
 * 70% of it. 4 GiB is the smallest measured that commits the advertised 100,000-row import in one transaction
 * (`npm run bench:import`: 512m and 2g fail); `-Xms` stays small, so the heap grows that far only when needed.
 */
export const bundledMaxHeap = '4g';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const STDERR_TAIL_LINES = 40;

const JVM_OPTIONS = [
  '-Xms256m',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
  // Lets Neo4j's page cache and Netty use their fast paths (as Neo4j's own launcher does).
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

function defaultLog(line: string): void {
  process.stderr.write(`[neo4j] ${line}\n`);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      reject(
        isErrno(error, 'EADDRINUSE') || isErrno(error, 'EACCES')
          ? new Error(
              `Cannot start Neo4j: port ${HOST}:${port} is already in use ` +
                '(another Neo4j or other service?). Stop it or choose another Bolt port.',
            )
          : error,
      );
    });
    server.listen({ host: HOST, port, exclusive: true }, () => {
      server.close(() => resolve());
    });
  });
}

function validate(options: LocalNeo4jOptions): void {
  const { boltPort, password, dataDir } = options;
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`Invalid Bolt port: ${String(boltPort)}`);
  }
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The Neo4j password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (typeof dataDir !== 'string' || dataDir.trim() === '') {
    throw new Error('A data directory is required.');
  }
  if (options.maxHeap !== undefined && !/^\d+[mg]$/.test(options.maxHeap)) {
    throw new Error(`Invalid maximum heap "${options.maxHeap}": use a size such as 512m or 2g.`);
  }
}

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit({ code, signal }: ExitInfo): string {
  return signal ? `signal ${signal}` : `exit code ${String(code)}`;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  validate(options);
  const log = options.log ?? defaultLog;
  const dataDir = path.resolve(options.dataDir);
  const { boltPort, password } = options;

  await ensureBuilt(log);
  await assertPortFree(boltPort);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const { command } = toolCommand('java');
  const classpath = [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);
  const args = [
    ...JVM_OPTIONS,
    `-Xmx${options.maxHeap ?? bundledMaxHeap}`,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--bolt-port',
    String(boltPort),
    // We keep the child's stdin open; it closes when this process dies, however it dies.
    '--exit-on-stdin-eof',
  ];
  const child: ChildProcess = spawn(command, args, {
    cwd: NEO4J_DIR,
    // The password goes through the environment, never the command line (visible in `ps`).
    env: { ...process.env, NEO4J_PASSWORD: password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { stdin, stdout, stderr } = child;
  if (!stdin || !stdout || !stderr) throw new Error('Failed to open pipes to the Neo4j process.');
  stdin.on('error', () => {
    // EPIPE after the JVM has exited; the exit itself is reported below.
  });

  // If this Node process exits normally, take the database down with it. (On a crash or SIGKILL,
  // the Java side notices that its stdin closed.)
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const stderrTail: string[] = [];
  let reportedError: string | undefined;
  createInterface({ input: stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    if (line.startsWith('NEO4J_PROGRESS ')) log(line.slice('NEO4J_PROGRESS '.length));
    else if (line.startsWith('NEO4J_ERROR ')) reportedError = line.slice('NEO4J_ERROR '.length);
  });

  let ready = false;
  let stopRequested = false;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      process.removeListener('exit', killOnExit);
      if (ready && !stopRequested) log(`Neo4j exited unexpectedly (${describeExit({ code, signal })}).`);
      resolve({ code, signal });
    });
  });

  const details = (): string =>
    (reportedError !== undefined ? `\nCause: ${reportedError}` : '') +
    (stderrTail.length > 0 ? `\nLast stderr lines:\n${stderrTail.join('\n')}` : '') +
    `\nNeo4j's own log: ${path.join(dataDir, 'logs', 'debug.log')}`;

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s.${details()}`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      process.removeListener('exit', killOnExit);
      reject(
        isErrno(error, 'ENOENT')
          ? new Error(`Java (\`${command}\`) was not found; install JDK 17+ or set JAVA_HOME.`)
          : error,
      );
    });
    void exited.then((info) => {
      clearTimeout(timer);
      // Let the remaining stderr lines arrive before reporting.
      setImmediate(() =>
        reject(new Error(`Neo4j exited before becoming ready (${describeExit(info)}).${details()}`)),
      );
    });
    createInterface({ input: stdout }).on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        ready = true;
        resolve(line.slice('NEO4J_READY '.length).trim());
      } else if (line.startsWith('NEO4J_PROGRESS ')) {
        log(line.slice('NEO4J_PROGRESS '.length));
      } else if (line.trim() !== '') {
        log(line);
      }
    });
  });
  log(`Neo4j ready at ${uri}`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopRequested = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const forceKill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(forceKill);
      }
    })();
    return stopping;
  };

  const exit = exited.then((info): LocalNeo4jExit => ({ ...info, requested: stopRequested }));
  return { uri, username: 'neo4j', password, stop, pid: child.pid, exited: exit };
}
