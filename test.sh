#!/bin/sh
# SPDX-License-Identifier: MIT
# Second command: build and run every test, then the whole suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/). The last line is
# "N passed, N failed".
set -e
cd "$(dirname "$0")"
sh tools/install-deps.sh
[ -d build ] || meson setup build
ninja -C build
[ -d build-asan ] || meson setup build-asan -Dbuildtype=debugoptimized -Db_sanitize=address,undefined -Db_lundef=false
ninja -C build-asan
# Sanitizer reports must fail the run, not just be printed.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
meson test -C build --no-rebuild --print-errorlogs --num-processes "$(nproc)" >build/test-output.txt 2>&1 || status=$?
meson test -C build-asan --no-rebuild --print-errorlogs --num-processes "$(nproc)" >build-asan/test-output.txt 2>&1 || status=$?
python3 tools/summarize_tests.py build/meson-logs/testlog.json build-asan/meson-logs/testlog.json || status=1
exit $status
