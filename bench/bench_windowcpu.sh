#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CPU per second with the window open and a clock running (issue 16), against a fake Clockodo server in its own
# process (bench_scalefake: demo data + N entries of the user in the last 14 days) on loopback and on an X server with
# a tray host (Xvfb + trayer are started here when DISPLAY is not set). For each N: the app (--autostart) and the
# bare-Qt floor (bench_trayfloor: a tray icon polling GET /v2/clock once a minute) start side by side; a clock is
# started through the running instance (--start 1); a second launch shows the window, which the probe
# (bench/windowloadprobe.h, CLOCKODO_BENCH_WINDOW_DAYS=14) points at the last 14 days; once all rows are in and
# WARMUP seconds passed, utime+stime (/proc/<pid>/stat) and context switches of both processes are read over SECONDS
# seconds. CPU time of the processes, not wall-clock time: it stays comparable on a machine other processes load.
# Usage: bench_windowcpu.sh <clockodo-desktop-bench> <bench_scalefake> <bench_trayfloor> [SECONDS, default 60]
#        [N ...] (default sizes: 1000 10000; BENCH_WARMUP_SECONDS, default 15)
set -euo pipefail
app=$1
fake=$2
floor=$3
seconds=${4:-60}
shift $(($# < 4 ? $# : 4))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
warmup=${BENCH_WARMUP_SECONDS:-15}

source "$(dirname "${BASH_SOURCE[0]}")/benchenv.sh"
bench_display
per_s() { awk -v a="$1" -v s="$2" 'BEGIN {printf "%.1f", a / s}'; }

echo "clockodo-desktop window CPU benchmark ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "DISPLAY=$DISPLAY, ${seconds} s per N, warm-up ${warmup} s)"
for n in "${sizes[@]}"; do
  dir="$scratch/n$n"
  mkdir -p "$dir/home" "$dir/runtime"
  chmod 700 "$dir/runtime"
  env=(HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/home/.config"
    XDG_DATA_HOME="$dir/home/.local/share" XDG_CACHE_HOME="$dir/home/.cache")
  "$fake" "$n" >"$dir/fake.out" 2>"$dir/fake.err" &
  fake_pid=$!
  pids+=($fake_pid)
  await "$dir/fake.out" CLOCKODO_SEED_MS= 300 >/dev/null
  env+=(CLOCKODO_API_URL="$(sed -n 's/^CLOCKODO_BASE_URL=//p' "$dir/fake.out")"
    CLOCKODO_API_USER="$(sed -n 's/^CLOCKODO_USER=//p' "$dir/fake.out")"
    CLOCKODO_API_KEY="$(sed -n 's/^CLOCKODO_API_KEY=//p' "$dir/fake.out")")

  env "${env[@]}" CLOCKODO_BENCH_MARKERS=1 CLOCKODO_BENCH_WINDOW_DAYS=14 "$app" --autostart 2>"$dir/app.err" &
  app_pid=$!
  pids+=($app_pid)
  env "${env[@]}" CLOCKODO_BENCH_MARKERS=0 "$floor" 2>"$dir/floor.err" &
  floor_pid=$!
  pids+=($floor_pid)
  await "$dir/app.err" "CLOCKODO_BENCH first-clock-state-shown" 120 >/dev/null
  env "${env[@]}" CLOCKODO_BENCH_MARKERS=0 "$app" --start 1 >"$dir/cli.out" 2>&1 || { cat "$dir/cli.out" >&2; exit 1; }
  env "${env[@]}" CLOCKODO_BENCH_MARKERS=0 "$app" >"$dir/activate.out" 2>&1 || { cat "$dir/activate.out" >&2; exit 1; }
  load=$(await "$dir/app.err" "CLOCKODO_BENCH window-load " 600)
  sleep "$warmup"
  probe0=$(wc -l <"$dir/app.err")
  a0=$(cpu_ms "$app_pid")
  f0=$(cpu_ms "$floor_pid")
  as0=$(switches "$app_pid")
  fs0=$(switches "$floor_pid")
  sleep "$seconds"
  a=$(($(cpu_ms "$app_pid") - a0))
  f=$(($(cpu_ms "$floor_pid") - f0))
  as=$(($(switches "$app_pid") - as0))
  fs=$(($(switches "$floor_pid") - fs0))
  echo "N=$n: $(field rows "$load") rows in the window (all rows after $(field all-rows-ms "$load") ms); over" \
    "${seconds} s with the window open and a clock running: app $a ms CPU = $(per_s "$a" "$seconds") ms/s," \
    "$(per_s "$as" "$seconds") context switches/s, RSS $(rss_kb "$app_pid") kB, threads $(threads "$app_pid");" \
    "floor $f ms = $(per_s "$f" "$seconds") ms/s, $(per_s "$fs" "$seconds") switches/s;" \
    "load average $(cut -d' ' -f1 /proc/loadavg)"
  tail -n +"$((probe0 + 1))" "$dir/app.err" | grep '^CLOCKODO_BENCH minute ' | sed 's/^/  probe: /' || true
  kill "$app_pid" "$floor_pid" "$fake_pid" 2>/dev/null || true
  wait "$app_pid" "$floor_pid" "$fake_pid" 2>/dev/null || true
done
