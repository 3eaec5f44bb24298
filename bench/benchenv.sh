# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the bench scripts (bench_tray.sh, bench_idle.sh, bench_scale.sh): a scratch folder that goes away on exit
# with every process listed in pids, quiet logging but the tray's markers, an X server with a tray host when DISPLAY
# is not set, the fake server's credentials, and figures read from /proc. BENCH_KEEP_SCRATCH=1 keeps the folder (each
# run's app.err with the probe's lines, e.g. CLOCKODO_BENCH_SLOW_EVENT_MS=12 for the long event-loop turns).

scratch=$(mktemp -d /tmp/clockodo-bench.XXXXXX)
pids=()
bench_cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${BENCH_KEEP_SCRATCH:-}" ]; then
    echo "scratch kept: $scratch" >&2
  else
    rm -rf "$scratch"
  fi
}
trap bench_cleanup EXIT
export QT_LOGGING_RULES="clockodo.*=false;clockodo.gui.tray.info=true" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY QT_QPA_PLATFORM

# A throwaway HOME and runtime directory in the scratch folder, for the whole script.
bench_private_home() {
  mkdir -p "$scratch/home" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
  export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
}

# Xvfb and trayer (an XEmbed tray host) unless DISPLAY is already set.
bench_display() {
  [ -z "${DISPLAY:-}" ] || return 0
  exec 3>"$scratch/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  exec 3>&-
  for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.05; done
  export DISPLAY=":$(head -n1 "$scratch/display")"
  trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do xwininfo -name panel >/dev/null 2>&1 && break; sleep 0.05; done
}

# Starts the fake server ($1) and exports the CLOCKODO_API_* its start-up lines name.
bench_start_fake() {
  "$1" >"$scratch/fake.out" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 200); do grep -q '^CLOCKODO_API_KEY=' "$scratch/fake.out" 2>/dev/null && break; sleep 0.05; done
  CLOCKODO_API_URL=$(sed -n 's/^CLOCKODO_BASE_URL=//p' "$scratch/fake.out")
  CLOCKODO_API_USER=$(sed -n 's/^CLOCKODO_USER=//p' "$scratch/fake.out")
  CLOCKODO_API_KEY=$(sed -n 's/^CLOCKODO_API_KEY=//p' "$scratch/fake.out")
  export CLOCKODO_API_URL CLOCKODO_API_USER CLOCKODO_API_KEY
}

ms() { date +%s%3N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$1/stat"; }
switches() { awk '/ctxt_switches/ {s += $2} END {print s}' "/proc/$1/status"; }
threads() { awk '/^Threads/ {print $2}' "/proc/$1/status"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

# Waits up to $3 seconds for a line starting with $2 in file $1; prints it.
await() {
  local file=$1 prefix=$2 limit=$3 line
  for _ in $(seq $((limit * 20))); do
    line=$(grep -m1 "^$prefix" "$file" 2>/dev/null || true)
    if [ -n "$line" ]; then echo "$line"; return 0; fi
    sleep 0.05
  done
  echo "no '$prefix' in $file after $limit s" >&2
  return 1
}
# The value of "name=value" ($1 the name) in the line $2.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
