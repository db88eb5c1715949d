#!/usr/bin/env bash
# Checks of the generated crate: generated/ is up to date with specs/; the crate builds with
# every feature and with each service feature alone; clippy, rustdoc and its tests are clean.
# Prints how long each step takes, and the size of the SDK.
# Usage: bash tests/sdk/check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
step() { printf '\n--> %s\n' "$*"; }
timed() { local t=$(date +%s); "$@"; echo "    ($(( $(date +%s) - t )) s)"; }

cargo build --release --quiet -p jdcloud-codegen
BIN="$ROOT/target/release/jdcloud-codegen"

step "generated/ is up to date with specs/"
timed "$BIN" check --specs specs --generated generated

modules=$(ls -d generated/jdcloud-sdk/src/*/ | wc -l)
lines=$(cat generated/jdcloud-sdk/src/*/*.rs | wc -l)
echo "the SDK: $modules service modules, $lines lines of service code"

step "the crate with every feature: clippy, rustdoc, tests"
timed cargo clippy -p jdcloud-sdk --no-deps --all-features --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" timed cargo doc -p jdcloud-sdk --all-features --no-deps --quiet
timed cargo test -p jdcloud-sdk --all-features --quiet

step "each service feature alone"
features=$(sed -n '/^\[features\]/,$p' generated/jdcloud-sdk/Cargo.toml | grep -E '^[a-z0-9_-]+ = \[\]' | cut -d' ' -f1)
started=$(date +%s)
for f in $features; do
  t=$(date +%s)
  cargo clippy -p jdcloud-sdk --no-deps --no-default-features --features "rustls,$f" --quiet -- -D warnings
  echo "feature $f: $(( $(date +%s) - t )) s"
done
echo "$(echo $features | wc -w) features alone in $(( $(date +%s) - started )) s"
