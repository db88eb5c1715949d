#!/usr/bin/env bash
# Does `jdcloud-codegen diff` agree with cargo-semver-checks? For each old/new pair of pages,
# generates both crates, runs `cargo semver-checks check-release` on them, and compares: every
# break semver-checks reports must be a change `diff` calls breaking for Rust code, and no
# change `diff` calls compatible or docs only may make semver-checks report a break. Prints the
# agreement table; exits 1 on any disagreement.
#
#   bash tests/semver/check.sh            # all pairs (the real ones need ../shared)
#   SEMVER_KEEP=1 bash tests/semver/check.sh   # keep the generated crates and reports
#
# Pairs: the purpose-built fixtures (generator/tests/fixtures/diff, one service per kind of
# change) and real doc changes of vm createInstances (three doc generations, English against
# Chinese). cargo-semver-checks is installed when missing (about 6 minutes to build); its
# builds share one target folder, so after the first run the check takes a minute or two.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=$(cd "$ROOT/.." && pwd)/shared
HERE=$ROOT/tests/semver
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jdcloud-semver.XXXXXX")
if [ -z "${SEMVER_KEEP:-}" ]; then
    trap 'rm -rf "$WORK"' EXIT
else
    echo "keeping $WORK"
fi
# One target folder for every semver-checks build, kept between runs: the runtime's
# dependencies are built once.
SEMVER_TARGET=${SEMVER_TARGET_DIR:-$ROOT/target/semver-checks}

if ! cargo semver-checks --version >/dev/null 2>&1; then
    echo "installing cargo-semver-checks (about 6 minutes)..."
    cargo install --locked cargo-semver-checks
fi
echo "$(cargo semver-checks --version)"

cargo build -q -p jdcloud-codegen
BIN=$ROOT/target/debug/jdcloud-codegen

# The runtime crate the generated crates depend on, wherever it lives in the repository.
RUNTIME=$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps 2>/dev/null |
    python3 -c 'import json,sys,os
for p in json.load(sys.stdin)["packages"]:
    if p["name"] == "jdcloud-sdk-runtime": print(os.path.dirname(p["manifest_path"]))' || true)

# generate <pages> <out>: the crate at <out>/jdcloud-sdk, naming the runtime by absolute path.
generate() {
    "$BIN" generate "$1" --out "$2" --no-rustfmt >"$2.log" 2>&1 || {
        cat "$2.log"
        return 1
    }
    if [ -n "$RUNTIME" ]; then
        python3 - "$2/jdcloud-sdk/Cargo.toml" "$RUNTIME" <<'PY'
import re, sys
path, runtime = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text = re.sub(r'(jdcloud-sdk-runtime\s*=\s*\{[^}]*path\s*=\s*")[^"]*(")', lambda m: m.group(1) + runtime + m.group(2), text)
open(path, "w", encoding="utf-8").write(text)
PY
    fi
}

PAIRS=()
pair() { # name old new
    local dir=$WORK/$1
    mkdir -p "$dir"
    generate "$2" "$dir/old"
    generate "$3" "$dir/new"
    "$BIN" diff "$2" "$3" --format json >"$dir/diff.json"
    local start=$SECONDS
    CARGO_TARGET_DIR=$SEMVER_TARGET cargo semver-checks check-release \
        --baseline-root "$dir/old/jdcloud-sdk" \
        --manifest-path "$dir/new/jdcloud-sdk/Cargo.toml" \
        --release-type patch --color never >"$dir/semver.txt" 2>&1 || true
    if ! grep -q "Summary\|no semver update required" "$dir/semver.txt"; then
        echo "cargo semver-checks did not run on $1:" >&2
        tail -30 "$dir/semver.txt" >&2
        exit 2
    fi
    echo "  $1: semver-checks $((SECONDS - start)) s"
    PAIRS+=("$1")
}

echo "generating and checking pairs in $WORK"
FIX=$ROOT/generator/tests/fixtures/diff
pair fixtures "$FIX/old" "$FIX/new"
if [ -d "$SHARED/corpus" ]; then
    C=$SHARED/corpus
    pair vm-gen1-to-gen2 "$C/jdcloud-en/Virtual-Machines/VM/createInstances.md" \
        "$C/jdcloud-en/Virtual-Machines/Virtual-Machines/createInstances.md"
    pair vm-gen2-to-seed "$C/jdcloud-cn/Virtual-Machines/Virtual-Machines/createInstances.md" \
        "$SHARED/seeds/003_86e75c99b2d03144.txt"
    pair vm-en-to-zh "$C/jdcloud-en/Virtual-Machines/Virtual-Machines/createInstances.md" \
        "$C/jdcloud-cn/Virtual-Machines/Virtual-Machines/createInstances.md"
elif [ "${CI:-}" = "true" ]; then
    echo "../shared is missing but CI=true: the real pairs cannot be skipped" >&2
    exit 2
else
    echo "skipped the real pairs: ../shared is not beside the project"
fi

python3 "$HERE/agree.py" "$WORK" "${PAIRS[@]}"
