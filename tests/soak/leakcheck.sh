#!/bin/sh
# make leakcheck: the UI soak under AddressSanitizer's LeakSanitizer, in a
# build folder of its own (only soak_ui and the libraries it needs are built).
#   tests/soak/leakcheck.sh BUILD_DIR OPERATIONS JOBS
# Exit status: 0 when no leak is reported (after tests/soak/lsan.supp, which
# names third-party libraries only) and every operation succeeded.
set -eu
build=${1:-build-lsan}
operations=${2:-300}
jobs=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS="-fsanitize=address -fno-omit-frame-pointer" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address" -DBUILD_TESTING=ON
fi
cmake --build "$build" -j "$jobs" --target soak_ui

log="$build/leakcheck.log"
# fast_unwind_on_malloc=0: whole stacks through libraries built without frame
# pointers (Mesa, fontconfig), so the suppressions can name them.
status=0
QT_QPA_PLATFORM=offscreen \
ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=40" \
LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=1" \
    "$build/soak/soak_ui" --operations "$operations" --children 300 --seed 11 >"$log" 2>&1 || status=$?
grep -E '^soak: [0-9]+ visitors in|^soak: (every|FAILED)|^bench: soak_operations' "$log" || true
if grep -q 'ERROR: LeakSanitizer' "$log"; then
    grep -E '^(Direct|Indirect) leak|^SUMMARY' "$log"
    echo "leakcheck: LEAKS FOUND - the stacks are in $log"
    exit 1
fi
if grep -q 'ERROR: AddressSanitizer' "$log"; then
    grep -A20 'ERROR: AddressSanitizer' "$log" | head -40
    echo "leakcheck: a memory error - see $log"
    exit 1
fi
sed -n '/Suppressions used:/,$p' "$log"
if [ "$status" -ne 0 ]; then
    echo "leakcheck: soak_ui failed (exit $status) - see $log"
    exit "$status"
fi
echo "leakcheck: no leaks ($operations visitors; log in $log)"
