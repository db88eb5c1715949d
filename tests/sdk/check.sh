#!/usr/bin/env bash
# Checks of the generated crate: generated/ is up to date with specs/; the crate builds with
# every feature and with each service feature alone; clippy, rustdoc and its tests are clean;
# and crates generated from each real corpus compile.
# Usage: bash tests/sdk/check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
step() { printf '\n--> %s\n' "$*"; }

cargo build --release --quiet -p jdcloud-codegen
BIN="$ROOT/target/release/jdcloud-codegen"

step "generated/ is up to date with specs/"
"$BIN" check --specs specs --generated generated

step "the crate with every feature: clippy, rustdoc, tests"
cargo clippy -p jdcloud-sdk --all-features --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc -p jdcloud-sdk --all-features --no-deps --quiet
cargo test -p jdcloud-sdk --all-features

step "each service feature alone"
features=$(sed -n '/^\[features\]/,$p' generated/jdcloud-sdk/Cargo.toml | grep -E '^[a-z0-9_-]+ = \[\]' | cut -d' ' -f1)
for f in $features; do
  echo "feature $f"
  cargo clippy -p jdcloud-sdk --no-default-features --features "rustls,$f" --quiet -- -D warnings
done

step "crates generated from the real corpus compile"
if [ -d ../shared/corpus ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  export CARGO_TARGET_DIR="$WORK/target"
  for corpus in jdcloud-en jdcloud-cn; do
    "$BIN" generate "../shared/corpus/$corpus" --out "$WORK/$corpus" 2>"$WORK/$corpus.log"
    crate="$WORK/$corpus/jdcloud-sdk"
    printf '\n[workspace]\n' >>"$crate/Cargo.toml"
    cp Cargo.lock "$crate/Cargo.lock"
    modules=$(ls "$crate/src" | grep -vc -e lib.rs -e runtime)
    lines=$(cat "$crate"/src/*/*.rs | wc -l)
    echo "$corpus: $modules service modules, $lines lines of service code"
    (cd "$crate" && cargo check --quiet --all-features --tests)
    echo "$corpus: cargo check --all-features --tests passed"
  done
elif [ "${CI:-}" = "true" ]; then
  echo "../shared is missing but CI=true" >&2
  exit 1
else
  echo "skipped: ../shared is not beside the project"
fi
