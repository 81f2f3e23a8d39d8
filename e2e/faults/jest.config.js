// The fault suite (`npm run test:faults`): the whole platform with two replicas of each
// backend service, broken in the middle of load driven through the gateway, then counted.
// One file at a time: the scenarios bound how soon each service learns what was written
// after its fault (the NATS node kill: < 25 s), and with the other file's platform (nine
// more processes) on the same two cores, the busiest consumer, notifications, lagged 26-31 s
// in three of five runs on a slow host for want of CPU (8-16 s alone). About 6 minutes
// instead of 4. Each file breaks only what is its own (its databases, its cluster).
'use strict';
const path = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  rootDir: path.resolve(__dirname, '../..'),
  displayName: 'faults',
  testMatch: ['<rootDir>/e2e/faults/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  testTimeout: 600_000,
  maxWorkers: 1,
};
