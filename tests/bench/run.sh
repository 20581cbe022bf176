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
"$build/bench/bench_overdue"
