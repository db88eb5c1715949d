//! The parser over every real page in `../shared/corpus`: no panic, no row lost, every
//! operation page an operation, and table/row counts that agree with an independent count.

mod common;

use std::path::Path;

use jdcloud_codegen::load_sources;

/// Counts pipe tables and their data rows with a plain line scanner, independent of the
/// parser: a table starts at a line holding `|` followed by a delimiter row, and its rows run
/// until a blank line, a heading, a fence or a line that cannot continue a table. Fenced code
/// is skipped.
fn count_tables(text: &str) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let is_delimiter = |l: &str| {
        let t = l.trim().trim_matches('|');
        !t.is_empty()
            && t.contains('-')
            && t.split('|').all(|c| {
                let c = c.trim();
                !c.is_empty() && c.trim_matches(':').chars().all(|ch| ch == '-')
            })
    };
    let (mut tables, mut rows) = (0, 0);
    let mut i = 0;
    let mut in_fence = false;
    while i < lines.len() {
        let l = lines[i];
        if l.trim_start().starts_with("```") {
            in_fence = !in_fence;
            i += 1;
            continue;
        }
        if !in_fence && l.contains('|') && i + 1 < lines.len() && is_delimiter(lines[i + 1]) {
            tables += 1;
            i += 2;
            while i < lines.len() {
                let r = lines[i].trim();
                if r.is_empty() || r.starts_with('#') || r.starts_with("```") {
                    break;
                }
                rows += 1;
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    (tables, rows)
}

fn is_operation_page(text: &str) -> bool {
    text.lines().any(|l| {
        let h = l.trim();
        let h = h.strip_prefix("## ").unwrap_or("").trim().to_lowercase();
        h == "request method" || h == "请求方式"
    })
}

fn check_corpus(shared: &Path, name: &str) {
    let dir = shared.join("corpus").join(name);
    let sources = common::read_tree(&dir, &shared.join("corpus"));
    assert!(sources.len() > 100, "{name}: only {} files", sources.len());
    let loaded = load_sources(&sources);
    let stats = loaded.stats;
    eprintln!("{name}: {stats:?}");

    assert_eq!(stats.files, sources.len());
    assert_eq!(
        stats.rows_unaccounted, 0,
        "{name}: rows neither in the model nor in a diagnostic"
    );

    let (mut tables, mut rows, mut op_pages) = (0, 0, 0);
    for (_, bytes) in &sources {
        let text = String::from_utf8_lossy(bytes);
        let (t, r) = count_tables(&text);
        tables += t;
        rows += r;
        op_pages += usize::from(is_operation_page(&text));
    }
    assert_eq!(stats.tables, tables, "{name}: table count");
    assert_eq!(stats.rows, rows, "{name}: row count");

    // Every operation page is an operation of the model, or a duplicate merged into one.
    let mut documented = 0;
    for svc in &loaded.services {
        assert!(!svc.name.is_empty());
        for op in &svc.operations {
            documented += 1 + op.duplicates.len();
            assert!(op.path.starts_with('/'), "{}: path {}", op.source, op.path);
            assert!(!op.host.is_empty(), "{}: no host", op.source);
        }
    }
    assert_eq!(
        documented, op_pages,
        "{name}: operation pages vs operations"
    );
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == jdcloud_codegen::diagnostics::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{name}: error diagnostics: {errors:#?}");
}

#[test]
fn english_corpus() {
    if let Some(shared) = common::shared_dir() {
        check_corpus(&shared, "jdcloud-en");
    }
}

#[test]
fn chinese_corpus() {
    if let Some(shared) = common::shared_dir() {
        check_corpus(&shared, "jdcloud-cn");
    }
}

#[test]
fn independent_counter_counts() {
    let md = "# t\n|a|b|\n|---|---|\n|1|2|\n|3|4|\n\n```\n|x|y|\n|-|-|\n```\n|c|\n|-|\n";
    assert_eq!(count_tables(md), (2, 2));
}
