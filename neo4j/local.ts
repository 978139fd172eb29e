/**
 * Starts a real, local Neo4j Community database (embedded in a JVM child process, Bolt only,
 * 127.0.0.1 only, authentication on). The Java side lives in this folder and is built with Maven
 * on first use; see README.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance: databases, transaction logs and Neo4j's log files go below it. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Password for the `neo4j` user (at least 8 characters, Neo4j's minimum). */
  password: string;
  /** Receives progress lines; defaults to stderr with a `[neo4j]` prefix. */
  log?: (line: string) => void;
  /** The JVM's maximum heap (`-Xmx`), e.g. `2g`; Neo4j lets one transaction use 70% of it. Default 512m. */
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
}

const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = path.join(NEO4J_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const LIB_DIR = path.join(TARGET_DIR, 'lib');
const BUILD_STAMP = path.join(TARGET_DIR, 'build.stamp');
const BUILD_LOCK = path.join(TARGET_DIR, 'build.lock');
const MAIN_CLASS = 'se.samverkan.neo4j.EmbeddedNeo4j';
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const BUILD_LOCK_TIMEOUT_MS = 20 * 60_000;
const MIN_PASSWORD_LENGTH = 8;
const STDERR_TAIL_LINES = 40;
const PASSWORD_FILE = '.neo4j-password';

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

function isErrno(error: unknown, code: string): error is NodeJS.ErrnoException {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---------------------------------------------------------------------------------------------
// Password file
// ---------------------------------------------------------------------------------------------

function readSecret(file: string): string | undefined {
  try {
    const secret = fs.readFileSync(file, 'utf8').trim();
    return secret.length >= MIN_PASSWORD_LENGTH ? secret : undefined;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/**
 * Returns the password for the local database in `dataDir`, generating a random one on first use.
 * It is stored in `<dataDir>/.neo4j-password` (mode 0600), i.e. inside the git-ignored data
 * directory, next to the database it protects: deleting the data directory resets both.
 */
export function ensureLocalPassword(dataDir: string): string {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, PASSWORD_FILE);
  const existing = readSecret(file);
  if (existing !== undefined) return existing;

  const secret = randomBytes(24).toString('base64url');
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
  // Someone else created the file first (e.g. a concurrent start): use theirs once written.
  for (let attempt = 0; attempt < 40; attempt++) {
    const other = readSecret(file);
    if (other !== undefined) return other;
    sleepSync(50);
  }
  throw new Error(
    `${file} exists but does not hold a password of at least ${MIN_PASSWORD_LENGTH} characters; ` +
      'delete it to have a new one generated.',
  );
}

// ---------------------------------------------------------------------------------------------
// Maven build (only when the Java side is missing or out of date)
// ---------------------------------------------------------------------------------------------

function newestSourceMtime(): number {
  let newest = fs.statSync(path.join(NEO4J_DIR, 'pom.xml')).mtimeMs;
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(NEO4J_DIR, 'src'));
  return newest;
}

function needsBuild(): boolean {
  try {
    const stamp = fs.statSync(BUILD_STAMP).mtimeMs;
    if (!fs.existsSync(MAIN_CLASS_FILE) || !fs.existsSync(LIB_DIR)) return true;
    return newestSourceMtime() > stamp;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return true;
    throw error;
  }
}

function toolCommand(tool: 'java' | 'mvn'): { command: string; shell: boolean } {
  const windows = process.platform === 'win32';
  if (tool === 'java') {
    const javaHome = process.env['JAVA_HOME'];
    const exe = windows ? 'java.exe' : 'java';
    return { command: javaHome ? path.join(javaHome, 'bin', exe) : exe, shell: false };
  }
  return { command: windows ? 'mvn.cmd' : 'mvn', shell: windows };
}

function runMaven(args: string[]): Promise<void> {
  const { command, shell } = toolCommand('mvn');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: NEO4J_DIR, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => {
      reject(
        isErrno(error, 'ENOENT')
          ? new Error('Maven (`mvn`) was not found on PATH; install Maven 3.8+ and JDK 17+.')
          : error,
      );
    });
    child.once('close', (code) => {
      if (code === 0) resolve();
      else {
        const tail = output.trim().split('\n').slice(-STDERR_TAIL_LINES).join('\n');
        reject(new Error(`\`mvn ${args.join(' ')}\` failed with exit code ${code}:\n${tail}`));
      }
    });
  });
}

/** Takes an exclusive build lock (a directory, created atomically); waits while another process holds it. */
async function withBuildLock<T>(work: () => Promise<T>, log: (line: string) => void): Promise<T> {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const deadline = Date.now() + BUILD_LOCK_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      fs.writeFileSync(path.join(BUILD_LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
    if (lockOwnerIsGone()) {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for another Neo4j build to finish (lock: ${BUILD_LOCK}).`);
    }
    if (!announced) {
      log('Waiting for another process that is building the Neo4j launcher…');
      announced = true;
    }
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function lockOwnerIsGone(): boolean {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(path.join(BUILD_LOCK, 'pid'), 'utf8'), 10);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    // The owner may be between mkdir and writing its pid; only a lock this old is abandoned.
    try {
      return Date.now() - fs.statSync(BUILD_LOCK).mtimeMs > 10_000;
    } catch {
      return true;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return isErrno(error, 'ESRCH');
  }
}

async function ensureBuilt(log: (line: string) => void): Promise<void> {
  if (!needsBuild()) return;
  await withBuildLock(async () => {
    if (!needsBuild()) return; // built by whoever held the lock before us
    log('Fetching Neo4j from Maven Central (first run can take minutes)…');
    const started = Date.now();
    // Start from a clean classpath so that jars of an older Neo4j version never linger in lib/.
    fs.rmSync(CLASSES_DIR, { recursive: true, force: true });
    fs.rmSync(LIB_DIR, { recursive: true, force: true });
    fs.rmSync(BUILD_STAMP, { force: true });
    // `package` also runs dependency:copy-dependencies into target/lib (bound in pom.xml).
    await runMaven(['-q', '-B', 'package']);
    fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }, log);
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping
// ---------------------------------------------------------------------------------------------

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

function describeExit({ code, signal }: ExitInfo): string {
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
    `-Xmx${options.maxHeap ?? '512m'}`,
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

  return { uri, username: 'neo4j', password, stop, pid: child.pid };
}
