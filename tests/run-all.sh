#!/usr/bin/env bash
# Runs every check of the project: formatting, lints, docs, unit and integration tests of the
# generator, and the checks of what it generates. Installs what those checks need.
# Usage: bash tests/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets -- -D warnings

step "rustdoc"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

step "tests"
cargo test --workspace

step "parse the corpus (release build, timings)"
if [ -d ../shared/corpus ]; then
  cargo build --release --quiet -p jdcloud-codegen
  ./target/release/jdcloud-codegen parse ../shared/corpus --timings --format json >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "../shared is missing but CI=true" >&2
  exit 1
else
  echo "skipped: ../shared is not beside the project"
fi
