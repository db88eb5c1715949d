#!/usr/bin/env bash
# End-to-end checks of the generated SDK against servers this project did not write:
#
#   prism       Prism (npm @stoplight/prism-cli) serves the generated OpenAPI documents and
#               validates every request the typed client sends, and the client decodes every
#               response Prism gives; invalid requests are shown to be refused.
#   signature   a reference server recomputes each request's JDCLOUD3-HMAC-SHA256 signature
#               with the official Python SDK's signer (PyPI jdcloud-sdk) and refuses mismatches;
#               the official Python client itself is the control.
#   behaviour   scripted servers (wiremock): retries, clientToken reuse, Retry-After, typed
#               errors, pagination, timeouts.
#   blocking    the same through send_blocking.
#
# Installs what it needs into ${XDG_CACHE_HOME:-~/.cache}/jdcloud-codegen-e2e, starts every
# server on 127.0.0.1 on a free port, stops them on exit, prints one line per scenario and ends
# with the summary lines of `cargo test`.
#
# Usage: bash tests/e2e/run.sh
#   CI=true   a server that cannot be started, or a missing ../shared, fails the run
#             (otherwise the parts that need them are skipped with the reason).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E="$ROOT/tests/e2e"
SHARED="$ROOT/../shared"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/jdcloud-codegen-e2e"
PRISM_VERSION="5.14.2"
JDCLOUD_SDK_VERSION="1.6.354"
STARTUP_SECONDS=90
cd "$ROOT"

started=$(date +%s)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/jdcloud-e2e.XXXXXX")"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n==> %s\n' "$*"; }
REPORT="$WORK/report.txt"
: >"$REPORT"
# A setup problem: fatal under CI=true, else a SKIP line; returns 1 so callers can go on.
unavailable() {
  if [ "${CI:-}" = "true" ]; then
    printf 'FAIL setup: %s — %s\n' "$1" "$2" | tee -a "$REPORT" >&2
    exit 1
  fi
  printf 'SKIP setup: %s — %s\n' "$1" "$2" | tee -a "$REPORT"
  return 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Installs into "$1" with the command "$2..." run on a fresh folder, atomically: a half-done
# install is never taken for a finished one, and two runs at once do not mix their files.
install_once() {
  local dir="$1"
  shift
  [ -f "$dir/.installed" ] && return 0
  local tmp="$dir.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! "$@" "$tmp" >"$WORK/install.log" 2>&1; then
    rm -rf "$tmp"
    return 1
  fi
  touch "$tmp/.installed"
  if ! mv -T "$tmp" "$dir" 2>/dev/null; then
    rm -rf "$tmp" # another run finished first
  fi
  [ -f "$dir/.installed" ]
}
npm_install_prism() {
  npm install --prefix "$1" --no-audit --no-fund --loglevel=error \
    "@stoplight/prism-cli@$PRISM_VERSION"
}
venv_install_jdcloud_sdk() {
  python3 -m venv "$1" && "$1/bin/python" -m pip install --quiet --disable-pip-version-check \
    "jdcloud-sdk==$JDCLOUD_SDK_VERSION"
}

# ---------------------------------------------------------------------------------------------
step "installing Prism $PRISM_VERSION and jdcloud-sdk $JDCLOUD_SDK_VERSION into $CACHE"
mkdir -p "$CACHE"
PRISM=""
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  unavailable "prism" "node and npm are not installed" || true
elif install_once "$CACHE/prism-$PRISM_VERSION" npm_install_prism; then
  PRISM="$CACHE/prism-$PRISM_VERSION/node_modules/.bin/prism"
  echo "prism: $("$PRISM" --version) (node $(node --version))"
else
  unavailable "prism" "npm install @stoplight/prism-cli@$PRISM_VERSION failed: $(tail -3 "$WORK/install.log")" || true
fi
PYTHON=""
if ! command -v python3 >/dev/null; then
  unavailable "reference server" "python3 is not installed" || true
elif install_once "$CACHE/venv-jdcloud-sdk-$JDCLOUD_SDK_VERSION" venv_install_jdcloud_sdk; then
  PYTHON="$CACHE/venv-jdcloud-sdk-$JDCLOUD_SDK_VERSION/bin/python"
  echo "reference server: official signer from jdcloud-sdk $("$PYTHON" -c 'import importlib.metadata as m; print(m.version("jdcloud-sdk"))') ($("$PYTHON" --version))"
else
  unavailable "reference server" "pip install jdcloud-sdk==$JDCLOUD_SDK_VERSION failed: $(tail -3 "$WORK/install.log")" || true
fi

# ---------------------------------------------------------------------------------------------
step "OpenAPI documents"
if ls generated/openapi/*.json >/dev/null 2>&1; then
  OPENAPI="$ROOT/generated/openapi"
  echo "specs/: the checked-in generated/openapi/ ($(ls generated/openapi/*.json | wc -l) documents)"
else
  OPENAPI="$WORK/openapi"
  cargo run -q -p jdcloud-codegen -- openapi specs --out "$OPENAPI"
  echo "specs/: exported into a temporary folder ($(ls "$OPENAPI"/*.json | wc -l) documents)"
fi
declare -A SERVE=() # name -> document
# The documents of the services the suite drives a sample of (tests/prism.rs, SAMPLE).
for name in coc-vm edcps jdfusion vm; do
  SERVE[$name]="$OPENAPI/$name.json"
done
if [ -d "$SHARED/corpus" ]; then
  # The pages build.rs generates clients from, one document per module.
  for module in $(grep -v '^#' "$E2E/corpus-pages.txt" | awk 'NF {print $1}' | sort -u); do
    pages=()
    while read -r m page; do
      [ "$m" = "$module" ] && pages+=("$SHARED/corpus/$page")
    done < <(grep -v '^#' "$E2E/corpus-pages.txt" | awk NF)
    cargo run -q -p jdcloud-codegen -- openapi "${pages[@]}" --out "$WORK/corpus-$module" >/dev/null
    for doc in "$WORK/corpus-$module"/*.json; do
      SERVE["corpus-$(basename "$doc" .json)"]="$doc"
    done
  done
  echo "../shared/corpus: exported the pages of tests/e2e/corpus-pages.txt"
else
  unavailable "corpus" "../shared/corpus is not beside the project: the scenarios generated from it are skipped" || true
fi

# ---------------------------------------------------------------------------------------------
step "starting the servers on 127.0.0.1"
declare -A PRISM_PORT=()
mkdir -p "$WORK/prism"
if [ -n "$PRISM" ]; then
  for name in $(printf '%s\n' "${!SERVE[@]}" | sort); do
    python3 "$E2E/server/prism_document.py" "${SERVE[$name]}" "$WORK/prism/$name.json"
    port=$(free_port)
    "$PRISM" mock --host 127.0.0.1 --port "$port" --errors "$WORK/prism/$name.json" \
      >"$WORK/prism/$name.log" 2>&1 &
    PIDS+=($!)
    PRISM_PORT[$name]="$port:$!"
  done
fi
REFERENCE_PORT=""
if [ -n "$PYTHON" ]; then
  "$PYTHON" "$E2E/server/reference_server.py" --port-file "$WORK/reference.port" \
    >"$WORK/reference.log" 2>&1 &
  PIDS+=($!)
  REFERENCE_PID=$!
fi

# Compiling while the servers start.
step "building the tests (cargo test -p e2e --no-run)"
if ! cargo test -p e2e --no-run --quiet 2>"$WORK/build.log"; then
  cat "$WORK/build.log"
  exit 1
fi

step "waiting for the servers"
ALL_UP=true
deadline=$(($(date +%s) + STARTUP_SECONDS))
for name in $(printf '%s\n' "${!PRISM_PORT[@]}" | sort); do
  port="${PRISM_PORT[$name]%%:*}"
  pid="${PRISM_PORT[$name]##*:}"
  until grep -q "Prism is listening" "$WORK/prism/$name.log"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      break
    fi
    sleep 0.5
  done
  if grep -q "Prism is listening" "$WORK/prism/$name.log"; then
    var="E2E_PRISM_$(echo "$name" | tr 'a-z.-' 'A-Z__')"
    export "$var=http://127.0.0.1:$port"
    echo "prism ($name.json): http://127.0.0.1:$port ($var)"
  else
    ALL_UP=false
    unavailable "prism ($name.json)" "did not start: $(tail -5 "$WORK/prism/$name.log" | tr '\n' ' ')" || true
  fi
done
[ -n "$PRISM" ] || ALL_UP=false
if [ -n "$PYTHON" ]; then
  until [ -s "$WORK/reference.port" ]; do
    if ! kill -0 "$REFERENCE_PID" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      break
    fi
    sleep 0.2
  done
  if [ -s "$WORK/reference.port" ]; then
    REFERENCE_PORT=$(cat "$WORK/reference.port")
    export E2E_REFERENCE_PORT="$REFERENCE_PORT"
    echo "reference server: http://127.0.0.1:$REFERENCE_PORT (E2E_REFERENCE_PORT)"
  else
    ALL_UP=false
    unavailable "reference server" "did not start: $(tail -5 "$WORK/reference.log" | tr '\n' ' ')" || true
  fi
else
  ALL_UP=false
fi
export E2E_OPENAPI_DIR="$OPENAPI"
export E2E_REPORT="$REPORT"
if $ALL_UP; then
  # Every server is up: a test that finds one missing fails instead of skipping.
  export E2E_REQUIRE_SERVERS=1
fi

# ---------------------------------------------------------------------------------------------
CONTROL_RC=0
if [ -n "$REFERENCE_PORT" ]; then
  step "control: the official Python client against the reference server"
  "$PYTHON" "$E2E/server/official_client.py" "$REFERENCE_PORT" | tee -a "$REPORT" || CONTROL_RC=$?
fi

step "cargo test -p e2e"
set +e
cargo test -p e2e --color never -- --color never >"$WORK/cargo-test.log" 2>&1
TEST_RC=$?
set -e

step "scenarios"
# Grouped by suite, in the order the suites are described above.
for suite in setup prism signature-control signature behaviour blocking; do
  grep -E "^(PASS|FAIL|XFAIL|SKIP) $suite: " "$REPORT" || true
  grep -E "^INFO $suite: " "$REPORT" || true
done
grep -vE '^[A-Z]+ (setup|prism|signature-control|signature|behaviour|blocking): ' "$REPORT" || true
count() { grep -c "^$1 " "$REPORT" || true; }
printf '\n%s passed, %s failed, %s skipped, %s known defects (XFAIL), %s notes (INFO)\n' \
  "$(count PASS)" "$(count FAIL)" "$(count SKIP)" "$(count XFAIL)" "$(count INFO)"
echo "took $(($(date +%s) - started)) s"

if [ "$TEST_RC" != 0 ]; then
  step "failures (from cargo test)"
  sed -n '/^failures:$/,/^test result:/p' "$WORK/cargo-test.log"
  grep -E '^error(\[|:)' -A 15 "$WORK/cargo-test.log" || true
fi

step "cargo test summary"
grep -E '^( *Running | *Doc-tests |test result: )' "$WORK/cargo-test.log"
if [ "$TEST_RC" != 0 ] || [ "$CONTROL_RC" != 0 ] || [ "$(count FAIL)" != 0 ]; then
  exit 1
fi
