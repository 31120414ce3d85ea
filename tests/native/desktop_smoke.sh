#!/usr/bin/env bash
# Desktop smoke test: the real window under Xvfb renders and saves a non-blank screenshot.
# usage: desktop_smoke.sh LIMBER_BINARY OUT_DIR
set -euo pipefail
limber=$1
out=$2
mkdir -p "$out"
png="$out/desktop-home.png"
rm -f "$png"
config=$(mktemp -d)  # never the tester's own ~/.config
trap 'rm -rf "$config"' EXIT
xvfb-run -a -n 150 -s "-screen 0 1280x800x24" "$limber" --screenshot "$png" --frames 3 --config-dir "$config" --data-dir "$config/data"
test -s "$png" || { echo "FAIL: no screenshot at $png"; exit 1; }
python3 "$(dirname "$0")/png_stats.py" "$png" --min-stddev 5
