#!/usr/bin/env bash
# `npm run bench`: every benchmark in turn (events, directory, notifications, matching
# parts a and b, import, the web console in Chromium), each as `npm run bench:<name>` runs
# it, then one table of their goal figures — platform, bare baseline measured in the same
# run, ratio, goal, met or not (benchmarks/results.ts). A benchmark that fails is reported
# and the others still run. BENCH_ONLY="events matching" runs a subset. About 20 minutes
# on a 2-core machine.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false
bash scripts/ensure-deps.sh || exit 1
bash infra/local/up.sh || exit 1
# The console's benchmark drives a browser (installed here when missing, as for its tests).
[[ " ${BENCH_ONLY:-web} " != *" web "* ]] || bash scripts/ensure-chromium.sh || exit 1
results=$(mktemp --suffix=.jsonl)
trap 'rm -f "$results"' EXIT
export BENCH_RESULTS_FILE=$results
failed=()
for name in ${BENCH_ONLY:-events directory notifications matching import web}; do
  echo "== bench:$name"
  if [[ "$name" == matching ]]; then
    MATCHING_BENCH_PART=${MATCHING_BENCH_PART:-both} node -r @swc-node/register benchmarks/matching/matching.bench.ts || failed+=("$name")
  else
    node -r @swc-node/register "benchmarks/$name/$name.bench.ts" || failed+=("$name")
  fi
done
echo "== results"
node -r @swc-node/register benchmarks/results-table.ts "$results"
if ((${#failed[@]})); then
  echo "benchmarks that failed: ${failed[*]}" >&2
  exit 1
fi
