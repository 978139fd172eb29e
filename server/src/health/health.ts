import type { Database } from '../db/database';

export interface HealthReport {
  status: 'ok' | 'degraded';
  neo4j: 'up' | 'down';
}

/** Asks the database a trivial question; a slow or failing answer counts as down. */
export async function checkHealth(database: Database, timeoutMs = 2_000): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = database
    .read(async (tx) => (await tx.run('health/ping')).records.length === 1)
    .catch(() => false);
  const up = await Promise.race([ping, timeout]);
  clearTimeout(timer);
  return up ? { status: 'ok', neo4j: 'up' } : { status: 'degraded', neo4j: 'down' };
}
