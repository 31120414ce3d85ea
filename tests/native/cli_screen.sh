#!/usr/bin/env bash
# limber-cli screen as a user runs it: verdicts as JSON, exit 2 with the item named for bad
# answers, exit 1 for broken content, and the questionnaire for shells.
#   bash cli_screen.sh PATH_TO_limber-cli SOURCE_DIR
set -euo pipefail
CLI=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

. "$(dirname "$0")/lib/cli.sh"

# --- the questionnaire: the red-flag ids are a contract (shared/clinical/red-flags.md) ---
run screen --questions
[ "$code" = 0 ] || fail "--questions exit $code: $(cat "$TMP/err")"
cp "$TMP/out" "$TMP/questions.json"
check 'sorted(q["id"] for q in v["questions"] if q["role"] == "red_flag") == sorted("""
  saddle_numbness bladder_change bowel_change sexual_change both_legs_symptoms
  progressive_weakness major_trauma chest_pain aortic_signs fall_cannot_bear_weight
  hot_swollen_hip fever infection_risk cancer_history weight_loss night_pain fragility_trauma
  back_deformity kidney_signs shingles_signs runner_groin_pain child_limp cannot_walk avn_risk
  inflammatory_pattern not_improving_6w""".split())'
check 'all(q["text"] and q["group"] in {g["id"] for g in v["groups"]} for q in v["questions"])'
check '{"age", "hip_replacement", "weeks_since_hip_replacement", "pregnant_over_20_weeks",
        "osteoporosis", "knee_pain_kneeling", "recent_spine_surgery", "sciatica", "onset",
        "weeks_since_onset", "pattern", "worse_time", "aggravating", "pain_now", "radiates",
        "location", "quality"} <= {q["id"] for q in v["questions"]}'
check '[q for q in v["questions"] if q["id"] == "weeks_since_hip_replacement"][0]["shown_if"]
       == {"item": "hip_replacement", "in": ["posterior", "anterior", "lateral", "unknown"]}'

# An answer file with every red-flag item "no" and age 35, plus overrides.
answers() {
  python3 - "$TMP/questions.json" "$@" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))["questions"]
a = {x["id"]: "no" for x in q if x["role"] == "red_flag"}
a["age"] = 35
for kv in sys.argv[2:]:
    k, v = kv.split("=", 1)
    a[k] = json.loads(v) if v[:1] in "[{0123456789-" or v in ("null", "true") else v
    if a[k] is None: del a[k]
print(json.dumps(a))
EOF
}

# --- verdicts ---
answers >"$TMP/clear.json"
run screen --answers "$TMP/clear.json"
[ "$code" = 0 ] || fail "all-no exit $code: $(cat "$TMP/err")"
check 'v["level"] == "self_care" and v["complete"] and v["programme"] == "full"
       and v["reasons"] == [] and v["unanswered"] == [] and v["not_a_diagnosis"]'
check 'set(v) >= {"level", "reasons", "action", "actions", "precautions", "sources", "complete",
                  "unanswered", "programme", "excluded_tags", "pain_history", "not_a_diagnosis"}'

answers bladder_change=yes >"$TMP/bladder.json"
run screen --answers "$TMP/bladder.json"
[ "$code" = 0 ] || fail "bladder exit $code"
check 'v["level"] == "emergency" and v["programme"] == "locked"
       and [r["id"] for r in v["reasons"]] == ["bladder_change"] and "CES card" in v["sources"]'

# stdin, unsure and a combination, precautions and pain history
answers cancer_history=yes sexual_change=unsure hip_replacement=anterior \
  weeks_since_hip_replacement=5 weeks_since_onset=20 >"$TMP/mixed.json"
run screen --answers - <"$TMP/mixed.json"
[ "$code" = 0 ] || fail "stdin exit $code: $(cat "$TMP/err")"
check 'v["level"] == "urgent" and any(r["id"] == "sexual_change" and r["unsure"] for r in v["reasons"])'
check 'any(f["id"] == "cancer_history_with_nerve_signs" and f["via_unsure"] for f in v["fired_rules"])'
check 'sorted(v["excluded_tags"]) == ["high_impact", "hip_extension_with_turn_out"]'
check 'v["pain_history"]["stage"] == "chronic"'

# missing answers: still a verdict (exit 0), but incomplete and locked
answers fever=null saddle_numbness=null >"$TMP/partial.json"
run screen --answers "$TMP/partial.json"
[ "$code" = 0 ] || fail "partial exit $code"
check 'not v["complete"] and v["unanswered"] == ["saddle_numbness", "fever"]
       and v["programme"] == "locked" and v["level"] == "self_care"'

# --- bad answers: exit 2, the item named ---
bad() {  # bad ITEM JSON
  printf '%s' "$2" >"$TMP/bad.json"
  run screen --answers "$TMP/bad.json"
  [ "$code" = 2 ] || fail "expected exit 2 for $2, got $code"
  grep -q "$1" "$TMP/err" || fail "message does not name $1: $(cat "$TMP/err")"
  [ ! -s "$TMP/out" ] || fail "printed a verdict for bad answers: $2"
}
bad fevr '{"fevr": "yes"}'
bad fever '{"fever": "maybe"}'
bad fever '{"fever": true}'
bad age '{"age": "forty"}'
bad age '{"age": 300}'
bad pain_now '{"pain_now": 11}'
bad aggravating '{"aggravating": ["flying"]}'
bad hip_replacement '{"hip_replacement": "sideways"}'
bad 'invalid JSON' '{"fever": '

# --- usage mistakes: exit 2 ---
for args in "screen" "screen --questions --answers $TMP/clear.json" "screen --answers" \
            "screen --answers $TMP/nope.json" "screen --answers $TMP/clear.json --colour red"; do
  # shellcheck disable=SC2086
  run $args
  [ "$code" = 2 ] || fail "expected exit 2 for '$args', got $code"
done

# --- broken content in --assets DIR: exit 1, the file and entry named ---
cp -r "$SRC/assets" "$TMP/assets"
python3 - "$TMP/assets/screening/rules.json" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
for r in doc["rules"]:
    if r["id"] == "fever":
        del r["sources"]
json.dump(doc, open(sys.argv[1], "w"))
EOF
run screen --questions --assets "$TMP/assets"
[ "$code" = 1 ] || fail "broken content exit $code"
grep -q "screening/rules.json: fever: sources: is required" "$TMP/err" || fail "$(cat "$TMP/err")"

# --- the engine is generic: no red-flag id is written in the C++ sources ---
python3 - "$TMP/questions.json" "$SRC" <<'EOF' || fail "a red-flag id appears in C++ code"
import json, pathlib, sys
ids = [q["id"] for q in json.load(open(sys.argv[1]))["questions"] if q["role"] == "red_flag"]
bad = []
for folder in ("core", "native", "web"):
    for path in pathlib.Path(sys.argv[2], folder).rglob("*"):
        if path.suffix in (".cpp", ".h") and "node_modules" not in path.parts:
            text = path.read_text(errors="replace")
            bad += [f"{path}: {i}" for i in ids if f'"{i}"' in text]
print("\n".join(bad), file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

echo "cli_screen: ok"
