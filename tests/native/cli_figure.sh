#!/usr/bin/env bash
# limber-cli figure: SVG for one exercise's pose, validation of pose files, contact sheet.
# usage: cli_figure.sh LIMBER_CLI SOURCE_DIR
set -euo pipefail
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

svg=$("$cli" figure --exercise glute_bridge --pose end)
[[ $svg == "<svg "* ]] || fail "output is not an SVG: ${svg:0:80}"
[[ $svg == *'role="img"'* ]] || fail "no role=img"
[[ $svg == *"<title>Glute bridge</title>"* ]] || fail "no default title"
[[ $svg == *"</svg>" ]] || fail "unterminated SVG"

# Deterministic, and the phase moves the figure.
[[ $("$cli" figure --exercise glute_bridge --phase 0.5) == $("$cli" figure --exercise glute_bridge --phase 0.5) ]] \
  || fail "same phase, different output"
[[ $("$cli" figure --exercise glute_bridge --phase 0) != $("$cli" figure --exercise glute_bridge --phase 0.5) ]] \
  || fail "phase has no effect"
[[ $("$cli" figure --exercise glute_bridge --phase 0) == $("$cli" figure --exercise glute_bridge --pose start) ]] \
  || fail "phase 0 is not the start pose"

# The title is escaped; views and aspect change the picture.
"$cli" figure --exercise childs_pose --title 'Rest <here> & breathe' | grep -q '<title>Rest &lt;here&gt; &amp; breathe</title>' \
  || fail "title not escaped"
[[ $("$cli" figure --exercise bodyweight_squat --view front) != $("$cli" figure --exercise bodyweight_squat) ]] \
  || fail "--view ignored"
"$cli" figure --exercise walking --aspect 2 | grep -q 'viewBox="0 0 200 100"' || fail "--aspect ignored"

# Usage errors exit 2.
for bad in "--exercise no_such_exercise" "--exercise glute_bridge --pose hold" \
           "--exercise glute_bridge --phase 2" "--exercise glute_bridge --view above" \
           "--pose start" "--exercise glute_bridge --colour red"; do
  set +e
  # shellcheck disable=SC2086
  "$cli" figure $bad > /dev/null 2> "$tmp/err"
  code=$?
  set -e
  [[ $code == 2 ]] || fail "'$bad' exited $code, expected 2"
  [[ -s $tmp/err ]] || fail "'$bad' printed no error"
done

# A broken pose file in --assets DIR: exit 1, the problem names file, exercise and joint.
mkdir -p "$tmp/assets/poses"
cat > "$tmp/assets/poses/bridge.json" <<'JSON'
{"exercise": "bridge", "kind": "reps",
 "start": {"placement": "supine", "near_knee": 170}, "end": {"placement": "supine"}}
JSON
set +e
"$cli" figure --exercise bridge --assets "$tmp/assets" > /dev/null 2> "$tmp/err"
code=$?
set -e
[[ $code == 1 ]] || fail "invalid pose file exited $code, expected 1"
grep -q "poses/bridge.json: bridge: start.near_knee: knee flexion" "$tmp/err" || fail "problem not named: $(cat "$tmp/err")"

# The contact sheet pictures every pose file.
"$cli" figure --contact-sheet > "$tmp/sheet.html"
for f in "$src"/assets/poses/*.json; do
  id=$(basename "$f" .json)
  grep -q "<h2>$id " "$tmp/sheet.html" || fail "contact sheet lacks $id"
done
echo "cli_figure: ok"
