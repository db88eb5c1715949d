//! Merging same-named shapes (models) of a service.

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostics};
use crate::ir::{Shape, Source};

use super::disputes::{Disputes, Said};
use super::members::{self, List};
use super::rank::Rank;

/// A shape as one page defines it.
pub(super) struct PageShape {
    /// The precedence of its page.
    pub rank: Rank,
    pub shape: Shape,
    /// Whether its table has a required column.
    pub required_known: bool,
}

impl PageShape {
    /// The shapes of a page of rank `rank`; `required_columns` lists the sections whose table
    /// has a required column.
    pub(super) fn of(rank: &Rank, shapes: Vec<Shape>, required_columns: &[Source]) -> Vec<Self> {
        shapes
            .into_iter()
            .map(|shape| PageShape {
                rank: rank.clone(),
                required_known: required_columns.contains(&shape.source),
                shape,
            })
            .collect()
    }
}

/// Merges same-named shapes (letter case ignored) of different pages, each with the rank of
/// its page: identical definitions merge quietly; different ones are united field by field
/// (see [`members::merge`]), the first in precedence deciding, and the differences are kept
/// and reported.
pub(super) fn merge(shapes: Vec<PageShape>, diags: &mut Diagnostics) -> Vec<Shape> {
    let mut groups: BTreeMap<String, Vec<PageShape>> = BTreeMap::new();
    for s in shapes {
        groups
            .entry(s.shape.name.to_ascii_lowercase())
            .or_default()
            .push(s);
    }
    let mut out = Vec::new();
    for (_, mut group) in groups {
        group.sort_by(|a, b| {
            a.rank
                .cmp(&b.rank)
                .then_with(|| a.shape.source.cmp(&b.shape.source))
        });
        if group.len() == 1 {
            out.extend(group.pop().map(|s| s.shape));
            continue;
        }
        out.extend(merge_group(group, diags));
    }
    out
}

fn merge_group(group: Vec<PageShape>, diags: &mut Diagnostics) -> Option<Shape> {
    let first = &group.first()?.shape;
    if group.iter().all(|s| same_definition(first, &s.shape)) {
        return merge_identical(group);
    }
    let mut merged = first.clone();
    let mut d = Disputes::new(format!("model `{}`", merged.name), Code::ShapeConflict);
    d.compare(
        "name",
        group
            .iter()
            .map(|s| Said::new(s.shape.name.clone(), &s.shape.source, &s.rank))
            .collect(),
    );
    let lists: Vec<List> = group
        .iter()
        .map(|s| List {
            rank: s.rank.clone(),
            at: s.shape.source.clone(),
            members: s.shape.fields.clone(),
            required_known: s.required_known,
        })
        .collect();
    merged.fields = members::merge("field", &lists, &mut d);
    if let Some(s) = group.iter().find(|s| !s.shape.doc.trim().is_empty()) {
        merged.doc = s.shape.doc.clone();
    }
    let mut also: Vec<Source> = group
        .iter()
        .skip(1)
        .map(|s| s.shape.source.clone())
        .chain(
            group
                .iter()
                .flat_map(|s| s.shape.also_defined_at.iter().cloned()),
        )
        .filter(|s| *s != merged.source)
        .collect();
    also.sort();
    also.dedup();
    merged.also_defined_at = also;
    let (disagreements, _) = d.finish(diags);
    merged.disagreements = disagreements;
    Some(merged)
}

/// Whether two sections define a shape alike: the same name and members, with the same facts
/// and docs (sources aside).
fn same_definition(a: &Shape, b: &Shape) -> bool {
    a.name == b.name
        && a.fields.len() == b.fields.len()
        && a.fields.iter().zip(&b.fields).all(|(x, y)| {
            x.name == y.name
                && x.ty == y.ty
                && x.type_text == y.type_text
                && x.required == y.required
                && x.default == y.default
                && x.example == y.example
                && x.constraints == y.constraints
                && x.doc == y.doc
                && x.doc_zh == y.doc_zh
        })
}

/// Sections that define a shape alike: the first, with every section's sources.
fn merge_identical(group: Vec<PageShape>) -> Option<Shape> {
    let mut iter = group.into_iter();
    let mut merged = iter.next()?.shape;
    for other in iter {
        merged.also_defined_at.push(other.shape.source);
        merged.also_defined_at.extend(other.shape.also_defined_at);
        for (f, g) in merged.fields.iter_mut().zip(other.shape.fields) {
            f.also_documented_at.push(g.source);
            f.also_documented_at.extend(g.also_documented_at);
        }
    }
    let source = merged.source.clone();
    merged.also_defined_at.retain(|s| *s != source);
    merged.also_defined_at.sort();
    merged.also_defined_at.dedup();
    for f in &mut merged.fields {
        let own = f.source.clone();
        f.also_documented_at.retain(|s| *s != own);
        f.also_documented_at.sort();
        f.also_documented_at.dedup();
    }
    Some(merged)
}
