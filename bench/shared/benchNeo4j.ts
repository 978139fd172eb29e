import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j } from '../../neo4j/local';
import { loadSeed } from '../../server/src/dataset/loadSeed';
import type { SeedCounts } from '../../server/src/dataset/writeSeed';
import { createDatabase, type Database } from '../../server/src/db/database';
import { createDriver } from '../../server/src/db/driver';
import { applySchema } from '../../server/src/db/schema';
import { generateNetwork } from '../generate/generate';
import { writeDataset } from '../generate/write';
import { sampleIds } from './samples';

/** The benchmarks' own Neo4j port, apart from the app's (7687) and the tests' (7688…). */
export const benchBoltPort = Number(process.env['BENCH_NEO4J_BOLT_PORT'] ?? 7696);

/** Heap for the bench Neo4j: the seed loader writes everything in one transaction, which at 20× needs more than the default 512m allows. */
export const benchMaxHeap = process.env['BENCH_NEO4J_HEAP'] ?? '2g';

export interface BenchNeo4j {
  uri: string;
  password: string;
  driver: Driver;
  database: Database;
  stop(): Promise<void>;
}

/** A throw-away local Neo4j in a temporary folder with the schema applied; removed again by `stop`. */
export async function startBenchNeo4j(log: (line: string) => void = () => {}): Promise<BenchNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-neo4j-'));
  const password = randomBytes(18).toString('base64url');
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: benchBoltPort, password, log, maxHeap: benchMaxHeap });
  const driver = createDriver({ uri: neo4j.uri, username: neo4j.username, password });
  await applySchema(driver);
  return {
    uri: neo4j.uri,
    password,
    driver,
    database: createDatabase(driver),
    stop: async () => {
      await driver.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoadedScale {
  scale: number;
  counts: SeedCounts;
  /** Ids to centre neighbourhood queries on. */
  sampleIds: string[];
  generateMs: number;
  loadMs: number;
}

/** Generates the synthetic network at `scale` into a temporary folder and loads it with the normal seed loader. */
export async function loadScale(database: Database, scale: number, seed = 1): Promise<LoadedScale> {
  const dir = mkdtempSync(join(tmpdir(), `samverkan-bench-${scale}x-`));
  try {
    const generated = performance.now();
    const dataset = generateNetwork({ scale, seed });
    writeDataset(dataset, dir, `seed ${seed}, scale ${scale}`);
    const loading = performance.now();
    const counts = await loadSeed(database, dir);
    return { scale, counts, sampleIds: sampleIds(dataset), generateMs: loading - generated, loadMs: performance.now() - loading };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
