# Helpers shared by the CLI test scripts (tests/native/cli_*.sh). Source it after setting
# CLI (the limber-cli binary) and TMP (a scratch folder the script owns):
#   . "$(dirname "$0")/lib/cli.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }

# run ARGS...: runs the CLI; sets $code and leaves stdout/stderr in $TMP/out and $TMP/err.
run() {
  set +e
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  code=$?
  set -e
}

# check EXPR [NAME=FILE...]: EXPR, a Python expression over `v` (the JSON in $TMP/out) and
# each NAME (the JSON in its FILE), must hold.
check() {
  local expr=$1
  shift
  python3 - "$TMP/out" "$expr" "$@" <<'PY' || fail "check failed: $expr ($(head -c 600 "$TMP/out"))"
import json, sys
names = {"json": json, "v": json.load(open(sys.argv[1]))}
for pair in sys.argv[3:]:
    name, path = pair.split("=", 1)
    names[name] = json.load(open(path))
sys.exit(0 if eval("(" + sys.argv[2] + ")", names) else 1)
PY
}
