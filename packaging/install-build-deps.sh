#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything needed to build, run and test clockodo-desktop on Debian 12 (bookworm).
# Only Debian packages; nothing is downloaded at build time. Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite sqlite3
  libgl1-mesa-dev libxkbcommon-dev libsecret-1-0 libxcb-screensaver0-dev
  xvfb xauth dbus gnome-keyring libsecret-tools desktop-file-utils appstream imagemagick
  x11-utils xdotool trayer clang-format openbox
  qt6-wayland sway grim jq libglib2.0-bin waybar python3
  clang-14 libclang-rt-14-dev llvm-14
)
# The sanitizer pass of tests/run-headless.sh uses g++'s libasan8 and libubsan1 (they come with build-essential);
# the fuzz pass clang-14 with libFuzzer (libclang-rt-14-dev) and llvm-symbolizer-14 (llvm-14) for its reports.
# The Wayland run (tests/wayland-session.sh): qt6-wayland (the platform plugin), sway (the compositor, headless, and
# swaybar as the tray host), grim (screenshots), jq (sway's tree), gdbus (libglib2.0-bin) for D-Bus calls; waybar
# (the second tray host: it draws the tray's dbusmenu menu, which swaybar 1.7 does not) and python3 (tests/wlpointer.py,
# the virtual pointer that right-clicks the tray item in the headless session).
# openbox: the light window manager of tests/screenshot-set.sh (title bars and frames in the screenshots).
# Not dbus-x11: with it a keychain call under Xvfb autolaunches a bus and a password prompt that waits forever.

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-build-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-build-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
