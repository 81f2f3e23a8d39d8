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
  // Four on these 2-core machines: the files mostly wait (on services in other processes,
  // PostgreSQL, JetStream, polls), so a subset ran in 112 s with two workers, 93 s with
  // three and 70 s with four. Fault tests stop and start servers of their own.
  maxWorkers: 4,
  // A worker ends the run holding 1.2–1.6 GB of heap (each file's modules, Nest apps and
  // Prisma clients), and freeing it takes longer than Jest's default 500 ms: Jest then
  // killed it and warned of "a worker that failed to exit gracefully", though no handle
  // was left open (measured 2026-12-07: after every file only the worker's own pipes were
  // active, and each worker reached 'exit' within 10 ms of being told to end).
  workerGracefulExitTimeout: 5_000,
};
