#!/usr/bin/env bash
# A throwaway PostgreSQL server for the hub's tests and benchmarks, on a Unix
# socket in DIR (no TCP), trust authentication, as the postgres user when run
# as root (PostgreSQL refuses to run as root).
#   postgres.sh start DIR PORT [durable]   # "durable": fsync on, as a real hub runs
#   postgres.sh stop DIR PORT
set -euo pipefail
action=$1 dir=$2 port=$3 durable=${4:-}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" ]]; then
    echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql; packaging/build-deps.txt lists it)" >&2
    exit 1
fi
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    if [[ -S "$dir/.s.PGSQL.$port" ]] && "$bin/pg_isready" -q -h "$dir" -p "$port"; then
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    options="-p $port -k $dir -c listen_addresses= -c max_connections=300"
    [[ "$durable" == durable ]] || options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w -t 60 start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir port $port"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start|stop DIR PORT [durable]" >&2
    exit 2
    ;;
esac
