#!/usr/bin/env bash
# Limber's one developer script. On a fresh Debian 12 machine:
#   scripts/dev.sh run            build and serve the web app on http://127.0.0.1:8080/
#   scripts/dev.sh run desktop    build and open the desktop app
#   scripts/dev.sh test           build everything and run every test
#   scripts/dev.sh setup          install what the build needs (idempotent; run/test call it)
#   scripts/dev.sh build          native binaries under build/, the web app in build/site/
#   scripts/dev.sh bench          benchmarks (core speed, web size and time to ready)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$ROOT/build
JOBS=$(nproc 2>/dev/null || echo 2)
EMSCRIPTEN_TOOLCHAIN=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake

# Debian packages: compilers and build tools, libraries, the emscripten toolchain, and what
# the browser and desktop tests drive (chromium, Xvfb, Mesa's software OpenGL).
APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3 ca-certificates
  clang libclang-rt-14-dev
  nlohmann-json3-dev googletest libgtest-dev libbenchmark-dev
  libimgui-dev libglfw3-dev libstb-dev libgl-dev fonts-dejavu-core
  emscripten nodejs zopfli
  chromium xvfb xauth libgl1-mesa-dri x11-utils
)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_apt_packages() {
  local p missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # npm ships inside some nodejs builds; Debian's nodejs needs the separate package.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  echo "${missing[@]}"
}

npm_is_current() {
  [ -d "$ROOT/web/node_modules" ] &&
    cmp -s "$ROOT/web/package-lock.json" "$ROOT/web/node_modules/.package-lock.json.installed"
}

cmd_setup() {
  local missing
  missing=$(missing_apt_packages)
  if [ -n "$missing" ]; then
    log "installing Debian packages: $missing"
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
  if ! npm_is_current; then
    log "installing npm packages (web/package-lock.json)"
    (cd "$ROOT/web" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/web/package-lock.json" "$ROOT/web/node_modules/.package-lock.json.installed"
  fi
}

ensure_setup() {
  if [ -n "$(missing_apt_packages)" ] || ! npm_is_current; then cmd_setup; fi
}

# configure DIR [cmake args...]: (re)configures; quick when the cache is already there.
configure() {
  local dir=$1; shift
  local generator=()
  # A build folder keeps the generator it was made with.
  if [ ! -f "$dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
  cmake -S "$ROOT" -B "$dir" "${generator[@]}" "$@" >/dev/null
}

build_native() {
  log "native build (build/native)"
  configure "$BUILD/native" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$BUILD/native" -j "$JOBS"
}

# The core under AddressSanitizer + UndefinedBehaviorSanitizer, built once with clang for two
# uses: its tests (core, C API, CLI scripts) run sanitized, and the same instrumented core
# feeds the libFuzzer targets. One build instead of two keeps a fresh machine's run short.
FUZZ_TARGETS=(journal_load journal_import app_call json_parse)
build_sanitized() {
  log "core under ASan + UBSan, and the libFuzzer targets (build/sanitize, clang)"
  CC=clang CXX=clang++ configure "$BUILD/sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLIMBER_SANITIZE=ON -DLIMBER_FUZZ=ON -DLIMBER_CORE_ONLY=ON
  cmake --build "$BUILD/sanitize" -j "$JOBS"
}

# Each fuzz target runs for a bounded time from the seed corpus; a crash or a sanitizer
# report fails the run.
run_fuzz() {
  local t
  for t in "${FUZZ_TARGETS[@]}"; do
    log "fuzzing $t for 15 s"
    mkdir -p "$BUILD/sanitize/corpus/$t"
    # Each family of targets has its own words and seed inputs.
    local family=journal seeds="$ROOT/tests/fuzz/corpus"
    [ "$t" = app_call ] && family=app seeds="$ROOT/tests/fuzz/corpus_app"
    "$BUILD/sanitize/tests/fuzz/fuzz_$t" -max_total_time=15 -print_final_stats=1 \
      -dict="$ROOT/tests/fuzz/$family.dict" -artifact_prefix="$BUILD/sanitize/$t-" \
      "$BUILD/sanitize/corpus/$t" "$seeds" 2>"$BUILD/sanitize/$t.log" ||
      { tail -n 60 "$BUILD/sanitize/$t.log" >&2; die "fuzz_$t found a problem (input saved in build/sanitize/)"; }
    grep -E '^(stat::number_of_executed_units|Done)' "$BUILD/sanitize/$t.log" >&2 || true
  done
}

build_wasm() {
  log "WebAssembly build (build/wasm)"
  # emcc looks for its node modules (acorn...) in Debian's global node path.
  export NODE_PATH=/usr/share/nodejs
  configure "$BUILD/wasm" -DCMAKE_TOOLCHAIN_FILE="$EMSCRIPTEN_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$BUILD/wasm" -j "$JOBS"
}

# The site: web/app/ bundled and minified (esbuild, terser from web/node_modules) with the wasm.
build_site() {
  log "web app (build/site)"
  node "$ROOT/web/tools/build-site.mjs" "$BUILD/wasm" "$BUILD/site"
}

cmd_build() {
  build_native
  build_wasm
  build_site
}

cmd_run() {
  ensure_setup
  case "${1:-web}" in
    web)
      build_wasm
      build_site
      log "serving build/site"
      exec node "$ROOT/web/tools/serve.mjs" "$BUILD/site" 127.0.0.1 8080
      ;;
    desktop)
      build_native
      exec "$BUILD/native/native/limber"
      ;;
    *) die "run takes 'web' (default) or 'desktop', not '$1'" ;;
  esac
}

cmd_test() {
  ensure_setup
  cmd_build
  build_sanitized
  export NODE_PATH=/usr/share/nodejs
  log "native tests"
  ctest --test-dir "$BUILD/native" --output-on-failure -j "$JOBS"
  log "core, C API and CLI tests under ASan + UBSan"
  ctest --test-dir "$BUILD/sanitize" --output-on-failure -j "$JOBS"
  log "core tests as WebAssembly under node"
  ctest --test-dir "$BUILD/wasm" --output-on-failure -j "$JOBS"
  log "browser tests (Playwright + Chromium)"
  LIMBER_SITE="$BUILD/site" node --test "$ROOT"/tests/web/*.test.mjs
  run_fuzz
}

cmd_bench() {
  ensure_setup
  cmd_build
  log "core benchmarks"
  "$BUILD/native/tests/limber_bench" --benchmark_min_time=0.2
  log "desktop benchmark (time to first frame, idle CPU; under Xvfb)"
  bash "$ROOT/tests/native/desktop.bench.sh" "$BUILD/native/native/limber"
  for b in "$ROOT"/tests/web/*.bench.mjs; do
    [ -e "$b" ] || continue
    log "web benchmark $(basename "$b")"
    LIMBER_SITE="$BUILD/site" node "$b"
  done
}

main() {
  local command=${1:-}
  [ $# -gt 0 ] && shift
  case "$command" in
    setup) cmd_setup ;;
    build) ensure_setup; cmd_build ;;
    run) cmd_run "$@" ;;
    test) cmd_test ;;
    bench) cmd_bench ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}

main "$@"
