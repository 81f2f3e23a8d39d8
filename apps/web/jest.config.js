// Component and logic tests of the web console (`*.spec.ts(x)` under apps/web/src), in
// jsdom. Run by `npm test` (scripts/test.sh) after the unit tests of the services.
'use strict';
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  displayName: 'web',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
  setupFiles: ['<rootDir>/apps/web/jest.setup.js'],
  // A form driven key by key through user-event takes 1–2 s alone and more than Jest's
  // default 5 s when the two cores are busy with other suites (seen in CI runs).
  testTimeout: 20_000,
  // Several of the console's libraries ship ES modules only: they are compiled like the sources.
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@tanstack|react-intl|intl-messageformat|@formatjs|openapi-fetch|d3-[a-z]+|internmap)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@scn/contracts/(.*)$': '<rootDir>/libs/contracts/src/$1',
    '\\.css$': '<rootDir>/apps/web/jest.style-stub.js',
  },
};
