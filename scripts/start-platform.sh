#!/usr/bin/env bash
# `npm start`: runs the whole platform on this machine. Installs what is missing, starts
# PostgreSQL, Redis and NATS if they are not answering, migrates every service database,
# builds, and runs the five services until Ctrl-C (which stops them gracefully), with a
# local mail catcher for their emails (scripts/dev-mail-catcher.js) when none is running.
# REPLICAS=2 npm start runs two processes of each backend service.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false

bash scripts/ensure-deps.sh
bash infra/local/up.sh
node scripts/prisma.js migrate
npm run --silent build:ts
# The web console the gateway serves at / (nx skips the build when apps/web is unchanged).
npm run --silent build:web

services=(partnerships exchanges applications notifications gateway)
pids=()
# Emails go to a local catcher unless an SMTP server already answers on 1025 (or SMTP_URL is set).
if [[ -z "${SMTP_URL:-}" ]] && ! (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
  node scripts/dev-mail-catcher.js &
  pids+=("$!")
fi
stop() {
  echo "stopping the platform…"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  exit 0
}
trap stop INT TERM

# REPLICAS=n runs n processes of each backend service (they share its durable consumer, its
# queues and its schedulers, as replicas in a cluster do); the extra ones take a free port
# for their /metrics and health (logged as they start). The gateway runs once (port 3000).
replicas=${REPLICAS:-1}
[[ "$replicas" =~ ^[1-9][0-9]?$ ]] || { echo "REPLICAS must be a number from 1 to 99 (got \"$replicas\")" >&2; exit 2; }
for service in "${services[@]}"; do
  count=$replicas
  [[ "$service" == gateway ]] && count=1
  for ((replica = 1; replica <= count; replica++)); do
    if ((replica == 1)); then
      node "dist/apps/$service/src/main.js" &
    else
      HTTP_PORT=0 node "dist/apps/$service/src/main.js" &
    fi
    pids+=("$!")
  done
done
echo "platform starting ($replicas of each backend service): console and API on http://127.0.0.1:${HTTP_PORT:-3000} (GET /readyz shows every service)"
# If one service dies, stop the others rather than run half a platform.
wait -n "${pids[@]}" || true
echo "a service exited; stopping the others" >&2
kill -TERM "${pids[@]}" 2>/dev/null || true
wait "${pids[@]}" 2>/dev/null || true
exit 1
