#!/usr/bin/env bash
# The desktop app's per-user config under Xvfb: imgui.ini goes to $XDG_CONFIG_HOME/limber
# (or --config-dir), never to the working directory; the window's size and place are saved
# on exit (SIGTERM included) and restored; screenshot runs leave the settings alone; an idle
# window uses no CPU.
# usage: desktop_config.sh LIMBER_BINARY
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  exec xvfb-run -a -n 110 -s "-screen 0 1600x1200x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cwd"
cd "$work/cwd"

fail() { echo "FAIL: $*"; exit 1; }
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # utime + stime, in clock ticks

# run_for SECONDS [options]: a normal (interactive) run, closed with SIGTERM like a logout.
# Sets $idle_ticks to the CPU it used over its last second-and-a-half, when it was idle.
run_for() {
  local seconds=$1
  shift
  "$limber" "$@" &
  local pid=$!
  sleep "$seconds"
  local before
  before=$(ticks "$pid")
  sleep 1.5
  idle_ticks=$(( $(ticks "$pid") - before ))
  kill -TERM "$pid"
  local code=0
  wait "$pid" || code=$?
  [ "$code" -eq 0 ] || fail "limber exited $code after SIGTERM (expected a clean close)"
}

# 1. The XDG location, and nothing in the working directory.
export XDG_CONFIG_HOME="$work/xdg-config" XDG_DATA_HOME="$work/xdg-data"
run_for 2  # long enough for start-up to be over even on a busy machine
ini="$XDG_CONFIG_HOME/limber/imgui.ini"
test -s "$ini" || fail "no $ini after a run"
grep -q '^\[Limber\]\[Window\]' "$ini" || fail "$ini lacks the window section"
grep -q '^Size=' "$ini" || fail "$ini lacks the window size"
grep -q '^\[Limber\]\[Preferences\]' "$ini" || fail "$ini lacks the preferences"
test ! -e imgui.ini || fail "imgui.ini was written to the working directory"
[ "$(stat -c %a "$XDG_CONFIG_HOME/limber")" = 700 ] || fail "the config folder is readable by others"
# 20 Hz redraws would cost several ticks; a busy loop about 150 (CLK_TCK is 100).
[ "$idle_ticks" -le 5 ] || fail "an idle window used $idle_ticks CPU ticks in 1.5 s"

# 2. --config-dir wins over XDG.
run_for 0.5 --config-dir "$work/custom"
test -s "$work/custom/imgui.ini" || fail "--config-dir was not used"

# 3. The saved size and place come back, and are saved again on exit.
mkdir -p "$work/restore"
printf '[Limber][Window]\nPos=37,41\nSize=900,650\nMaximized=0\n\n[Limber][Preferences]\nTheme=dark\nTextSize=1\nSound=0\n' \
  >"$work/restore/imgui.ini"
run_for 0.5 --config-dir "$work/restore"
grep -qx 'Pos=37,41' "$work/restore/imgui.ini" || { cat "$work/restore/imgui.ini"; fail "position not restored"; }
grep -qx 'Size=900,650' "$work/restore/imgui.ini" || { cat "$work/restore/imgui.ini"; fail "size not restored"; }
grep -qx 'Theme=dark' "$work/restore/imgui.ini" || fail "the theme was not kept"
grep -qx 'TextSize=1' "$work/restore/imgui.ini" || fail "the text size was not kept"

# 4. A screenshot uses the saved size but writes nothing.
cp "$work/restore/imgui.ini" "$work/before.ini"
"$limber" --screenshot "$work/restored.png" --frames 2 --config-dir "$work/restore"
[ "$(png_size "$work/restored.png")" = 900x650 ] || fail "screenshot is $(png_size "$work/restored.png"), not the saved 900x650"
cmp -s "$work/before.ini" "$work/restore/imgui.ini" || fail "a screenshot run changed imgui.ini"
"$limber" --screenshot "$work/sized.png" --frames 1 --size 1024x700 --config-dir "$work/restore"
[ "$(png_size "$work/sized.png")" = 1024x700 ] || fail "--size was not honoured"

# 5. A command line it does not understand: usage, exit 2, no window.
code=0
"$limber" --frames 0 2>"$work/usage.txt" || code=$?
[ "$code" -eq 2 ] || fail "a bad option exited $code, not 2"
grep -q usage "$work/usage.txt" || fail "no usage text for a bad option"

test ! -e imgui.ini || fail "imgui.ini was written to the working directory"
echo "desktop config: ok"
