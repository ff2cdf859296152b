#!/bin/sh
# SPDX-License-Identifier: MIT
# First command: install what is missing, build, and run the seed's Report example.
set -e
cd "$(dirname "$0")"
sh tools/install-deps.sh
[ -d build ] || meson setup build
ninja -C build
echo "--- build/ports/unix/micropython examples/report.py"
build/ports/unix/micropython examples/report.py
