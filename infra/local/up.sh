#!/usr/bin/env bash
# Makes sure the three servers the platform needs locally are answering:
# PostgreSQL, Redis and NATS (with JetStream). Idempotent: a server that already answers
# is left alone. For each one that does not answer:
#   - if a Docker engine answers (`docker info`), `docker compose up -d <svc>` with the
#     repository's docker-compose.yml (or `docker-compose` when the plugin is missing);
#   - otherwise it is started from the installed binaries, the way this project's
#     machines (and CI) start them;
#   - a server that is not even installed is first installed from the system's packages
#     where that is possible (Debian/Ubuntu, as root: `apt-get update` once, then
#     `apt-get install -y postgresql redis-server nats-server`, only those missing), and a
#     PostgreSQL installed so is set to trust loopback connections, as the platform's
#     local URLs (`postgresql://postgres@127.0.0.1:5432/…`) expect. Elsewhere the script
#     says what to install.
# Prints one line per server and exits non-zero if any of them cannot be made to answer.
#
# Environment (all optional):
#   PG_HOST / PG_PORT          PostgreSQL address        (127.0.0.1 / 5432)
#   REDIS_HOST / REDIS_PORT    Redis address             (127.0.0.1 / 6379)
#   NATS_HOST / NATS_PORT      NATS client address       (127.0.0.1 / 4222)
#   WAIT_SECONDS               how long to wait for each server after starting it (30)
#   PG_VERSION / PG_CLUSTER    cluster given to pg_ctlcluster (the one in /etc/postgresql / main)
#   REDIS_DIR / REDIS_LOGFILE  Redis working dir and log  (/var/lib/redis, /var/log/redis/ci.log)
#   NATS_BIN                   nats-server binary         (/usr/sbin/nats-server, else PATH)
#   NATS_STORE_DIR / NATS_LOG  JetStream store and log    (/var/lib/nats-server, /var/log/nats-server.log)
#   UP_NO_DOCKER=1             never use Docker, even if an engine answers
#   UP_NO_INSTALL=1            never install packages; say what to install instead
#   UP_DRY_RUN=1               check only, and print what would be installed and started
# Checking needs no privileges; starting from the binaries usually needs root, installing
# always does.
set -euo pipefail

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
NATS_HOST=${NATS_HOST:-127.0.0.1}
NATS_PORT=${NATS_PORT:-4222}
WAIT_SECONDS=${WAIT_SECONDS:-30}
REDIS_DIR=${REDIS_DIR:-/var/lib/redis}
REDIS_LOGFILE=${REDIS_LOGFILE:-/var/log/redis/ci.log}
NATS_STORE_DIR=${NATS_STORE_DIR:-/var/lib/nats-server}
NATS_LOG=${NATS_LOG:-/var/log/nats-server.log}
PG_CLUSTER=${PG_CLUSTER:-main}

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/scn-up.XXXXXX")
trap 'rm -rf "$LOG_DIR"' EXIT

# ---------------------------------------------------------------- checks (no root needed)

# Opens a TCP connection with bash's /dev/tcp, so no client tool is required.
tcp_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

pg_ok() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2
  else
    tcp_open "$PG_HOST" "$PG_PORT"
  fi
}

redis_ok() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(timeout 3 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
  else
    timeout 3 bash -c "exec 3<>/dev/tcp/$REDIS_HOST/$REDIS_PORT; printf 'PING\r\n' >&3; IFS= read -r l <&3; [[ \$l == +PONG* ]]" 2>/dev/null
  fi
}

# Prints the INFO line NATS sends to every new client; fails if nothing answers.
nats_info() {
  timeout 3 bash -c "exec 3<>/dev/tcp/$NATS_HOST/$NATS_PORT; IFS= read -r l <&3; printf '%s\n' \"\$l\"" 2>/dev/null
}

# 0: NATS with JetStream; 1: nothing answers; 2: NATS answers without JetStream.
nats_state() {
  local info
  info=$(nats_info) || return 1
  [[ $info == INFO* ]] || return 1
  [[ $info == *'"jetstream":true'* ]] || return 2
  return 0
}
nats_ok() { nats_state; }

# ---------------------------------------------------------------- installed?

pg_version() { # the newest PostgreSQL version with a configuration under /etc/postgresql
  # shellcheck disable=SC2012 # version directory names are plain numbers
  [ -d /etc/postgresql ] && ls /etc/postgresql | sort -V | tail -n 1
}
nats_bin() {
  local bin=${NATS_BIN:-/usr/sbin/nats-server}
  [ -x "$bin" ] || bin=$(command -v nats-server) || return 1
  echo "$bin"
}
# Debian's postgresql-common (pg_ctlcluster) is how PostgreSQL is started below.
pg_installed() { command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(pg_version)" ]; }
redis_installed() { command -v redis-server >/dev/null 2>&1; }
nats_installed() { nats_bin >/dev/null; }

# ---------------------------------------------------------------- starting

is_local() {
  case "$1" in 127.* | localhost | ::1 | 0.0.0.0) return 0 ;; *) return 1 ;; esac
}

docker_compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose "$@"
  elif command -v docker-compose >/dev/null 2>&1; then
    docker-compose "$@"
  else
    echo "neither 'docker compose' nor 'docker-compose' is installed" >&2
    return 1
  fi
}

use_docker() {
  [ "${UP_NO_DOCKER:-0}" != 1 ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1
}

start_with_docker() { # <compose service>
  (cd "$REPO_ROOT" && docker_compose -f docker-compose.yml up -d "$1")
}

start_postgres() {
  local version=${PG_VERSION:-$(pg_version)}
  [ -n "$version" ] || { echo "no /etc/postgresql: PostgreSQL is not installed" >&2; return 1; }
  pg_ctlcluster --skip-systemctl-redirect "$version" "$PG_CLUSTER" start
}

start_redis() {
  mkdir -p "$REDIS_DIR" "$(dirname "$REDIS_LOGFILE")"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" \
    --appendonly no --dir "$REDIS_DIR" --logfile "$REDIS_LOGFILE"
}

start_nats() {
  local bin
  bin=$(nats_bin) || { echo "nats-server is not installed" >&2; return 1; }
  mkdir -p "$NATS_STORE_DIR" "$(dirname "$NATS_LOG")"
  local args=(-a "$NATS_HOST" -p "$NATS_PORT" -js -sd "$NATS_STORE_DIR" -l "$NATS_LOG")
  # start-stop-daemon --oknodo does nothing when any process of this binary runs already
  # (e.g. a fault test's own instance on another port): start one directly in that case.
  if command -v start-stop-daemon >/dev/null 2>&1 &&
    ! start-stop-daemon --status --exec "$bin" >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec "$bin" -- "${args[@]}"
  else
    local detach=()
    command -v setsid >/dev/null 2>&1 && detach=(setsid)
    nohup "${detach[@]}" "$bin" "${args[@]}" </dev/null >/dev/null 2>&1 &
    disown || true
  fi
}

# ---------------------------------------------------------------- main

failures=()
dry_run() { [ "${UP_DRY_RUN:-0}" = 1 ]; }
failed() { [[ " ${failures[*]:-} " == *" $1 "* ]]; }

# shellcheck source=infra/local/install-servers.sh
. "$REPO_ROOT/infra/local/install-servers.sh"

wait_for() { # <check function>
  local deadline=$((SECONDS + WAIT_SECONDS))
  until "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# A local server that nothing answers for, whose port is free, and that is not installed.
needs_install() { # <host> <port> <check> <installed check>
  is_local "$1" && ! "$3" && ! tcp_open "$1" "$2" && ! "$4"
}

ensure() { # <name> <host> <port> <check> <start function> <compose service>
  local name=$1 host=$2 port=$3 check=$4 start=$5 svc=$6 how log
  failed "$name" && return 0 # could not be installed: already said why
  if "$check"; then
    echo "$name: already running ($host:$port)"
    return 0
  fi
  if [ "$name" = nats ] && tcp_open "$host" "$port"; then
    # Something holds the port: starting another server there cannot work.
    local state=0
    nats_state || state=$?
    if [ "$state" = 2 ]; then
      echo "$name: FAIL - $host:$port answers but JetStream is disabled (restart nats-server with -js)"
    else
      echo "$name: FAIL - $host:$port is open but does not answer as a NATS server"
    fi
    failures+=("$name")
    return 0
  fi
  if ! is_local "$host"; then
    echo "$name: FAIL - not answering at $host:$port (a remote host: start it there)"
    failures+=("$name")
    return 0
  fi
  how="installed binaries"
  use_docker && how="docker compose"
  if dry_run; then
    echo "$name: would start ($host:$port, via $how)"
    return 0
  fi
  log="$LOG_DIR/$name.log"
  if [ "$how" = "docker compose" ]; then
    start_with_docker "$svc" </dev/null >"$log" 2>&1 || true
  else
    # Output goes to a file, never to our stdout: a daemon inheriting a pipe would keep
    # whoever reads this script's output waiting until the daemon exits.
    "$start" </dev/null >"$log" 2>&1 || true
  fi
  if wait_for "$check"; then
    echo "$name: started ($host:$port, via $how)"
  else
    local reason
    reason=$(tail -n 3 "$log" | tr '\n' ' ' | sed 's/[[:space:]]*$//')
    echo "$name: FAIL - not answering at $host:$port ${WAIT_SECONDS}s after starting via $how${reason:+: $reason}"
    failures+=("$name")
  fi
}

dry_run && echo "dry run (UP_DRY_RUN=1): nothing is installed or started"

# Docker Compose brings its own servers; otherwise install what is missing, all at once.
missing=()
if ! use_docker; then
  needs_install "$PG_HOST" "$PG_PORT" pg_ok pg_installed && missing+=(postgres)
  needs_install "$REDIS_HOST" "$REDIS_PORT" redis_ok redis_installed && missing+=(redis)
  needs_install "$NATS_HOST" "$NATS_PORT" nats_ok nats_installed && missing+=(nats)
fi
if [ "${#missing[@]}" -gt 0 ]; then install_servers "${missing[@]}"; fi

ensure postgres "$PG_HOST" "$PG_PORT" pg_ok start_postgres postgres
ensure redis "$REDIS_HOST" "$REDIS_PORT" redis_ok start_redis redis
ensure nats "$NATS_HOST" "$NATS_PORT" nats_ok start_nats nats

if [ "${#failures[@]}" -gt 0 ]; then
  echo "infra/local/up.sh: could not make ${failures[*]} answer; see the lines above." >&2
  exit 1
fi
