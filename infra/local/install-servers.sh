# shellcheck shell=bash
# Installing PostgreSQL, Redis and NATS from the system's packages, for infra/local/up.sh
# (sourced by it; uses its LOG_DIR, PG_CLUSTER and failures). On a fresh machine without
# Docker this is what lets `npm start` and `npm test` run with nothing installed first.
# Only Debian and Ubuntu (apt-get, as root) are handled; anywhere else the functions say
# plainly what to install.

package_of() { # <server>: its Debian/Ubuntu package
  case $1 in
    postgres) echo postgresql ;;
    redis) echo redis-server ;;
    nats) echo nats-server ;;
  esac
}

# Other systems' commands, for the message when this script cannot install.
install_hint() { # <server>
  case $1 in
    postgres) echo "PostgreSQL 15+ (Debian/Ubuntu: apt-get install postgresql; Fedora: dnf install postgresql-server; macOS: brew install postgresql@15)" ;;
    redis) echo "Redis 7 (Debian/Ubuntu: apt-get install redis-server; Fedora: dnf install redis; macOS: brew install redis)" ;;
    nats) echo "nats-server 2.9+ (Debian/Ubuntu: apt-get install nats-server; macOS: brew install nats-server; elsewhere a release from github.com/nats-io/nats-server)" ;;
  esac
}

# Why packages cannot be installed here, or nothing when they can.
install_blocker() {
  if [ "${UP_NO_INSTALL:-0}" = 1 ]; then
    echo "UP_NO_INSTALL=1"
  elif ! command -v apt-get >/dev/null 2>&1; then
    echo "no apt-get on this system"
  elif [ "$(id -u)" != 0 ]; then
    echo "not root (run it with sudo to have them installed)"
  fi
}

# A freshly installed PostgreSQL asks for a password on TCP, while the platform's local
# URLs (postgresql://postgres@127.0.0.1:5432/…) carry none: trust loopback connections,
# as the project's machines do. Only ever applied to a cluster this script installed.
trust_loopback() { # <pg_hba.conf>
  local hba=$1 copy
  grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba" && return 0
  copy=$(mktemp)
  {
    echo "# Added by infra/local/up.sh: local development, no password from this machine itself."
    echo "host all all 127.0.0.1/32 trust"
    echo "host all all ::1/128 trust"
    cat "$hba"
  } >"$copy"
  # The first matching rule wins, hence on top. Rewritten in place: owner and mode stay.
  cat "$copy" >"$hba"
  rm -f "$copy"
}

after_install_postgres() {
  local version
  version=$(pg_version) || true
  [ -n "$version" ] || return 0 # start_postgres reports it
  # postgresql-common creates the `main` cluster on install unless configured not to.
  if [ ! -d "/etc/postgresql/$version/$PG_CLUSTER" ]; then
    pg_createcluster "$version" "$PG_CLUSTER" >>"$LOG_DIR/install.log" 2>&1 || return 0
  fi
  trust_loopback "/etc/postgresql/$version/$PG_CLUSTER/pg_hba.conf"
  # Where the package already started the cluster (systemd), it reads the rules on reload.
  pg_ctlcluster --skip-systemctl-redirect "$version" "$PG_CLUSTER" reload >/dev/null 2>&1 || true
}

# Debian's nats-server unit starts a server without JetStream on 127.0.0.1:4222; the
# platform needs JetStream, so that unit is turned off and up.sh starts its own server.
after_install_nats() {
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now nats-server >/dev/null 2>&1 || true
  fi
}

# Installs the packages of the given servers in one apt-get run, or says why it cannot.
# A server that cannot be installed is added to `failures` with what to install.
install_servers() { # <server>...
  local name packages=() blocker reason log=$LOG_DIR/install.log
  for name in "$@"; do packages+=("$(package_of "$name")"); done
  blocker=$(install_blocker)
  if [ -n "$blocker" ]; then
    for name in "$@"; do
      echo "$name: FAIL - neither answering nor installed, and this script cannot install it ($blocker): install $(install_hint "$name"), or start a Docker engine"
      failures+=("$name")
    done
    return 0
  fi
  if [ "${UP_DRY_RUN:-0}" = 1 ]; then
    echo "would install from the system's packages: apt-get update, then apt-get install -y ${packages[*]}"
    return 0
  fi
  echo "installing ${packages[*]} from the system's packages (apt-get; this takes a minute)"
  # Output to a file: a service the packages start must not hold our stdout open.
  if apt-get update -q </dev/null >"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}" </dev/null >>"$log" 2>&1; then
    for name in "$@"; do
      case $name in
        postgres) after_install_postgres ;;
        nats) after_install_nats ;;
      esac
    done
  else
    reason=$(tail -n 3 "$log" | tr '\n' ' ' | sed 's/[[:space:]]*$//')
    for name in "$@"; do
      echo "$name: FAIL - apt-get install $(package_of "$name") failed: $reason"
      failures+=("$name")
    done
  fi
}
