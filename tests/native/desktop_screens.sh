#!/usr/bin/env bash
# Every desktop screen under Xvfb: a non-blank screenshot (kept for docs and review as
# OUT_DIR/desktop-<screen>.png), the text it drew (--dump-text), and no imgui.ini left in
# the working directory. Settings must show what the core reports about itself.
# usage: desktop_screens.sh LIMBER_BINARY OUT_DIR LIMBER_CLI
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  # One X server for the whole script; never a window on the developer's own screen.
  exec xvfb-run -a -n 140 -s "-screen 0 1600x1800x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
out=$(mkdir -p "$2" && realpath "$2")
cli=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"  # the working directory must stay clean

fail() { echo "FAIL: $*"; exit 1; }
has() {  # has FILE TEXT: the dumped text contains TEXT (fixed string)
  grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$1 lacks \"$2\""; }
}

# shot NAME SCREEN [more options]: screenshot + text of one screen. The (slow, pure Python)
# blank-picture check runs in the background while the next screen renders.
checks=()
shot() {
  local name=$1 screen=$2
  shift 2
  local png="$out/desktop-$name.png"
  rm -f "$png"
  "$limber" --screenshot "$png" --frames 3 --screen "$screen" --size 1280x800 \
    --config-dir "$work/config" --data-dir "$work/data" --dump-text "$@" >"$work/$name.txt" ||
    fail "limber exited $? for $name"
  test -s "$png" || fail "no screenshot at $png"
  python3 "$here/png_stats.py" "$png" --min-stddev 5 &
  checks+=($!)
}

for screen in today check library progress learn settings; do
  shot "$screen" "$screen"
  # The rail names every screen, whichever is shown.
  for label in Today Check Library Progress Learn Settings; do has "$work/$screen.txt" "$label"; done
  has "$work/$screen.txt" "A self-care aid, not a diagnosis."
done
# A first run: no journal yet, so Today asks for the check and nothing is wrong.
for screen in today check library progress learn settings; do
  ! grep -q "Something went wrong" "$work/$screen.txt" || { cat "$work/$screen.txt"; fail "$screen shows an error"; }
done
has "$work/today.txt" "First, a short check"
has "$work/today.txt" "Do the check"
has "$work/check.txt" "Check for warning signs"
has "$work/check.txt" "call your local emergency number"
has "$work/check.txt" "How old are you?"
has "$work/library.txt" "Glute bridge"
has "$work/progress.txt" "Nothing yet"
grep -qE "not available in this build|Read more" "$work/learn.txt" || fail "learn shows neither cards nor a calm note"

# Settings, tall enough to hold everything, checked against what the core says.
shot settings-full settings --size 1280x1600
about=$("$cli" about --json)
version=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["version"])' "$about")
files=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["asset_files"])' "$about")
tagline=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["tagline"])' "$about")
t="$work/settings-full.txt"
has "$t" "Limber $version"
has "$t" "$files file"
has "$t" "$tagline"
has "$t" "protocol 1; commands: about"
has "$t" "Not medical advice"
has "$t" "does not replace a doctor"
has "$t" "$work/config/imgui.ini"
has "$t" "$work/data"
has "$t" "The desktop app plays tones only"
has "$t" "Keep pictures still during a session"
has "$t" "Back up your journal"
has "$t" "limber-journal-"
has "$t" "Delete all data"
# Sound: either works or says plainly that it does not; never "still looking".
grep -qE "Sound is working|No sound on this computer" "$t" || fail "settings shows no sound status"
! grep -q "Looking for a sound device" "$t" || fail "the sound check did not finish"

# The dark theme and the largest text, for review (and the rebuild path of the fonts).
mkdir -p "$work/dark"
printf '[Limber][Preferences]\nTheme=dark\nTextSize=2\n' >"$work/dark/imgui.ini"
shot settings-dark-largest settings --config-dir "$work/dark"
has "$work/settings-dark-largest.txt" "Largest"

# A HiDPI monitor (content scale 2): everything twice the size, nothing clipped.
shot settings-scale2 settings --size 1600x1000 --scale 2
has "$work/settings-scale2.txt" "Play a test tone"

# Errors reach the window, not only stderr: an unreadable content folder and a settings
# folder that cannot be made.
touch "$work/not-a-folder"
shot error-banner today --assets "$work/no-such-assets" --config-dir "$work/not-a-folder/config"
has "$work/error-banner.txt" "Something went wrong"
has "$work/error-banner.txt" "could not read the content folder"
has "$work/error-banner.txt" "cannot keep your settings"

for pid in "${checks[@]}"; do wait "$pid" || fail "a screenshot looks blank (see above)"; done
test ! -e "$work/imgui.ini" || fail "imgui.ini was written to the working directory"
echo "desktop screens: ok ($(ls "$out"/desktop-*.png | wc -l) screenshots in $out)"
