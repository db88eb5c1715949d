//! The next version of the generated crate from the classified changes (semver, with the 0.x
//! rule cargo applies: the minor version is the breaking one).

use crate::diff::Report;

/// The version after `previous` for the changes in `report`: the same when nothing changed;
/// for 0.x a breaking change bumps the minor version and anything else the patch; from 1.0 a
/// breaking change bumps the major, a compatible one the minor, docs the patch. A version
/// that is not `MAJOR.MINOR.PATCH` starts over at `0.1.0`.
pub fn next(previous: &str, report: &Report) -> String {
    let Some((major, minor, patch)) = parse(previous) else {
        return "0.1.0".into();
    };
    if report.is_empty() {
        return format!("{major}.{minor}.{patch}");
    }
    let breaking = report.rust_breaking() || report.wire_breaking();
    let compatible = report
        .changes()
        .any(|c| c.class != crate::diff::Class::DocsOnly);
    match (major, breaking, compatible) {
        (0, true, _) => format!("0.{}.0", minor + 1),
        (0, false, _) => format!("0.{minor}.{}", patch + 1),
        (_, true, _) => format!("{}.0.0", major + 1),
        (_, false, true) => format!("{major}.{}.0", minor + 1),
        (_, false, false) => format!("{major}.{minor}.{}", patch + 1),
    }
}

/// `MAJOR.MINOR.PATCH`, ignoring any pre-release or build suffix.
pub fn parse(version: &str) -> Option<(u64, u64, u64)> {
    let core = version.trim().split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let v = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Aspect, Change, Class, Node, ServiceChanges};

    fn report(class: Class, rust: bool) -> Report {
        Report {
            services: vec![ServiceChanges {
                service: "s".into(),
                changes: vec![Change {
                    service: "s".into(),
                    node: Node::Service,
                    aspect: Aspect::Docs,
                    summary: String::new(),
                    class,
                    rust_breaking: rust,
                    wire_breaking: false,
                    rust: Vec::new(),
                    wire: None,
                    rust_relevant: false,
                }],
            }],
        }
    }

    #[test]
    fn bumps() {
        let none = Report::default();
        assert_eq!(next("0.3.2", &none), "0.3.2");
        assert_eq!(next("0.3.2", &report(Class::Breaking, true)), "0.4.0");
        assert_eq!(next("0.3.2", &report(Class::Compatible, false)), "0.3.3");
        assert_eq!(next("0.3.2", &report(Class::DocsOnly, false)), "0.3.3");
        assert_eq!(next("1.3.2", &report(Class::Breaking, true)), "2.0.0");
        assert_eq!(next("1.3.2", &report(Class::Compatible, false)), "1.4.0");
        assert_eq!(next("1.3.2", &report(Class::DocsOnly, false)), "1.3.3");
        assert_eq!(next("nonsense", &none), "0.1.0");
        assert_eq!(parse("0.2.0-beta.1"), Some((0, 2, 0)));
        assert_eq!(parse("1.2"), None);
    }
}
