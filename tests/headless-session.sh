#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the private D-Bus session of run-headless.sh: unlock a fresh keyring, start Xvfb and a tray host,
# run CTest. Extra arguments go to ctest.
set -euo pipefail
build=$1
shift

echo -n "clockodo-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

exec 3>"$XDG_RUNTIME_DIR/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$XDG_RUNTIME_DIR/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -n1 "$XDG_RUNTIME_DIR/display")"
trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 &
tray=$!
for _ in $(seq 100); do xwininfo -name panel >/dev/null 2>&1 && break; sleep 0.05; done
cleanup() {
  kill "$tray" "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

ctest --test-dir "$build" --output-on-failure --no-tests=error -j 2 "$@"
