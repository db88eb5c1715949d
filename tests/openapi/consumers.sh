#!/usr/bin/env bash
# Feeds the `vm` document (exported from ../shared/corpus/jdcloud-en/Virtual-Machines, which has
# GET operations with `filters`) to two independent Rust client generators and `cargo check`s
# what each one writes:
#   - progenitor: cargo-progenitor (installed with `cargo install --locked` when missing);
#   - openapi-generator `-g rust` (PyPI openapi-generator-cli, from check-openapi.sh's venv),
#     once as shipped (expected not to compile: it formats each item of an array query
#     parameter with `to_string()`, which models lack) and once with the template override of
#     openapi_generator_templates.py, which honours `x-jdcloud-query-encoding`.
# Then a small test in each crate shows what the client puts on the wire for `filters`.
# Usage: tests/openapi/consumers.sh [--keep]   (--keep leaves the generated crates in place)
set -euo pipefail
. "$(dirname "$0")/export.sh"
require_shared
HERE="$(cd "$(dirname "$0")" && pwd)"

KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1
WORK="$(mktemp -d)"
if [ $KEEP -eq 0 ]; then trap 'rm -rf "$WORK"' EXIT; else echo "output in $WORK"; fi
CHECK_HOME="${CHECK_OPENAPI_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/check-openapi}"
OGEN="$CHECK_HOME/venv/bin/openapi-generator-cli"

SECONDS=0
LAST=0
lap() { times+=("$1 $((SECONDS - LAST))s"); LAST=$SECONDS; }
step() { printf '\n==> %s\n' "$*"; }
failed=0
times=()

# Cargo checks a generated crate on its own (not as a member of a workspace above it).
check_crate() { # dir log
  grep -q '^\[workspace\]' "$1/Cargo.toml" || printf '\n[workspace]\n' >>"$1/Cargo.toml"
  (cd "$1" && CARGO_TARGET_DIR="$WORK/target" cargo check --quiet) >"$2" 2>&1
}

# Adds a test to a generated crate that prints the query it builds for `filters`, runs it.
probe() { # dir name test-body
  mkdir -p "$1/tests"
  printf '%s\n' "$3" >"$1/tests/jdcloud_filters.rs"
  (cd "$1" && CARGO_TARGET_DIR="$WORK/target" cargo test --quiet --test jdcloud_filters \
    -- --nocapture 2>&1) | grep -E '^(query|error|thread)' | sed "s/^/    $2: /"
}

step "export"
build_generator
export_docs ../shared/corpus/jdcloud-en/Virtual-Machines "$WORK/doc"
DOC="$WORK/doc/vm.json"
python3 - "$DOC" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ops = [(m, p, o) for p, i in d["paths"].items() for m, o in i.items()]
enc = [(o["operationId"], q["name"]) for m, p, o in ops for q in o.get("parameters", [])
       if q.get("x-jdcloud-query-encoding")]
print("vm document: %d operations, %d schemas; query parameters with x-jdcloud-query-encoding: %s"
      % (len(ops), len(d["components"]["schemas"]), ", ".join("%s.%s" % e for e in enc)))
PY
lap "export"

# --- progenitor ---------------------------------------------------------------------------
step "progenitor"
if ! command -v cargo-progenitor >/dev/null 2>&1; then
  echo "installing cargo-progenitor (once)"
  cargo install --locked --quiet cargo-progenitor
  lap "install cargo-progenitor"
fi
PROG="$WORK/progenitor"
if cargo progenitor -i "$DOC" -o "$PROG" -n jdcloud-vm-progenitor -v 0.1.0 >"$WORK/progenitor.log" 2>&1; then
  if check_crate "$PROG" "$WORK/progenitor-check.log"; then
    echo "progenitor: generated, cargo check passed ($(grep -c '^warning' "$WORK/progenitor-check.log" || true) warnings)"
  else
    tail -n 30 "$WORK/progenitor-check.log"
    echo "progenitor: cargo check FAILED"
    failed=1
  fi
  echo "progenitor: describe_instances takes $(grep -o 'filters: Option<[^,]*' "$PROG/src/lib.rs" | head -n 1) and calls" \
    "$(grep -o 'QueryParam::new("filters", &filters)' "$PROG/src/lib.rs" | head -n 1)"
  probe "$PROG" progenitor '
use jdcloud_vm_progenitor::types::Filter;
#[test]
fn filters_query() {
    let filter: Filter = serde_json::from_value(serde_json::json!(
        {"name": "instanceId", "values": ["i-1", "i-2"]})).unwrap();
    let filters = vec![filter];
    let q = serde_urlencoded::to_string(progenitor_client::QueryParam::new("filters", &filters));
    println!("query for filters: {q:?}");
    let ids = vec!["a".to_string(), "b".to_string()];
    let q = serde_urlencoded::to_string(progenitor_client::QueryParam::new("ids", &ids));
    println!("query for a string array: {q:?}");
}'
else
  tail -n 30 "$WORK/progenitor.log"
  echo "progenitor: generation FAILED"
  failed=1
fi
lap "progenitor"

# --- openapi-generator (rust) -------------------------------------------------------------
step "openapi-generator -g rust"
if [ ! -x "$OGEN" ]; then
  "$SHARED/tools/check-openapi.sh" "$DOC" >/dev/null 2>&1 || true
fi
JAR="$(find "$CHECK_HOME/venv" -name 'openapi-generator*.jar' | head -n 1)"
ogen() { # out [extra args]
  local out="$1"
  shift
  "$OGEN" generate -i "$DOC" -g rust -o "$out" "$@" \
    --additional-properties=packageName=jdcloud-vm-openapi-generator,packageVersion=0.1.0 \
    >"$out.log" 2>&1
}
OG_PLAIN="$WORK/openapi-generator-plain"
if ogen "$OG_PLAIN" && ! check_crate "$OG_PLAIN" "$WORK/og-plain-check.log"; then
  echo "openapi-generator as shipped: cargo check fails as expected, $(grep -c '^error\[' "$WORK/og-plain-check.log") errors, e.g.:"
  grep -m1 -A2 '^error\[' "$WORK/og-plain-check.log" | sed 's/^/    /'
  grep -m1 'filters".to_owned(), p.to_string()' "$OG_PLAIN/src/apis/vm_api.rs" | sed 's/^ */    /'
else
  echo "openapi-generator as shipped: cargo check passed (the known limitation is gone?)"
fi
lap "openapi-generator as shipped"

OG="$WORK/openapi-generator"
python3 "$HERE/openapi_generator_templates.py" "$JAR" "$WORK/og-templates"
if ogen "$OG" -t "$WORK/og-templates"; then
  if check_crate "$OG" "$WORK/og-check.log"; then
    echo "openapi-generator with the x-jdcloud-query-encoding templates: generated, cargo check passed"
  else
    tail -n 30 "$WORK/og-check.log"
    echo "openapi-generator: cargo check FAILED"
    failed=1
  fi
  grep -m1 'jdcloud_query("filters"' "$OG/src/apis/vm_api.rs" | sed 's/^ */    /'
  probe "$OG" openapi-generator '
use jdcloud_vm_openapi_generator::{apis::jdcloud_query, models::Filter};
#[test]
fn filters_query() {
    let filter: Filter = serde_json::from_value(serde_json::json!(
        {"name": "instanceId", "values": ["i-1", "i-2"]})).unwrap();
    let pairs = jdcloud_query("filters", &serde_json::to_value(vec![filter]).unwrap());
    let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!("query for filters: {}", q.join("&"));
    assert_eq!(q, ["filters.1.name=instanceId", "filters.1.values.1=i-1", "filters.1.values.2=i-2"]);
    let pairs = jdcloud_query("ids", &serde_json::json!(["a", "b"]));
    assert_eq!(pairs, [("ids.1".to_string(), "a".to_string()), ("ids.2".to_string(), "b".to_string())]);
    println!("query for a string array: ids.1=a&ids.2=b");
}'
else
  tail -n 30 "$OG.log"
  echo "openapi-generator: generation FAILED"
  failed=1
fi
lap "openapi-generator with templates"

echo
echo "timings: $(printf '%s, ' "${times[@]}")total ${SECONDS}s"
exit $failed
