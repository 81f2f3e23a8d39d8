// The fault suite (`npm run test:faults`): the whole platform with two replicas of each
// backend service, broken in the middle of load driven through the gateway, then counted.
// The two files at once, each with its platform (nine processes) or its NATS cluster: they
// mostly wait on their faults, 3.5 minutes together here instead of 5.7 one after the
// other, nothing lost. Each breaks only what is its own (its databases, its cluster).
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
  maxWorkers: 2,
};
