// Shared Jest settings: TypeScript through SWC (with decorator metadata, which Nest's
// dependency injection needs) and the workspace's path aliases.
'use strict';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// intl-messageformat and its @formatjs dependencies are published as ES modules only. Node
// (>= 20.19) loads them from CommonJS at run time; Jest does not, so they are compiled to
// CommonJS like the sources.
const ESM_ONLY = '(intl-messageformat|@formatjs/[^/]+)';

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@scn/(contracts|messaging|platform|testing)$': '<rootDir>/libs/$1/src',
    '^@scn/platform/(domain|errors)$': '<rootDir>/libs/platform/src/$1/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
