// Unit tests: *.spec.ts beside the code; no servers needed.
'use strict';
const preset = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
};
