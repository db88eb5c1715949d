#!/usr/bin/env bash
# The runtime's fault suite with its table in view: each fault a loopback server plays
# (resets, truncated, stalled, trickling, oversized or non-JSON bodies, redirect loops, TLS
# failure, ...), what the SDK returned, how many attempts it made and how long it took.
# `cargo test --workspace` runs the same tests but shows their output only on failure.
# Usage: bash tests/faults/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo test -p jdcloud-sdk-runtime --test faults -- --nocapture --test-threads=1
