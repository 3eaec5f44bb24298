#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a .ts file has an unfinished, vanished or obsolete message, or when a source string is missing from
# the .ts files: runs lupdate over the sources into a temporary copy and compares.
set -euo pipefail
src=$1
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
mapfile -t sources < <(find src/api src/core src/models src/gui src/app ui -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) | sort)
status=0
for ts in translations/clockodo-desktop_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  extra=()
  [ "$name" = "clockodo-desktop_en.ts" ] && extra=(-pluralonly)
  "$lupdate" -silent -no-obsolete -locations none "${extra[@]}" "${sources[@]}" -ts "$tmp/$name" >/dev/null
  for kind in unfinished vanished obsolete; do
    n=$(grep -c "type=\"$kind\"" "$tmp/$name" || true)
    if [ "$n" -gt 0 ]; then
      echo "$name: $n $kind message(s) (after lupdate):"
      grep -B3 "type=\"$kind\"" "$tmp/$name" | grep '<source>' | head -n 20 | sed 's/^ */  /'
      status=1
    fi
  done
  # An empty translation shows the English text (Qt falls back to the source): the French export message did.
  if [ "$name" != "clockodo-desktop_en.ts" ]; then
    n=$(grep -c -E '<(translation|numerusform)></(translation|numerusform)>' "$ts" || true)
    if [ "$n" -gt 0 ]; then
      echo "$name: $n empty translation(s)"
      status=1
    fi
  fi
  before=$(grep -c '<message' "$ts" || true)
  after=$(grep -c '<message' "$tmp/$name" || true)
  if [ "$before" != "$after" ]; then
    echo "$name: $before messages in the file, $after in the sources: run the update_translations target"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "translations complete"
exit "$status"
