#!/usr/bin/env bash
# The desktop app driven by keyboard alone under Xvfb: Ctrl+1..6 switch screens, arrow keys
# move along the navigation rail and Space opens the screen in focus. The window title names
# the screen, which is what this test reads (xwininfo) after each key (typed through XTEST).
# usage: desktop_keyboard.sh LIMBER_BINARY
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  exec xvfb-run -a -n 130 -s "-screen 0 1280x800x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
"$limber" --size 1100x760 --config-dir "$work/config" --data-dir "$work/data" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
title() { xwininfo -root -tree | grep -o '"[A-Za-z]* — Limber"' | head -1 | sed 's/ — Limber"//; s/"//' || true; }
# expect SCREEN [TENTHS]: the title says SCREEN within TENTHS tenths of a second (default 2 s).
expect() {
  local seen=""
  for _ in $(seq "${2:-20}"); do
    seen=$(title)
    [ "$seen" = "$1" ] && return 0
    sleep 0.1
  done
  fail "expected the $1 screen, the window shows '${seen}'"
}
keys() { python3 "$here/xkeys.py" "$@"; }

# Starting takes longer than a key press, more so on a busy machine (ctest runs in parallel).
expect Today 300
keys ctrl+6 && expect Settings
keys ctrl+2 && expect Check
keys ctrl+1 && expect Today
# Arrow keys: the first press puts the focus on the rail; Space opens what is in focus.
keys Down space && expect Check
keys Down Down space && expect Progress
keys Up space && expect Library
kill -TERM "$pid"
wait "$pid" || fail "limber exited $? after SIGTERM"
echo "desktop keyboard: ok"
