//! Runs the fuzz target's checks over files and folders (every file below a folder), on a
//! stable toolchain: `cargo run --release --bin replay -- <files or folders>...`.
//! Exits 1 when any input breaks an invariant or panics.
//!
//! `REPLAY_REPEAT=N` checks every input N times and prints the executions per second, the
//! figure libFuzzer reports, without libFuzzer's instrumentation (see README.md, "Cost").

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::time::Instant;

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            collect(&e, out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args_os().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    if files.is_empty() {
        eprintln!("usage: replay <files or folders>...");
        std::process::exit(2);
    }
    let repeat: usize = std::env::var("REPLAY_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1);
    let start = Instant::now();
    let mut failures = 0;
    for f in files.iter().cycle().take(files.len() * repeat) {
        let Ok(data) = std::fs::read(f) else {
            eprintln!("cannot read {}", f.display());
            failures += 1;
            continue;
        };
        let t = Instant::now();
        match std::panic::catch_unwind(|| jdcloud_codegen_fuzz::check(&data)) {
            Ok(Ok(o)) => {
                let ms = t.elapsed().as_secs_f64() * 1e3;
                if std::env::var_os("REPLAY_VERBOSE").is_some() {
                    eprintln!("ok {} ({ms:.1} ms, {o:?})", f.display());
                }
            }
            Ok(Err(problem)) => {
                failures += 1;
                eprintln!("FAIL {}: {problem}", f.display());
            }
            Err(_) => {
                failures += 1;
                eprintln!("PANIC {}", f.display());
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} input(s), {failures} failure(s), {secs:.1} s",
        files.len()
    );
    if repeat > 1 {
        eprintln!(
            "{} executions, {:.0} executions/s, {:.2} ms each",
            files.len() * repeat,
            (files.len() * repeat) as f64 / secs.max(1e-9),
            secs * 1e3 / (files.len() * repeat) as f64
        );
    }
    if failures > 0 {
        std::process::exit(1);
    }
}
