#!/usr/bin/env bash
# A 3-node NATS cluster with JetStream on loopback ports, for trying the platform (and the
# fault tests) against what production runs: streams with 3 replicas, a node that dies.
#
#   infra/local/nats-cluster.sh start  [base-port]   start the nodes not running, wait for a
#                                                    JetStream meta leader, print NATS_URL
#   infra/local/nats-cluster.sh stop   [base-port]   stop the nodes (their data is kept)
#   infra/local/nats-cluster.sh status [base-port]   one line per node; exit 3 unless all
#                                                    three run and JetStream has a leader
#
# Ports: 9 in a row from base-port (default 4322): clients base..base+2, routes
# base+3..base+5, monitoring (HTTP) base+6..base+8. So the default NATS_URL is
#   nats://127.0.0.1:4322,nats://127.0.0.1:4323,nats://127.0.0.1:4324
# beside a single server on 4222, which this script never touches.
#
# Each node n1..n3 has a folder of its own under NATS_CLUSTER_DIR: nats.conf, jetstream/
# (its file store), nats.log and nats.pid. `start` also restarts a node that was killed,
# on the same store, which then catches up from the others. Remove the folder (after
# `stop`) to start from empty streams.
#
# Environment (all optional):
#   NATS_CLUSTER_DIR    folders of the nodes      (.local/nats-cluster in the repository)
#   NATS_BIN            nats-server binary        (/usr/sbin/nats-server, else PATH)
#   WAIT_SECONDS        how long start/stop wait  (30)
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_DIR=${NATS_CLUSTER_DIR:-$REPO_ROOT/.local/nats-cluster}
WAIT_SECONDS=${WAIT_SECONDS:-30}
HOST=127.0.0.1
NODES=(n1 n2 n3)

usage() {
  echo "usage: $0 start|stop|status [base-port]" >&2
  exit 2
}

command=${1:-}
BASE_PORT=${2:-4322}
if ! [[ $BASE_PORT =~ ^[0-9]+$ ]] || [ "$BASE_PORT" -lt 1024 ] || [ "$BASE_PORT" -gt 65527 ]; then
  echo "base-port must be a number from 1024 to 65527" >&2
  exit 2
fi

client_port() { echo $((BASE_PORT + $1)); }
route_port() { echo $((BASE_PORT + 3 + $1)); }
monitor_port() { echo $((BASE_PORT + 6 + $1)); }

nats_url() {
  local i urls=()
  for i in 0 1 2; do urls+=("nats://$HOST:$(client_port "$i")"); done
  (IFS=,; echo "${urls[*]}")
}

node_dir() { echo "$CLUSTER_DIR/${NODES[$1]}"; }

# The pid of a running node, from the pid file the server writes; fails if it is not running.
node_pid() {
  local file pid
  file="$(node_dir "$1")/nats.pid"
  [ -f "$file" ] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  # A killed node stays a zombie until its parent (init, once we have exited) reaps it,
  # and kill -0 still succeeds on a zombie: Linux tells them apart in /proc.
  if [ -r "/proc/$pid/stat" ] && [[ $(<"/proc/$pid/stat") =~ ^[0-9]+\ \(.*\)\ Z ]]; then return 1; fi
  # A stale pid file may name a pid the system has since given to another program.
  if [ -r "/proc/$pid/comm" ] && [[ $(<"/proc/$pid/comm") != nats-server* ]]; then return 1; fi
  echo "$pid"
}

tcp_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }

# GET on a node's monitoring port with bash alone: no curl on a fresh machine.
monitor_get() { # <node index> <path>
  timeout 3 bash -c "exec 3<>/dev/tcp/$HOST/$(monitor_port "$1")
    printf 'GET %s HTTP/1.0\r\nHost: $HOST\r\n\r\n' '$2' >&3
    cat <&3" 2>/dev/null
}

# The name of the JetStream meta leader as node <index> sees it (empty while electing).
meta_leader() {
  monitor_get "$1" /jsz | tr -d '\n' | sed -n 's/.*"meta_cluster": *{[^}]*"leader": *"\([^"]*\)".*/\1/p'
}

# True when every node runs and all of them name the same meta leader.
cluster_ready() {
  local i leader first=
  for i in 0 1 2; do
    node_pid "$i" >/dev/null || return 1
    leader=$(meta_leader "$i")
    [ -n "$leader" ] || return 1
    [ -z "$first" ] || [ "$leader" = "$first" ] || return 1
    first=$leader
  done
}

write_config() { # <node index>
  local i=$1 dir routes=() j
  dir=$(node_dir "$i")
  for j in 0 1 2; do routes+=("    nats-route://$HOST:$(route_port "$j")"); done
  # Quoted paths: the store may live under a folder with spaces.
  cat >"$dir/nats.conf" <<EOF
# Written by infra/local/nats-cluster.sh; rewritten at every start.
server_name: ${NODES[$i]}
listen: $HOST:$(client_port "$i")
http: $HOST:$(monitor_port "$i")
pid_file: "$dir/nats.pid"
log_file: "$dir/nats.log"

jetstream {
  store_dir: "$dir/jetstream"
  # Three servers share one machine: keep each one's memory store small.
  max_memory_store: 256MB
}

cluster {
  name: scn-local
  listen: $HOST:$(route_port "$i")
  # Every node lists all three; a server ignores the route to itself.
  routes: [
$(printf '%s\n' "${routes[@]}")
  ]
}
EOF
}

nats_bin() {
  local bin=${NATS_BIN:-/usr/sbin/nats-server}
  [ -x "$bin" ] || bin=$(command -v nats-server) || {
    echo "nats-server is not installed (Debian/Ubuntu: apt-get install nats-server)" >&2
    return 1
  }
  echo "$bin"
}

start_node() { # <node index>
  local i=$1 bin dir port
  dir=$(node_dir "$i")
  port=$(client_port "$i")
  if node_pid "$i" >/dev/null; then return 0; fi
  for port in "$(client_port "$i")" "$(route_port "$i")" "$(monitor_port "$i")"; do
    if tcp_open "$port"; then
      echo "${NODES[$i]}: port $port is taken by another process; pick another base-port" >&2
      return 1
    fi
  done
  bin=$(nats_bin)
  mkdir -p "$dir/jetstream"
  rm -f "$dir/nats.pid"
  write_config "$i"
  # Detached from this shell, and never holding our stdout: whoever reads this script's
  # output would otherwise wait for the server to exit.
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  nohup "${detach[@]}" "$bin" -c "$dir/nats.conf" </dev/null >>"$dir/nats.log" 2>&1 &
  disown || true
}

wait_until() { # <description> <command...>
  local what=$1 deadline=$((SECONDS + WAIT_SECONDS))
  shift
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "timed out after ${WAIT_SECONDS}s waiting for $what" >&2
      return 1
    fi
    sleep 0.2
  done
}

all_pids_written() {
  local i
  for i in 0 1 2; do node_pid "$i" >/dev/null || return 1; done
}

cmd_start() {
  local i
  mkdir -p "$CLUSTER_DIR"
  for i in 0 1 2; do start_node "$i"; done
  wait_until "the three nodes to start (see $CLUSTER_DIR/n*/nats.log)" all_pids_written
  wait_until "a JetStream meta leader (see $CLUSTER_DIR/n*/nats.log)" cluster_ready
  echo "NATS cluster ready: JetStream meta leader $(meta_leader 0)"
  echo "NATS_URL=$(nats_url)"
}

no_pid_left() {
  local i
  for i in 0 1 2; do ! node_pid "$i" >/dev/null || return 1; done
}

cmd_stop() {
  local i pid
  for i in 0 1 2; do
    # SIGTERM: the server flushes its stores and leaves the cluster cleanly.
    if pid=$(node_pid "$i"); then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  if ! wait_until "the nodes to stop" no_pid_left; then
    for i in 0 1 2; do
      if pid=$(node_pid "$i"); then kill -KILL "$pid" 2>/dev/null || true; fi
    done
  fi
  for i in 0 1 2; do rm -f "$(node_dir "$i")/nats.pid"; done
  echo "NATS cluster stopped (data kept in $CLUSTER_DIR)"
}

cmd_status() {
  local i pid leader
  for i in 0 1 2; do
    if pid=$(node_pid "$i"); then
      leader=$(meta_leader "$i")
      echo "${NODES[$i]}: running (pid $pid, client $HOST:$(client_port "$i"), JetStream meta leader ${leader:-none})"
    else
      echo "${NODES[$i]}: stopped"
    fi
  done
  echo "NATS_URL=$(nats_url)"
  cluster_ready
}

case "$command" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status || exit 3 ;;
  *) usage ;;
esac
