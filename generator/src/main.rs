//! The `jdcloud-codegen` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use jdcloud_codegen::diagnostics::{Diagnostic, Severity};
use jdcloud_codegen::{load_timed_with, Loaded, Timings};

/// Generation allocates many small, short-lived strings and token trees; mimalloc serves
/// them markedly faster than the system allocator (see `tests/bench/`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed Rust SDK and OpenAPI documents from the JD Cloud API reference.
#[derive(Parser)]
#[command(name = "jdcloud-codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads API reference pages and prints the model, diagnostics and counts.
    Parse {
        /// Markdown files or folders (folders are searched for `*.md`).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit with status 1 when any error-level diagnostic is reported.
        #[arg(long)]
        strict: bool,
        /// Print the time each stage took to standard error.
        #[arg(long)]
        timings: bool,
        /// A corrections file; repeat for more (default: the `corrections.toml` at the root of
        /// each input folder).
        #[arg(long = "corrections", value_name = "FILE")]
        corrections: Vec<PathBuf>,
    },
    /// Lists, per service, the operations and models several pages document and every fact
    /// on which those pages disagree (which page's value is used, and why not the others).
    Report {
        /// Markdown files or folders (folders are searched for `*.md`).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Only this service (its host prefix, e.g. `vm`).
        #[arg(long)]
        service: Option<String>,
    },
    /// Writes the Rust crate `<out>/jdcloud-sdk/` and the OpenAPI documents `<out>/openapi/`.
    Generate {
        /// Markdown files or folders (folders are searched for `*.md`).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The output folder; its `jdcloud-sdk/` and `openapi/` are replaced whole.
        #[arg(long)]
        out: PathBuf,
        /// Exit with status 1, writing nothing, when any error-level diagnostic is reported.
        #[arg(long)]
        strict: bool,
        /// Keep prettyplease's layout instead of piping each `.rs` file through `rustfmt`
        /// (faster; the files then differ from the checked-in, rustfmt-formatted crate).
        #[arg(long)]
        no_rustfmt: bool,
        /// A corrections file; repeat for more (default: the `corrections.toml` at the root of
        /// each input folder).
        #[arg(long = "corrections", value_name = "FILE")]
        corrections: Vec<PathBuf>,
        /// Print the time each stage took to standard error.
        #[arg(long)]
        timings: bool,
    },
    /// Regenerates from `specs/` in memory and fails, naming the files, when `generated/` is
    /// stale.
    Check {
        /// The input pages.
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The checked-in output.
        #[arg(long, default_value = "generated")]
        generated: PathBuf,
        /// A corrections file; repeat for more (default: the `corrections.toml` at the root of
        /// the specs folder).
        #[arg(long = "corrections", value_name = "FILE")]
        corrections: Vec<PathBuf>,
        /// Print the time each stage took to standard error.
        #[arg(long)]
        timings: bool,
    },
    /// Lists every change between two sets of pages, per service, each classified: breaking
    /// for Rust code, breaking on the wire, compatible, or docs only.
    Diff {
        /// The old pages: a markdown file or a folder.
        old: PathBuf,
        /// The new pages: a markdown file or a folder.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Exit with status 1 when there is such a change.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// A corrections file for both sides; repeat for more (default: the
        /// `corrections.toml` at the root of each side's folder).
        #[arg(long = "corrections", value_name = "FILE")]
        corrections: Vec<PathBuf>,
    },
    /// Writes one OpenAPI document per service, `<out>/<service>.json`.
    Openapi {
        /// Markdown files or folders (folders are searched for `*.md`).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The folder to write the documents to, replaced whole: it must be missing, empty, or
        /// hold only `.json` files (an earlier run's documents).
        #[arg(long)]
        out: PathBuf,
        /// The OpenAPI version to write.
        #[arg(long = "openapi", value_enum, default_value_t = OpenapiVersion::V3_0)]
        openapi: OpenapiVersion,
        /// Exit with status 1, writing nothing, when any error-level diagnostic is reported.
        #[arg(long)]
        strict: bool,
        /// A corrections file; repeat for more (default: the `corrections.toml` at the root of
        /// each input folder).
        #[arg(long = "corrections", value_name = "FILE")]
        corrections: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    /// Any change breaking for Rust code or on the wire.
    Breaking,
    /// Changes breaking for Rust code.
    Rust,
    /// Changes breaking on the wire.
    Wire,
}

#[derive(Clone, Copy, ValueEnum)]
enum OpenapiVersion {
    #[value(name = "3.0")]
    V3_0,
    #[value(name = "3.1")]
    V3_1,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let inputs = match &cli.command {
        Command::Report { inputs, .. } => inputs.clone(),
        Command::Parse { inputs, .. }
        | Command::Generate { inputs, .. }
        | Command::Openapi { inputs, .. } => inputs.clone(),
        Command::Check { specs, .. } => vec![specs.clone()],
        Command::Diff { old, new, .. } => vec![old.clone(), new.clone()],
    };
    if let Err(why) = inputs_exist(&inputs) {
        eprintln!("error: {why}");
        return ExitCode::from(2);
    }
    if let Err(why) = corrections_exist(&cli.command) {
        eprintln!("error: {why}");
        return ExitCode::from(2);
    }
    match cli.command {
        Command::Report {
            inputs,
            format,
            service,
        } => run_report(&inputs, format, service.as_deref()),
        Command::Parse {
            inputs,
            format,
            strict,
            timings,
            corrections,
        } => {
            let corrections = jdcloud_codegen::corrections::files_for(&inputs, &corrections);
            let (loaded, t) = load_timed_with(&inputs, &corrections);
            if timings {
                print_timings(&loaded, &t);
            }
            match format {
                Format::Json => match serde_json::to_string_pretty(&loaded) {
                    Ok(s) => println!("{s}"),
                    Err(e) => {
                        eprintln!("error: cannot write the model as JSON: {e}");
                        return ExitCode::from(2);
                    }
                },
                Format::Text => print_summary(&loaded),
            }
            exit_code(&loaded, strict)
        }
        Command::Openapi {
            inputs,
            out,
            openapi,
            strict,
            corrections,
        } => run_openapi(&inputs, &corrections, &out, openapi, strict),
        Command::Generate {
            inputs,
            out,
            strict,
            no_rustfmt,
            corrections,
            timings,
        } => run_generate(&inputs, &corrections, &out, strict, !no_rustfmt, timings),
        Command::Check {
            specs,
            generated,
            corrections,
            timings,
        } => run_check(&specs, &corrections, &generated, timings),
        Command::Diff {
            old,
            new,
            format,
            fail_on,
            corrections,
        } => run_diff(old, new, format, fail_on, corrections),
    }
}

fn run_diff(
    old: PathBuf,
    new: PathBuf,
    format: DiffFormat,
    fail_on: Option<FailOn>,
    corrections: Vec<PathBuf>,
) -> ExitCode {
    use jdcloud_codegen::diff::{command, render};
    let outcome = command::run(&command::Request {
        old: vec![old],
        new: vec![new],
        corrections,
        format: match format {
            DiffFormat::Text => render::Format::Text,
            DiffFormat::Markdown => render::Format::Markdown,
            DiffFormat::Json => render::Format::Json,
        },
        fail_on: fail_on.map(|f| match f {
            FailOn::Breaking => command::FailOn::Breaking,
            FailOn::Rust => command::FailOn::Rust,
            FailOn::Wire => command::FailOn::Wire,
        }),
    });
    for line in &outcome.stderr {
        eprintln!("{line}");
    }
    print!("{}", outcome.stdout);
    ExitCode::from(outcome.status)
}

/// The consistency report of the pages as read (corrections aside: it is about the pages).
fn run_report(inputs: &[PathBuf], format: Format, service: Option<&str>) -> ExitCode {
    let loaded = jdcloud_codegen::load(inputs);
    let report = jdcloud_codegen::resolve::report::build(&loaded.services, service);
    if let Some(name) = service.filter(|_| report.services.is_empty()) {
        eprintln!("error: no service `{name}` in the pages given");
        return ExitCode::from(2);
    }
    match format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: cannot write the report as JSON: {e}");
                return ExitCode::from(2);
            }
        },
        Format::Text => print!("{}", report.to_text()),
    }
    ExitCode::SUCCESS
}

/// A missing input is a usage error (exit status 2), not a diagnostic: carrying on would write
/// an empty crate over a good one because of a typo in a folder name.
fn inputs_exist(inputs: &[PathBuf]) -> Result<(), String> {
    for input in inputs {
        if !input.exists() {
            return Err(format!(
                "`{}`: no such file or folder; give the API pages, as markdown files or folders of them (e.g. `specs`)",
                input.display()
            ));
        }
    }
    Ok(())
}

/// A corrections file given with `--corrections` that does not exist is a usage error, like a
/// missing input.
fn corrections_exist(command: &Command) -> Result<(), String> {
    let files = match command {
        Command::Report { .. } => return Ok(()),
        Command::Parse { corrections, .. }
        | Command::Generate { corrections, .. }
        | Command::Check { corrections, .. }
        | Command::Openapi { corrections, .. }
        | Command::Diff { corrections, .. } => corrections,
    };
    match files.iter().find(|f| !f.is_file()) {
        Some(f) => Err(format!(
            "`{}`: no such corrections file; give a TOML file of corrections (see README.md, \"Corrections\")",
            f.display()
        )),
        None => Ok(()),
    }
}

/// Loads the pages with the corrections given, or else those found beside them.
fn load_corrected(inputs: &[PathBuf], corrections: &[PathBuf]) -> Loaded {
    let corrections = jdcloud_codegen::corrections::files_for(inputs, corrections);
    jdcloud_codegen::load_with(inputs, &corrections)
}

/// Prints every warning and error to standard error; returns how many are errors.
fn report(diagnostics: &[Diagnostic]) -> usize {
    let mut errors = 0;
    for d in diagnostics {
        if d.severity != Severity::Info {
            eprintln!("{d}");
        }
        errors += usize::from(d.severity == Severity::Error);
    }
    errors
}

fn exit_code(loaded: &Loaded, strict: bool) -> ExitCode {
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if strict && errors > 0 {
        eprintln!("error: {errors} error-level diagnostic(s) with --strict");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_summary(loaded: &Loaded) {
    for svc in &loaded.services {
        let title = svc.title.as_deref().unwrap_or("");
        println!(
            "service {} ({} {}) {}",
            svc.name, svc.host, svc.version, title
        );
        for op in &svc.operations {
            let params: Vec<String> = op
                .params
                .iter()
                .map(|p| format!("{}{}", p.name, if p.required { "*" } else { "" }))
                .collect();
            println!(
                "  {:<7}{:<40} {}  [{}]",
                op.method,
                op.id,
                op.path,
                params.join(", ")
            );
        }
        if !svc.shapes.is_empty() {
            let names: Vec<&str> = svc.shapes.iter().map(|s| s.name.as_str()).collect();
            println!("  shapes: {}", names.join(", "));
        }
    }
    let mut counts = [0usize; 3];
    for d in &loaded.diagnostics {
        counts[d.severity as usize] += 1;
        if d.severity != Severity::Info {
            println!("{d}");
        }
    }
    let s = loaded.stats;
    println!(
        "{} files, {} pages, {} operations, {} shapes, {} tables, {} rows ({} unaccounted); {} errors, {} warnings, {} notes",
        s.files, s.pages, s.operations, s.shapes, s.tables, s.rows, s.rows_unaccounted, counts[2], counts[1], counts[0]
    );
}

fn print_timings(loaded: &Loaded, t: &Timings) {
    let total = t.read + t.parse + t.resolve;
    let secs = total.as_secs_f64().max(1e-9);
    eprintln!(
        "timings: read {:.1} ms, parse {:.1} ms, resolve {:.1} ms, total {:.1} ms; {} files, {:.2} MB, {:.0} pages/s, {:.1} MB/s",
        t.read.as_secs_f64() * 1e3,
        t.parse.as_secs_f64() * 1e3,
        t.resolve.as_secs_f64() * 1e3,
        secs * 1e3,
        loaded.stats.files,
        t.bytes as f64 / 1e6,
        loaded.stats.files as f64 / secs,
        t.bytes as f64 / 1e6 / secs
    );
}

fn run_openapi(
    inputs: &[PathBuf],
    corrections: &[PathBuf],
    out: &std::path::Path,
    version: OpenapiVersion,
    strict: bool,
) -> ExitCode {
    use jdcloud_codegen::openapi::{self, Options, SpecVersion};
    let loaded = load_corrected(inputs, corrections);
    let options = Options {
        version: match version {
            OpenapiVersion::V3_0 => SpecVersion::V3_0,
            OpenapiVersion::V3_1 => SpecVersion::V3_1,
        },
    };
    let docs = openapi::export(&loaded.services, &options);
    let mut diagnostics = loaded.diagnostics.clone();
    for d in &docs {
        diagnostics.extend(d.diagnostics.iter().cloned());
    }
    let errors = report(&diagnostics);
    if strict && errors > 0 {
        eprintln!("error: {errors} error-level diagnostic(s) with --strict; nothing was written");
        return ExitCode::from(1);
    }
    if let Err(why) = openapi::write_documents(&docs, out) {
        eprintln!("error: {why}");
        return ExitCode::from(2);
    }
    for d in &docs {
        eprintln!(
            "wrote {} ({} operations, {} schemas)",
            out.join(d.file_name()).display(),
            d.operation_count(),
            d.schema_count()
        );
    }
    ExitCode::SUCCESS
}

/// Wall-clock time of each stage of `generate` and `check`, printed with `--timings`.
struct Stages {
    on: bool,
    last: std::time::Instant,
    done: Vec<(&'static str, std::time::Duration, String)>,
}

impl Stages {
    fn new(on: bool) -> Self {
        Stages {
            on,
            last: std::time::Instant::now(),
            done: Vec::new(),
        }
    }

    /// Ends a stage, with figures about it.
    fn end(&mut self, name: &'static str, note: String) {
        let now = std::time::Instant::now();
        self.done.push((name, now - self.last, note));
        self.last = now;
    }

    fn print(&self) {
        if !self.on {
            return;
        }
        let total: std::time::Duration = self.done.iter().map(|s| s.1).sum();
        let stages: Vec<String> = self
            .done
            .iter()
            .map(|(name, d, note)| {
                let note = if note.is_empty() {
                    String::new()
                } else {
                    format!(" ({note})")
                };
                format!("{name} {:.1} ms{note}", d.as_secs_f64() * 1e3)
            })
            .collect();
        eprintln!(
            "timings: {}; total {:.1} ms",
            stages.join(", "),
            total.as_secs_f64() * 1e3
        );
    }
}

/// The files of the output, grouped by the folder each replaces; `.rs` files formatted with
/// rustfmt when `rustfmt` is true, through the cache of formatted files.
fn generated_groups(
    loaded: &Loaded,
    out: &std::path::Path,
    rustfmt: bool,
    stages: &mut Stages,
) -> Result<std::collections::BTreeMap<String, jdcloud_codegen::output::Files>, String> {
    let options = jdcloud_codegen::rust::CrateOptions {
        runtime: jdcloud_codegen::rust::RuntimeDependency::for_crate_at(&out.join("jdcloud-sdk")),
        ..Default::default()
    };
    let (mut files, release) =
        jdcloud_codegen::release::generate_files(&loaded.api(), &options, out)
            .map_err(|e| e.to_string())?;
    eprintln!("{}", release.summary());
    stages.end("emit", format!("{} files", files.len()));
    if rustfmt {
        let cache = jdcloud_codegen::output::FormatCache::from_env();
        match jdcloud_codegen::output::format_rust_with(&mut files, &cache) {
            Ok(f) => {
                if let Some(why) = &f.cache_problem {
                    eprintln!("note: {why}; formatting without the cache");
                }
                if f.rejected > 0 {
                    eprintln!(
                        "note: {} damaged entries of the rustfmt cache ignored and replaced",
                        f.rejected
                    );
                }
                stages.end(
                    "rustfmt",
                    format!("{} cached, {} by rustfmt", f.cached, f.by_rustfmt),
                );
            }
            Err(why) => eprintln!("warning: {why}"),
        }
    }
    let mut groups: std::collections::BTreeMap<String, jdcloud_codegen::output::Files> =
        Default::default();
    for (path, bytes) in files {
        let (top, rest) = path.split_once('/').unwrap_or(("", path.as_str()));
        groups
            .entry(top.to_string())
            .or_default()
            .insert(rest.to_string(), bytes);
    }
    Ok(groups)
}

fn run_generate(
    inputs: &[PathBuf],
    corrections: &[PathBuf],
    out: &std::path::Path,
    strict: bool,
    rustfmt: bool,
    timings: bool,
) -> ExitCode {
    let mut stages = Stages::new(timings);
    let loaded = load_corrected(inputs, corrections);
    stages.end("load", format!("{} files", loaded.stats.files));
    let errors = report(&loaded.diagnostics);
    if strict && errors > 0 {
        eprintln!("error: {errors} error-level diagnostic(s) with --strict; nothing was written");
        return ExitCode::from(1);
    }
    let groups = match generated_groups(&loaded, out, rustfmt, &mut stages) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    for (top, files) in &groups {
        let dir = out.join(top);
        if let Err(e) = jdcloud_codegen::output::replace_dir(&dir, files) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        eprintln!("wrote {} ({} files)", dir.display(), files.len());
    }
    stages.end("write", String::new());
    stages.print();
    ExitCode::SUCCESS
}

fn run_check(
    specs: &std::path::Path,
    corrections: &[PathBuf],
    generated: &std::path::Path,
    timings: bool,
) -> ExitCode {
    let mut stages = Stages::new(timings);
    let loaded = load_corrected(&[specs.to_path_buf()], corrections);
    stages.end("load", format!("{} files", loaded.stats.files));
    let groups = match generated_groups(&loaded, generated, true, &mut stages) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut stale = Vec::new();
    for (top, files) in &groups {
        let on_disk = jdcloud_codegen::output::read_dir(&generated.join(top));
        for d in jdcloud_codegen::output::differences(files, &on_disk) {
            stale.push(format!("{}/{top}/{d}", generated.display()));
        }
    }
    stages.end("compare", String::new());
    stages.print();
    if stale.is_empty() {
        eprintln!(
            "{} is up to date with {}",
            generated.display(),
            specs.display()
        );
        ExitCode::SUCCESS
    } else {
        for s in &stale {
            eprintln!("stale: {s}");
        }
        eprintln!(
            "error: {} file(s) differ; run `cargo run --release -p jdcloud-codegen -- generate {} --out {}`",
            stale.len(),
            specs.display(),
            generated.display()
        );
        ExitCode::from(1)
    }
}
