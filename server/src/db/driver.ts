import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

/** Timeouts well below the driver's defaults so an outage is reported in seconds, not minutes. */
const driverTimeouts = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 4_000,
};

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    ...driverTimeouts,
    disableLosslessIntegers: true,
    userAgent: 'samverkan',
  });
}
