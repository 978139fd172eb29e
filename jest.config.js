/** Unit tests sit next to the code; integration and browser tests in tests/. All run against the real test Neo4j. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/{client,domain,server,seed,neo4j,tests}/**/*.test.ts'],
  moduleNameMapper: { '^node-fetch$': '<rootDir>/tests/helpers/nodeFetchForJest.cjs' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/tests/helpers/globalSetup.js',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.js',
  setupFiles: ['<rootDir>/tests/helpers/timezone.ts'],
  testTimeout: 60_000,
};
