#!/usr/bin/env bash
# Shared by the scripts in this folder (source it): builds the generator and exports OpenAPI
# documents of a folder of pages into a directory.
#   JDCLOUD_CODEGEN   the binary to use (default: a release build of this checkout)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="$ROOT/../shared"

# Sets BIN to a built jdcloud-codegen.
build_generator() {
  if [ -n "${JDCLOUD_CODEGEN:-}" ]; then
    BIN="$JDCLOUD_CODEGEN"
  else
    (cd "$ROOT" && cargo build --release --quiet -p jdcloud-codegen) || return 1
    BIN="$ROOT/target/release/jdcloud-codegen"
  fi
}

# export_docs INPUT OUTDIR [extra args]: one <service>.json per service of INPUT in OUTDIR.
export_docs() {
  local input="$1" out="$2"
  shift 2
  rm -rf "$out" && mkdir -p "$out"
  (cd "$ROOT" && "$BIN" openapi "$input" --out "$out" "$@") >"$out.log" 2>&1 || {
    cat "$out.log" >&2
    return 1
  }
}

# Outside CI a missing ../shared skips the caller; with CI=true it fails.
require_shared() {
  if [ -d "$SHARED/corpus" ]; then
    return 0
  fi
  if [ "${CI:-}" = "true" ]; then
    echo "../shared is missing but CI=true" >&2
    exit 1
  fi
  echo "skipped: ../shared is not beside the project"
  exit 0
}
