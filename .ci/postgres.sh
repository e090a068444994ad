#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, on 127.0.0.1. Idempotent: run it
# again and it reuses (and starts) the same cluster. Prints the SQLAlchemy URL on stdout,
# everything else on stderr, so CI can do: export MINEWATCH_TEST_PG_URL="$(.ci/postgres.sh)".
#
# As root (CI): installs Debian's postgresql if missing and keeps a cluster named
# "minewatch" beside the default one. As another user: initdb into a directory of
# that user (MINEWATCH_PG_DIR), if PostgreSQL's binaries are installed.
set -euo pipefail
# Tools below (pg_ctlcluster says "Removed stale pid file.") may talk on stdout; only the
# URL may reach it, so stdout is kept aside on fd 3 and everything else goes to stderr.
exec 3>&1 1>&2

PORT="${MINEWATCH_PG_PORT:-54329}"
NAME=minewatch_test        # the role and the database
PASSWORD=minewatch_test    # a test-only server that listens on loopback alone
CLUSTER=minewatch
# Durability is worthless for test data; these keep the test module fast.
FAST=(fsync=off synchronous_commit=off full_page_writes=off)

log() { echo "postgres.sh: $*" >&2; }
# A pid is alive when its process runs; a zombie nobody reaped (PID 1 of a container
# may not) still answers kill -0, so its state is read instead.
alive() { [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat")" != Z ]; }

pg_bin() { find /usr/lib/postgresql -maxdepth 3 -name initdb -path '*/bin/*' 2>/dev/null | sort -V | tail -n1 | xargs -r dirname; }

if [ -z "$(pg_bin)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing postgresql"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        log "PostgreSQL is not installed (initdb not found) and this is not root with apt-get"
        exit 1
    fi
fi
BIN="$(pg_bin)"
VERSION="$(basename "$(dirname "$BIN")")"

if [ "$(id -u)" = 0 ]; then
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$VERSION $CLUSTER"; then
        log "creating cluster $VERSION/$CLUSTER on port $PORT"
        pg_createcluster "$VERSION" "$CLUSTER" -p "$PORT" >/dev/null
        # Debian's postgresql.conf includes conf.d/; written here, the quoting is ours
        {
            echo "listen_addresses = '127.0.0.1'"
            printf '%s\n' "${FAST[@]}"
        } >"/etc/postgresql/$VERSION/$CLUSTER/conf.d/minewatch.conf"
    fi
    if ! pg_lsclusters -h | awk '{print $1, $2, $4}' | grep -qx "$VERSION $CLUSTER online"; then
        log "starting cluster $VERSION/$CLUSTER"
        # A server killed outright (a machine snapshot, kill -9) leaves its socket lock
        # behind, and the next start refuses; the lock is stale when its pid is gone.
        port="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
        for lock in /var/run/postgresql/.s.PGSQL."$port".lock /tmp/.s.PGSQL."$port".lock; do
            if [ -f "$lock" ] && ! alive "$(head -n1 "$lock")"; then
                log "removing stale $lock"
                rm -f "$lock" "${lock%.lock}"
            fi
        done
        pg_ctlcluster "$VERSION" "$CLUSTER" start 3>&-   # the server must not hold our stdout open
    fi
    PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
    sql() { runuser -u postgres -- "$BIN/psql" -X -q -p "$PORT" -d postgres -tA "$@"; }
else
    DIR="${MINEWATCH_PG_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/minewatch-postgres}"
    if [ ! -f "$DIR/PG_VERSION" ]; then
        log "initdb $DIR"
        mkdir -p "$DIR"
        "$BIN/initdb" -D "$DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    fi
    if ! "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        log "starting the server in $DIR on port $PORT"
        settings="-p $PORT -k $DIR -c listen_addresses=127.0.0.1"
        for setting in "${FAST[@]}"; do settings+=" -c $setting"; done
        "$BIN/pg_ctl" -D "$DIR" -o "$settings" -l "$DIR/server.log" -w start 3>&-
    fi
    sql() { "$BIN/psql" -X -q -h "$DIR" -p "$PORT" -U postgres -d postgres -tA "$@"; }
fi

if [ "$(sql -c "SELECT 1 FROM pg_roles WHERE rolname = '$NAME'")" != 1 ]; then
    log "creating role $NAME"
    sql -c "CREATE ROLE $NAME LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(sql -c "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != 1 ]; then
    log "creating database $NAME"
    sql -c "CREATE DATABASE $NAME OWNER $NAME"
fi

echo "postgresql+psycopg://$NAME:$PASSWORD@127.0.0.1:$PORT/$NAME" >&3
