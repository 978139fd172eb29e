import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

/**
 * Timeouts well below the driver's defaults so an outage is reported in seconds, not minutes. The driver
 * retries while less than the retry budget has passed, after 1 s, then 2 s, then 4 s (each ±20 %): a budget
 * of 1.5 s always stops after the third attempt, 2.4–3.6 s in, so a request answers "database unavailable"
 * within 5 s (tests/faults/neo4jOutage.test.ts). A budget of 2.5 s let a fourth attempt start when the
 * jitter fell low (0.8 s + 1.6 s), answering only after 6 s.
 */
const driverTimeouts = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 1_500,
};

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    ...driverTimeouts,
    disableLosslessIntegers: true,
    userAgent: 'samverkan',
  });
}
