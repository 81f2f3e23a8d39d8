import { ESLint } from 'eslint';
import * as path from 'node:path';

// The workspace's lint configuration keeps domain code free of frameworks and clients:
// proven here on a made-up domain file, linted with the real configuration.

describe('lint rule for domain code', () => {
  const root = path.resolve(__dirname, '../../..');
  // ESLint would import the configuration file dynamically, which Jest's module sandbox
  // cannot: the same file is required here and handed over as it is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const workspaceConfig = require(path.join(root, 'eslint.config.js')) as ESLint.Options['overrideConfig'];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: workspaceConfig });
  const problemsOf = async (code: string, file: string) => {
    const [result] = await eslint.lintText(code, { filePath: file });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };
  const DOMAIN_FILE = 'apps/exchanges/src/exchange-programs/domain/made-up.entity.ts';

  it.each([
    ["import { Injectable } from '@nestjs/common';", 'Nest'],
    ["import { DomainError } from '@scn/platform';", '@scn/platform/errors'],
    ["import type { PrismaClient } from '@scn-prisma/exchanges';", 'database client'],
    ["import { Queue } from 'bullmq';", 'queue'],
    ["import { connect } from 'nats';", 'broker'],
  ])('refuses %s in a domain file', async (line, named) => {
    const problems = await problemsOf(`${line}\nexport const used = [${line.match(/\{ (\w+)/)?.[1] ?? 'undefined'}];\n`, DOMAIN_FILE);
    expect(problems).toEqual([expect.stringContaining(named)]);
  }, 30_000);

  it('lets a domain file build on @scn/platform/domain', async () => {
    expect(await problemsOf("import { AggregateRoot } from '@scn/platform/domain';\nexport const used = [AggregateRoot];\n", DOMAIN_FILE)).toEqual([]);
  }, 30_000);

  it('lets a domain file import errors from @scn/platform/errors, and infra code import Nest', async () => {
    expect(await problemsOf("import { DomainError } from '@scn/platform/errors';\nexport const used = [DomainError];\n", DOMAIN_FILE)).toEqual([]);
    expect(
      await problemsOf(
        "import { Injectable } from '@nestjs/common';\nexport const used = [Injectable];\n",
        'apps/exchanges/src/exchange-programs/infra/made-up.repository.ts',
      ),
    ).toEqual([]);
  }, 30_000);
});
