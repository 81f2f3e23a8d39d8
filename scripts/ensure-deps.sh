#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json,
# and (re)generates the Prisma clients when a schema changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# By content, not modification time: a fresh checkout (a clone, a git worktree) has a newer
# package-lock.json than an install made from the very same file.
lock_stamp=node_modules/.scn-package-lock.sha
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$lock" ]; then
  echo "deps: npm ci"
  npm ci --no-audit --no-fund
  echo "$lock" > "$lock_stamp"
fi

stamp=node_modules/@scn-prisma/.schemas.sha
current=$(cat apps/*/prisma/schema/*.prisma libs/messaging/test/prisma/schema/*.prisma | sha256sum | cut -d' ' -f1)
# `npm install <pkg>` prunes the generated clients but leaves the stamp: check they are there.
missing=0
for client in applications exchanges gateway notifications partnerships messaging-test; do
  [ -f "node_modules/@scn-prisma/$client/package.json" ] || missing=1
done
if [ "$missing" = 1 ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$current" ]; then
  echo "deps: generating Prisma clients"
  node scripts/prisma.js generate
  echo "$current" > "$stamp"
fi
