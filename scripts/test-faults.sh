#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (e2e/faults/*.fault-spec.ts). The platform as
# processes — two replicas of each backend service, or one on a 3-node NATS cluster of its
# own — in databases, a namespace and Redis keys of their own, load driven through the
# gateway's API while a replica is killed, database connections dropped, Redis flushed, a
# webhook receiver is down, a NATS node or the whole cluster stops. Each scenario prints
# produced / effected / lost / doubled and fails on any loss or double.
#
#   FAULTS_SCALE=4          four times the load of each scenario (the long run)
#   FAULTS_CLUSTER_DOWN_S   how long the whole NATS cluster stays stopped (30)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash infra/local/up.sh >/dev/null
# Bounded: about 6 minutes here at scale 1 (one file after the other); a hung scenario must not hold CI.
timeout "${FAULTS_TIMEOUT_S:-1200}" npx jest -c e2e/faults/jest.config.js --ci "$@"
