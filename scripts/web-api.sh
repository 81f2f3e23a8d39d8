#!/usr/bin/env bash
# `npm run web:api`: regenerates the web console's typed API client types
# (apps/web/src/api/api-types.generated.ts) from the gateway's OpenAPI document, with
# openapi-typescript. `--check` (run by `npm test`) changes nothing and fails when the
# checked-in file differs from what the gateway's routes produce today: a route change
# that the console has not taken in fails the build, and the console's type-check then
# shows what it breaks.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false
target=apps/web/src/api/api-types.generated.ts
mode=${1:-write}

if [ "$mode" != "--check" ]; then
  bash scripts/ensure-deps.sh
  bash infra/local/up.sh
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node -r @swc-node/register scripts/web-api/dump-openapi.ts "$work/openapi.json"
npx openapi-typescript "$work/openapi.json" --output "$work/api-types.generated.ts" >/dev/null 2>"$work/generate.log" \
  || { cat "$work/generate.log" >&2; exit 1; }

if [ "$mode" = "--check" ]; then
  if ! cmp -s "$work/api-types.generated.ts" "$target"; then
    echo "web-api: $target is stale; run \`npm run web:api\` and commit it. Difference:" >&2
    diff -u "$target" "$work/api-types.generated.ts" | head -40 >&2 || true
    exit 1
  fi
  echo "web-api: $target matches the gateway's OpenAPI document"
else
  cp "$work/api-types.generated.ts" "$target"
  echo "web-api: wrote $target"
fi
