// The fault suite (`npm run test:faults`): the whole platform with two replicas of each
// backend service, broken in the middle of load driven through the gateway, then counted.
// One worker: a platform of nine processes is what this 2-core machine can run at once.
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
