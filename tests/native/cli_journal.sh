#!/usr/bin/env bash
# limber-cli journal add|check, export and import, as a person's scripts would run them:
# entries land durably, bad input changes nothing, a newer file is never touched, a corrupt
# one is moved aside (never deleted), and the lock keeps two writers apart.
#   bash cli_journal.sh PATH_TO_limber-cli SOURCE_DIR
set -euo pipefail
CLI=$1
SRC=$2
FIX=$SRC/tests/fixtures/journal
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect CODE CMD...: runs CMD, which must exit with CODE; its stdout/stderr go to $WORK/out, err.
expect() {
  local want=$1; shift
  local got=0
  "$@" >"$WORK/out" 2>"$WORK/err" || got=$?
  [ "$got" -eq "$want" ] || { cat "$WORK/out" "$WORK/err" >&2; fail "exit $got, wanted $want: $*"; }
}
# A fingerprint of every file in a folder: names, modes and contents.
fingerprint() { (cd "$1" && for f in $(ls -A | sort); do echo "$f $(stat -c %a "$f") $(sha256sum <"$f")"; done); }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

# --- journal add: the minimal check-in, the id printed only once saved --------------------
D=$WORK/data/limber
echo '{"type":"checkin","date":"2026-11-21","pain":4,"note":"felt stiff"}' >"$WORK/checkin.json"
expect 0 "$CLI" journal add --data-dir "$D" --entry "$WORK/checkin.json"
[ "$(cat "$WORK/out")" = "checkin-2026-11-21-1" ] || fail "first id: $(cat "$WORK/out")"
expect 0 "$CLI" journal add --data-dir "$D" --entry - <"$WORK/checkin.json"
[ "$(cat "$WORK/out")" = "checkin-2026-11-21-2" ] || fail "second id"
[ "$(stat -c %a "$D/journal.json")" = 600 ] || fail "journal.json mode $(stat -c %a "$D/journal.json")"
[ "$(stat -c %a "$D")" = 700 ] || fail "data folder mode"
[ -f "$D/journal.json.bak" ] || fail "no backup kept"
[ "$(json "$D/journal.json.bak" 'len(d["entries"])')" = 1 ] || fail "backup is not the previous version"

cat >"$WORK/session.json" <<'EOF'
{"type":"session","date":"2026-11-21","started_at":1763700000000,"ended_at":1763700900000,
 "plan_day":"A","exercises":[{"exercise_id":"glute_bridge","status":"done","sets_done":2,"reps_done":30,"seconds":95}],
 "pain_before":3,"pain_after":4,"note":""}
EOF
expect 0 "$CLI" journal add --data-dir "$D" --entry "$WORK/session.json"
[ "$(cat "$WORK/out")" = "session-2026-11-21-1" ] || fail "session id"
echo '{"type":"habits","date":"2026-11-21","ticked":["move_hourly"]}' | expect 0 "$CLI" journal add --data-dir "$D" --entry -
echo '{"type":"habits","date":"2026-11-21","ticked":["move_hourly","stretch_after"]}' | expect 0 "$CLI" journal add --data-dir "$D" --entry -
[ "$(cat "$WORK/out")" = "habits-2026-11-21-1" ] || fail "ticking again edits the day's entry"
expect 0 "$CLI" journal check --data-dir "$D"
grep -q '^4 entries (schema_version 2)' "$WORK/out" || fail "check: $(cat "$WORK/out")"

# --- bad input changes nothing (and creates nothing) ------------------------------------
before=$(fingerprint "$D")
echo '{"type":"checkin","date":"2026-11-21","pain":11,"mood":1}' | expect 2 "$CLI" journal add --data-dir "$D" --entry -
grep -q 'pain: must be between 0 and 10' "$WORK/err" || fail "problem not named"
grep -q 'mood: is not a known field' "$WORK/err" || fail "unknown field not reported"
echo '{"type":"habits","date":"2026-11-22","ticked":["fly_a_kite"]}' | expect 2 "$CLI" journal add --data-dir "$D" --entry -
echo '{"id":"checkin-2026-11-21-1","type":"checkin","date":"2026-11-21","pain":1}' | expect 2 "$CLI" journal add --data-dir "$D" --entry -
expect 2 "$CLI" journal add --data-dir "$D"
[ "$(fingerprint "$D")" = "$before" ] || fail "a refused entry changed the data folder"
echo '{"type":"checkin"}' | expect 2 "$CLI" journal add --data-dir "$WORK/never" --entry -
[ ! -e "$WORK/never" ] || fail "a refused entry created the data folder"

# --- export: JSON round-trips exactly; CSV for a clinician ------------------------------
expect 0 "$CLI" export --data-dir "$D" --format json
cp "$WORK/out" "$WORK/export.json"
cmp -s "$WORK/export.json" "$D/journal.json" || fail "JSON export differs from the stored journal"
expect 0 "$CLI" import --data-dir "$WORK/copy" "$WORK/export.json" --replace
expect 0 "$CLI" export --data-dir "$WORK/copy"
cmp -s "$WORK/out" "$WORK/export.json" || fail "export -> import -> export is not exact"
echo '{"type":"checkin","date":"2026-11-22","pain":2,"note":"=cmd|'"'"'/C calc'"'"'!A0"}' | expect 0 "$CLI" journal add --data-dir "$D" --entry -
expect 0 "$CLI" export --data-dir "$D" --format csv
head -1 "$WORK/out" | grep -q '^date,type,id,pain,' || fail "CSV header"
[ "$(wc -l <"$WORK/out")" = 5 ] || fail "CSV rows: $(wc -l <"$WORK/out")"  # header + 4 (no habits)
grep -q ",'=cmd" "$WORK/out" || fail "formula not disarmed"
python3 - "$WORK/out" <<'EOF' || fail "CSV does not parse back"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='')))
assert all(len(r) == len(rows[0]) for r in rows), rows
assert rows[-1][-1].startswith("'="), rows[-1]
EOF
expect 2 "$CLI" export --data-dir "$D" --format xml

# --- import: the whole file is checked first; merge keeps both sides of a collision ------
before=$(fingerprint "$D")
echo '{"schema_version":2,"entries":[{"id":"x","type":"checkin","date":"2026-11-21","pain":99}]}' >"$WORK/bad.json"
expect 2 "$CLI" import --data-dir "$D" "$WORK/bad.json"
grep -q 'x: pain: must be between 0 and 10' "$WORK/err" || fail "import problem not named"
expect 2 "$CLI" import --data-dir "$D" "$WORK/bad.json" --replace
printf '{"schema_version":2,"entries":[' >"$WORK/truncated.json"
expect 2 "$CLI" import --data-dir "$D" "$WORK/truncated.json"
[ "$(fingerprint "$D")" = "$before" ] || fail "a refused import changed the data folder"

python3 - "$WORK/export.json" "$WORK/theirs.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for e in d["entries"]:
    if e["id"] == "checkin-2026-11-21-1": e["note"] = "edited elsewhere"
d["entries"].append({"id": "phone-1", "type": "checkin", "date": "2026-11-23", "pain": 1})
json.dump(d, open(sys.argv[2], "w"))
EOF
expect 0 "$CLI" import --data-dir "$D" "$WORK/theirs.json"
grep -q '^Added 1 entry from the file\. .*1 entry in the file differed from yours' "$WORK/out" ||
  fail "merge summary: $(cat "$WORK/out")"
grep -q 'checkin-2026-11-21-1 -> checkin-2026-11-21-3' "$WORK/out" || fail "rename not reported: $(cat "$WORK/out")"
[ "$(json "$D/journal.json" 'len(d["entries"])')" = 7 ] || fail "merge count"
expect 0 "$CLI" import --data-dir "$D" "$WORK/theirs.json"
grep -q '^Nothing to add: your journal already has everything in the file\.$' "$WORK/out" ||
  fail "second merge is not a no-op: $(cat "$WORK/out")"
expect 0 "$CLI" import --data-dir "$D" "$FIX/v2.json" --replace
grep -q 'kept as .*journal.json.replaced-' "$WORK/out" || fail "replace kept no copy"
[ "$(json "$D/journal.json" 'len(d["entries"])')" = 5 ] || fail "replace count"
ls "$D"/journal.json.replaced-* >/dev/null

# --- a journal from a newer Limber is never written ------------------------------------
N=$WORK/newer
mkdir -p "$N"
echo '{"schema_version":99,"entries":[],"something":"new"}' >"$N/journal.json"
before=$(fingerprint "$N")
expect 1 "$CLI" journal add --data-dir "$N" --entry "$WORK/checkin.json"
grep -q 'newer version of Limber' "$WORK/err" || fail "newer: no clear message"
expect 1 "$CLI" import --data-dir "$N" "$FIX/v2.json" --replace
expect 1 "$CLI" journal check --data-dir "$N"
expect 1 "$CLI" export --data-dir "$N"
[ "$(fingerprint "$N" | grep -v journal.lock)" = "$(echo "$before")" ] || fail "the newer journal was touched"

# --- an older journal is migrated, and the old file kept --------------------------------
O=$WORK/older
mkdir -p "$O"
cp "$FIX/v1.json" "$O/journal.json"
expect 0 "$CLI" journal check --data-dir "$O"
grep -q '^7 entries (schema_version 1)' "$WORK/out" || fail "v1 check: $(cat "$WORK/out")"
expect 0 "$CLI" journal add --data-dir "$O" --entry "$WORK/checkin.json"
cmp -s "$FIX/v1.json" "$O"/journal.json.v1-* || fail "the version 1 file was not kept as it was"
[ "$(json "$O/journal.json" 'd["schema_version"]')" = 2 ] || fail "not migrated"

# --- a corrupt journal is moved aside, reported, and the backup takes its place ---------
C=$WORK/corrupt
mkdir -p "$C"
cp "$FIX/v2.json" "$C/journal.json.bak"
printf '{"schema_version":2,"entries":[{"id":"half' >"$C/journal.json"
cp "$C/journal.json" "$WORK/corrupt.bytes"
expect 1 "$CLI" journal check --data-dir "$C"  # checking changes nothing
cmp -s "$C/journal.json" "$WORK/corrupt.bytes" || fail "check moved the file"
expect 0 "$CLI" journal add --data-dir "$C" --entry "$WORK/checkin.json"
grep -q 'was moved, unchanged, to .*journal.json.corrupt-' "$WORK/err" || fail "corrupt: not told"
grep -q 'Restored the previous version' "$WORK/err" || fail "backup not restored"
cmp -s "$C"/journal.json.corrupt-* "$WORK/corrupt.bytes" || fail "corrupt bytes not kept"
[ "$(json "$C/journal.json" 'len(d["entries"])')" = 6 ] || fail "backup entries + new one"
cmp -s "$C/journal.json.bak" "$FIX/v2.json" || fail "the backup was changed"
# Without a backup: moved aside all the same, and a fresh journal starts.
E=$WORK/corrupt2
mkdir -p "$E"
echo 'not json' >"$E/journal.json"
expect 0 "$CLI" journal add --data-dir "$E" --entry "$WORK/checkin.json"
grep -q 'Starting with an empty journal' "$WORK/err" || fail "fresh start not told"
grep -qx 'not json' "$E"/journal.json.corrupt-* || fail "corrupt file lost"

# --- one writer at a time: a held lock makes a second writer wait, then give up ----------
L=$WORK/locked
expect 0 "$CLI" journal add --data-dir "$L" --entry "$WORK/checkin.json"
hold_lock() {  # hold_lock SECONDS: holds the data folder's lock like another Limber would
  python3 -c 'import fcntl, sys, time
f = open(sys.argv[1], "a"); fcntl.flock(f, fcntl.LOCK_EX); print("held", flush=True)
time.sleep(float(sys.argv[2]))' "$L/journal.lock" "$1" >"$WORK/held" 2>&1 &
  holder=$!
  for _ in $(seq 50); do [ -s "$WORK/held" ] && return; sleep 0.05; done
  fail "could not take the lock for the test"
}
hold_lock 1
expect 0 "$CLI" journal add --data-dir "$L" --entry "$WORK/checkin.json"  # waits for it
wait
: >"$WORK/held"
hold_lock 8
before=$(fingerprint "$L")
expect 1 "$CLI" journal add --data-dir "$L" --entry "$WORK/checkin.json"
grep -q 'another Limber is using the journal' "$WORK/err" || fail "lock: $(cat "$WORK/err")"
[ "$(fingerprint "$L")" = "$before" ] || fail "a writer without the lock changed the journal"
kill "$holder" 2>/dev/null || true
wait 2>/dev/null || true

# --- the default folder follows XDG_DATA_HOME -------------------------------------------
XDG_DATA_HOME=$WORK/xdg expect 0 "$CLI" journal add --entry "$WORK/checkin.json"
[ -f "$WORK/xdg/limber/journal.json" ] || fail "XDG_DATA_HOME not used"
HOME=$WORK/home XDG_DATA_HOME= expect 0 "$CLI" journal check
grep -q "no journal yet in $WORK/home/.local/share/limber" "$WORK/out" || fail "HOME default: $(cat "$WORK/out")"

echo "cli_journal: all checks passed"
