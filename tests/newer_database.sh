#!/bin/sh
# The kiosk started on a data folder written by a newer version: it must say
# so in plain words, exit non-zero and leave the file byte for byte as it was.
set -u
qinqing=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sqlite3 "$dir/qinqing.sqlite" "CREATE TABLE future(x); PRAGMA user_version = 999;" || exit 1
before=$(sha256sum "$dir/qinqing.sqlite")
output=$("$qinqing" --offscreen --data "$dir" --lang en 2>&1)
rc=$?
echo "$output"
after=$(sha256sum "$dir/qinqing.sqlite")
[ "$rc" -eq 3 ] || { echo "expected exit code 3, got $rc"; exit 1; }
echo "$output" | grep -q "written by a newer version of Qinqing" || { echo "no clear message"; exit 1; }
[ "$before" = "$after" ] || { echo "the newer database was changed"; exit 1; }
[ ! -e "$dir/qinqing.sqlite-wal" ] || { echo "a WAL file was created"; exit 1; }
echo "newer database refused and unchanged"
