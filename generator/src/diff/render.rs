//! A [`Report`] as text (for a terminal), markdown (for a changelog or a pull request) or JSON.

use serde_json::json;

use super::change::{count, Change, Class, Counts, Report};

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Text => text(report),
        Format::Markdown => markdown(report, 2),
        Format::Json => json(report),
    }
}

fn counts_line(n: &Counts) -> String {
    format!(
        "{} breaking for Rust code, {} breaking on the wire, {} compatible, {} docs only",
        n.rust_breaking, n.wire_breaking, n.compatible, n.docs_only
    )
}

/// One line per change, grouped by service, with what breaks indented below it.
pub fn text(report: &Report) -> String {
    if report.is_empty() {
        return "no changes\n".into();
    }
    let mut out = String::new();
    for s in &report.services {
        out.push_str(&format!(
            "{}: {}\n",
            s.service,
            counts_line(&count(s.changes.iter()))
        ));
        for c in &s.changes {
            out.push_str(&format!("  {:<22} {}\n", c.class_label(), c.summary));
            for r in &c.rust {
                out.push_str(&format!("      Rust: {r}\n"));
            }
            if let Some(w) = &c.wire {
                out.push_str(&format!("      wire: {w}\n"));
            }
        }
    }
    out.push_str(&format!("total: {}\n", counts_line(&report.counts())));
    out
}

/// Markdown with one section per service (at heading `level`) and one list per class, ready
/// for a changelog or a pull request.
pub fn markdown(report: &Report, level: usize) -> String {
    let h = |n: usize| "#".repeat(n.clamp(1, 6));
    if report.is_empty() {
        return "No changes.\n".into();
    }
    let mut out = String::new();
    for s in &report.services {
        out.push_str(&format!("{} `{}`\n\n", h(level), s.service));
        out.push_str(&format!("{}.\n\n", counts_line(&count(s.changes.iter()))));
        for (title, section) in SECTIONS {
            let changes: Vec<&Change> = s
                .changes
                .iter()
                .filter(|c| section_of(c) == section)
                .collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("{} {title}\n\n", h(level + 1)));
            for c in changes {
                out.push_str(&format!("- {}", c.summary));
                if c.rust_breaking && c.wire_breaking {
                    out.push_str(" (also breaking on the wire)");
                }
                out.push('\n');
                for r in &c.rust {
                    out.push_str(&format!("  - Rust: {r}\n"));
                }
                if let Some(w) = &c.wire {
                    out.push_str(&format!("  - Wire: {w}\n"));
                }
            }
            out.push('\n');
        }
    }
    out
}

/// The sections of a service's markdown, in order.
const SECTIONS: [(&str, u8); 4] = [
    ("Breaking for Rust code", 0),
    ("Breaking on the wire", 1),
    ("Compatible", 2),
    ("Docs only", 3),
];

/// The section a change is listed in: Rust-breaking ones first, then wire-only ones.
fn section_of(c: &Change) -> u8 {
    match (c.rust_breaking, c.wire_breaking, c.class) {
        (true, _, _) => 0,
        (false, true, _) => 1,
        (false, false, Class::DocsOnly) => 3,
        (false, false, _) => 2,
    }
}

/// `{"counts": {...}, "services": [{"service", "counts", "changes": [...]}]}`.
pub fn json(report: &Report) -> String {
    let services: Vec<serde_json::Value> = report
        .services
        .iter()
        .map(|s| {
            json!({
                "service": s.service,
                "counts": count(s.changes.iter()),
                "changes": s.changes,
            })
        })
        .collect();
    let value = json!({ "counts": report.counts(), "services": services });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
