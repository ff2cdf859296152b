#!/bin/sh
# SPDX-License-Identifier: MIT
# Second command: build and run every test; the last line is "N passed, N failed".
set -e
cd "$(dirname "$0")"
sh tools/install-deps.sh
[ -d build ] || meson setup build
ninja -C build
status=0
meson test -C build --no-rebuild --print-errorlogs --num-processes "$(nproc)" >build/test-output.txt 2>&1 || status=$?
python3 tools/summarize_tests.py build/meson-logs/testlog.json build/test-output.txt || status=1
exit $status
