//! The `jdcloud-codegen` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use jdcloud_codegen::diagnostics::Severity;
use jdcloud_codegen::{load_timed, Loaded, Timings};

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
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            inputs,
            format,
            strict,
            timings,
        } => {
            let (loaded, t) = load_timed(&inputs);
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
    }
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
