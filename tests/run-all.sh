#!/usr/bin/env bash
# Runs every check of the project: formatting, lints, docs, the tests of the generator, of the
# runtime (with its fault suite) and of what it generates, the diff classification against
# cargo-semver-checks, the OpenAPI validators and scores, the end-to-end suite, a bounded fuzz
# run and the benchmarks (quick mode). Installs what those checks need (Python and npm packages
# into ~/.cache).
# Usage: bash tests/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Every step builds from scratch once: incremental caches (over 1 GB per configuration of the
# generated crate) would only cost disk.
export CARGO_INCREMENTAL=0

# Before each step: how much the build folder holds and how much disk is left, so that a run
# that outgrows its disk says which step grew.
disk() {
  local used free
  used=$(du -sh target 2>/dev/null | cut -f1) || used=0
  free=$(df -h . | awk 'NR == 2 { print $4 }')
  printf '    (target/ %s, %s free)\n' "${used:-0}" "$free"
}
step() { disk; printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p jdcloud-sdk-runtime --all-targets --all-features -- -D warnings

step "rustdoc"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet
RUSTDOCFLAGS="-D warnings" cargo doc -p jdcloud-sdk-runtime --all-features --no-deps --quiet

step "tests"
cargo test --workspace
# The runtime's optional parts (blocking, test-util) with their tests and doc examples.
cargo test -p jdcloud-sdk-runtime --all-features

step "the runtime's fault suite, one line per fault (tests/faults/run.sh)"
bash tests/faults/run.sh

step "parse the corpus (release build, timings)"
cargo build --release --quiet -p jdcloud-codegen
if [ -d ../shared/corpus ]; then
  ./target/release/jdcloud-codegen parse ../shared/corpus --timings --format json >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "../shared is missing but CI=true" >&2
  exit 1
else
  echo "skipped: ../shared is not beside the project"
fi

step "the generated crate"
bash tests/sdk/check.sh

step "diff's classification against cargo-semver-checks (tests/semver/check.sh)"
bash tests/semver/check.sh

step "OpenAPI: four validators"
bash tests/openapi/check.sh

step "OpenAPI: scores against the official SDK"
bash tests/openapi/score.sh

step "OpenAPI: consumed by progenitor and openapi-generator"
bash tests/openapi/consumers.sh

step "benchmarks, quick mode (tests/bench/README.md)"
bash tests/bench/run.sh --quick

step "end to end: Prism, the official signer, scripted servers"
bash tests/e2e/run.sh

step "fuzzing the whole pipeline, bounded (tests/fuzz/README.md)"
bash tests/fuzz/run.sh 60

disk
printf '\nall checks passed in %d s\n' "$(( $(date +%s) - started ))"
