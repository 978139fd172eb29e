import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

/**
 * Timeouts well below the driver's defaults so an outage is reported in seconds, not minutes. Retries
 * wait 1 s, then 2 s, then 4 s: a retry budget of 2.5 s gives up after the third attempt, about 3 s in,
 * so a request answers "database unavailable" within 5 s (tests/faults/neo4jOutage.test.ts).
 */
const driverTimeouts = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_500,
};

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    ...driverTimeouts,
    disableLosslessIntegers: true,
    userAgent: 'samverkan',
  });
}
