#!/usr/bin/env bash
# Optional, not part of tests/run-all.sh: compares diff's wire classification with an
# independent OpenAPI diff tool, Optic (`@useoptic/optic` from npm, run offline with its
# built-in breaking-change checks), on the fixture pairs of generator/tests/fixtures/diff.
# Prints one line per pair: diff's wire verdict, Optic's failed checks and rules.
# Findings are in tests/semver/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS=${OPTIC_HOME:-$HOME/.cache/jdcloud-codegen/optic}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jdcloud-optic.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export OPTIC_TELEMETRY_LEVEL=off

if [ ! -x "$TOOLS/node_modules/.bin/optic" ]; then
    mkdir -p "$TOOLS"
    # Optic 1.0.9 resolves an ajv-errors that does not fit its ajv and fails at start-up;
    # these two versions work together.
    cat >"$TOOLS/package.json" <<'JSON'
{ "name": "optic-tool", "private": true, "dependencies": { "@useoptic/optic": "1.0.9" },
  "overrides": { "ajv": "8.12.0", "ajv-errors": "3.0.0" } }
JSON
    (cd "$TOOLS" && npm install --no-audit --no-fund --silent)
fi
OPTIC=$TOOLS/node_modules/.bin/optic

cargo build -q -p jdcloud-codegen
BIN=$ROOT/target/debug/jdcloud-codegen
FIX=$ROOT/generator/tests/fixtures/diff
"$BIN" openapi "$FIX/old" --out "$WORK/old" 2>/dev/null
"$BIN" openapi "$FIX/new" --out "$WORK/new" 2>/dev/null
"$BIN" diff "$FIX/old" "$FIX/new" --format json >"$WORK/diff.json"

printf '%-28s %-10s %-8s %s\n' pair "diff wire" optic "optic rules"
for old in "$WORK"/old/*.json; do
    name=$(basename "$old" .json)
    wire=$(python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))
s = [x for x in r["services"] if x["service"] == sys.argv[2]]
print("breaking" if s and any(c["wire_breaking"] for c in s[0]["changes"]) else "-")' "$WORK/diff.json" "$name")
    out=$("$OPTIC" diff "$old" "$WORK/new/$name.json" --check 2>&1 || true)
    passed=$(echo "$out" | grep -o 'Checks: [0-9]*/[0-9]*' | head -1 | sed 's/Checks: //' || true)
    failed=$(echo "$passed" | awk -F/ '{ print ($2 - $1 > 0) ? "breaking" : "-" }')
    rules=$(echo "$out" | { grep -o 'x \[[^]]*\]' || true; } | sort -u | sed 's/x \[//; s/\]//' | paste -sd ';' -)
    printf '%-28s %-10s %-8s %s\n' "$name" "$wire" "$failed" "$rules"
done
