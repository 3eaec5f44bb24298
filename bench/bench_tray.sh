#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tray benchmark: measures, against the fake Clockodo server on loopback and on an X server with a tray host
# (Xvfb + trayer are started here when DISPLAY is not set):
#   1. exec → the tray shows the server's clock state (median of CLOCKODO_BENCH_RUNS launches; goal ≤ 150 ms),
#   2. RSS after IDLE seconds in the tray with a clock running and the window closed (goal ≤ 40 MB),
#   3. timer events per minute while hidden, and paint events in that minute (goal ≤ 60 timers, no paint).
# The app reports its side with CLOCKODO_BENCH_MARKERS=1 (clockodo-desktop-bench, see bench/benchprobe.h): a marker line when the tray
# first shows a state read from the server, and once a minute the number of timer/paint events it handled.
# Usage: bench_tray.sh <clockodo-desktop> <clockodo-fakeserver> [IDLE seconds, default 60]
set -euo pipefail
app=$1
fake=$2
idle=${3:-60}
runs=${CLOCKODO_BENCH_RUNS:-7}

source "$(dirname "${BASH_SOURCE[0]}")/benchenv.sh"
bench_private_home
bench_display
bench_start_fake "$fake"
export CLOCKODO_BENCH_MARKERS=1

# Waits for a marker line in a file; prints its value (the epoch ms) or fails after 30 s.
marker() {
  local line
  line=$(await "$1" "CLOCKODO_BENCH $2 " 30) || return 1
  echo "${line##* }"
}

echo "clockodo-desktop tray benchmark ($(nproc) CPUs, DISPLAY=$DISPLAY, fake server $CLOCKODO_API_URL)"

# 1. exec → first clock state in the tray.
startup=()
for i in $(seq "$runs"); do
  t0=$(ms)
  "$app" --autostart 2>"$scratch/start$i.err" &
  pid=$!
  t1=$(marker "$scratch/start$i.err" first-clock-state-shown)
  tmain=$(marker "$scratch/start$i.err" main-entered)
  startup+=($((t1 - t0)))
  echo "  launch $i: exec → main() $((tmain - t0)) ms, exec → tray state $((t1 - t0)) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median=$(printf '%s\n' "${startup[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
best=$(printf '%s\n' "${startup[@]}" | sort -n | head -n1 || true)
echo "exec → tray shows the server's clock state: median ${median} ms, best ${best} ms (${runs} launches; goal ≤ 150 ms)"

# 2. + 3. Idle in the tray with a clock running, the window closed (--autostart: never shown).
"$app" --autostart 2>"$scratch/idle.err" &
pid=$!
pids+=($pid)
marker "$scratch/idle.err" first-clock-state-shown >/dev/null
CLOCKODO_BENCH_MARKERS=0 "$app" --start 1 >"$scratch/cli.out" 2>&1 || { cat "$scratch/cli.out" >&2; exit 1; }
echo "  clock started through the running instance: $(cat "$scratch/cli.out")"
tstart=$(ms)
sleep "$idle"
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
echo "RSS after ${idle} s idle in the tray with a clock running: $((rss / 1024)) MB (${rss} kB; peak ${hwm} kB; goal ≤ 40 MB)"

# The probe reports once a minute since the app started; take the first report that covers only idle time.
for _ in $(seq 1800); do
  report=$(grep '^CLOCKODO_BENCH minute ' "$scratch/idle.err" | awk -v t="$tstart" '{split($6, a, "="); if (a[2] - 60000 >= t) print}' | head -n1 || true)
  [ -n "$report" ] && break
  sleep 0.1
done
if [ -z "$report" ]; then
  echo "no idle minute report from the app" >&2
  exit 1
fi
timers=$(sed 's/.* timers=\([0-9]*\).*/\1/' <<<"$report")
paints=$(sed 's/.* paints=\([0-9]*\).*/\1/' <<<"$report")
events=$(sed 's/.* events=\([0-9]*\).*/\1/' <<<"$report")
echo "timer events in one idle minute (hidden, clock running): ${timers} (goal ≤ 60); paint events: ${paints}; all events: ${events}"
echo "  receivers: $(sed 's/.* \(timer-receivers=.*\)/\1/' <<<"$report")"
