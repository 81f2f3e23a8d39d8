#!/usr/bin/env bash
# `npm run bench:<name>`: installs what is missing (npm packages, Prisma clients) and
# starts the local servers that are not answering, as `npm test` does, then runs one
# benchmark (benchmarks/<name>/<name>.bench.ts). A fresh clone needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false
name=${1:?usage: scripts/bench.sh <events|directory|notifications|matching|import|web>}
[ -f "benchmarks/$name/$name.bench.ts" ] || { echo "no benchmark named $name (benchmarks/*/)" >&2; exit 2; }
bash scripts/ensure-deps.sh
bash infra/local/up.sh
# The console's benchmark drives a browser.
[ "$name" != web ] || bash scripts/ensure-chromium.sh
exec node -r @swc-node/register "benchmarks/$name/$name.bench.ts"
