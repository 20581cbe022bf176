#!/usr/bin/env bash
# Runs every benchmark; one "bench: <name> <value> <unit>" line per figure.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
cd "$build/bench"
"$build/bench/bench_startup" "$build/qinqing" "$build/app/qinqing-gen" "$build/bench/minimal_window"
"$build/bench/bench_signin"
"$build/bench/bench_search"
"$build/bench/bench_title_search"
"$build/bench/bench_roster_import"
"$build/bench/bench_card_decode"
"$build/bench/bench_book_decode"
"$build/bench/bench_free_slots"
"$build/bench/bench_week_plan"
"$build/bench/bench_voice"
"$build/bench/bench_mailbox"
"$build/bench/bench_backup"
"$build/bench/bench_overdue"
# Sync (issue 7): a real hub over loopback; PostgreSQL started durable (fsync
# on) as a district hub runs; PouchDB replicating the same number of records
# in the same run, for the ratio.
src=$(cd "$(dirname "$0")/../.." && pwd)
"$build/bench/bench_hub_load" "$build/qinqing-hub"
sqlite_lines=$("$build/bench/bench_sync" "$build/qinqing-hub")
echo "$sqlite_lines"
pg_dir=/tmp/qinqing-bench-pg
"$src/tests/sync/postgres.sh" start "$pg_dir" 54333 durable >&2
"$build/bench/bench_sync" "$build/qinqing-hub" --postgres "postgresql:///postgres?host=$pg_dir&port=54333&user=postgres"
"$src/tests/sync/postgres.sh" stop "$pg_dir" 54333
pouch_line=$("$src/tests/bench/pouchdb/run.sh" --docs 100000)
echo "$pouch_line"
awk -v ours="$(echo "$sqlite_lines" | awk '/sync_first_sqlite_rps/ {print $3}')" \
    -v theirs="$(echo "$pouch_line" | awk '{print $3}')" \
    'BEGIN { printf "bench: sync_vs_pouchdb_ratio %.2f x\n", ours / theirs }'
