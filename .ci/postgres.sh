#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Rapport's tests and benchmarks (issue 17).
#
#   .ci/postgres.sh start [--durable]   install PostgreSQL from Debian if it is missing,
#                                       start a cluster on a temporary folder and a free
#                                       port as a non-root user, and print its URL
#   .ci/postgres.sh url                 the URL of the running cluster
#   .ci/postgres.sh stop                stop it and delete its folder
#
# The cluster listens on 127.0.0.1 only. Its superuser "rapport" connects without a
# password (trust), except the role "rapport_pw", which must give one (scram-sha-256),
# so the tests can check ~/.pgpass and service files for real. It runs with fsync off
# (a test cluster: nothing to keep after a crash) unless --durable is given, as
# bench/team.py does for honest save latencies.
#
# The state (data folder, port, URL) is kept in $RAPPORT_PG_STATE (default
# /tmp/rapport-postgres.state), so `stop` works from another shell.
set -euo pipefail

STATE=${RAPPORT_PG_STATE:-/tmp/rapport-postgres.state}
SUPERUSER=rapport

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "postgres.sh: installing PostgreSQL from Debian" >&2
    # no default cluster on port 5432: ours is made below, on a free port
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      postgresql >/dev/null
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -z "$dir" ]; then
    echo "postgres.sh: no PostgreSQL server found under /usr/lib/postgresql" >&2
    exit 1
  fi
  echo "$dir"
}

# PostgreSQL refuses to run as root: the cluster belongs to an unprivileged user.
run_as() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$OWNER" -- "$@"
  else
    "$@"
  fi
}

pick_owner() {
  if [ "$(id -u)" != 0 ]; then
    OWNER=$(id -un)
  elif id postgres >/dev/null 2>&1; then
    OWNER=postgres
  else
    id rapport-ci >/dev/null 2>&1 || useradd --system --no-create-home \
      --shell /usr/sbin/nologin rapport-ci
    OWNER=rapport-ci
  fi
}

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

start() {
  local durable=0
  [ "${1:-}" = "--durable" ] && durable=1
  if [ -f "$STATE" ]; then
    # shellcheck disable=SC1090
    . "$STATE"
    if [ -n "${PG_BIN:-}" ] && run_as_state "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
      echo "$PG_URL"
      return
    fi
    rm -f "$STATE"
  fi
  local bin dir port
  bin=$(find_bin)
  pick_owner
  dir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
  chmod 0755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  chown -R "$OWNER" "$dir"
  run_as "$bin/initdb" -D "$dir/data" -U "$SUPERUSER" --auth=trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; exit 1; }
  # the password role first: pg_hba.conf is read top down
  cat > "$dir/data/pg_hba.conf" <<HBA
local all all trust
host all rapport_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
  chown "$OWNER" "$dir/data/pg_hba.conf"
  port=$(free_port)
  local opts="-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=120"
  if [ "$durable" = 0 ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  local url="postgresql+psycopg://$SUPERUSER@127.0.0.1:$port/postgres"
  cat > "$STATE" <<ST
PG_BIN=$bin
PG_DATA=$dir/data
PG_DIR=$dir
PG_OWNER=$OWNER
PG_PORT=$port
PG_URL=$url
ST
  echo "$url"
}

run_as_state() {
  OWNER=${PG_OWNER:-$(id -un)}
  run_as "$@"
}

stop() {
  [ -f "$STATE" ] || return 0
  # shellcheck disable=SC1090
  . "$STATE"
  run_as_state "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  case "$PG_DIR" in /tmp/rapport-pg.*) rm -rf "$PG_DIR" ;; esac
  rm -f "$STATE"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  url) [ -f "$STATE" ] && { . "$STATE"; echo "$PG_URL"; } || exit 1 ;;
  *) echo "usage: $0 start [--durable] | url | stop" >&2; exit 2 ;;
esac
