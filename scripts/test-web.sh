#!/usr/bin/env bash
# `npm run test:web`: the web console in a real browser. Builds the console (nx skips it
# when apps/web is unchanged), then runs e2e-web/*.web-spec.ts: the five services as
# processes in databases and a namespace of their own, the gateway serving the build,
# Debian's Chromium driven by playwright-core (set CHROMIUM_PATH to use another binary;
# nothing ever downloads a browser). Screenshots land in e2e-web/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false
bash scripts/ensure-chromium.sh
npm run --silent build:web
# Bounded: the seven files take about 7 minutes here, two at a time (each starts the
# platform); a hung browser must not hold CI.
timeout 900 npx jest -c e2e-web/jest.config.js --ci "$@"
