#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Idle and soak benchmark, against the fake Clockodo server on loopback and on an X server with a tray host
# (Xvfb + trayer are started here when DISPLAY is not set):
#   1. idle: the tray-only app (--autostart, a clock running, the window never shown) and the bare-Qt floor
#      (bench_trayfloor: a tray icon polling GET /v2/clock once a minute) run side by side for IDLE seconds after a
#      warm-up; for each: CPU ms (utime+stime of /proc/<pid>/stat), context switches (voluntary + nonvoluntary of
#      /proc/<pid>/status), threads at the end and threads created meanwhile (new ids in /proc/<pid>/task, sampled
#      each second), extrapolated to one idle hour. Goals: ≤ 2× the floor's CPU, no thread created while idle.
#   2. soak: TOGGLES start/stop toggles through the CLI (clockodo-desktop --toggle, handed to the running
#      instance); RSS and malloc's in-use bytes and arena (glibc mallinfo2, from the probe on SIGUSR1) every 100
#      toggles and their slopes after the first 200 (warm-up). Goal: flat. BENCH_SOAK_PRUNE=1 deletes the soak's
#      finished entries on the fake every 100 toggles (bench/soak_prune.py, python3), so that the workload stays
#      the same instead of today's entries growing by one per stop.
# Usage: bench_idle.sh <clockodo-desktop> <clockodo-fakeserver> <bench_trayfloor> [IDLE seconds, default 300]
#        [TOGGLES, default 1000]
set -euo pipefail
app=$1
fake=$2
floor=$3
idle=${4:-300}
toggles=${5:-1000}
source "$(dirname "${BASH_SOURCE[0]}")/benchenv.sh"
bench_private_home
bench_display
bench_start_fake "$fake"
export CLOCKODO_BENCH_MARKERS=1
tids() { ls "/proc/$1/task" 2>/dev/null | sort; }

echo "clockodo-desktop idle benchmark ($(nproc) CPUs, DISPLAY=$DISPLAY, fake server $CLOCKODO_API_URL)"

"$app" --autostart 2>"$scratch/app.err" &
app_pid=$!
pids+=($app_pid)
CLOCKODO_BENCH_MARKERS=0 "$floor" 2>"$scratch/floor.err" &
floor_pid=$!
pids+=($floor_pid)
for _ in $(seq 600); do grep -q '^CLOCKODO_BENCH first-clock-state-shown' "$scratch/app.err" && break; sleep 0.05; done
CLOCKODO_BENCH_MARKERS=0 "$app" --start 1 >"$scratch/cli.out" 2>&1 || { cat "$scratch/cli.out" >&2; exit 1; }
echo "  clock started through the running instance: $(cat "$scratch/cli.out")"
sleep 20 # warm-up: start-up work, the first minute tick, thread-pool threads of the start-up expire (30 s)
sleep 20

declare -A cpu0 sw0 seen created
probe_line0=$(wc -l <"$scratch/app.err")
for who in app floor; do
  pid_var=${who}_pid
  p=${!pid_var}
  cpu0[$who]=$(cpu_ms "$p")
  sw0[$who]=$(switches "$p")
  seen[$who]=$(tids "$p" | tr '\n' ' ')
  created[$who]=0
done
for _ in $(seq "$idle"); do
  sleep 1
  for who in app floor; do
    pid_var=${who}_pid
    for t in $(tids "${!pid_var}"); do
      case " ${seen[$who]} " in *" $t "*) ;; *) seen[$who]="${seen[$who]} $t"; created[$who]=$((created[$who] + 1)) ;; esac
    done
  done
done
declare -A cpu sw
for who in app floor; do
  pid_var=${who}_pid
  p=${!pid_var}
  cpu[$who]=$(($(cpu_ms "$p") - cpu0[$who]))
  sw[$who]=$(($(switches "$p") - sw0[$who]))
  echo "$who: ${cpu[$who]} ms CPU, ${sw[$who]} context switches in ${idle} s idle;" \
    "per idle hour: $((cpu[$who] * 3600 / idle)) ms CPU, $((sw[$who] * 3600 / idle)) switches;" \
    "threads $(threads "$p"), created while idle ${created[$who]}; RSS $(rss_kb "$p") kB"
done
if [ "${cpu[floor]}" -gt 0 ]; then
  echo "app/floor CPU per idle hour: $(awk -v a="${cpu[app]}" -v f="${cpu[floor]}" 'BEGIN {printf "%.2f", a / f}')× (goal ≤ 2×)"
fi
# The probe's minute reports from the idle time, added up: timer and paint events per receiver class (a paint of
# a hidden window would show here under its class; the main window is not even created while it was never shown).
tail -n +"$((probe_line0 + 1))" "$scratch/app.err" | awk '/^CLOCKODO_BENCH minute / {
    n++
    for (f = 3; f <= NF; f++) {
      split($f, kv, "=")
      if (kv[1] == "timers") timers += kv[2]
      if (kv[1] == "paints") paints += kv[2]
      if (kv[1] == "timer-receivers" || kv[1] == "paint-receivers") {
        m = split(kv[2], items, ",")
        for (i = 1; i <= m; i++) if (items[i] != "-") { split(items[i], c, ":"); sum[kv[1] " " c[1]] += c[2] }
      }
    }
  }
  END {
    printf "  probe over %d idle minutes: %d timer events, %d paint events\n", n, timers, paints
    for (k in sum) printf "    %s: %d\n", k, sum[k]
  }' || true

# 2. Soak: start/stop toggles through the running instance. Every 100 toggles: RSS, and glibc's mallinfo2 from the
# probe (SIGUSR1): in use (what the app holds) against the arena (what malloc keeps from the system).
heap_report() {
  local before line
  before=$(grep -c '^CLOCKODO_BENCH heap ' "$scratch/app.err" || true)
  kill -USR1 "$app_pid"
  for _ in $(seq 40); do
    [ "$(grep -c '^CLOCKODO_BENCH heap ' "$scratch/app.err" || true)" -gt "$before" ] && break
    sleep 0.05
  done
  line=$(grep '^CLOCKODO_BENCH heap ' "$scratch/app.err" | tail -n1)
  echo "$(sed -n 's/.* inuse=\([0-9]*\).*/\1/p' <<<"$line") $(sed -n 's/.* arena=\([0-9]*\).*/\1/p' <<<"$line")" \
    "$(sed -n 's/.* widgets=\([0-9]*\).*/\1/p' <<<"$line")"
}
soak_since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
samples=()
for i in $(seq "$toggles"); do
  CLOCKODO_BENCH_MARKERS=0 "$app" --toggle >/dev/null 2>&1 || echo "  toggle $i failed" >&2
  if [ $((i % 100)) -eq 0 ]; then
    # BENCH_SOAK_PRUNE=1: the soak's finished entries are deleted on the fake first, so that the day the app reads
    # back after every toggle stays short (without it, each stop adds an entry to today and the reads grow).
    pruned=""
    if [ "${BENCH_SOAK_PRUNE:-0}" = 1 ]; then
      pruned=", pruned $(python3 "$(dirname "${BASH_SOURCE[0]}")/soak_prune.py" "$soak_since") entries"
    fi
    r=$(rss_kb "$app_pid")
    read -r inuse arena widgets <<<"$(heap_report)"
    samples+=("$i $r ${inuse:-0} ${arena:-0}")
    echo "  after $i toggles: RSS $r kB; malloc in use ${inuse:-?} B, arena ${arena:-?} B; widgets ${widgets:-?}$pruned"
  fi
done
slope() {
  printf '%s\n' "${samples[@]}" | awk -v k="$1" -v div="$2" '$1 > 200 {n++; sx += $1; sy += $k / div; sxx += $1 * $1;
    sxy += $1 * $k / div} END {if (n > 1) printf "%.2f", 100 * (n * sxy - sx * sy) / (n * sxx - sx * sx)}'
}
if [ "${#samples[@]}" -gt 3 ]; then
  echo "RSS slope after 200 warm-up toggles: $(slope 2 1) kB per 100 toggles ($((${#samples[@]} - 2)) samples; goal: flat);" \
    "malloc in use $(slope 3 1024) kB, arena $(slope 4 1024) kB per 100 toggles"
fi
