#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: install the build dependencies, build, and launch the app.
# Without a configured account the app starts in demo mode. Arguments go to the app.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLOCKODO_BUILD_DIR:-$src/build}

"$src/packaging/install-build-deps.sh"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo}
cmake --build "$build" -j "$(nproc)" --target clockodo-desktop
exec "$build/src/app/clockodo-desktop" "$@"
