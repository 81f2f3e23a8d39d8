#!/usr/bin/env bash
# `npm test`: everything a change must pass. Installs what is missing, starts the local
# servers that are not answering, then type-checks, lints, and runs the unit and the
# integration suites (the latter against real PostgreSQL, NATS JetStream and Redis, in
# databases, streams and queue prefixes of their own), then the fault suite, then the web
# console: its component tests and its journeys in Chromium against the whole platform.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false

bash scripts/ensure-deps.sh
bash infra/local/up.sh

# Lint runs beside the type-check (each of them keeps one of the two cores busy).
lint_log=$(mktemp)
npx nx run-many -t lint --output-style=static --skip-nx-cache >"$lint_log" 2>&1 &
lint_pid=$!
echo "== typecheck"
npx tsc -p tsconfig.json
npx tsc -p apps/web/tsconfig.json
echo "== lint"
wait "$lint_pid" || { cat "$lint_log"; exit 1; }
echo "lint: ok"
echo "== web console API types match the gateway's OpenAPI document"
bash scripts/web-api.sh --check
# Two workers: Jest's default (cores - 1) is one on these 2-core machines.
echo "== unit tests"
npx jest -c jest.unit.config.js --ci --maxWorkers=2
echo "== web console component tests"
npx jest -c apps/web/jest.config.js --ci --maxWorkers=2
echo "== integration tests"
npx jest -c jest.int.config.js --ci
echo "== fault suite (the platform under kill -9, Redis flushed, a receiver down, NATS nodes stopped)"
bash scripts/test-faults.sh
echo "== web console in a real browser"
bash scripts/test-web.sh
