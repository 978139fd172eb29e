/**
 * Builds the Java launcher of the local Neo4j with Maven (fetching Neo4j from Maven Central), only when it is
 * missing or older than its sources; one build at a time across processes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isErrno, sleep } from './nodeSupport';

export const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
const TARGET_DIR = path.join(NEO4J_DIR, 'target');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
const BUILD_STAMP = path.join(TARGET_DIR, 'build.stamp');
const BUILD_LOCK = path.join(TARGET_DIR, 'build.lock');
export const MAIN_CLASS = 'se.samverkan.neo4j.EmbeddedNeo4j';
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class';
const BUILD_LOCK_TIMEOUT_MS = 20 * 60_000;
const OUTPUT_TAIL_LINES = 40;

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

export function toolCommand(tool: 'java' | 'mvn'): { command: string; shell: boolean } {
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
        const tail = output.trim().split('\n').slice(-OUTPUT_TAIL_LINES).join('\n');
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

export async function ensureBuilt(log: (line: string) => void): Promise<void> {
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
