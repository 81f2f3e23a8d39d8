#!/usr/bin/env bash
# `npm test`: everything a change must pass. Installs what is missing, starts the local
# servers that are not answering, then type-checks, lints, and runs the unit and the
# integration suites (the latter against real PostgreSQL, NATS JetStream and Redis, in
# databases, streams and queue prefixes of their own).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false

bash scripts/ensure-deps.sh
bash infra/local/up.sh

echo "== typecheck"
npx tsc -p tsconfig.json
echo "== lint"
npx nx run-many -t lint --output-style=static --skip-nx-cache >/tmp/scn-lint.log 2>&1 || { cat /tmp/scn-lint.log; exit 1; }
echo "lint: ok"
echo "== unit tests"
npx jest -c jest.unit.config.js --ci
echo "== integration tests"
npx jest -c jest.int.config.js --ci
