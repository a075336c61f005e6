#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's package, for the tests and the cluster recipe:
#   tools/postgres.sh start DIR PORT [fast]   creates DIR, initdb, starts on 127.0.0.1:PORT and
#                                             prints the Npgsql connection string
#   tools/postgres.sh stop DIR                stops it (DIR stays; delete it yourself)
# initdb and the server refuse to run as root: as root they run as the postgres user
# (runuser), which then owns DIR. The password is random, kept in DIR/password; the server
# listens on 127.0.0.1 and on a socket in DIR only. "fast" turns fsync off: for tests only,
# where a lost database after a power cut costs nothing.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$2 port=$3 fast=${4:-}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      head -c 18 /dev/urandom | base64 | tr -d '+/=' > "$dir/password"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/password"
      chmod 600 "$dir/password"
      as_owner "$bin/initdb" -D "$dir/data" -U tabunka --pwfile="$dir/password" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    [ "$fast" = fast ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=tabunka;Password=$(cat "$dir/password");Database=postgres"
    ;;
  stop)
    dir=$2
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: tools/postgres.sh start DIR PORT [fast] | stop DIR" >&2
    exit 2
    ;;
esac
