#!/usr/bin/env node
// Usage: node scripts/prisma.js generate | migrate [project…]
// `migrate` creates each service's database when missing and applies its migrations
// (`<PROJECT>_DATABASE_URL` overrides the local default for a project).
'use strict';
const { generate, migrate, PROJECTS, SERVICE_PROJECTS } = require('./lib/prisma-projects');

async function main() {
  const [command, ...names] = process.argv.slice(2);
  for (const name of names) {
    if (!PROJECTS[name]) throw new Error(`Unknown Prisma project "${name}" (known: ${Object.keys(PROJECTS).join(', ')})`);
  }
  if (command === 'generate') {
    generate(names.length ? names : undefined);
    console.log('prisma: clients generated');
  } else if (command === 'migrate') {
    const projects = names.length ? names : SERVICE_PROJECTS;
    await migrate(projects);
    console.log(`prisma: migrations applied (${projects.join(', ')})`);
  } else {
    throw new Error('Usage: node scripts/prisma.js generate | migrate [project…]');
  }
}

main().catch((error) => {
  console.error(error.stderr ? String(error.stderr) : error.message);
  process.exit(1);
});
