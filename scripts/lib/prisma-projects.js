// The Prisma projects of the workspace (one database each) and the commands run on them.
// Used by `npm run prisma:generate`, `npm run db:migrate` and the integration tests' setup.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '../..');
const PRISMA_CLI = require.resolve('prisma/build/index.js');

/** name → folder holding prisma.config.ts. Services first; then test fixtures. */
const PROJECTS = {
  gateway: 'apps/gateway',
  partnerships: 'apps/partnerships',
  exchanges: 'apps/exchanges',
  applications: 'apps/applications',
  notifications: 'apps/notifications',
  'messaging-test': 'libs/messaging/test',
};
const SERVICE_PROJECTS = ['gateway', 'partnerships', 'exchanges', 'applications', 'notifications'];
/** name → module loading a project's reference data after its migrations: `{ seed(url), fingerprint() }`. */
const SEEDS = {
  partnerships: 'apps/partnerships/prisma/seed/index.js',
};

/** The project's seed module, or undefined when it has none. */
function seedOf(project) {
  return SEEDS[project] ? require(path.join(ROOT, SEEDS[project])) : undefined;
}

/** What the project's seed would load (empty without a seed): part of a test template's fingerprint. */
function seedFingerprint(project) {
  return seedOf(project)?.fingerprint() ?? '';
}

const envName = (project) => `${project.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;

/** The database URL of a project: `<PROJECT>_DATABASE_URL`, else the local default. */
function databaseUrl(project, { database } = {}) {
  const fromEnv = process.env[envName(project)];
  if (fromEnv && !database) return fromEnv;
  const base = new URL(fromEnv || 'postgresql://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/${database || `scn_${project.replace(/-/g, '_')}`}`;
  return base.toString();
}

function runPrisma(project, args, url) {
  const dir = path.join(ROOT, PROJECTS[project]);
  execFileSync(process.execPath, [PRISMA_CLI, ...args, '--config', path.join(dir, 'prisma.config.ts')], {
    cwd: ROOT,
    // The schema reads DATABASE_URL; `generate` needs it set, not reachable.
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function generate(projects = Object.keys(PROJECTS)) {
  for (const project of projects) runPrisma(project, ['generate', '--no-hints'], databaseUrl(project));
}

/** Creates the database if it does not exist. */
async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Creates each project's database when missing, applies its migrations, then its seed (when it has one). */
async function migrate(projects = SERVICE_PROJECTS, urlFor = (project) => databaseUrl(project)) {
  for (const project of projects) {
    const url = urlFor(project);
    await ensureDatabase(url);
    runPrisma(project, ['migrate', 'deploy'], url);
    const seeded = (await seedOf(project)?.seed(url)) ?? [];
    for (const line of seeded) console.log(`${project}: ${line}`);
  }
}

module.exports = { PROJECTS, SERVICE_PROJECTS, databaseUrl, generate, migrate, ensureDatabase, envName, seedFingerprint };
