#!/usr/bin/env bash
# Settings' data tools used as a person would, in the running app under Xvfb: a journal made
# with limber-cli is backed up to a JSON file typed into "Save to", deleted through the
# confirmation, brought back with "Add to my journal" from a path typed into "File", then
# replaced from it (a second confirmation), and saved again as CSV. Keys go in through XTEST
# (xkeys.py): Tab moves between text fields, arrow keys between buttons, Space presses one.
# The app's text is read back through the test-only --trace file; the journal on disk.
# usage: desktop_files.sh LIMBER_BINARY LIMBER_CLI [OUT_DIR]   (OUT_DIR: desktop-files.png)
set -euo pipefail
if [ -z "${LIMBER_IN_XVFB:-}" ]; then
  exec xvfb-run -a -n 160 -s "-screen 0 1280x1400x24" env LIMBER_IN_XVFB=1 bash "$0" "$@"
fi
limber=$(realpath "$1")
cli=$(realpath "$2")
out=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export HOME=$work  # "~/..." typed in the fields is the test folder
D=$work/data
trace=$work/screen.txt

fail() { echo "FAIL: $*"; exit 1; }
keys() { python3 "$here/xkeys.py" "$@"; }
# field LABEL TEXT: the text field under LABEL holds TEXT within 3 s (the typing went there).
field() {
  for _ in $(seq 30); do
    grep -A1 -xF -- "$1" "$trace" | grep -qxF -- "{ $2 }" && return 0
    sleep 0.1
  done
  cat "$trace"; fail "the $1 field does not hold $2"
}
# says TEXT [TENTHS]: the app shows TEXT (a fixed string) within TENTHS tenths of a second.
says() {
  for _ in $(seq "${2:-30}"); do
    grep -qF -- "$1" "$trace" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "--- the app shows:"; cat "$trace" 2>/dev/null || true
  fail "the app never said \"$1\""
}
entries() { python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["entries"], sort_keys=True))' "$1"; }
# wait_entries FILE COUNT: the journal on disk holds COUNT entries within 3 s.
wait_entries() {
  for _ in $(seq 30); do
    [ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["entries"]))' "$1" 2>/dev/null)" = "$2" ] && return 0
    sleep 0.1
  done
  fail "$1 does not hold $2 entries: $(cat "$1")"
}

# A journal with a check-in and a session, written outside the app.
echo '{"type":"checkin","date":"2026-11-14","pain":5,"walking_minutes":25,"note":"long drive, stiff back"}' |
  "$cli" journal add --data-dir "$D" --entry - >/dev/null
echo '{"type":"session","date":"2026-11-15","plan_day":"B","pain_before":4,"pain_after":2,"note":"easier today","exercises":[{"exercise_id":"clamshell","status":"done","sets_done":2,"reps_done":30,"seconds":200}]}' |
  "$cli" journal add --data-dir "$D" --entry - >/dev/null
entries "$D/journal.json" >"$work/before.json"

"$limber" --size 1200x1380 --config-dir "$work/config" --data-dir "$D" --trace "$trace" &
pid=$!
# Starting takes longer than a key press, more so on a busy machine (ctest runs in parallel).
says "Learn" 300
keys ctrl+6
says "Back up your journal"

# --- 1. Back up: Tab to the fourth text field ("Save to"; three activities come first),
# type a path, Enter leaves the field, Down reaches "Save the backup", Space presses it.
keys Tab Tab Tab Tab ctrl+a text:~/backup.json Return
field "Save to" "~/backup.json"
keys Down space
says "Saved to $work/backup.json."
test -f "$work/backup.json" || fail "no backup at $work/backup.json"
[ "$(entries "$work/backup.json")" = "$(cat "$work/before.json")" ] ||
  fail "the backup does not hold the journal's entries: $(cat "$work/backup.json")"
grep -qF "long drive, stiff back" "$work/backup.json" || fail "the check-in's note is not in the backup"

# --- 2. Delete all data: Down past "File", "Add to my journal" and "Import" to "Delete all
# data…"; Space asks first; Down to "Yes, delete everything", Space.
keys Down Down Down Down space
says "Yes, delete everything"
test "$(entries "$D/journal.json")" = "$(cat "$work/before.json")" || fail "the journal changed before the confirmation"
keys Down space
says "Everything was deleted. Limber starts fresh."
wait_entries "$D/journal.json" 0
ps -p "$pid" >/dev/null || fail "limber is not running after the delete"
# Nothing of the old journal stays beside it (the backup of the last save, copies kept aside).
left=$(cd "$D" && ls -A | grep -F 'journal.json.' || true)
[ -z "$left" ] || fail "old copies are still on disk after the delete: $left"

# --- 3. Bring the backup back: Tab from the top to the fifth field ("File"), type the
# path, Down to "Add to my journal" (chosen already), Down to "Import", Space.
keys Tab Tab Tab Tab Tab ctrl+a text:~/backup.json Return
field "File" "~/backup.json"
keys Down Down space
says "Added 2 entries from the file."
wait_entries "$D/journal.json" 2
[ "$(entries "$D/journal.json")" = "$(cat "$work/before.json")" ] ||
  fail "the journal after the import differs from before: $(cat "$D/journal.json")"
! grep -qF "Limber starts fresh" "$trace" || fail "Settings still says everything was deleted"
if [ -n "$out" ]; then
  mkdir -p "$out"
  keys shot:"$out/desktop-files.png"
  python3 "$here/png_stats.py" "$out/desktop-files.png" --min-stddev 5 || fail "the screenshot looks blank"
fi
# "Replace my journal" asks first (a confirmation inside the card, like Delete): Up to "Add
# to my journal", Right to "Replace my journal", Space; Down to "Import", Space; Down to
# "Yes, replace it", Space. The same file again: the same entries.
keys Up Right space
says "Everything here is replaced by the file's contents."
keys Down space
says "Yes, replace it"
keys Down space
says "Your journal now holds the file's 2 entries."
! grep -qF "Yes, replace it" "$trace" || fail "the replace confirmation stayed"
ps -p "$pid" >/dev/null || fail "limber is not running after the replacing import"
[ "$(entries "$D/journal.json")" = "$(cat "$work/before.json")" ] ||
  fail "the journal after replacing differs from before: $(cat "$D/journal.json")"
# Progress shows the entries again (the import reaches the other screens).
keys ctrl+4
says "long drive, stiff back"
says "easier today"

# --- 4. A CSV for a spreadsheet: Settings again, "CSV (spreadsheet)" is right of "JSON";
# the field then names a .csv file in the home folder, which "Save the backup" writes.
keys ctrl+6
says "Back up your journal"
keys Tab Tab Tab Tab ctrl+a text:~/backup.csv Return
field "Save to" "~/backup.csv"
keys Up Right space
keys Down Down space
says "Saved to $work/backup.csv."
head -1 "$work/backup.csv" | grep -q "^date,type,id,pain," ||
  fail "the CSV has no header row: $(head -2 "$work/backup.csv")"
grep -q "^2026-11-14,checkin,checkin-2026-11-14-1," "$work/backup.csv" || fail "the CSV lacks the check-in"
grep -q "^2026-11-15,session,session-2026-11-15-1," "$work/backup.csv" || fail "the CSV lacks the session"

kill -TERM "$pid"
wait "$pid" || fail "limber exited $? after SIGTERM"
pid=
echo "desktop files: ok"
