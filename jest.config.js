/**
 * Four projects. `unit`: the tests beside the code (client, domain, server, seed) and tests/unit — pure, no database, run
 * in parallel by `npm run test:unit`. `integration`, `browser` and `faults` run against the real test Neo4j, which
 * their shared global set-up starts once (Jest runs a global set-up only when a test of its project is selected,
 * and one file only once), so selecting `unit` alone never starts Neo4j.
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: { '^node-fetch$': '<rootDir>/tests/helpers/nodeFetchForJest.cjs' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['<rootDir>/tests/helpers/timezone.ts'],
};

const onTestNeo4j = {
  ...shared,
  globalSetup: '<rootDir>/tests/helpers/globalSetup.js',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.js',
};

export default {
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{client,domain,server,seed,neo4j}/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    { ...onTestNeo4j, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...onTestNeo4j, displayName: 'browser', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    { ...onTestNeo4j, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.test.ts'] },
  ],
};
