// Lint rules of the workspace. The module-boundary rule keeps the architecture honest:
// apps never import apps, libraries depend only on the kinds below them.
'use strict';
const nx = require('@nx/eslint-plugin');

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/coverage', '**/tmp'],
  },
  {
    files: ['**/*.ts'],
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
