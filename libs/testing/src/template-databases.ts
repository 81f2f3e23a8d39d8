import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';


// The Prisma projects are listed once, in the CommonJS module the CLI script uses too.
// eslint-disable-next-line @typescript-eslint/no-require-imports, @nx/enforce-module-boundaries
const prisma = require('../../../scripts/lib/prisma-projects.js') as {
  PROJECTS: Record<string, string>;
  migrate(projects: string[], urlFor: (project: string) => string): Promise<void>;
  seedFingerprint(project: string): string;
};

const ROOT = path.resolve(__dirname, '../../..');

/** Where the test databases live (the local server unless TEST_DATABASE_URL says otherwise). */
export function testServerUrl(database = 'postgres'): string {
  const url = new URL(process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A template is named after its project and its migrations' fingerprint: several checkouts
 * (git worktrees) testing against one PostgreSQL server at once, one of them with a new
 * migration, then each use a template of their own instead of dropping and rebuilding one
 * shared template under each other's running tests. Templates of older fingerprints stay
 * (another checkout may still use them); `DROP DATABASE` them by hand when space matters.
 */
export const templateDatabaseName = (project: string) => `scn_test_tpl_${project.replace(/-/g, '_')}_${migrationsFingerprint(project).slice(0, 12)}`;

const fingerprints = new Map<string, string>();

function migrationsFingerprint(project: string): string {
  const known = fingerprints.get(project);
  if (known) return known;
  const dir = path.join(ROOT, prisma.PROJECTS[project]!, 'prisma', 'migrations');
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir).sort()) {
    const file = path.join(dir, entry, 'migration.sql');
    if (statSync(path.join(dir, entry)).isDirectory()) hash.update(entry).update(readFileSync(file));
  }
  // The seed runs after the migrations (the partnerships gazetteer): a changed seed rebuilds the template too.
  hash.update(prisma.seedFingerprint(project));
  const fingerprint = hash.digest('hex').slice(0, 32);
  fingerprints.set(project, fingerprint);
  return fingerprint;
}

/**
 * Makes one migrated template database per Prisma project; test files clone them (fast)
 * instead of migrating. A template is rebuilt only when its migrations or its seed changed.
 */
export async function prepareTemplateDatabases(): Promise<void> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    for (const project of Object.keys(prisma.PROJECTS)) {
      const name = templateDatabaseName(project);
      const fingerprint = migrationsFingerprint(project);
      const { rows } = await admin.query<{ description: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS description FROM pg_database WHERE datname = $1`,
        [name],
      );
      if (rows[0]?.description === fingerprint) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await prisma.migrate([project], () => testServerUrl(name));
      await admin.query(`COMMENT ON DATABASE "${name}" IS '${fingerprint}'`);
    }
  } finally {
    await admin.end();
  }
}
