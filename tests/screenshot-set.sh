#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The screenshot set of issue 15: every screen of the app (week view, running clock, report, the entry dialog's three
# kinds, start, shortcuts, delete confirmation, settings, sign-in, offline strip, waiting to upload, tray menu) in en,
# de and fr on a 1280x800 and a 1024x768 screen with a 32 px panel on top, against the fake server's demo account.
# Under a real window manager (openbox, light, from Debian; packaging/install-build-deps.sh): windows and dialogs have
# their frames and title bars, so cut titles show, and the work area comes from the manager (the panel's strut).
# Not part of the test command.
# Usage: tests/screenshot-set.sh OUTDIR [BUILD_DIR]   (CLOCKODO_SCREENS_DISPLAY=:N picks the display, default :72;
# CLOCKODO_SCREEN_SIZES and CLOCKODO_LANGUAGES narrow the set)
set -euo pipefail
out=${1:?usage: screenshot-set.sh OUTDIR [BUILD_DIR]}
build=${2:-${CLOCKODO_BUILD_DIR:-$(dirname "$0")/../build}}
display=${CLOCKODO_SCREENS_DISPLAY:-:72}
# CLOCKODO_SCREENSHOT_BUILD=0 takes the program as it is (e.g. while another build runs in the same directory).
[ "${CLOCKODO_SCREENSHOT_BUILD:-1}" = 0 ] || ninja -C "$build" -j1 clockodo-screenshot-set >/dev/null
tool="$build/tests/clockodo-screenshot-set"
mkdir -p "$out"
runtime=$(mktemp -d /tmp/clockodo-shots.XXXXXX)
chmod 700 "$runtime"
mkdir -p "$runtime/home" "$runtime/config"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$runtime"
}
trap cleanup EXIT
for size in ${CLOCKODO_SCREEN_SIZES:-1280x800 1024x768}; do
  width=${size%x*}
  height=${size#*x}
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp -noreset >"$runtime/xvfb.log" 2>&1 &
  xvfb=$!
  pids+=("$xvfb")
  for _ in $(seq 600); do DISPLAY=$display xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
  HOME="$runtime/home" XDG_CONFIG_HOME="$runtime/config" DISPLAY=$display openbox --sm-disable \
    >"$runtime/openbox.log" 2>&1 &
  wm=$!
  pids+=("$wm")
  for _ in $(seq 600); do
    DISPLAY=$display xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
    sleep 0.1
  done
  DISPLAY=$display trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
    --SetPartialStrut true >/dev/null 2>&1 &
  tray=$!
  pids+=("$tray")
  for _ in $(seq 600); do DISPLAY=$display xwininfo -name panel >/dev/null 2>&1 && break; sleep 0.1; done
  # openbox publishes the work area below the panel's strut; wait for it.
  for _ in $(seq 600); do
    DISPLAY=$display xprop -root _NET_WORKAREA 2>/dev/null | grep -q "= 0, 32, $width, $((height - 32))" && break
    sleep 0.1
  done
  DISPLAY=$display xprop -root _NET_WORKAREA
  for language in ${CLOCKODO_LANGUAGES:-en de fr}; do
    HOME="$runtime/home" XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$runtime/config" DISPLAY=$display \
      LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_LOGGING_RULES="*.debug=false;clockodo.*.info=false" \
      timeout 180 "$tool" "$out" "$language" || echo "screenshot-set: $language on $size failed"
  done
  kill "$tray" "$wm" "$xvfb" 2>/dev/null || true
  wait "$tray" "$wm" "$xvfb" 2>/dev/null || true
done
ls "$out"
