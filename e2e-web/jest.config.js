// The web console's browser tests (`*.web-spec.ts`): Chromium (Debian's, through
// playwright-core) against the whole platform started as `npm start` does. Two files at a
// time, each with its platform and browser: the suite mostly waits (one file at a time used
// ~0.6 of this 2-core machine's cores, 10 min for the seven files).
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
  maxWorkers: 2,
};
