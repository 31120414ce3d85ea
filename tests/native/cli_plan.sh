#!/usr/bin/env bash
# limber-cli plan as a user runs it: today's session and the week as JSON, from a check's
# answers; precautions honoured against the catalogue's own tags; locked when it must be.
#   bash cli_plan.sh PATH_TO_limber-cli SOURCE_DIR
set -euo pipefail
CLI=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

. "$(dirname "$0")/lib/cli.sh"
# Plan checks may look exercises up in the catalogue, by id.
check_plan() { check "$1" "catalogue=$TMP/catalogue_by_id.json"; }

# Answers: every red-flag question "no" (from the questionnaire itself), age 45, plus extras.
"$CLI" screen --questions >"$TMP/questions.json"
"$CLI" catalogue --json >"$TMP/catalogue.json"
python3 -c 'import json, sys; json.dump({e["id"]: e for e in json.load(open(sys.argv[1]))}, open(sys.argv[2], "w"))' \
  "$TMP/catalogue.json" "$TMP/catalogue_by_id.json"
answers() {
  python3 - "$TMP/questions.json" "$1" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
a = {x["id"]: "no" for x in q["questions"] if x["role"] == "red_flag"}
a["age"] = 45
a.update(json.loads(sys.argv[2]))
print(json.dumps(a))
EOF
}

# A Monday with nothing logged: strength half A, warm-up first, a week of seven days.
answers '{"weeks_since_onset": 20}' >"$TMP/clear.json"
run plan --answers "$TMP/clear.json" --date 2026-11-16
[ "$code" = 0 ] || fail "plan exit $code: $(cat "$TMP/err")"
check_plan 'v["status"] == "ready" and v["check"]["level"] == "self_care"'
check_plan 'v["today"]["plan_day"] == "A" and v["today"]["kind"] == "strength"'
check_plan 'len(v["week"]) == 7 and v["week"][0]["date"] == "2026-11-16"'
check_plan 'v["today"]["exercises"][0]["warm_up"] and all(e["id"] in catalogue for e in v["today"]["exercises"])'
check_plan 'all(e["name"] and e["dosage"]["kind"] for e in v["today"]["exercises"])'
check_plan 'not any(a["kind"] == "strength" and b["kind"] == "strength" for a, b in zip(v["week"], v["week"][1:]))'

# Posterior hip replacement 5 weeks ago: no hip flexion past 90, crossing or turning in.
answers '{"hip_replacement": "posterior", "weeks_since_hip_replacement": 5}' >"$TMP/hip.json"
for day in 16 17 18 19 20 21 22; do
  run plan --answers "$TMP/hip.json" --date 2026-11-$day
  [ "$code" = 0 ] || fail "plan exit $code"
  check_plan 'not any(set(catalogue[e["id"]]["precautions"]) & {"hip_flexion_past_90", "crosses_midline", "hip_internal_rotation"} for e in v["today"]["exercises"])'
  check_plan 'all(e.get("reason") for e in v["today"]["exercises"] if e.get("replaces"))'
done

# Emergency: locked, with the action to take.
answers '{"bladder_change": "yes"}' >"$TMP/emergency.json"
run plan --answers "$TMP/emergency.json" --date 2026-11-16
check_plan 'v["status"] == "locked" and v["today"]["exercises"] == [] and "emergency" in v["message"].lower()'

# `soon`: needs the person to acknowledge the advice; then gentle only.
answers '{"shingles_signs": "yes"}' >"$TMP/soon.json"
run plan --answers "$TMP/soon.json" --date 2026-11-16
check_plan 'v["status"] == "needs_acknowledgement" and v["today"]["exercises"] == []'
run plan --answers "$TMP/soon.json" --date 2026-11-16 --acknowledge
check_plan 'v["status"] == "ready" and v["today"]["kind"] == "gentle"'
check_plan 'all(catalogue[e["id"]]["category"] in ("warm_up", "mobility", "stretch") for e in v["today"]["exercises"])'

# With a journal (--data-dir): two well-tolerated sessions in a row progress one step (the
# third starts a new run),
# and a strength session yesterday makes today a rest day for the hip muscles.
DATA="$TMP/data"
for entry in \
  '{"type":"session","date":"2026-11-09","plan_day":"A","exercises":[{"exercise_id":"glute_bridge","status":"done"}],"pain_before":3,"pain_after":3}' \
  '{"type":"session","date":"2026-11-11","plan_day":"B","exercises":[{"exercise_id":"glute_bridge","status":"done"}],"pain_before":3,"pain_after":4}' \
  '{"type":"session","date":"2026-11-17","plan_day":"A","exercises":[{"exercise_id":"glute_bridge","status":"done"}],"pain_before":3,"pain_after":3}'; do
  printf '%s' "$entry" | "$CLI" journal add --data-dir "$DATA" --entry - >/dev/null
done
run plan --answers "$TMP/clear.json" --date 2026-11-18 --data-dir "$DATA"
[ "$code" = 0 ] || fail "plan --data-dir exit $code: $(cat "$TMP/err")"
check_plan 'v["step"] == 1 and [e["change"] for e in v["progression"]] == [1]'
check_plan 'v["week"][1]["done"] and v["week"][1]["plan_day"] == "A"'
check_plan 'v["today"]["kind"] == "stretch"'
check_plan 'v["week"][3]["plan_day"] == "B"'
# A flare (pain after >= before + 3) eases the programme back.
printf '%s' '{"type":"session","date":"2026-11-18","plan_day":"stretch","exercises":[{"exercise_id":"childs_pose","status":"done"}],"pain_before":2,"pain_after":6}' |
  "$CLI" journal add --data-dir "$DATA" --entry - >/dev/null
run plan --answers "$TMP/clear.json" --date 2026-11-19 --data-dir "$DATA"
check_plan 'v["step"] == 0 and v["progression"][-1]["change"] == -1 and "pain rose" in v["progression"][-1]["reason"]'

# Bad input: exit 2 naming the problem.
run plan --answers "$TMP/clear.json" --date 2026-02-30
[ "$code" = 2 ] || fail "a bad date must exit 2, not $code"
grep -q "YYYY-MM-DD" "$TMP/err" || fail "the date error says the format"
echo '{"no_such_item": "yes"}' >"$TMP/bad.json"
run plan --answers "$TMP/bad.json" --date 2026-11-16
[ "$code" = 2 ] || fail "unknown answer ids must exit 2, not $code"
grep -q "no_such_item" "$TMP/err" || fail "the error names the item"
echo "cli_plan: all checks passed"
