#!/usr/bin/env bash
# PouchDB first-sync baseline: installs the pinned node packages if needed,
# then runs bench.js. Usage: tests/bench/pouchdb/run.sh [--docs N] [--verbose]
set -euo pipefail
here=${BASH_SOURCE[0]%/*}
[ "$here" = "${BASH_SOURCE[0]}" ] && here=.
cd "$here"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "pouchdb bench: '$tool' not found on PATH; install Node.js 20+ with npm (e.g. apt-get install nodejs npm)" >&2
    exit 1
  fi
done

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --silent
  touch node_modules   # mark the install as newer than the lock file
fi

exec node bench.js "$@"
