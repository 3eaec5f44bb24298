#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scale benchmark, against a fake Clockodo server in its own process (bench_scalefake: demo data + N entries of the
# user in the last 14 days) on loopback and on an X server with a tray host (Xvfb + trayer are started here when
# DISPLAY is not set). For each N, in RUNS interleaved rounds (the order of the sizes rotates each round):
#   1. tray-only RSS: the app (--autostart, the window never shown) and the bare-Qt floor (bench_trayfloor) against
#      the same fake; VmRSS of /proc/<pid>/status SETTLE seconds after the tray first showed the clock state,
#   2. window: the running instance is activated (a second launch without arguments shows the window); when its
#      first load (the current week) is done, the probe (bench/windowloadprobe.h, CLOCKODO_BENCH_WINDOW_DAYS=14)
#      points it at the last 14 days and reports first rows, all rows and the longest GUI stall (lateness of a
#      1 ms timer), the GUI thread's own CPU in its costliest event-loop turn (robust to a loaded machine) and the
#      GUI thread's CPU to all rows, then the CPU of a re-sort, of a saved edit, a new entry and a deletion as the
#      model takes them, of paging down and of typing into the text filter (bench/windowloadprobe.h); the window's
#      VmRSS 3 s after all rows; CPU ms (utime+stime) of the app and of the fake from the activation to all rows (to
#      tell the client's share of the load time from the fake's).
# Prints every run, then a table of medians with the tray-only RSS as a ratio of the floor's and of the smallest N's.
# Goals (issue 16): tray-only RSS at 100k ≤ 1.2× the 100-entry figure; window first rows ≤ 200 ms, all rows ≤ 3 s,
# no stall over 16 ms.
# Usage: bench_scale.sh <clockodo-desktop-bench> <bench_scalefake> <bench_trayfloor> [RUNS, default 3] [N ...]
#        (default sizes: 100 1000 10000 50000 100000; BENCH_SETTLE_SECONDS, default 10; BENCH_FAKE_NICE, default 0)
set -euo pipefail
app=$1
fake=$2
floor=$3
runs=${4:-3}
shift $(($# < 4 ? $# : 4))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000 50000 100000)
settle=${BENCH_SETTLE_SECONDS:-10}
# BENCH_FAKE_NICE=19: the fake server yields the cores to the app and the X server (a real server's CPU is elsewhere;
# on 2 cores the fake's paging takes a third of a core while the window loads).
fake_nice=${BENCH_FAKE_NICE:-0}

source "$(dirname "${BASH_SOURCE[0]}")/benchenv.sh"
bench_display

echo "clockodo-desktop scale benchmark ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "DISPLAY=$DISPLAY, ${runs} rounds, settle ${settle} s, fake server at nice $fake_nice)"
results="$scratch/results"
: >"$results"

one_run() {
  local n=$1 round=$2 dir="$scratch/r$2-n$1"
  mkdir -p "$dir/home" "$dir/runtime"
  chmod 700 "$dir/runtime"
  local -a env=(HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/home/.config"
    XDG_DATA_HOME="$dir/home/.local/share" XDG_CACHE_HOME="$dir/home/.cache")
  nice -n "$fake_nice" "$fake" "$n" >"$dir/fake.out" 2>"$dir/fake.err" &
  local fake_pid=$!
  pids+=($fake_pid)
  await "$dir/fake.out" CLOCKODO_SEED_MS= 300 >/dev/null
  local url user key entries seed_ms
  url=$(sed -n 's/^CLOCKODO_BASE_URL=//p' "$dir/fake.out")
  user=$(sed -n 's/^CLOCKODO_USER=//p' "$dir/fake.out")
  key=$(sed -n 's/^CLOCKODO_API_KEY=//p' "$dir/fake.out")
  entries=$(sed -n 's/^CLOCKODO_ENTRIES=//p' "$dir/fake.out")
  seed_ms=$(sed -n 's/^CLOCKODO_SEED_MS=//p' "$dir/fake.out")
  env+=(CLOCKODO_API_URL="$url" CLOCKODO_API_USER="$user" CLOCKODO_API_KEY="$key")

  env "${env[@]}" CLOCKODO_BENCH_MARKERS=1 CLOCKODO_BENCH_WINDOW_DAYS=14 "$app" --autostart 2>"$dir/app.err" &
  local app_pid=$!
  pids+=($app_pid)
  env "${env[@]}" "$floor" 2>"$dir/floor.err" &
  local floor_pid=$!
  pids+=($floor_pid)
  await "$dir/app.err" "CLOCKODO_BENCH first-clock-state-shown" 120 >/dev/null
  sleep "$settle"
  local tray_rss tray_hwm floor_rss
  tray_rss=$(rss_kb "$app_pid")
  tray_hwm=$(hwm_kb "$app_pid")
  floor_rss=$(rss_kb "$floor_pid")

  local app_cpu0 fake_cpu0
  app_cpu0=$(cpu_ms "$app_pid")
  fake_cpu0=$(cpu_ms "$fake_pid")
  env "${env[@]}" "$app" >"$dir/activate.out" 2>&1 || { cat "$dir/activate.out" >&2; return 1; }
  local load
  load=$(await "$dir/app.err" "CLOCKODO_BENCH window-load " 300)
  local app_cpu fake_cpu
  app_cpu=$(($(cpu_ms "$app_pid") - app_cpu0))
  fake_cpu=$(($(cpu_ms "$fake_pid") - fake_cpu0))
  sleep 3
  local window_rss window_hwm
  window_rss=$(rss_kb "$app_pid")
  window_hwm=$(hwm_kb "$app_pid")
  kill "$app_pid" "$floor_pid" "$fake_pid" 2>/dev/null || true
  wait "$app_pid" "$floor_pid" "$fake_pid" 2>/dev/null || true

  local first all stall rows stall_cpu gui_cpu resort_text resort_date edit create delete page page_max
  local filter_type filter_clear filter_turn
  first=$(field first-rows-ms "$load")
  stall_cpu=$(field max-stall-cpu-ms "$load")
  gui_cpu=$(field gui-cpu-ms "$load")
  resort_text=$(field resort-text-cpu-ms "$load")
  resort_date=$(field resort-date-cpu-ms "$load")
  edit=$(field edit-cpu-ms "$load")
  create=$(field create-cpu-ms "$load")
  delete=$(field delete-cpu-ms "$load")
  page=$(field page-cpu-ms "$load")
  page_max=$(field page-max-cpu-ms "$load")
  filter_type=$(field filter-type-max-cpu-ms "$load")
  filter_clear=$(field filter-clear-cpu-ms "$load")
  filter_turn=$(field filter-turn-max-cpu-ms "$load")
  all=$(field all-rows-ms "$load")
  stall=$(field max-stall-ms "$load")
  rows=$(field rows "$load")
  local loadavg
  loadavg=$(cut -d' ' -f1 /proc/loadavg)
  echo "$n $tray_rss $window_rss $floor_rss $first $all $stall $rows $tray_hwm $window_hwm $stall_cpu $gui_cpu" \
    "$app_cpu $fake_cpu $loadavg $resort_text $resort_date $edit $create $delete $page $page_max" \
    "$filter_type $filter_clear $filter_turn" >>"$results"
  echo "  round $round N=$n (fake: $entries entries in store, seeded in $seed_ms ms): tray-only RSS $tray_rss kB" \
    "(peak $tray_hwm), floor $floor_rss kB; window RSS $window_rss kB (peak $window_hwm); 14 days: $rows rows," \
    "first rows $first ms, all rows $all ms, longest stall $stall ms (GUI-thread CPU in it $stall_cpu ms," \
    "GUI-thread CPU to all rows $gui_cpu ms); CPU from activation to all rows: app $app_cpu ms, fake $fake_cpu ms;" \
    "re-sort (GUI-thread CPU): by text $resort_text ms, by date descending $resort_date ms; a saved edit $edit ms," \
    "a new entry $create ms, a deletion $delete ms; page down (median / max) $page / $page_max ms; filter typed" \
    "(costliest keystroke / clearing / costliest turn) $filter_type / $filter_clear / $filter_turn ms; load average" \
    "$loadavg"
}

for round in $(seq "$runs"); do
  count=${#sizes[@]}
  for i in $(seq 0 $((count - 1))); do
    one_run "${sizes[$(((i + round - 1) % count))]}" "$round"
  done
done

# Medians per N (column k of the results).
median() { awk -v n="$1" -v k="$2" '$1 == n {print $k}' "$results" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
base=${sizes[0]}
base_tray=$(median "$base" 2)
echo
echo "Medians of $runs interleaved rounds (RSS in MB = kB / 1024; times in ms; window = the last 14 days)"
echo "(stall CPU: the GUI thread's own CPU in its costliest turn; GUI CPU: the GUI thread's to all rows; app/fake CPU:"
echo " utime+stime of each process from opening the window to all rows; re-sort: GUI-thread CPU of a click on the"
echo " description header, then on the date header descending; edit / new / delete: GUI-thread CPU of the model taking"
echo " a saved edit that moves an entry to the day before, a new entry and its deletion; page: GUI-thread CPU of a"
echo " page down through the table, a screenful painted for the first time, median / max of 40; filter: GUI-thread CPU"
echo " of the costliest keystroke typing \"review\" into the text filter / of clearing it / of the costliest event-loop"
echo " turn meanwhile (above 16384 rows a keystroke starts the text's test in slices; it takes effect in a later turn);"
echo " load: the 1-minute load average after the run)"
echo "| N | rows | tray-only RSS | ×floor | ×N=$base | window RSS | ×floor | floor RSS | first rows | all rows |" \
  "longest stall | stall CPU | GUI CPU | app CPU | fake CPU | re-sort text | re-sort date | edit | new | delete |" \
  "page | filter | load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  tray=$(median "$n" 2)
  win=$(median "$n" 3)
  flo=$(median "$n" 4)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
  echo "| $n | $(median "$n" 8) | $(mb "$tray") | $(ratio "$tray" "$flo") | $(ratio "$tray" "$base_tray") |" \
    "$(mb "$win") | $(ratio "$win" "$flo") | $(mb "$flo") | $(median "$n" 5) | $(median "$n" 6) | $(median "$n" 7) |" \
    "$(median "$n" 11) | $(median "$n" 12) | $(median "$n" 13) | $(median "$n" 14) | $(median "$n" 16) |" \
    "$(median "$n" 17) | $(median "$n" 18) | $(median "$n" 19) | $(median "$n" 20) |" \
    "$(median "$n" 21) / $(median "$n" 22) | $(median "$n" 23) / $(median "$n" 24) / $(median "$n" 25) |" \
    "$(median "$n" 15) |"
done
