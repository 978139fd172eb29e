import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import { createDatabase, type Database } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';

/** A loopback port nobody listens on now, so parallel test runs never fight over one (FAULT_NEO4J_BOLT_PORT fixes it). */
export function freePort(): Promise<number> {
  const fixed = process.env['FAULT_NEO4J_BOLT_PORT'];
  if (fixed !== undefined) return Promise.resolve(Number(fixed));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A Neo4j of a fault test's own, in a temporary folder, that the test may stop, kill and start again on the same port. */
export class FaultNeo4j {
  readonly password = randomBytes(18).toString('base64url');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'samverkan-fault-neo4j-'));
  private running: LocalNeo4j | undefined;

  private constructor(readonly boltPort: number) {}

  static async create(boltPort?: number): Promise<FaultNeo4j> {
    return new FaultNeo4j(boltPort ?? (await freePort()));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.boltPort}`;
  }

  async start(): Promise<void> {
    this.running = await startLocalNeo4j({ dataDir: this.dataDir, boltPort: this.boltPort, password: this.password, log: () => {} });
  }

  /** A handle on this Neo4j, with a driver of its own (closed with the handle). */
  connect(): Database {
    return createDatabase(createDriver({ uri: this.uri, username: 'neo4j', password: this.password }));
  }

  /** Starts it with the schema and the seed, as the app's set-up does, and returns a handle on it. */
  async startSeeded(): Promise<Database> {
    await this.start();
    const driver = createDriver({ uri: this.uri, username: 'neo4j', password: this.password });
    await applySchema(driver);
    const database = createDatabase(driver);
    await loadSeed(database);
    return database;
  }

  /** A clean shutdown: Neo4j checkpoints and closes its stores. */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }

  /** SIGKILL to the JVM: no shutdown hook, no checkpoint, whatever was in flight is cut off. */
  async kill(): Promise<void> {
    const pid = this.running?.pid;
    if (pid === undefined) throw new Error('Neo4j is not running');
    process.kill(pid, 'SIGKILL');
    await this.running?.stop();
    this.running = undefined;
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Polls `check` until it holds; resolves with the milliseconds it took, or fails after `timeoutMs`. */
export async function within(timeoutMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}
