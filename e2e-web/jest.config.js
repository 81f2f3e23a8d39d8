// The web console's browser tests (`*.web-spec.ts`): Chromium (Debian's, through
// playwright-core) against the whole platform started as `npm start` does. One worker: a
// platform of five services and a browser are what this 2-core machine can run at once.
'use strict';
const path = require('node:path');
const preset = require('../jest.preset');

module.exports = {
  ...preset,
  rootDir: path.resolve(__dirname, '..'),
  displayName: 'web-browser',
  testMatch: ['<rootDir>/e2e-web/**/*.web-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
