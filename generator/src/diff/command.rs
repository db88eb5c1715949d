//! The `diff` subcommand, kept out of `main.rs`: load both sides (each with its corrections),
//! compare, render, and decide the exit status.

use std::path::PathBuf;

use crate::diagnostics::Severity;

use super::render::{render, Format};
use super::Report;

/// Which changes make `diff` exit with status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Any breaking change, for Rust code or on the wire.
    Breaking,
    /// Changes breaking for Rust code.
    Rust,
    /// Changes breaking on the wire.
    Wire,
}

/// What the command was asked.
#[derive(Debug, Clone)]
pub struct Request {
    pub old: Vec<PathBuf>,
    pub new: Vec<PathBuf>,
    /// Corrections for both sides; when empty, each side's own `corrections.toml`.
    pub corrections: Vec<PathBuf>,
    pub format: Format,
    pub fail_on: Option<FailOn>,
}

/// What the command prints and how it exits.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: String,
    /// One line per side that had error-level diagnostics.
    pub stderr: Vec<String>,
    /// 0, or 1 when `--fail-on` finds such a change.
    pub status: u8,
    pub report: Report,
}

/// How many error-level diagnostics of each side are printed.
const SHOWN_ERRORS: usize = 10;

pub fn run(request: &Request) -> Outcome {
    let mut stderr = Vec::new();
    let mut load = |side: &str, inputs: &[PathBuf]| {
        let corrections = crate::corrections::files_for(inputs, &request.corrections);
        let loaded = crate::load_with(inputs, &corrections);
        let count = |s: Severity| {
            loaded
                .diagnostics
                .iter()
                .filter(|d| d.severity == s)
                .count()
        };
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        if errors > 0 {
            // The errors themselves (each names its file and line), then how many there are.
            let shown = loaded
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .take(SHOWN_ERRORS);
            stderr.extend(shown.map(|d| format!("{side}: {d}")));
            stderr.push(format!(
                "{side}: {errors} error(s) and {warnings} warning(s) in the pages; what could not be read is left out of the comparison (`jdcloud-codegen parse` lists them all)"
            ));
        }
        loaded.api()
    };
    let old = load("old", &request.old);
    let new = load("new", &request.new);
    let report = super::diff(&old, &new);
    let failed = match request.fail_on {
        None => false,
        Some(FailOn::Breaking) => report.rust_breaking() || report.wire_breaking(),
        Some(FailOn::Rust) => report.rust_breaking(),
        Some(FailOn::Wire) => report.wire_breaking(),
    };
    Outcome {
        stdout: render(&report, request.format),
        stderr,
        status: u8::from(failed),
        report,
    }
}
