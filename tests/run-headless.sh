#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs the build dependencies, builds, and runs the whole test suite headless:
# a throwaway HOME, a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
# and a real X server (Xvfb) with a tray host (trayer) for the GUI tests.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLOCKODO_BUILD_DIR:-$src/build}

"$src/packaging/install-build-deps.sh"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} \
  -DCLOCKODO_WERROR=ON -DCLOCKODO_FORCE_ASSERTS=ON
cmake --build "$build" -j "$(nproc)"

scratch=$(mktemp -d /tmp/clockodo-test.XXXXXX)
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export CLOCKODO_TEST_HOME="$HOME"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY CLOCKODO_API_URL CLOCKODO_API_USER CLOCKODO_API_KEY
dbus-run-session -- bash "$src/tests/headless-session.sh" "$build" "$@"
