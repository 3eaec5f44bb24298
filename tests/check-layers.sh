#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The include rules of src/ (README, "Layout"), checked over every source file:
#   1. every project include names its folder from src/ ("core/tracking/stopwatch.h"), and the file exists;
#   2. no include reaches upward: api ← core ← models ← gui ← app; fakeserver stands alone (only app may use it);
#   3. no cycle between folders (rooms included: core/session → core/tracking and back is a cycle).
# Generated forms (ui_*.h) and moc files are exempt. Prints every violation; exits 1 when there is one.
set -euo pipefail
src=${1:?usage: check-layers.sh <src dir>}
cd "$src"

rank() {
  case "$1" in
    api/*|fakeserver/*) echo 0 ;;
    core/*) echo 1 ;;
    models/*) echo 2 ;;
    gui/*) echo 3 ;;
    app/*) echo 4 ;;
    *) echo -1 ;;
  esac
}

status=0
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
while IFS= read -r file; do
  from_dir=$(dirname "$file")
  from_rank=$(rank "$file")
  while IFS=: read -r line inc; do
    [ -n "$inc" ] || continue
    case "$(basename "$inc")" in ui_*.h|*.moc|moc_*.cpp) continue ;; esac
    if [[ "$inc" != */* ]]; then
      echo "$file:$line: include \"$inc\" does not name its folder"; status=1; continue
    fi
    if [ ! -f "$inc" ]; then
      echo "$file:$line: include \"$inc\" is not a file under src/"; status=1; continue
    fi
    to_dir=$(dirname "$inc")
    to_rank=$(rank "$inc")
    if [ "$to_rank" -gt "$from_rank" ]; then
      echo "$file:$line: \"$inc\" reaches upward (${from_dir%%/*} may not use ${to_dir%%/*})"; status=1
    fi
    if [[ "$inc" == fakeserver/* && "$file" != fakeserver/* && "$file" != app/* ]]; then
      echo "$file:$line: only app/ may use the fake server (\"$inc\")"; status=1
    fi
    if [[ "$file" == fakeserver/* && "$inc" != fakeserver/* ]]; then
      echo "$file:$line: the fake server stands alone (\"$inc\")"; status=1
    fi
    [ "$from_dir" != "$to_dir" ] && echo "$from_dir $to_dir" >>"$edges"
  done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" | sed -E 's/^([0-9]+):.*"([^"]+)".*/\1:\2/')
done < <(find . -name '*.h' -o -name '*.cpp' | sed 's|^\./||' | sort)

# tsort names the members of every cycle on stderr.
if [ -s "$edges" ]; then
  cycles=$(sort -u "$edges" | tsort 2>&1 >/dev/null || true)
  if [ -n "$cycles" ]; then
    echo "folder cycle:"; echo "$cycles"; status=1
  fi
fi
[ "$status" -eq 0 ] && echo "check-layers: $(find . -name '*.h' -o -name '*.cpp' | wc -l) files, no violation"
exit "$status"
