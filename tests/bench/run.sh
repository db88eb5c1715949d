#!/usr/bin/env bash
# Benchmarks of jdcloud-codegen: generation throughput (1x..9x the corpus), the same input
# through progenitor and openapi-generator, compile cost of the generated crates, and the
# per-request overhead of the generated client against the official Python SDK. Prints a table
# and a final summary line; see tests/bench/README.md.
# Usage: bash tests/bench/run.sh [--quick] [--runs N] [--only SECTIONS] [--baseline BIN] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 tests/bench/bench.py "$@"
