//! The wire rules: which way each model travels, which type changes still admit every value
//! they admitted, and which constraint changes refuse values that were accepted.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Constraint, ConstraintKind, Service, TypeRef};

/// Which way values of a model travel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Direction {
    /// In requests (reachable from a parameter).
    pub request: bool,
    /// In responses (reachable from a result).
    pub response: bool,
}

impl Direction {
    pub const REQUEST: Direction = Direction {
        request: true,
        response: false,
    };
    pub const RESPONSE: Direction = Direction {
        request: false,
        response: true,
    };

    pub fn or(self, other: Direction) -> Direction {
        Direction {
            request: self.request || other.request,
            response: self.response || other.response,
        }
    }
}

/// The direction of every model of a service.
pub fn directions(svc: &Service) -> BTreeMap<String, Direction> {
    let fields: BTreeMap<&str, Vec<&TypeRef>> = svc
        .shapes
        .iter()
        .map(|s| (s.name.as_str(), s.fields.iter().map(|f| &f.ty).collect()))
        .collect();
    let reach = |roots: Vec<&TypeRef>| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&str> = roots.iter().filter_map(|t| t.shape_name()).collect();
        while let Some(n) = stack.pop() {
            if seen.insert(n.to_string()) {
                if let Some(tys) = fields.get(n) {
                    stack.extend(tys.iter().filter_map(|t| t.shape_name()));
                }
            }
        }
        seen
    };
    let requests = reach(
        svc.operations
            .iter()
            .flat_map(|o| o.params.iter().map(|p| &p.ty))
            .collect(),
    );
    let responses = reach(
        svc.operations
            .iter()
            .flat_map(|o| {
                o.response
                    .result
                    .iter()
                    .chain(&o.response.fields)
                    .map(|f| &f.ty)
            })
            .collect(),
    );
    svc.shapes
        .iter()
        .map(|s| {
            let d = Direction {
                request: requests.contains(&s.name),
                response: responses.contains(&s.name),
            };
            (s.name.clone(), d)
        })
        .collect()
}

/// Whether every value of type `from` is a value of type `to` (JSON numbers widen:
/// `Integer` → `Long` → `Number`/`Double`; anything → an untyped value; a model or a map →
/// an untyped object).
pub fn widens(from: &TypeRef, to: &TypeRef) -> bool {
    use TypeRef::*;
    if from == to {
        return true;
    }
    match (from, to) {
        (_, Any) => true,
        (Integer, Long | Number | Double) => true,
        (Long, Number | Double) => true,
        (Float, Number | Double) => true,
        (Number, Double) | (Double, Number) => true,
        (Named(_) | Map, Object) | (Object, Map) => true,
        (Array(a), Array(b)) => widens(a, b),
        _ => false,
    }
}

/// The bounds a member's constraints put on its values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bounds {
    pub min: Option<(f64, bool)>,
    pub max: Option<(f64, bool)>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub max_items: Option<u64>,
}

impl Bounds {
    pub fn of(constraints: &[Constraint]) -> Bounds {
        let mut b = Bounds::default();
        for c in constraints {
            match &c.kind {
                ConstraintKind::Range {
                    min,
                    max,
                    exclusive_min,
                    exclusive_max,
                } => {
                    b.min = b.min.or(min.map(|m| (m, *exclusive_min)));
                    b.max = b.max.or(max.map(|m| (m, *exclusive_max)));
                }
                ConstraintKind::MinLength { value } => b.min_length = b.min_length.or(Some(*value)),
                ConstraintKind::MaxLength { value } => b.max_length = b.max_length.or(Some(*value)),
                ConstraintKind::MaxItems { value } => b.max_items = b.max_items.or(Some(*value)),
                ConstraintKind::AllowedValues { .. } | ConstraintKind::Default { .. } => {}
            }
        }
        b
    }

    /// Whether `new` refuses a value that `self` admits.
    pub fn narrowed_by(&self, new: &Bounds) -> bool {
        let lower = |old: Option<(f64, bool)>, new: Option<(f64, bool)>| match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some((o, ox)), Some((n, nx))) => n > o || (n == o && nx && !ox),
        };
        let upper = |old: Option<(f64, bool)>, new: Option<(f64, bool)>| match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some((o, ox)), Some((n, nx))) => n < o || (n == o && nx && !ox),
        };
        let at_most = |old: Option<u64>, new: Option<u64>| match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(o), Some(n)) => n < o,
        };
        let at_least = |old: Option<u64>, new: Option<u64>| match (old, new) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(o), Some(n)) => n > o,
        };
        lower(self.min, new.min)
            || upper(self.max, new.max)
            || at_least(self.min_length, new.min_length)
            || at_most(self.max_length, new.max_length)
            || at_most(self.max_items, new.max_items)
    }

    /// `[1, 100]`, `max length 32`, …; empty when there are no bounds.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.min.is_some() || self.max.is_some() {
            let (open, lo) = match self.min {
                Some((v, ex)) => (if ex { "(" } else { "[" }, number(v)),
                None => ("(", "-∞".to_string()),
            };
            let (hi, close) = match self.max {
                Some((v, ex)) => (number(v), if ex { ")" } else { "]" }),
                None => ("∞".to_string(), ")"),
            };
            parts.push(format!("range {open}{lo}, {hi}{close}"));
        }
        if let Some(n) = self.min_length {
            parts.push(format!("min length {n}"));
        }
        if let Some(n) = self.max_length {
            parts.push(format!("max length {n}"));
        }
        if let Some(n) = self.max_items {
            parts.push(format!("max items {n}"));
        }
        parts.join(", ")
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The allowed values a member's constraints list, when they list any.
pub fn allowed_values(constraints: &[Constraint]) -> Option<Vec<String>> {
    constraints.iter().find_map(|c| match &c.kind {
        ConstraintKind::AllowedValues { values } if !values.is_empty() => Some(values.clone()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arr(t: TypeRef) -> TypeRef {
        TypeRef::Array(Box::new(t))
    }

    #[test]
    fn numbers_widen_and_do_not_narrow() {
        assert!(widens(&TypeRef::Integer, &TypeRef::Long));
        assert!(!widens(&TypeRef::Long, &TypeRef::Integer));
        assert!(widens(&arr(TypeRef::Integer), &arr(TypeRef::Double)));
        assert!(!widens(&TypeRef::String, &TypeRef::Integer));
        assert!(widens(&TypeRef::Named("A".into()), &TypeRef::Any));
        assert!(!widens(
            &TypeRef::Named("A".into()),
            &TypeRef::Named("B".into())
        ));
    }

    #[test]
    fn bounds_narrow() {
        let b = |min: Option<f64>, max: Option<f64>| Bounds {
            min: min.map(|m| (m, false)),
            max: max.map(|m| (m, false)),
            ..Bounds::default()
        };
        assert!(b(Some(1.0), Some(100.0)).narrowed_by(&b(Some(1.0), Some(50.0))));
        assert!(!b(Some(1.0), Some(50.0)).narrowed_by(&b(Some(1.0), Some(100.0))));
        assert!(b(None, None).narrowed_by(&b(Some(0.0), None)));
        assert!(!b(Some(0.0), None).narrowed_by(&b(None, None)));
        assert_eq!(b(Some(1.0), Some(100.0)).describe(), "range [1, 100]");
    }
}
