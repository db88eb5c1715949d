//! `jdcloud-codegen` reads the JD Cloud API reference (markdown pages, English or Chinese)
//! into an intermediate model, and emits a Rust SDK and OpenAPI documents from it.
//!
//! ```text
//! pages ──parse──▶ IR pieces ──resolve──▶ Api ──emit──▶ OpenAPI · Rust crate
//! ```

// What users name: the model, its diagnostics, the emitters' options, corrections and diff.
pub mod corrections;
pub mod diagnostics;
pub mod diff;
pub mod ir;
pub mod openapi;
pub mod rust;

// The stages behind `load` and `generate`: public for the command-line tool, the tests and the
// fuzz targets, not part of the documented API.
#[doc(hidden)]
pub mod output;
#[doc(hidden)]
pub mod par;
#[doc(hidden)]
pub mod parse;
#[doc(hidden)]
pub mod release;
#[doc(hidden)]
pub mod resolve;
#[doc(hidden)]
pub mod traits;

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

/// [`load`], then applies the corrections files (see [`corrections`]).
pub fn load_with(inputs: &[PathBuf], corrections: &[PathBuf]) -> Loaded {
    load_timed_with(inputs, corrections).0
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
    load_timed_with(inputs, &[])
}

/// [`load_with`], also reporting how long each stage took.
pub fn load_timed_with(inputs: &[PathBuf], corrections: &[PathBuf]) -> (Loaded, Timings) {
    let mut timings = Timings::default();
    let mut diags = Diagnostics::default();
    let corrections = corrections::Corrections::read(corrections, &mut diags);
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
    let pages = parse_all(&texts, &mut diags);
    timings.parse = start.elapsed();
    let start = std::time::Instant::now();
    let loaded = assemble(files.len(), pages, diags, &corrections);
    timings.resolve = start.elapsed();
    (loaded, timings)
}

/// Reads pages given as (name, bytes) pairs, for callers that hold the text in memory.
pub fn load_sources(sources: &[(String, Vec<u8>)]) -> Loaded {
    load_sources_with(sources, &[])
}

/// [`load_sources`], then applies corrections files given as (name, bytes) pairs.
pub fn load_sources_with(
    sources: &[(String, Vec<u8>)],
    corrections: &[(String, Vec<u8>)],
) -> Loaded {
    let mut diags = Diagnostics::default();
    let corrections = corrections::Corrections::parse(corrections, &mut diags);
    let mut sorted: Vec<&(String, Vec<u8>)> = sources.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let pages = parse_all(&sorted, &mut diags);
    assemble(sources.len(), pages, diags, &corrections)
}

/// Parses (name, bytes) pairs, on every core ([`par::map`]); the pages come back in the
/// order given, and their diagnostics are added in that order.
fn parse_all<S: std::borrow::Borrow<(String, Vec<u8>)> + Sync>(
    sources: &[S],
    diags: &mut Diagnostics,
) -> Vec<parse::ParsedPage> {
    let parsed = par::map(sources, |source| {
        let (name, bytes) = source.borrow();
        let mut page_diags = Diagnostics::default();
        let page = parse::parse_bytes(name, bytes, &mut page_diags);
        (page, page_diags)
    });
    parsed
        .into_iter()
        .map(|(page, page_diags)| {
            diags.extend(page_diags);
            page
        })
        .collect()
}

/// Resolves the pages into the model and applies the corrections: the one place they apply.
fn assemble(
    files: usize,
    pages: Vec<parse::ParsedPage>,
    mut diags: Diagnostics,
    corrections: &corrections::Corrections,
) -> Loaded {
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
    let mut api = resolve::resolve(pages, &mut diags);
    corrections.apply(&mut api, &mut diags);
    traits::decide(&mut api);
    stats.operations = api.services.iter().map(|s| s.operations.len()).sum();
    stats.shapes = api.services.iter().map(|s| s.shapes.len()).sum();
    Loaded {
        services: api.services,
        diagnostics: diags.into_sorted(),
        stats,
    }
}

/// Every file `generate` writes, by path relative to the output folder: the crate under
/// `jdcloud-sdk/` (its name, in [`generate_files_with`]) and the OpenAPI 3.0.3 documents under
/// `openapi/`. The crate names the
/// runtime crate by version alone; [`generate_files_with`] can give it a path.
pub fn generate_files(api: &Api) -> Result<output::Files, rust::EmitError> {
    generate_files_with(api, &rust::CrateOptions::default())
}

/// [`generate_files`] with the crate's options.
pub fn generate_files_with(
    api: &Api,
    options: &rust::CrateOptions,
) -> Result<output::Files, rust::EmitError> {
    let mut files = output::Files::new();
    for f in rust::crate_files(api, options)? {
        files.insert(
            format!("{}/{}", options.crate_name, f.path),
            f.contents.into_bytes(),
        );
    }
    // Each document is written out as soon as it is built, so only its bytes are kept.
    let docs = par::map(&api.services, |svc| {
        let doc = openapi::export_service(svc, &openapi::Options::default());
        (doc.file_name(), doc.to_bytes())
    });
    for (name, bytes) in docs {
        files.insert(format!("openapi/{name}"), bytes);
    }
    Ok(files)
}

/// Generates a Rust module from API reference pages in a build script, in the spirit of
/// `prost-build`:
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), Box<dyn std::error::Error>> {
///     jdcloud_codegen::Builder::new()
///         .specs("specs/vm")
///         .out_dir(std::env::var("OUT_DIR")?)
///         .generate()?;
///     Ok(())
/// }
/// ```
///
/// and in the crate: `include!(concat!(env!("OUT_DIR"), "/jdcloud_sdk.rs"));` at the crate
/// root (or inside a module, with [`Builder::root_path`] set to that module's path). The
/// including crate depends on `jdcloud-sdk-runtime`, `serde` (with `derive`) and `serde_json`;
/// the generated module re-exports the runtime as its `runtime` module, so its `Config` is the
/// one of every other generated crate in the program. [`Builder::inline_runtime`] pastes the
/// runtime's sources in instead.
///
/// In `[build-dependencies]`, `jdcloud-codegen = { version = "…", default-features = false }`
/// leaves out what only the command-line tool needs.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    specs: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    file_name: Option<String>,
    root_path: Option<String>,
    runtime: rust::RuntimeSource,
    corrections: Vec<PathBuf>,
    strict: bool,
}

/// Why [`Builder::generate`] failed.
#[derive(Debug)]
pub enum BuildError {
    /// No output folder was given and `OUT_DIR` is not set.
    NoOutDir,
    /// A path given to [`Builder::specs`] does not exist (or no path was given).
    MissingSpecs(PathBuf),
    /// A file given to [`Builder::corrections`] does not exist.
    MissingCorrections(PathBuf),
    /// The pages produced error-level diagnostics and [`Builder::strict`] was set.
    Diagnostics(Vec<Diagnostic>),
    /// Code could not be emitted.
    Emit(rust::EmitError),
    /// The output could not be written.
    Io(std::io::Error),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::NoOutDir => f.write_str("no output folder: call out_dir() or set OUT_DIR"),
            BuildError::MissingSpecs(p) if p.as_os_str().is_empty() => {
                f.write_str("no API pages given: call specs() with a folder or file of pages")
            }
            BuildError::MissingSpecs(p) => write!(
                f,
                "`{}`: no such file or folder; give specs() the API pages, as markdown files or folders of them (relative paths are relative to the crate's folder in build.rs)",
                p.display()
            ),
            BuildError::MissingCorrections(p) => write!(
                f,
                "`{}`: no such corrections file; give corrections() a TOML file of corrections (relative paths are relative to the crate's folder in build.rs)",
                p.display()
            ),
            BuildError::Diagnostics(d) => {
                writeln!(f, "{} error(s) in the API pages:", d.len())?;
                for x in d {
                    writeln!(f, "{x}")?;
                }
                Ok(())
            }
            BuildError::Emit(e) => write!(f, "{e}"),
            BuildError::Io(e) => write!(f, "cannot write the generated module: {e}"),
        }
    }
}

impl std::error::Error for BuildError {}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a page or a folder of pages.
    pub fn specs(mut self, path: impl Into<PathBuf>) -> Self {
        self.specs.push(path.into());
        self
    }

    /// Where to write (default: the `OUT_DIR` environment variable).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The file name (default `jdcloud_sdk.rs`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The path of the module the file is included in (default `crate`).
    pub fn root_path(mut self, path: impl Into<String>) -> Self {
        self.root_path = Some(path.into());
        self
    }

    /// The path the generated code names the runtime crate by (default
    /// `::jdcloud_sdk_runtime`), for a crate that renames the dependency or re-exports it.
    pub fn runtime_path(mut self, path: impl Into<String>) -> Self {
        self.runtime = rust::RuntimeSource::Crate(path.into());
        self
    }

    /// Pastes the runtime's sources into the generated file instead of using the runtime
    /// crate: the file is self-contained, and the including crate then depends on what the
    /// runtime uses (the `[dependencies]` and `[features]` of `templates/runtime/Cargo.toml`).
    /// Its types are then its own: they are not those of other generated crates.
    pub fn inline_runtime(mut self, inline: bool) -> Self {
        self.runtime = if inline {
            rust::RuntimeSource::Inline
        } else {
            rust::RuntimeSource::default()
        };
        self
    }

    /// Adds a corrections file (see [`corrections`]). Without one, the `corrections.toml` at
    /// the root of each folder given to [`Builder::specs`] is used, where there is one.
    pub fn corrections(mut self, path: impl Into<PathBuf>) -> Self {
        self.corrections.push(path.into());
        self
    }

    /// Fail on error-level diagnostics instead of generating what is sound.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Reads the pages and writes the module; returns the file written. Prints
    /// `cargo:rerun-if-changed` lines for the pages and warnings for diagnostics.
    pub fn generate(self) -> Result<PathBuf, BuildError> {
        let out_dir = match self.out_dir {
            Some(d) => d,
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(BuildError::NoOutDir)?,
        };
        if self.specs.is_empty() {
            return Err(BuildError::MissingSpecs(PathBuf::new()));
        }
        if let Some(missing) = self.specs.iter().find(|p| !p.exists()) {
            return Err(BuildError::MissingSpecs(missing.clone()));
        }
        if let Some(missing) = self.corrections.iter().find(|p| !p.is_file()) {
            return Err(BuildError::MissingCorrections(missing.clone()));
        }
        let corrections = corrections::files_for(&self.specs, &self.corrections);
        let loaded = load_with(&self.specs, &corrections);
        for spec in self.specs.iter().chain(&corrections) {
            println!("cargo:rerun-if-changed={}", spec.display());
        }
        let errors: Vec<Diagnostic> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == diagnostics::Severity::Error)
            .cloned()
            .collect();
        for d in &loaded.diagnostics {
            if d.severity != diagnostics::Severity::Info {
                println!("cargo:warning={}", d.to_string().replace('\n', " "));
            }
        }
        if self.strict && !errors.is_empty() {
            return Err(BuildError::Diagnostics(errors));
        }
        let text = rust::single_file(
            &loaded.api(),
            self.root_path.as_deref().unwrap_or("crate"),
            &self.runtime,
        )
        .map_err(BuildError::Emit)?;
        let path = out_dir.join(self.file_name.unwrap_or_else(|| "jdcloud_sdk.rs".into()));
        std::fs::write(&path, text).map_err(BuildError::Io)?;
        Ok(path)
    }
}
