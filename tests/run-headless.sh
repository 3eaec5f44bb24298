#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs the build dependencies, builds, and runs the whole test suite headless:
# a throwaway HOME, a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
# and a real X server (Xvfb) with a tray host (trayer) for the GUI tests.
# Then the same suite a second time in a sanitizer build (ASan + LeakSanitizer + UBSan, its own build directory,
# suppressions in tests/sanitizers), and the JSON fuzz target (libFuzzer, clang) for CLOCKODO_FUZZ_SECONDS (60).
# Extra arguments go to ctest (both suite runs). CLOCKODO_TEST_PASSES picks the passes (default all three:
# "plain sanitize fuzz"; "plain" alone for a quick local run).
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLOCKODO_BUILD_DIR:-$src/build}
sanitize_build=${CLOCKODO_SANITIZE_BUILD_DIR:-$src/build-asan}
fuzz_build=${CLOCKODO_FUZZ_BUILD_DIR:-$src/build-fuzz}
passes=${CLOCKODO_TEST_PASSES:-plain sanitize fuzz}

"$src/packaging/install-build-deps.sh"

configure_and_build() { # DIR [cmake options...]; builds every target
  local dir=$1
  shift
  cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} \
    -DCLOCKODO_WERROR=ON -DCLOCKODO_FORCE_ASSERTS=ON "$@"
  cmake --build "$dir" -j "$(nproc)"
}

run_suite() { # BUILD-DIR [ctest arguments...]: a fresh HOME, D-Bus session, keyring, X server and tray for each run
  local dir=$1
  shift
  local scratch
  scratch=$(mktemp -d /tmp/clockodo-test.XXXXXX)
  mkdir -p "$scratch/home" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  local rc=0
  (
    export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
    export CLOCKODO_TEST_HOME="$HOME"
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY CLOCKODO_API_URL CLOCKODO_API_USER CLOCKODO_API_KEY
    dbus-run-session -- bash "$src/tests/headless-session.sh" "$dir" "$@"
  ) || rc=$?
  rm -rf "$scratch"
  return $rc
}

for pass in $passes; do
  case $pass in
  plain)
    configure_and_build "$build"
    run_suite "$build" "$@"
    ;;
  sanitize)
    echo "=== The suite again with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer ($sanitize_build)"
    # -O1: what the sanitizers' authors recommend (whole stack traces) and a quicker build than -O2.
    configure_and_build "$sanitize_build" -DCLOCKODO_SANITIZE=ON -DCLOCKODO_BUILD_BENCH=OFF \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG"
    # Every process of the run (tests, the app and the fake server they start) is built here and reads these;
    # a finding aborts that process and leaves its report in sanitizer-logs/, which fails the pass even when a
    # test did not look at the child's exit or its stderr.
    logs="$sanitize_build/sanitizer-logs"
    rm -rf "$logs"
    mkdir -p "$logs"
    supp="$src/tests/sanitizers"
    common="halt_on_error=1:abort_on_error=1:print_summary=1:log_path=$logs/report"
    export ASAN_OPTIONS="$common:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:report_objects=1"
    export UBSAN_OPTIONS="$common:print_stacktrace=1:suppressions=$supp/ubsan.supp"
    rc=0
    # Not again: the checks that run no binary of ours (layers, translations, desktop files) and the .deb test.
    run_suite "$sanitize_build" -LE 'layout|i18n|packaging' "$@" || rc=$?
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
    if compgen -G "$logs/report*" >/dev/null; then
      echo "=== Sanitizer findings:"
      cat "$logs"/report*
      rc=1
    fi
    [ "$rc" -eq 0 ] || exit "$rc"
    echo "=== Sanitizers: no finding"
    ;;
  fuzz)
    echo "=== Fuzzing the JSON mapping (libFuzzer, clang; $fuzz_build)"
    cmake -S "$src" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCLOCKODO_FUZZ=ON -DCLOCKODO_BUILD_TESTS=OFF -DCLOCKODO_BUILD_BENCH=OFF -DCLOCKODO_WERROR=ON \
      -DCLOCKODO_FORCE_ASSERTS=ON
    cmake --build "$fuzz_build" -j "$(nproc)" --target fuzz_jsonmapping
    ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14 ASAN_OPTIONS="detect_leaks=1" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      ctest --test-dir "$fuzz_build" --output-on-failure --no-tests=error -L fuzz
    ;;
  *)
    echo "run-headless: unknown pass '$pass' in CLOCKODO_TEST_PASSES (plain, sanitize, fuzz)" >&2
    exit 2
    ;;
  esac
done
