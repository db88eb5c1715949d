#!/usr/bin/env bash
# Builds the pipeline fuzz target and runs it for a bounded time.
#
#   tests/fuzz/run.sh [seconds] [target]   (default: 60 s of `pipeline`)
#   tests/fuzz/run.sh 3600 model           (the front half only, many times faster)
#   FUZZ_FORK=2 tests/fuzz/run.sh 3600     (two fuzzing processes sharing the corpus)
#
# Exits non-zero when the target crashes (a panic, a broken invariant, or an input that takes
# more than 10 s); libFuzzer then writes the input to tests/fuzz/artifacts/<target>/, and
#   (cd tests/fuzz && cargo run --release --bin replay -- artifacts/<target>/<file>)
# replays it on a stable toolchain (through the whole pipeline, which checks a superset).
#
# Needs cargo-fuzz, which is installed when missing, and the machine's Rust toolchain: the
# instrumentation flags cargo-fuzz passes are unstable ones, so the run sets RUSTC_BOOTSTRAP=1
# and works with the stable toolchain a fresh machine has (no nightly is needed or fetched).
# It first replays tests/fuzz/regressions/ on a plain release build. The working corpus is kept
# in tests/fuzz/corpus/<target> (not checked in), so repeated runs continue where the last one stopped; it is seeded from the inputs that
# once crashed (tests/fuzz/regressions/), the project's pages, the test fixtures, and
# ../shared/{seeds,corpus} when present.
set -euo pipefail

seconds="${1:-60}"
target="${2:-pipeline}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$root/../shared"

# libFuzzer's coverage flags (-Cpasses=sancov-module, …) are unstable; let the stable compiler
# accept them rather than depend on a nightly toolchain being installed.
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

corpus="$here/corpus/$target"
multi="$here/corpus/multi-page"
mkdir -p "$corpus" "$multi"

# Multi-page inputs: every folder of pages (a service of specs/, a fixture set) as one input,
# pages joined by the separator the target splits on (see src/lib.rs).
join_pages() {
    local out="$1"
    shift
    local first=1
    : >"$out"
    for page in "$@"; do
        if [ "$first" = 1 ]; then first=0; else printf '\n%%%%%%%% next page %%%%%%%%\n' >>"$out"; fi
        cat "$page" >>"$out"
    done
}
for dir in "$root"/specs/*/ "$root"/generator/tests/fixtures/*/; do
    [ -d "$dir" ] || continue
    pages=("$dir"*.md)
    [ -e "${pages[0]}" ] || continue
    join_pages "$multi/$(basename "$(dirname "$dir")")-$(basename "$dir").md" "${pages[@]}"
done

seeds=("$multi" "$here/regressions" "$root/specs")
# What the other targets found is a good start too.
for other in "$here"/corpus/*/; do
    other="${other%/}"
    if [ "$other" != "$corpus" ] && [ "$other" != "$multi" ]; then seeds+=("$other"); fi
done
[ -d "$root/generator/tests/fixtures" ] && seeds+=("$root/generator/tests/fixtures")
if [ -d "$shared/corpus" ]; then
    seeds+=("$shared/seeds" "$shared/corpus")
else
    echo "note: $shared is missing; seeding from the project's pages only" >&2
fi

extra=()
if [ "${FUZZ_FORK:-1}" -gt 1 ]; then
    extra+=("-fork=$FUZZ_FORK")
fi

cd "$here"
# Every input that once crashed still passes, replayed on the plain release build first
# (without RUSTC_BOOTSTRAP, which would make cargo rebuild every dependency of that build).
env -u RUSTC_BOOTSTRAP cargo run --quiet --release --bin replay -- regressions/

exec cargo fuzz run --fuzz-dir "$here" --sanitizer none --release "$target" \
    "$corpus" "${seeds[@]}" -- \
    -max_total_time="$seconds" \
    -dict="$here/pipeline.dict" \
    -max_len=8192 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    "${extra[@]}"
