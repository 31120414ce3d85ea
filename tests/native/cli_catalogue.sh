#!/usr/bin/env bash
# limber-cli validate-assets and catalogue, as a content author uses them.
#   bash cli_catalogue.sh PATH_TO_limber-cli SOURCE_DIR
set -euo pipefail
CLI=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The embedded assets and the source folder are both valid: exit 0 and a one-line summary.
out=$("$CLI" validate-assets) || fail "validate-assets (embedded) exited $?"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "summary is not one line: $out"
[[ $out == *"no problems"* ]] || fail "unexpected summary: $out"
"$CLI" validate-assets "$SRC/assets" >/dev/null || fail "validate-assets $SRC/assets failed"

# A copy with two mistakes: exit 1, one line per problem, naming file, entry and field.
cp -r "$SRC/assets" "$TMP/assets"
python3 - "$TMP/assets/exercises" <<'PY'
import json, os, sys
folder = sys.argv[1]
def edit(name, change):
    path = os.path.join(folder, name + ".json")
    with open(path) as f:
        doc = json.load(f)
    change(doc)
    with open(path, "w") as f:
        json.dump(doc, f)
edit("pigeon_stretch", lambda d: d["dosage"].update(hold_seconds=10))
edit("glute_bridge", lambda d: d.update(harder=["glute_bridge_jump"]))
PY
set +e
out=$("$CLI" validate-assets "$TMP/assets" 2>"$TMP/err")
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "broken assets: expected exit 1, got $rc"
expected="exercises/glute_bridge.json: glute_bridge: harder[0]: 'glute_bridge_jump' is not an exercise id
exercises/pigeon_stretch.json: pigeon_stretch: dosage.hold_seconds: must be between 20 and 180, not 10"
# Both mistakes are reported. A broken entry is left out of the catalogue, so other content
# that names it (the routine in programme/plan.json) may report that too, naming the entry.
while IFS= read -r line; do
  printf '%s\n' "$out" | grep -qxF "$line" || fail "missing problem: $line
problems were:
$out"
done <<<"$expected"
while IFS= read -r line; do
  grep -qxF "$line" <<<"$expected" && continue
  [[ $line == programme/plan.json:*"'glute_bridge' is not in the catalogue" ]] ||
    fail "unexpected problem: $line"
done <<<"$out"
count=$(printf '%s\n' "$out" | wc -l)
grep -q "$count problems" "$TMP/err" || fail "no count on stderr: $(cat "$TMP/err")"

# The education tags (screening/education_tags.json) are checked too: an id the screening
# does not define, a duplicate tag, and the cards whose show_when names a tag left out.
cp -r "$SRC/assets" "$TMP/tags"
python3 - "$TMP/tags/screening/education_tags.json" <<'PY'
import json, sys
path = sys.argv[1]
with open(path) as f:
    doc = json.load(f)
by_tag = {t["tag"]: t for t in doc["tags"]}
by_tag["worry"]["ids"][0] = "fear"
doc["tags"].append({"tag": "sciatica", "when": "precaution", "ids": ["sciatica"]})
with open(path, "w") as f:
    json.dump(doc, f)
PY
set +e
out=$("$CLI" validate-assets "$TMP/tags" 2>/dev/null)
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "broken education tags: expected exit 1, got $rc"
expected="screening/education_tags.json: worry: tags[3].ids[0]: 'fear' is not a screening question
screening/education_tags.json: sciatica: tags[4].tag: 'sciatica' is already defined by tags[0]
education/moving_with_confidence.json: moving_with_confidence: show_when: 'worry' is not a tag in screening/education_tags.json (sciatica, hip_replacement, warning_signs)
education/pain_stress_and_mood.json: pain_stress_and_mood: show_when: 'worry' is not a tag in screening/education_tags.json (sciatica, hip_replacement, warning_signs)"
[ "$out" = "$expected" ] || fail "education tags problems:
$out
expected:
$expected"

# Not a folder: a usage error, not "invalid".
set +e
"$CLI" validate-assets "$TMP/nowhere" 2>/dev/null
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "missing folder: expected exit 2, got $rc"

# catalogue --json --region glutes: valid JSON, every entry targets the glutes.
"$CLI" catalogue --json --region glutes >"$TMP/glutes.json"
python3 - "$TMP/glutes.json" <<'PY' || fail "catalogue --json --region glutes"
import json, sys
items = json.load(open(sys.argv[1]))
assert isinstance(items, list) and len(items) >= 10, len(items)
ids = {e["id"] for e in items}
assert {"glute_bridge", "clamshell", "walking"} <= ids, ids
for e in items:
    assert "glutes" in e["regions"], e["id"]
    for key in ("name", "summary", "dosage", "steps", "cues", "feel", "stop_if",
                "precautions", "easier", "harder", "sources"):
        assert key in e, (e["id"], key)
PY

# Filters combine; the table ends with a count.
out=$("$CLI" catalogue --region piriformis --category stretch --exclude kneeling)
[[ $out == *supine_figure_four* && $out == *seated_figure_four* ]] || fail "table: $out"
[[ $out != *pigeon_stretch* ]] || fail "kneeling was not excluded: $out"
[ "$(printf '%s\n' "$out" | tail -n 1)" = "2 exercises" ] || fail "table count: $out"
out=$("$CLI" catalogue --json --search "Pígeon" --level 2)
python3 -c 'import json,sys; assert [e["id"] for e in json.loads(sys.argv[1])] == ["pigeon_stretch"]' "$out" ||
  fail "accent-insensitive search: $out"

# Bad filter values exit 2 and name the value.
for args in "--region neck" "--level 4" "--exclude kneeling,jumping" "--plane diagonal"; do
  set +e
  # shellcheck disable=SC2086
  err=$("$CLI" catalogue $args 2>&1 >/dev/null)
  rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "catalogue $args: expected exit 2, got $rc"
  value=${args##* }
  value=${value##*,}
  [[ $err == *"'$value'"* ]] || fail "catalogue $args: message does not name '$value': $err"
done

# A broken --assets folder is reported, not listed.
set +e
"$CLI" catalogue --assets "$TMP/assets" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "catalogue on broken assets: expected exit 1, got $rc"

echo "cli_catalogue: ok"
