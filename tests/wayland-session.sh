#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app in a real Wayland session (issue 17): sway from Debian, headless (WLR_BACKENDS=headless, pixman renderer,
# no input devices), on a D-Bus session of its own, so that no other test of the suite sees an SNI watcher; once
# with swaybar as the tray host (its StatusNotifierWatcher; swaybar 1.7 draws no menus and sends ContextMenu on a
# right click) and once with waybar (its tray draws the dbusmenu menu with GTK on a right click). The real clockodo-desktop runs with QT_QPA_PLATFORM=wayland
# against the fake server (credentials from the environment) and this checks what a sway user meets:
#   - the tray icon: the app's StatusNotifierItem registers with swaybar's watcher, and swaybar draws it (the bar's
#     pixels change once it is there, and again when the clock runs; grim screenshots);
#   - the window: sway's tree holds it, with its title, on the app's process;
#   - dialogs: "Start new…" and "Settings…" clicked in the exported tray menu (com.canonical.dbusmenu, as a panel
#     would) open as windows in sway's tree; the app says nothing about positioning Wayland refuses;
#   - a right click on the item (a virtual pointer, tests/wlpointer.py: the headless seat has none): waybar draws the
#     tray menu, swaybar calls ContextMenu and the app pops its menu up (TrayContextMenu); either way a large area
#     below the bar changes (grim before and after);
#   - Activate (swaybar's left click) hides the window into the tray and brings it back;
#   - the single-instance CLI: --status and --toggle reach the running instance (start, then stop on the server);
#   - notifications: no notification daemon runs; the start's notification goes nowhere, the app keeps answering.
# Usage: wayland-session.sh BUILD-DIR. The app runs once per tray host of CLOCKODO_WAYLAND_HOSTS ("swaybar waybar")
# and UI language of CLOCKODO_WAYLAND_LANGS ("en de fr"); CLOCKODO_WAYLAND_SCREENS=DIR keeps the screenshots (bar,
# bar with the clock running, the right click's menu, screen with the dialogs; "-waybar" in the names of waybar's),
# the tray menu's labels and the app's output there. Skips (77) when sway, grim, jq or python3 is missing; a host
# that is not installed is left out alone (none there: 77).
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
langs=${CLOCKODO_WAYLAND_LANGS:-en de fr}
skip() {
  echo "SKIP: $*"
  exit 77
}
for tool in sway swaymsg grim jq gdbus compare dbus-run-session python3; do
  command -v "$tool" >/dev/null || skip "$tool is missing (packaging/install-build-deps.sh)"
done
app_bin=$build/src/app/clockodo-desktop
fake_bin=$build/src/fakeserver/clockodo-fakeserver
[ -x "$app_bin" ] && [ -x "$fake_bin" ] || { echo "wayland-session: build clockodo-desktop and clockodo-fakeserver"; exit 1; }

# A D-Bus session of its own per host: the bar's watcher must not turn the X11 tests' trays into SNI items.
if [ -z "${CLOCKODO_WAYLAND_HOST:-}" ]; then
  ran=0
  for host in ${CLOCKODO_WAYLAND_HOSTS:-swaybar waybar}; do
    command -v "$host" >/dev/null || { echo "wayland-session: $host is not installed, not run"; continue; }
    status=0
    CLOCKODO_WAYLAND_HOST=$host dbus-run-session -- bash "${BASH_SOURCE[0]}" "$build" || status=$?
    [ "$status" -eq 77 ] && continue
    [ "$status" -eq 0 ] || exit "$status"
    ran=$((ran + 1))
  done
  [ "$ran" -gt 0 ] || skip "no tray host (swaybar, waybar) ran"
  exit 0
fi
host=$CLOCKODO_WAYLAND_HOST
suffix=${host#swaybar}
suffix=${suffix:+-$suffix}

started=$(date +%s%N)
work=$(mktemp -d /tmp/clockodo-wayland.XXXXXX)
chmod 700 "$work"
pids=()
cleanup() {
  local status=$?
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done # the app before sway
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" -ne 0 ]; then
    for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 40 "$log"; }; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}
wait_for() { # SECONDS COMMAND...: true once COMMAND succeeds, polled every 0.1 s
  local tries=$(($1 * 10))
  shift
  for _ in $(seq "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

export XDG_RUNTIME_DIR=$work/runtime HOME=$work/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY SWAYSOCK
echo -n "clockodo-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true

# sway: a headless output, no Xwayland, and a bar whose tray shows every item: swaybar, or waybar with a tray only.
cat >"$work/sway.config" <<'EOF'
xwayland disable
output HEADLESS-1 resolution 1280x800 position 0 0
default_border normal
EOF
cat >"$work/waybar.config" <<'EOF'
{ "layer": "top", "position": "top", "height": 32, "modules-left": [], "modules-center": [],
  "modules-right": ["tray"], "tray": { "icon-size": 22, "spacing": 8 } }
EOF
cat >"$work/waybar.css" <<'EOF'
* { font-family: sans-serif; font-size: 13px; }
window#waybar { background: #1f1f1f; color: #ffffff; }
EOF
[ "$host" = swaybar ] && cat >>"$work/sway.config" <<'EOF'
bar {
  id clockodo
  position top
  height 32
  tray_output *
  tray_padding 4
}
EOF
# sway refuses to run as root ("Unable to drop root"): as root (CI), it runs as uid 1000 of a user namespace of its
# own, with the same files, sockets and D-Bus session.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(unshare --map-user=1000 --map-group=1000)
  "${as_user[@]}" true 2>/dev/null || skip "sway does not run as root, and no user namespace can be made here"
fi
WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  "${as_user[@]}" sway -c "$work/sway.config" >"$work/sway.log" 2>&1 &
pids+=($!)
sway_ready() {
  SWAYSOCK=$(compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" | head -n1) && [ -S "$SWAYSOCK" ] \
    && WAYLAND_DISPLAY=$(cd "$XDG_RUNTIME_DIR" && compgen -G "wayland-[0-9]" | head -n1) \
    && swaymsg -s "$SWAYSOCK" -t get_outputs >/dev/null
}
wait_for 30 sway_ready || fail "sway did not start headless"
SWAYSOCK=$(compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" | head -n1)
WAYLAND_DISPLAY=$(cd "$XDG_RUNTIME_DIR" && compgen -G "wayland-[0-9]" | head -n1)
export SWAYSOCK WAYLAND_DISPLAY
if [ "$host" = waybar ]; then
  waybar -c "$work/waybar.config" -s "$work/waybar.css" >"$work/waybar.log" 2>&1 &
  pids+=($!)
fi
watcher_items() {
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems
}
wait_for 30 watcher_items || fail "$host registered no StatusNotifierWatcher"
echo "wayland-session: sway $(sway --version | awk '{print $3}') headless on $WAYLAND_DISPLAY, $host's watcher up"

bar_shot() { grim -g "0,0 1280x32" "$1"; }
wait_for 10 bar_shot "$work/bar-empty.png" || fail "grim cannot read the screen"
differs() { # A B: true when the two images differ in any pixel
  local n
  n=$(compare -metric AE "$1" "$2" null: 2>&1) || true
  [ "${n%% *}" != "0" ]
}
changed_box() { # A B: "W H X Y" of the box around the pixels that differ
  compare "$1" "$2" -compose src -highlight-color white -lowlight-color black miff:- 2>/dev/null \
    | convert - -trim -format '%w %h %X %Y\n' info: | tr -d '+'
}

# The fake Clockodo server; its start-up lines are KEY=value.
"$fake_bin" >"$work/fake.out" 2>"$work/fake.log" &
pids+=($!)
wait_for 20 grep -q '^CLOCKODO_API_KEY=' "$work/fake.out" || fail "the fake server did not start"
url=$(sed -n 's/^CLOCKODO_BASE_URL=//p' "$work/fake.out")
user=$(sed -n 's/^CLOCKODO_USER=//p' "$work/fake.out")
key=$(sed -n 's/^CLOCKODO_API_KEY=//p' "$work/fake.out")

tree() { swaymsg -t get_tree -r; }
# The app's windows (views whose pid is PID): "title" per line.
app_windows() { tree | jq -r --argjson pid "$1" '.. | objects | select(.pid? == $pid) | .name'; }
has_window() { app_windows "$1" | grep -qxF -- "$2"; }
# The app's StatusNotifierItem: the watcher's entry owned by PID ("service/path").
app_item() {
  local entry service
  for entry in $(watcher_items | grep -o "'[^']*'" | tr -d "'"); do
    service=${entry%%/*}
    [ "$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.GetConnectionUnixProcessID "$service" | grep -o '[0-9]\+' | tail -n1)" = "$1" ] \
      && { echo "$entry"; return 0; }
  done
  return 1
}
item_property() { # ENTRY NAME
  local entry=$1
  gdbus call --session --dest "${entry%%/*}" --object-path "/${entry#*/}" \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem "$2"
}
# Clicks the tray menu entry whose label matches REGEX through com.canonical.dbusmenu, as a panel does.
click_menu() { # ENTRY REGEX
  local entry=$1 menu layout id
  menu=$(item_property "$entry" Menu | grep -o "'/[^']*'" | tr -d "'")
  layout=$(gdbus call --session --dest "${entry%%/*}" --object-path "$menu" --method com.canonical.dbusmenu.GetLayout -- \
    0 -1 "['label']")
  id=$(grep -oP "\(\K[0-9]+(?=, \{[^}]*'label': <'(?:$2))" <<<"$layout" | head -n1)
  [ -n "$id" ] || { echo "no menu entry /$2/ in: $layout"; return 1; }
  gdbus call --session --dest "${entry%%/*}" --object-path "$menu" --method com.canonical.dbusmenu.Event -- \
    "$id" clicked '<0>' 0 >/dev/null
}
menu_labels() { # ENTRY: the tray menu's labels, one a line
  local entry=$1 menu
  menu=$(item_property "$entry" Menu | grep -o "'/[^']*'" | tr -d "'")
  gdbus call --session --dest "${entry%%/*}" --object-path "$menu" --method com.canonical.dbusmenu.GetLayout -- \
    0 -1 "['label']" | grep -oP "'label': <'\K[^']*"
}
cli() { # the second launch: a verb to the running instance
  env "${app_env[@]}" "$app_bin" "$@"
}
running() { cli --status --json | jq -e ".running == $1"; }

for lang in $langs; do
  case $lang in
  en) locale=en_US.UTF-8 ;;
  de) locale=de_DE.UTF-8 ;;
  fr) locale=fr_FR.UTF-8 ;;
  *) fail "unknown language $lang" ;;
  esac
  apphome=$work/app-$lang
  mkdir -p "$apphome/config" "$apphome/data"
  app_env=(HOME="$apphome" XDG_CONFIG_HOME="$apphome/config" XDG_DATA_HOME="$apphome/data" QT_QPA_PLATFORM=wayland
    LANG="$locale" LANGUAGE="$lang" LC_ALL="$locale" QT_LOGGING_RULES="clockodo.*.debug=false"
    CLOCKODO_API_URL="$url" CLOCKODO_API_USER="$user" CLOCKODO_API_KEY="$key")
  env "${app_env[@]}" "$app_bin" >"$work/app-$lang.log" 2>&1 &
  app=$!
  pids+=("$app")

  # The tray icon: the app's item at swaybar's watcher, and in swaybar's pixels.
  wait_for 30 app_item "$app" || fail "[$lang] the app's StatusNotifierItem did not register with swaybar"
  item=$(app_item "$app")
  echo "wayland-session: [$lang] tray item $item: $(item_property "$item" Title)"
  wait_for 20 running false || fail "[$lang] --status does not answer from the running instance"
  drawn() { bar_shot "$work/bar-$lang.png" && differs "$work/bar-empty.png" "$work/bar-$lang.png"; }
  wait_for 20 drawn || fail "[$lang] swaybar draws no tray icon"

  # The window, in sway's tree with its title.
  wait_for 30 has_window "$app" "clockodo-desktop" \
    || fail "[$lang] no window \"clockodo-desktop\" of the app in sway's tree: $(app_windows "$app")"

  # The single-instance CLI: --toggle starts the last task, the icon changes; the start's notification has no daemon.
  cli --toggle >"$work/toggle-$lang.log" 2>&1 || fail "[$lang] --toggle failed: $(cat "$work/toggle-$lang.log")"
  # No notification daemon runs: the start's message goes to Qt's StatusNotifierItem, which shows it in the item's
  # tooltip with Status NeedsAttention while it lasts (10 s; checked at once), and with the message's icon in place
  # of the tray icon, which must be the clock, not an information bubble (our workaround in TrayController).
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner org.freedesktop.Notifications | grep -q false \
    || fail "a notification daemon runs on the test's bus"
  item_property "$item" Status | grep -q NeedsAttention || fail "[$lang] the start's message is nowhere in the tray"
  item_property "$item" ToolTip | grep -qF -- "$(awk 'NR == 1 { print $1 " " $2 }' "$work/toggle-$lang.log")" \
    || fail "[$lang] the tray's tooltip lacks the start's message: $(item_property "$item" ToolTip)"
  [ "$(item_property "$item" AttentionIconPixmap)" = "$(item_property "$item" IconPixmap)" ] \
    || fail "[$lang] while the start's message lasts, swaybar shows another icon than the clock"
  echo "wayland-session: [$lang] no notification daemon: the message is in the tray's tooltip, the icon stays the clock"
  wait_for 20 running true || fail "[$lang] --toggle did not start the clock"
  ticking() { bar_shot "$work/bar-running-$lang.png" && differs "$work/bar-$lang.png" "$work/bar-running-$lang.png"; }
  wait_for 20 ticking || fail "[$lang] swaybar's icon does not follow the running clock"
  kill -0 "$app" || fail "[$lang] the app ended after a notification without a notification daemon"
  item_property "$item" ToolTip >/dev/null || fail "[$lang] the tray item stopped answering"

  # A right click on the item, where the bar drew it (a virtual pointer: the headless seat has none).
  read -r w h x y < <(changed_box "$work/bar-empty.png" "$work/bar-$lang.png")
  pointer() { python3 "$here/wlpointer.py" "$@" >"$work/pointer.log" 2>&1 || fail "no pointer: $(cat "$work/pointer.log")"; }
  below_bar() { grim -g "0,32 1280x768" "$1"; }
  item_call() { gdbus call --session --dest "${item%%/*}" --object-path "/${item#*/}" \
    --method "org.kde.StatusNotifierItem.$1" -- 0 0 >/dev/null; }
  if [ "$host" = waybar ]; then
    # waybar draws the dbusmenu with GTK below the item. The window goes into the tray first (Activate), so that
    # nothing but the menu changes below the bar (the window's clock ticks every second).
    item_call Activate || fail "[$lang] Activate failed"
    wait_for 20 eval '! has_window "$app" clockodo-desktop' || fail "[$lang] Activate did not hide the window"
    sleep 0.5 # sway draws the empty workspace
    below_bar "$work/before-menu-$lang.png"
    pointer "$((x + w / 2))" "$((y + h / 2))" right
    menu_drawn() {
      below_bar "$work/menu-below-$lang.png" \
        && read -r mw mh mx _ < <(changed_box "$work/before-menu-$lang.png" "$work/menu-below-$lang.png") \
        && [ "$mw" -ge 150 ] && [ "$mh" -ge 150 ] && [ "$((mx + mw))" -ge "$((x - 40))" ]
    }
    wait_for 20 menu_drawn || fail "[$lang] a right click on the tray item drew no menu in waybar"
    grim "$work/menu-$lang.png"
    echo "wayland-session: [$lang] right click in waybar: its menu (${mw}x${mh} px) is drawn below the item"
    pointer 20 600 left # beside the menu: it closes
    menu_closed() {
      below_bar "$work/after-menu-$lang.png" && ! differs "$work/before-menu-$lang.png" "$work/after-menu-$lang.png"
    }
    wait_for 20 menu_closed || fail "[$lang] waybar's menu did not close"
    item_call Activate || fail "[$lang] Activate failed"
    wait_for 20 has_window "$app" clockodo-desktop || fail "[$lang] Activate did not bring the window back"
  else
    # swaybar 1.7 draws no menus: it calls ContextMenu, and the app pops its own menu up over its window
    # (TrayContextMenu). Without an input event of its own QtWayland makes that popup a toplevel, which sway shows
    # floating, in its tree.
    windows=$(app_windows "$app" | wc -l)
    pointer "$((x + w / 2))" "$((y + h / 2))" right
    more_windows() { [ "$(app_windows "$app" | wc -l)" -gt "$1" ]; }
    wait_for 20 more_windows "$windows" || fail "[$lang] a right click in swaybar (ContextMenu) showed no menu"
    sleep 0.5 # drawn
    grim "$work/menu-$lang.png"
    echo "wayland-session: [$lang] right click in swaybar: ContextMenu, the app's menu shows (windows: $(app_windows "$app" | paste -sd '|'))"
    pointer 640 700 left # in the window, beside the menu: it closes
    wait_for 20 eval '[ "$(app_windows "$app" | wc -l)" -eq "$windows" ]' || fail "[$lang] the menu did not close"
  fi

  # Dialogs from the tray menu: the quick-start dialog and the settings, as windows in sway's tree.
  before=$(app_windows "$app" | wc -l)
  click_menu "$item" 'Start new…|Neue Aufgabe starten…|Nouvelle tâche…' || fail "[$lang] no Start new… entry"
  opened() { [ "$(app_windows "$app" | wc -l)" -gt "$1" ]; }
  wait_for 20 opened "$before" || fail "[$lang] Start new… opened no window: $(app_windows "$app")"
  [ "$lang" != en ] || app_windows "$app" | grep -qE '^(Switch task|Start new task)' \
    || fail "quick-start dialog without its title: $(app_windows "$app")"
  click_menu "$item" 'Settings…|Einstellungen…|Paramètres…' || fail "[$lang] no Settings… entry"
  wait_for 20 opened "$((before + 1))" || fail "[$lang] Settings… opened no window: $(app_windows "$app")"
  grim "$work/screen-$lang.png"
  # A left click in swaybar sends Activate (sent here over D-Bus: the headless seat has no pointer): the window
  # goes into the tray, and comes back.
  activate() { gdbus call --session --dest "${item%%/*}" --object-path "/${item#*/}" \
    --method org.kde.StatusNotifierItem.Activate -- 0 0 >/dev/null; }
  activate || fail "[$lang] Activate failed"
  wait_for 20 eval '! has_window "$app" clockodo-desktop' || fail "[$lang] Activate did not hide the window"
  activate || fail "[$lang] Activate failed"
  wait_for 20 has_window "$app" clockodo-desktop || fail "[$lang] Activate did not bring the window back"
  menu_labels "$item" >"$work/menu-$lang.txt"

  cli --toggle >>"$work/toggle-$lang.log" 2>&1 || fail "[$lang] the second --toggle failed"
  wait_for 20 running false || fail "[$lang] --toggle did not stop the clock"

  # Nothing Wayland refused: no "does not support", no popup or positioner complaint.
  if grep -iE "does not support|xdg_positioner|positioner|failed to create popup|setGeometry|protocol error" \
    "$work/app-$lang.log"; then
    fail "[$lang] the app did something Wayland refuses (above)"
  fi
  kill "$app"
  wait "$app" 2>/dev/null || true
  wait_for 20 sh -c "! swaymsg -t get_tree -r | jq -e '.. | objects | select(.pid? == $app)'" \
    || fail "[$lang] the app's windows stayed after it ended"
  if [ -n "${CLOCKODO_WAYLAND_SCREENS:-}" ]; then
    mkdir -p "$CLOCKODO_WAYLAND_SCREENS"
    for file in bar-$lang.png bar-running-$lang.png menu-$lang.png screen-$lang.png menu-$lang.txt app-$lang.log; do
      cp "$work/$file" "$CLOCKODO_WAYLAND_SCREENS/${file%%-"$lang".*}$suffix-$lang.${file##*.}"
    done
  fi
  echo "wayland-session: [$lang] tray item, window, dialogs, --status/--toggle and notification without daemon: ok"
done
echo "wayland-session: passed in $((($(date +%s%N) - started) / 1000000)) ms"
