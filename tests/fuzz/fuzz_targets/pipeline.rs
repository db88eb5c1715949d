//! libFuzzer target over the whole pipeline; the checks live in `src/lib.rs`.
#![no_main]

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problem) = jdcloud_codegen_fuzz::check(data) {
        panic!("{problem}");
    }
});
