#!/usr/bin/env bash
# The desktop app with a journal, under Xvfb: states that take clicks to reach (a saved
# check, an emergency result, today's plan, a session running with its figure, an exercise
# opened in the library, progress with weeks of data) set up through the test-only --script
# and --clock options. Each is a non-blank screenshot (OUT_DIR/desktop-<state>.png) whose
# text (--dump-text) must hold what the core says. Then a journal written outside the app
# (limber-cli journal add, and a prepared JSON document with a saved check) must show in
# Progress, and a change made in the app must be on disk for the next run.
# usage: desktop_journeys.sh LIMBER_BINARY OUT_DIR LIMBER_CLI
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  exec xvfb-run -a -n 120 -s "-screen 0 1600x2400x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
out=$(mkdir -p "$2" && realpath "$2")
cli=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
# On a failure, the background picture checks finish before their folder goes.
trap 'wait 2>/dev/null || true; cd /; rm -rf "$work"' EXIT
cd "$work"
export TZ=UTC  # the frozen clock's date is the same on every machine

fail() { echo "FAIL: $*"; exit 1; }
has() {  # has FILE TEXT: the dumped text contains TEXT (fixed string)
  grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$1 lacks \"$2\""; }
}
lacks() { ! grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$1 shows \"$2\""; }; }
py() { python3 -c "$@"; }

T=1794816000000  # Monday 2026-11-16 08:00 UTC
TODAY=2026-11-16

# shot NAME DATA_DIR [options]: a screenshot and the text of one state; the blank check
# (slow, pure Python) runs in the background while the next one renders.
checks=()
shot() {
  local name=$1 data=$2
  shift 2
  local png="$out/desktop-$name.png"
  rm -f "$png"
  "$limber" --screenshot "$png" --frames 3 --size 1280x900 --config-dir "$work/config" \
    --data-dir "$data" --clock "$T" --dump-text "$@" >"$work/$name.txt" ||
    fail "limber exited $? for $name"
  test -s "$png" || fail "no screenshot at $png"
  python3 "$here/png_stats.py" "$png" --min-stddev 5 &
  checks+=($!)
  lacks "$work/$name.txt" "Something went wrong"
}

# Answers to the check: no warning signs, long-lasting pain; and one with a red flag.
"$cli" screen --questions >"$work/questions.json"
py '
import json, sys
q = json.load(open(sys.argv[1]))
a = {x["id"]: "no" for x in q["questions"] if x["role"] == "red_flag"}
a["age"] = 42
a["weeks_since_onset"] = 30
json.dump(a, open(sys.argv[2], "w"))
a["bladder_change"] = "yes"
json.dump(a, open(sys.argv[3], "w"))
' "$work/questions.json" "$work/answers.json" "$work/emergency.json"
request() {  # request FILE CMD_JSON_WITHOUT_BRACES: appends one request line
  echo "{$2}" >>"$1"
}
check_line() { echo "\"cmd\":\"screening.evaluate\",\"answers\":$(cat "$1"),\"date\":\"$2\",\"save\":true"; }

# --- The check: an emergency result locks the programme ---------------------------------
request "$work/emergency.jsonl" "$(check_line "$work/emergency.json" "$TODAY")"
shot check-emergency "$work/d-emergency" --screen check --script "$work/emergency.jsonl"
has "$work/check-emergency.txt" "Get help now"
has "$work/check-emergency.txt" "Call the emergency number now"
has "$work/check-emergency.txt" "New trouble with peeing or bladder control"
has "$work/check-emergency.txt" "Not a diagnosis"
has "$work/check-emergency.txt" "stays closed"
has "$work/check-emergency.txt" "Do the check again"
shot today-locked "$work/d-emergency" --screen today
has "$work/today-locked.txt" "Exercises are paused"
lacks "$work/today-locked.txt" "Start today's session"

# --- Today with a plan: the core's exercises, the week, walking, check-in, habits ---------
request "$work/check.jsonl" "$(check_line "$work/answers.json" 2026-11-10)"
shot today-plan "$work/d-plan" --screen today --script "$work/check.jsonl" --size 1280x1800
"$cli" plan --answers "$work/answers.json" --date "$TODAY" >"$work/plan.json"
first=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["today"]["exercises"][0]["name"])' "$work/plan.json")
last=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["today"]["exercises"][-1]["name"])' "$work/plan.json")
t="$work/today-plan.txt"
has "$t" "$first"
has "$t" "$last"
has "$t" "Start today's session"
has "$t" "Monday 16 November"
has "$t" "This week"
has "$t" "Walking"
has "$t" "Daily check-in"
has "$t" "How bad is your pain today"
has "$t" "Habits for a good day"  # the list, or a calm note while this core lacks checklist.get

# The library opened from an exercise (what pressing a name on Today does).
echo '{"desktop": "open_exercise", "id": "clamshell"}' >"$work/library.jsonl"
shot library-detail "$work/d-plan" --screen library --script "$work/library.jsonl" --size 1280x1500
t="$work/library-detail.txt"
has "$t" "Clamshell"
has "$t" "2 sets of 15 repetitions, each side. Rest 30 seconds between sets"
has "$t" "How to do it"
has "$t" "Stop if"
has "$t" "Harder:"
has "$t" "Side-lying leg raise"
has "$t" "All exercises"

# --- A session running: started 60 s before the frozen clock, two exercises skipped -------
cp "$work/check.jsonl" "$work/session.jsonl"
request "$work/session.jsonl" "\"cmd\":\"session.start\",\"date\":\"$TODAY\",\"now\":$((T - 60000)),\"pain_before\":3"
request "$work/session.jsonl" "\"cmd\":\"session.skip\",\"now\":$((T - 59000))"
request "$work/session.jsonl" "\"cmd\":\"session.skip\",\"now\":$((T - 58000))"
shot session "$work/d-session" --screen today --script "$work/session.jsonl"
t="$work/session.txt"
has "$t" "Exercise 4 of"
has "$t" "Standing hip circles"   # the core's item at that moment
has "$t" "Right side"   # the steps describe the right leg first (the core's side_text)
grep -qx "Work" "$t" || fail "the step is not in the core's words (step_text)"
has "$t" "Pause"
has "$t" "This hurts"
has "$t" "Skip"
has "$t" "How to do it"
grep -qE "^[0-9]+:[0-9]{2}$" "$t" || fail "no countdown in the session"
# The figure is drawn: the body's navy (style.cpp, figure_near) covers a good patch.
python3 "$here/png_stats.py" "$out/desktop-session.png" --colour 1f3556 --min-count 3000 ||
  fail "the session shows no figure"

# --- "This hurts" on the second exercise: the screen is about it and the choice ------------
cp "$work/check.jsonl" "$work/hurt.jsonl"
request "$work/hurt.jsonl" "\"cmd\":\"session.start\",\"date\":\"$TODAY\",\"now\":$((T - 60000))"
request "$work/hurt.jsonl" "\"cmd\":\"session.skip\",\"now\":$((T - 59000))"
request "$work/hurt.jsonl" "\"cmd\":\"session.hurts\",\"now\":$((T - 50000))"
shot session-hurt "$work/d-hurt" --screen today --script "$work/hurt.jsonl"
name_at() { py 'import json,sys; print(json.load(open(sys.argv[1]))["today"]["exercises"][int(sys.argv[2])]["name"])' "$work/plan.json" "$1"; }
t="$work/session-hurt.txt"
has "$t" "Exercise 2 of"
has "$t" "$(name_at 1)"   # the exercise that hurt is the heading
has "$t" "Stopped. That is OK."
has "$t" "Try "           # it has an easier step (the core's hurt.easier)
has "$t" "Go on to $(name_at 2)"
for word in "Skip" "This hurts" "Pause" "Resume" "How to do it"; do lacks "$t" "$word"; done
! grep -qE "^[0-9]+:[0-9]{2}$" "$t" || fail "a countdown shows while the person chooses"

# --- ... and on the last exercise: it waits too, and going on finishes the session ----------
count=$(py 'import json,sys; print(len(json.load(open(sys.argv[1]))["today"]["exercises"]))' "$work/plan.json")
cp "$work/check.jsonl" "$work/hurt-last.jsonl"
request "$work/hurt-last.jsonl" "\"cmd\":\"session.start\",\"date\":\"$TODAY\",\"now\":$((T - 60000))"
for i in $(seq 1 $((count - 1))); do
  request "$work/hurt-last.jsonl" "\"cmd\":\"session.skip\",\"now\":$((T - 60000 + i * 100))"
done
request "$work/hurt-last.jsonl" "\"cmd\":\"session.hurts\",\"now\":$((T - 40000))"
shot session-hurt-last "$work/d-hurt-last" --screen today --script "$work/hurt-last.jsonl"
t="$work/session-hurt-last.txt"
has "$t" "Exercise $count of $count"
has "$t" "$(name_at $((count - 1)))"
has "$t" "It was the last exercise today"
has "$t" "Finish the session"
for word in "Go on to" "End session" "Session finished"; do lacks "$t" "$word"; done

# --- Progress with weeks of data ------------------------------------------------------------
py '
import json, sys, datetime
start = datetime.date(2026, 10, 20)
lines = [open(sys.argv[1]).read().strip()]
for i in range(27):
    d = (start + datetime.timedelta(days=i)).isoformat()
    if i % 3 != 2:
        lines.append(json.dumps({"cmd": "journal.add", "entry": {"type": "checkin", "date": d,
            "pain": max(0, 6 - i // 5), "walking_minutes": 10 + i}}))
    if i % 2 == 0:
        lines.append(json.dumps({"cmd": "journal.add", "entry": {"type": "session", "date": d,
            "plan_day": "A" if i % 4 == 0 else "B", "pain_before": 4, "pain_after": 3,
            "exercises": [{"exercise_id": "glute_bridge", "status": "done", "sets_done": 2,
                           "reps_done": 20, "seconds": 300}]}}))
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
' "$work/check.jsonl" "$work/history.jsonl"
shot progress-data "$work/d-history" --screen progress --script "$work/history.jsonl" --size 1280x1700
t="$work/progress-data.txt"
has "$t" "Pain over the last four weeks"
has "$t" "Average over the last 7 days"
has "$t" "Minutes each week"
has "$t" "Sessions"
has "$t" "Pain (0-10)"
has "$t" "Sunday 15 November"
has "$t" "Strength session B"
has "$t" "days in a row"

# --- A journal written outside the app shows in Progress ---------------------------------
D="$work/d-cli"
echo '{"type":"checkin","date":"2026-11-14","pain":5,"walking_minutes":25,"note":"long drive, stiff back"}' |
  "$cli" journal add --data-dir "$D" --entry - >/dev/null
echo '{"type":"session","date":"2026-11-15","plan_day":"B","pain_before":4,"pain_after":2,"note":"easier today","exercises":[{"exercise_id":"clamshell","status":"done","sets_done":2,"reps_done":30,"seconds":200}]}' |
  "$cli" journal add --data-dir "$D" --entry - >/dev/null
shot history-cli "$D" --screen progress --size 1280x1700
t="$work/history-cli.txt"
has "$t" "Saturday 14 November"
has "$t" "long drive, stiff back"
has "$t" "walked 25 min"
has "$t" "Sunday 15 November"
has "$t" "Strength session B"
has "$t" "easier today"
has "$t" "pain 4"

# ...and a prepared document with a saved check: Today has a plan without any clicks.
P="$work/d-prepared"
mkdir -p "$P"
py '
import json, sys
doc = {"schema_version": 2,
       "settings": {"voice": False, "tones": True, "activities": ["Walking the dog"]},
       "screening": {"date": "2026-11-10", "level": "self_care", "answers": json.load(open(sys.argv[1]))},
       "entries": [{"id": "checkin-2026-11-12-1", "type": "checkin", "date": "2026-11-12", "pain": 3,
                    "activities": [{"name": "Walking the dog", "score": 6}], "note": "prepared entry"}]}
json.dump(doc, open(sys.argv[2], "w"))
' "$work/answers.json" "$P/journal.json"
shot prepared-today "$P" --screen today --size 1280x1800
has "$work/prepared-today.txt" "Start today's session"
has "$work/prepared-today.txt" "Walking the dog"
shot prepared-progress "$P" --screen progress --size 1280x1700
has "$work/prepared-progress.txt" "prepared entry"
has "$work/prepared-progress.txt" "Walking the dog"

# --- Changes made in the app are on disk for the next run ----------------------------------
request "$work/add.jsonl" "\"cmd\":\"journal.add\",\"entry\":{\"type\":\"checkin\",\"date\":\"$TODAY\",\"pain\":2,\"note\":\"saved by the app\"}"
shot add "$P" --screen today --script "$work/add.jsonl"
py 'import json,sys; d=json.load(open(sys.argv[1])); assert any(e.get("note")=="saved by the app" for e in d["entries"]), d' \
  "$P/journal.json" || fail "the app's change is not in journal.json"
test -f "$P/journal.json.bak" || fail "no backup kept by the app's save"
[ "$(stat -c %a "$P/journal.json")" = 600 ] || fail "journal.json is readable by others"
shot after-add "$P" --screen progress --size 1280x1700
has "$work/after-add.txt" "saved by the app"
"$cli" journal check --data-dir "$P" >/dev/null || fail "limber-cli cannot read what the app saved"

# --- A journal from a newer Limber: shown read-only, never written -------------------------
N="$work/d-newer"
mkdir -p "$N"
echo '{"schema_version": 99, "entries": []}' >"$N/journal.json"
cp "$N/journal.json" "$work/newer-before.json"
shot newer "$N" --screen today
has "$work/newer.txt" "About your journal"
has "$work/newer.txt" "newer version of Limber"
cmp -s "$N/journal.json" "$work/newer-before.json" || fail "a newer journal was changed"

# --- A corrupt journal is moved aside, and the app says so ---------------------------------
C="$work/d-corrupt"
mkdir -p "$C"
echo '{not json' >"$C/journal.json"
shot corrupt "$C" --screen today
has "$work/corrupt.txt" "could not be read"
ls "$C" | grep -q '^journal.json.corrupt-' || fail "the corrupt file was not kept aside"

for pid in "${checks[@]}"; do wait "$pid" || fail "a screenshot looks blank (see above)"; done
test ! -e "$work/imgui.ini" || fail "imgui.ini was written to the working directory"
echo "desktop journeys: ok"
