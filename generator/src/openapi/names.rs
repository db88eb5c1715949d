//! Component names: valid (`^[a-zA-Z0-9._-]+$`), unique within a document, and unique ignoring
//! case too, since client generators turn them into file and type names.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;

use crate::ir::Shape;

/// The names given out in one document.
#[derive(Debug, Default)]
pub(crate) struct Names {
    /// Lower-cased names in use.
    taken: BTreeSet<String>,
    /// Shape name in the model → component name.
    shapes: BTreeMap<String, String>,
}

impl Names {
    /// Registers the shapes first, in model order, so that they keep their own names and the
    /// names made up for operations give way.
    pub(crate) fn new(shapes: &[Shape]) -> Self {
        let mut names = Names::default();
        for s in shapes {
            let n = names.fresh(&s.name);
            names.shapes.insert(s.name.clone(), n);
        }
        names
    }

    /// The component name of a shape of the model.
    pub(crate) fn shape(&self, name: &str) -> Option<&str> {
        self.shapes.get(name).map(String::as_str)
    }

    /// A new name based on `base`: `base` itself when free, else `base2`, `base3`, ….
    pub(crate) fn fresh(&mut self, base: &str) -> String {
        let base = sanitize(base);
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.taken.insert(candidate.to_ascii_lowercase()) {
            candidate = format!("{base}{n}");
            n += 1;
        }
        candidate
    }
}

/// `createInstances` → `CreateInstances`, the stem of an operation's component names.
pub(crate) fn operation_stem(id: &str) -> String {
    let stem = sanitize(id).to_upper_camel_case();
    if stem.is_empty() {
        "Operation".into()
    } else {
        stem
    }
}

/// Replaces every character outside `[A-Za-z0-9._-]` with `_`.
fn sanitize(name: &str) -> String {
    let s: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() {
        "Schema".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_and_unique_ignoring_case() {
        let mut n = Names::default();
        assert_eq!(n.fresh("Result"), "Result");
        assert_eq!(n.fresh("result"), "result2");
        assert_eq!(n.fresh("Result"), "Result3");
        assert_eq!(n.fresh("a b/c"), "a_b_c");
        assert_eq!(n.fresh(""), "Schema");
    }

    #[test]
    fn operation_stems_are_upper_camel_case() {
        assert_eq!(operation_stem("createInstances"), "CreateInstances");
        assert_eq!(operation_stem("describeIpResources"), "DescribeIpResources");
    }
}
