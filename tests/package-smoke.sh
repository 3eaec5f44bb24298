#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, installs it with apt-get, starts the installed binary under the test's X server in
# demo mode, checks that its window appears and that the menu entry is registered, then purges the package.
# Needs root (CI runs as root); skips (exit 77) elsewhere.
set -euo pipefail
build=$1
skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root to install the package"
command -v apt-get >/dev/null || skip "no apt-get"
[ -n "${DISPLAY:-}" ] || skip "no X server"
if dpkg-query -W clockodo-desktop >/dev/null 2>&1; then skip "clockodo-desktop is installed already"; fi

work=$(mktemp -d)
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq clockodo-desktop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

cmake --install "$build" --prefix "$work/stage" >/dev/null # install rules work on their own
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/clockodo-desktop_*.deb)
echo "built $(basename "$deb")"
dpkg-deb -f "$deb" Depends | tee "$work/depends"
grep -q 'libsecret-1-0' "$work/depends"
grep -q 'qt6-qpa-plugins' "$work/depends"
grep -q 'libqt6svg6' "$work/depends"
grep -q 'libqt6widgets6' "$work/depends" # from dpkg-shlibdeps
dpkg-deb -f "$deb" Recommends | tee "$work/recommends"
grep -q 'qt6-wayland' "$work/recommends"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
test -x /usr/bin/clockodo-desktop
file -L /usr/bin/clockodo-desktop | grep -q 'stripped' && ! file -L /usr/bin/clockodo-desktop | grep -q 'not stripped'
desktop=$(ls /usr/share/applications/*clockodo*.desktop)
desktop-file-validate "$desktop"
test -f /usr/share/icons/hicolor/scalable/apps/$(basename "$desktop" .desktop).svg
test -f /usr/share/metainfo/$(basename "$desktop" .desktop).metainfo.xml

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
/usr/bin/clockodo-desktop --demo >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 100); do
  if xdotool search --pid "$app" --onlyvisible --name 'Demo' >/dev/null 2>&1; then break; fi
  sleep 0.1
done
xdotool search --pid "$app" --onlyvisible --name 'Demo' >/dev/null || { cat "$work/app.log"; echo "no window"; exit 1; }
echo "installed app shows its demo window"
kill "$app"; wait "$app" 2>/dev/null || true; app=""
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq clockodo-desktop >/dev/null
test ! -e /usr/bin/clockodo-desktop
echo "purged"
