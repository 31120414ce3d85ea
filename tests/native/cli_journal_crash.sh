#!/usr/bin/env bash
# Crash test: runs `limber-cli journal add` over and over and SIGKILLs it at random moments
# (at least 200 kills while it runs). Afterwards, and after every kill, the journal must be
# valid, and every entry whose id was printed must be in it with its own content.
#   bash cli_journal_crash.sh PATH_TO_limber-cli SOURCE_DIR [SEED]
set -euo pipefail
CLI=$1
SEED=${3:-$RANDOM}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "cli_journal_crash: seed $SEED (rerun with: bash $0 $CLI $2 $SEED)"

python3 - "$CLI" "$WORK/data" "$SEED" <<'EOF'
import json, os, random, signal, subprocess, sys, time

cli, data, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
KILLS, BUDGET_S = 200, 50.0

def entry(i):
    kind = i % 3
    if kind == 0:
        return {"type": "checkin", "date": "2026-11-%02d" % (1 + i % 28), "pain": i % 11,
                "note": "entry %d ✓" % i}
    if kind == 1:
        return {"type": "session", "date": "2026-11-%02d" % (1 + i % 28), "plan_day": "A",
                "exercises": [{"exercise_id": "ex_%d" % k, "status": "done", "sets_done": 2,
                               "reps_done": 10, "seconds": 60} for k in range(8)],
                "note": "entry %d" % i}
    return {"type": "habits", "date": "2026-12-%02d" % (1 + i % 28), "ticked": ["move_hourly"]}

entry_file = data + ".entry.json"

def start(i):
    with open(entry_file, "w") as f:
        json.dump(entry(i), f)
    return subprocess.Popen([cli, "journal", "add", "--data-dir", data, "--entry", entry_file],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

def check(acked):
    r = subprocess.run([cli, "journal", "check", "--data-dir", data], capture_output=True, text=True)
    assert r.returncode == 0, "journal check failed:\n" + r.stdout + r.stderr
    leftovers = [f for f in os.listdir(data) if ".corrupt-" in f]
    assert not leftovers, "a journal was found corrupt: %s" % leftovers
    doc = json.load(open(os.path.join(data, "journal.json")))
    by_id = {e["id"]: e for e in doc["entries"]}
    for entry_id, i in acked.items():
        assert entry_id in by_id, "entry %s (add #%d) printed but lost" % (entry_id, i)
        want = entry(i)
        if want["type"] != "habits":
            assert by_id[entry_id]["note"] == want["note"], (entry_id, by_id[entry_id], want)
    return len(doc["entries"])

# How long one add takes here, so the kills land inside its run, not after it.
durations = []
acked = {}
for i in range(5):
    t = time.monotonic()
    p = start(i)
    out, err = p.communicate()
    durations.append(time.monotonic() - t)
    assert p.returncode == 0, err
    acked[out.decode().strip()] = i
window = sorted(durations)[len(durations) // 2] * 1.3

kills = finished = mid_write = 0  # mid_write: killed with a temp file written, not renamed
i = 5
began = time.monotonic()
tmp = os.path.join(data, "journal.json.tmp")
while kills < KILLS and time.monotonic() - began < BUDGET_S:
    if os.path.exists(tmp):
        os.unlink(tmp)  # left by an earlier kill; removed so the count below is this run's
    p = start(i)
    time.sleep(rng.uniform(0, window))
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate()
    if p.returncode == -signal.SIGKILL:
        kills += 1
        mid_write += os.path.exists(tmp)
    else:
        finished += 1
        assert p.returncode == 0, "add failed: " + err.decode()
    printed = out.decode().strip()
    if printed:  # an id on stdout is a promise: the entry is on disk
        acked[printed] = i
    if i % 25 == 0:
        check(acked)
    i += 1

count = check(acked)
print("cli_journal_crash: %d kills (%d left a temp file behind), %d adds finished, %d ids printed, "
      "%d entries, window %.1f ms" % (kills, mid_write, finished, len(acked), count, window * 1000))
assert kills >= KILLS, "only %d kills landed inside a run within %.0f s" % (kills, BUDGET_S)
EOF
