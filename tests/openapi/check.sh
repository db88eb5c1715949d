#!/usr/bin/env bash
# Validates the OpenAPI documents of specs/ and of each corpus in ../shared/corpus with the four
# validators of ../shared/tools/check-openapi.sh (openapi-spec-validator, redocly,
# openapi-generator, swagger-cli). Each set is exported on its own into a temporary folder and
# checked, in parallel; one line per set, and the findings of any failure.
# Usage: tests/openapi/check.sh            (OpenAPI 3.0 and 3.1 for specs/, 3.0 for the corpora)
#        OPENAPI_ALL=1 tests/openapi/check.sh   (3.1 for the corpora too)
#        OPENAPI_VERSIONS=3.0 tests/openapi/check.sh
# Exits non-zero when any validator reports an error.
set -euo pipefail
. "$(dirname "$0")/export.sh"
build_generator

CHECK="$SHARED/tools/check-openapi.sh"
SETS=(specs)
if [ -d "$SHARED/corpus" ]; then
  SETS+=(../shared/corpus/jdcloud-en ../shared/corpus/jdcloud-cn)
elif [ "${CI:-}" = "true" ]; then
  echo "../shared is missing but CI=true" >&2
  exit 1
else
  echo "skipped: ../shared is not beside the project (no validators, no corpus)"
  exit 0
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Install the validators once, before the parallel runs.
"$CHECK" "$ROOT/generated/openapi/vm.json" >/dev/null 2>&1 || true

start=$(date +%s)
pids=()
labels=()
for version in ${OPENAPI_VERSIONS:-3.0 3.1}; do
  for set in "${SETS[@]}"; do
    # specs/ holds every corpus page too: the single-language exports of the corpora are
    # validated as OpenAPI 3.0 only, unless OPENAPI_ALL=1.
    if [ "$set" != specs ] && [ "$version" != 3.0 ] && [ -z "${OPENAPI_ALL:-}" ]; then
      continue
    fi
    label="$(basename "$set") (OpenAPI $version)"
    out="$WORK/$(basename "$set")-$version"
    export_docs "$set" "$out" --openapi "$version"
    ("$CHECK" "$out"/*.json >"$out.check" 2>&1; echo $? >"$out.rc") &
    pids+=($!)
    labels+=("$label|$out")
  done
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

failed=0
for entry in "${labels[@]}"; do
  label="${entry%%|*}"
  out="${entry#*|}"
  docs=$(ls "$out"/*.json | wc -l)
  pass=$(grep -c '^PASS' "$out.check" || true)
  fail=$(grep -c '^FAIL' "$out.check" || true)
  skip=$(grep -c '^SKIP' "$out.check" || true)
  printf '%-32s %3d documents: %4d validator runs passed, %d failed, %d skipped\n' \
    "$label" "$docs" "$pass" "$fail" "$skip"
  # A skipped validator (no java) counts as a failure: all four must pass.
  if [ "$(cat "$out.rc")" != 0 ] || [ "$fail" != 0 ] || [ "$skip" != 0 ]; then
    grep -v '^PASS' "$out.check" | sed 's/^/    /'
    failed=1
  fi
done
echo "checked in $(($(date +%s) - start)) s"
exit $failed
