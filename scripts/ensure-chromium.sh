#!/usr/bin/env bash
# The browser the console's tests and `npm run bench:web` drive: Debian's Chromium
# (CHROMIUM_PATH names another binary; nothing ever downloads a browser). As for the
# servers (infra/local/up.sh): on Debian or Ubuntu, as root, a missing one is installed
# from the system's packages. Fails, saying what to do, when there is none.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ] && [ -z "${CHROMIUM_PATH:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "chromium: installing Debian's chromium"
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || true
fi
if [ ! -x "$chromium" ]; then
  echo "chromium: none at $chromium; install it (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
