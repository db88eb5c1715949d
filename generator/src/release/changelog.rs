//! The generated crate's `CHANGELOG.md`: a header, then one entry per version, newest first,
//! each listing the classified changes of that regeneration.

use crate::diff::{render, Report};

const HEADER: &str = "# Changelog\n\nEach regeneration from changed API pages adds an entry, newest first. Every change is\nclassified by `jdcloud-codegen diff`: *breaking for Rust code* (code that compiled against\nthe previous version may not compile), *breaking on the wire* (a request that was accepted is\nrefused or means something else), *compatible*, or *docs only*.\n";

/// The changelog with an entry for `version` on top of the entries of `previous`.
pub fn with_entry(previous: Option<&str>, version: &str, entry: &str) -> String {
    let mut out = String::from(HEADER);
    out.push_str(&format!("\n## {version}\n\n{}", entry.trim_end()));
    out.push('\n');
    let older = previous.map(entries).unwrap_or_default();
    if !older.is_empty() {
        out.push('\n');
        out.push_str(older);
    }
    out
}

/// The entries of a changelog: everything from its first `## ` heading on.
fn entries(text: &str) -> &str {
    if text.starts_with("## ") {
        return text;
    }
    match text.find("\n## ") {
        Some(i) => &text[i + 1..],
        None => "",
    }
}

/// The entry of a regeneration: the changes as markdown, services as `###` headings.
pub fn entry(report: &Report) -> String {
    let counts = report.counts();
    let mut out = format!(
        "{} breaking for Rust code, {} breaking on the wire, {} compatible, {} docs only.\n\n",
        counts.rust_breaking, counts.wire_breaking, counts.compatible, counts.docs_only
    );
    out.push_str(&render::markdown(report, 3));
    out
}

/// The first entry, when there is no earlier model to compare with.
pub fn first_entry(services: usize, operations: usize) -> String {
    format!(
        "First recorded version: {services} service(s), {operations} operation(s). Later entries list what changed.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stack_newest_first() {
        let first = with_entry(None, "0.1.0", "First.\n");
        assert!(first.starts_with("# Changelog\n"));
        assert!(first.ends_with("\n## 0.1.0\n\nFirst.\n"));
        let second = with_entry(Some(&first), "0.2.0", "Second.\n");
        let a = second.find("## 0.2.0").expect("new entry");
        let b = second.find("## 0.1.0").expect("old entry");
        assert!(a < b);
        assert_eq!(second.matches("# Changelog").count(), 1);
        assert!(second.ends_with("## 0.1.0\n\nFirst.\n"));
    }
}
