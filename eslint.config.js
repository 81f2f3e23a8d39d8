// Lint rules of the workspace. The module-boundary rule keeps the architecture honest:
// apps never import apps, libraries depend only on the kinds below them.
'use strict';
const nx = require('@nx/eslint-plugin');

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    // The web console's API types are generated (npm run web:api), not written.
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/coverage', '**/tmp', '**/*.generated.ts'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:partnerships', onlyDependOnLibsWithTags: ['scope:partnerships', 'scope:shared'] },
            { sourceTag: 'scope:exchanges', onlyDependOnLibsWithTags: ['scope:exchanges', 'scope:shared'] },
            { sourceTag: 'scope:applications', onlyDependOnLibsWithTags: ['scope:applications', 'scope:shared'] },
            { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
// Prisma CLI configuration files are tooling, not code of the project they sit in: they
// share one CLI set-up kept under infra/prisma.
module.exports.push({ files: ['**/prisma.config.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } });
// Integration tests under apps/<service>/test boot several services in one process (the
// gateway in front of the service under test) and so import across apps on purpose; the
// production code under apps/<service>/src stays bound by the rule.
module.exports.push({ files: ['apps/*/test/**/*.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } });
// Domain code (entities, rules, plans) knows nothing of Nest, brokers, queues or
// databases: it imports errors from `@scn/platform/errors` and the entities' base from
// `@scn/platform/domain`, never the main entry (which loads Nest, the Prisma adapter and pino).
module.exports.push({
  files: ['apps/*/src/**/domain/**/*.ts', 'libs/*/src/**/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: '@scn/platform', message: 'Domain code imports errors from @scn/platform/errors and AggregateRoot from @scn/platform/domain (the main entry loads Nest).' },
          { name: '@scn/messaging', message: 'Domain code does not publish or consume: its handler does.' },
          { name: 'nats', message: 'Domain code knows no broker.' },
          { name: 'bullmq', message: 'Domain code knows no queue.' },
          { name: 'ioredis', message: 'Domain code knows no Redis.' },
          { name: 'pg', message: 'Domain code knows no database.' },
        ],
        patterns: [
          { group: ['@nestjs/*'], message: 'Domain code knows nothing of Nest.' },
          { group: ['@nats-io/*'], message: 'Domain code knows no broker.' },
          { group: ['@prisma/*', '@scn-prisma/*'], message: 'Domain code knows no database client: map rows in infra/.' },
        ],
      },
    ],
  },
});
