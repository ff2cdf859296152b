#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Debian packages mpsim needs that are not already installed.
set -e
PKGS="gcc meson ninja-build pkg-config python3 libcriterion-dev libreadline-dev libncurses-dev libsdl2-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "mpsim: installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
