//! `jdcloud-codegen` reads the JD Cloud API reference (markdown pages, English or Chinese)
//! into an intermediate model, and emits a Rust SDK and OpenAPI documents from it.
//!
//! ```text
//! pages ──parse──▶ IR pieces ──resolve──▶ Api ──emit──▶ OpenAPI · Rust crate
//! ```

pub mod diagnostics;
pub mod ir;
pub mod parse;
pub mod resolve;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use diagnostics::{Diagnostic, Diagnostics};
use ir::Api;

/// Counts of what was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Files read.
    pub files: usize,
    /// Operation and overview pages among them.
    pub pages: usize,
    /// Operations in the model (after merging duplicate pages).
    pub operations: usize,
    /// Shapes in the model.
    pub shapes: usize,
    /// Markdown tables read.
    pub tables: usize,
    /// Data rows of those tables.
    pub rows: usize,
    /// Rows that became neither part of the model nor of a diagnostic.
    pub rows_unaccounted: usize,
}

/// The result of reading a set of pages.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Loaded {
    pub services: Vec<ir::Service>,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

impl Loaded {
    /// The model as an [`Api`].
    pub fn api(&self) -> Api {
        Api {
            services: self.services.clone(),
        }
    }
}

/// Reads every page under the given files and folders into the model.
pub fn load(inputs: &[PathBuf]) -> Loaded {
    load_timed(inputs).0
}

/// Wall-clock time spent in each stage of [`load`], and the bytes read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub read: std::time::Duration,
    pub parse: std::time::Duration,
    pub resolve: std::time::Duration,
    pub bytes: usize,
}

/// [`load`], also reporting how long each stage took.
pub fn load_timed(inputs: &[PathBuf]) -> (Loaded, Timings) {
    let mut timings = Timings::default();
    let mut diags = Diagnostics::default();
    let start = std::time::Instant::now();
    let files = parse::discover(inputs, &mut diags);
    let mut texts = Vec::with_capacity(files.len());
    for f in &files {
        match std::fs::read(f) {
            Ok(bytes) => texts.push((parse::display_path(f), bytes)),
            Err(e) => diags.report(
                diagnostics::Severity::Error,
                diagnostics::Code::UnreadableFile,
                &ir::Source::new(parse::display_path(f), 0),
                format!("cannot read the file: {e}"),
            ),
        }
    }
    timings.bytes = texts.iter().map(|(_, b)| b.len()).sum();
    timings.read = start.elapsed();
    let start = std::time::Instant::now();
    let pages: Vec<_> = texts
        .iter()
        .map(|(name, bytes)| parse::parse_bytes(name, bytes, &mut diags))
        .collect();
    timings.parse = start.elapsed();
    let start = std::time::Instant::now();
    let loaded = assemble(files.len(), pages, diags);
    timings.resolve = start.elapsed();
    (loaded, timings)
}

/// Reads pages given as (name, bytes) pairs, for callers that hold the text in memory.
pub fn load_sources(sources: &[(String, Vec<u8>)]) -> Loaded {
    let mut diags = Diagnostics::default();
    let mut sorted: Vec<&(String, Vec<u8>)> = sources.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let pages = sorted
        .iter()
        .map(|(name, bytes)| parse::parse_bytes(name, bytes, &mut diags))
        .collect();
    assemble(sources.len(), pages, diags)
}

fn assemble(files: usize, pages: Vec<parse::ParsedPage>, mut diags: Diagnostics) -> Loaded {
    let mut stats = Stats {
        files,
        ..Stats::default()
    };
    for p in &pages {
        if !matches!(p.content, parse::PageContent::Other) {
            stats.pages += 1;
        }
        stats.tables += p.tally.tables;
        stats.rows += p.tally.rows;
        stats.rows_unaccounted += p.tally.rows.saturating_sub(p.tally.accounted);
    }
    let api = resolve::resolve(pages, &mut diags);
    stats.operations = api.services.iter().map(|s| s.operations.len()).sum();
    stats.shapes = api.services.iter().map(|s| s.shapes.len()).sum();
    Loaded {
        services: api.services,
        diagnostics: diags.into_sorted(),
        stats,
    }
}
