// Integration tests: *.int-spec.ts against the real PostgreSQL, NATS JetStream and Redis.
// Global setup makes sure the servers answer and prepares migrated template databases;
// each test file then works in databases, streams and queue prefixes of its own.
'use strict';
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,infra,e2e}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  testTimeout: 60_000,
  // The machines have 2 cores; fault tests stop and start servers of their own.
  maxWorkers: 2,
};
