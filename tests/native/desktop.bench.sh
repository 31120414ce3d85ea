#!/usr/bin/env bash
# Desktop benchmarks under Xvfb (Mesa's software OpenGL, so slower than a real GPU):
#   time to first frame: `limber --screenshot --frames 1`, start to exit, median of 7 runs
#                        (includes loading the fonts, the core, a window and writing a PNG)
#   idle CPU:            a normal window left alone for 10 s, utime+stime from /proc
# usage: desktop.bench.sh LIMBER_BINARY
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
tick_hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Time to first frame.
runs=()
"$limber" --screenshot warm.png --frames 1 --size 1280x800 --config-dir "$work/config" --data-dir "$work/data"  # warm caches
for _ in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  "$limber" --screenshot first.png --frames 1 --size 1280x800 --config-dir "$work/config" --data-dir "$work/data"
  runs+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${runs[@]}" | sort -n))
echo "desktop time to first frame: median ${sorted[3]} ms (min ${sorted[0]}, max ${sorted[6]}; runs: ${runs[*]})"

# CPU while idle: startup first, then 10 quiet seconds.
"$limber" --size 1280x800 --config-dir "$work/config" --data-dir "$work/data" &
pid=$!
sleep 1
startup=$(ticks "$pid")
sleep 10
idle=$(( $(ticks "$pid") - startup ))
kill -TERM "$pid"
wait "$pid"
python3 - "$startup" "$idle" "$tick_hz" <<'PY'
import sys
startup, idle, hz = (int(v) for v in sys.argv[1:])
percent = 100.0 * idle / hz / 10
verdict = "ok" if percent < 2 else "ABOVE the 2 % target"
print(f"desktop idle CPU: {percent:.2f} % of one core over 10 s ({idle} ticks at {hz} Hz; "
      f"start-up used {1000 * startup // hz} ms of CPU) - {verdict}")
PY
