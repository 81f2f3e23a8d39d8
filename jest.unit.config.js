// Unit tests: *.spec.ts beside the code; no servers needed.
'use strict';
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
  // The web console's tests run in jsdom, under apps/web/jest.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};
