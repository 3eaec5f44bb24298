#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a GUI test on screens of its own, one after the other: a private Xvfb of each size with a 32 px panel on top
# (trayer, and the work area a window manager would publish for its strut), so that QScreen::availableGeometry() is
# smaller than the screen as on a desktop. CLOCKODO_EXPECT_SCREEN tells the test which screen it should see.
# Usage: run-on-screens.sh TEST_EXECUTABLE [SIZE...]   (sizes default to 1280x800 1024x768)
# CLOCKODO_SCREENS_DISPLAY=:N uses that display number instead of a free one.
# Xvfb runs with -noreset: without it the server resets (and forgets the work area set on its root window) whenever
# its last client leaves, e.g. when xprop sets the property before trayer has connected on a loaded machine. Every wait
# is on a condition with a generous limit (60 s), and a screen that never gets ready fails here with what is missing.
set -euo pipefail
test=$1
shift
sizes=("$@")
[ "${#sizes[@]}" -eq 0 ] && sizes=(1280x800 1024x768)
for tool in Xvfb trayer xprop xwininfo; do
  command -v "$tool" >/dev/null || { echo "run-on-screens: $tool is missing (packaging/install-build-deps.sh)"; exit 77; }
done
runtime=$(mktemp -d /tmp/clockodo-screens.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$runtime"
}
trap cleanup EXIT
status=0
for size in "${sizes[@]}"; do
  width=${size%x*}
  height=${size#*x}
  if [ -n "${CLOCKODO_SCREENS_DISPLAY:-}" ]; then
    display=$CLOCKODO_SCREENS_DISPLAY
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp -noreset >"$runtime/xvfb-$size.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 600); do DISPLAY=$display xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
  else
    exec 3>"$runtime/display-$size"
    Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset >"$runtime/xvfb-$size.log" 2>&1 &
    xvfb=$!
    exec 3>&-
    for _ in $(seq 600); do [ -s "$runtime/display-$size" ] && break; sleep 0.1; done
    display=":$(head -n1 "$runtime/display-$size" 2>/dev/null)"
  fi
  pids+=("$xvfb")
  if ! DISPLAY=$display xwininfo -root >/dev/null 2>&1; then
    echo "run-on-screens: the X server for $size did not start within 60 s"
    cat "$runtime/xvfb-$size.log"
    status=1
    continue
  fi
  DISPLAY=$display trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
    --SetPartialStrut true >/dev/null 2>&1 &
  tray=$!
  pids+=("$tray")
  for _ in $(seq 600); do DISPLAY=$display xwininfo -name panel >/dev/null 2>&1 && break; sleep 0.1; done
  workarea="0, 32, $width, $((height - 32))"
  for _ in $(seq 600); do
    DISPLAY=$display xprop -root -f _NET_WORKAREA 32c -set _NET_WORKAREA "$workarea" || true
    DISPLAY=$display xprop -root _NET_WORKAREA 2>/dev/null | grep -q "= $workarea\$" && break
    sleep 0.1
  done
  if ! DISPLAY=$display xwininfo -name panel >/dev/null 2>&1 \
    || ! DISPLAY=$display xprop -root _NET_WORKAREA 2>/dev/null | grep -q "= $workarea\$"; then
    echo "run-on-screens: no panel or no work area ($workarea) on $display within 60 s:"
    DISPLAY=$display xprop -root _NET_WORKAREA || true
    status=1
    kill "$tray" "$xvfb" 2>/dev/null || true
    wait "$tray" "$xvfb" 2>/dev/null || true
    continue
  fi
  echo "run-on-screens: $test on $size ($display, work area below a 32 px panel)"
  DISPLAY=$display CLOCKODO_EXPECT_SCREEN=$size "$test" || status=1
  kill "$tray" "$xvfb" 2>/dev/null || true
  wait "$tray" "$xvfb" 2>/dev/null || true
done
exit "$status"
