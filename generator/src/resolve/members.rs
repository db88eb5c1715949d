//! Merging the member lists of several pages (parameters, result members, model fields) and
//! their docs per language.

use std::collections::BTreeMap;

use crate::ir::{ConstraintKind, Field, Param, ParamLocation, Source, TypeRef};
use crate::parse::layout::{language_of, Language};

use super::disputes::{Disputes, Said};
use super::rank::Rank;

/// One page's members of a node, in the page's order.
pub(super) struct List {
    pub rank: Rank,
    /// The node on that page (an operation's title, a model's heading): where an omission is
    /// reported.
    pub at: Source,
    pub members: Vec<Field>,
    /// Whether the page's table has a required column (response tables have none: their
    /// members' `required` says nothing, so they do not take part in deciding it).
    pub required_known: bool,
}

/// Unites the lists (in precedence order) member by member, letter case of names ignored. A
/// member keeps the facts of the first list that has it (its required flag from the first that
/// has a required column), a default, an example or constraints from
/// the first list that states them, and its docs per language ([`docs`]). Members come in the
/// first list's order, then the members only later lists have, in their order. `kind` names a
/// member in messages (`parameter`, `field`).
pub(super) fn merge(kind: &str, lists: &[List], disputes: &mut Disputes) -> Vec<Field> {
    let mut order: Vec<String> = Vec::new();
    let mut rows: BTreeMap<String, Vec<(usize, &Field)>> = BTreeMap::new();
    for (i, list) in lists.iter().enumerate() {
        for m in &list.members {
            let key = m.name.to_ascii_lowercase();
            let entry = rows.entry(key.clone()).or_default();
            if entry.is_empty() {
                order.push(key);
            }
            // A list names a member once (the parser keeps the first row of a repeated name).
            if entry.last().is_none_or(|(j, _)| *j != i) {
                entry.push((i, m));
            }
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for key in order {
        let Some(rows) = rows.get(&key) else {
            continue;
        };
        out.push(merge_member(kind, lists, rows, disputes));
    }
    out
}

fn merge_member(
    kind: &str,
    lists: &[List],
    rows: &[(usize, &Field)],
    disputes: &mut Disputes,
) -> Field {
    let base = rows[0].1;
    let what = || format!("{kind} `{}`", base.name);
    // Compares one fact over the rows that state it (`key`: the value as compared, `None`
    // where a row states nothing); the value shown and the messages are built only when the
    // rows disagree, which is rare.
    let mut check = |fact: &str,
                     known_only: bool,
                     key: &dyn Fn(&Field) -> Option<String>,
                     shown: &dyn Fn(&Field) -> String| {
        let keyed: Vec<(usize, &Field, String)> = rows
            .iter()
            .filter(|(i, _)| !known_only || lists[*i].required_known)
            .filter_map(|(i, m)| key(m).map(|k| (*i, *m, k)))
            .collect();
        if keyed.windows(2).all(|w| w[0].2 == w[1].2) {
            return;
        }
        let said = keyed
            .into_iter()
            .map(|(i, m, k)| Said::new(shown(m), &m.source, &lists[i].rank).keyed(k))
            .collect();
        disputes.compare(&format!("{}: {fact}", what()), said);
    };
    check("spelling", false, &|m| Some(m.name.clone()), &|m| {
        m.name.clone()
    });
    check("type", false, &|m| Some(type_key(m)), &|m| {
        m.type_text.clone()
    });
    let word = |m: &Field| if m.required { "required" } else { "optional" }.to_string();
    check("required", true, &|m| Some(word(m)), &word);
    check(
        "default",
        false,
        &|m| m.default.as_ref().map(|d| d.trim().to_lowercase()),
        &|m| m.default.clone().unwrap_or_default(),
    );
    check(
        "allowed values",
        false,
        &|m| allowed_values(m).map(|v| v.join("\n")),
        &|m| {
            m.constraints
                .iter()
                .find_map(|c| match &c.kind {
                    ConstraintKind::AllowedValues { values } => Some(values.join(", ")),
                    _ => None,
                })
                .unwrap_or_default()
        },
    );
    if rows.len() < lists.len() {
        let documented: Vec<Source> = rows.iter().map(|(_, m)| m.source.clone()).collect();
        // Rows are in list order, so one pass finds the lists without one.
        let mut next = rows.iter().map(|(i, _)| *i).peekable();
        let missing = lists
            .iter()
            .enumerate()
            .filter(move |(i, _)| next.next_if_eq(i).is_none())
            .map(|(_, l)| &l.at);
        disputes.presence(&what(), &documented, missing);
    }
    let flagged = rows
        .iter()
        .find(|(i, _)| lists[*i].required_known)
        .map(|(_, m)| *m);

    let mut merged = base.clone();
    if let Some(m) = flagged {
        merged.required = m.required;
    }
    let members = || rows.iter().map(|(_, m)| *m);
    merged.default = members().find_map(|m| m.default.clone());
    merged.example = members().find_map(|m| m.example.clone());
    if let Some(m) = members().find(|m| !m.constraints.is_empty()) {
        merged.constraints = m.constraints.clone();
    }
    let (doc, doc_zh) =
        docs(members().flat_map(|m| std::iter::once(m.doc.as_str()).chain(m.doc_zh.as_deref())));
    merged.doc = doc;
    merged.doc_zh = doc_zh;
    let mut also: Vec<Source> = members()
        .skip(1)
        .map(|m| m.source.clone())
        .chain(members().flat_map(|m| m.also_documented_at.iter().cloned()))
        .filter(|s| *s != merged.source)
        .collect();
    also.sort();
    also.dedup();
    merged.also_documented_at = also;
    merged
}

/// A type as compared: the parsed type, letter case of model names ignored (the type cell's
/// link syntax differs between generations).
fn type_key(m: &Field) -> String {
    let mut key = String::new();
    let mut ty = &m.ty;
    while let TypeRef::Array(inner) = ty {
        key.push_str("[]");
        ty = inner;
    }
    match ty {
        TypeRef::Named(n) => key.push_str(&n.to_ascii_lowercase()),
        other => key.push_str(&format!("{other:?}")),
    }
    key
}

fn allowed_values(m: &Field) -> Option<Vec<String>> {
    m.constraints.iter().find_map(|c| match &c.kind {
        ConstraintKind::AllowedValues { values } => {
            let mut v: Vec<String> = values.iter().map(|v| v.to_lowercase()).collect();
            v.sort();
            Some(v)
        }
        _ => None,
    })
}

/// The docs of a node from its texts in precedence order: the first English text (or, when
/// there is none, the first text), and the first Chinese text beside an English one.
pub(super) fn docs<'a>(texts: impl Iterator<Item = &'a str>) -> (String, Option<String>) {
    let (mut english, mut chinese, mut first) = (None, None, None);
    for t in texts {
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        first.get_or_insert(t);
        match language_of(t) {
            Some(Language::English) => {
                english.get_or_insert(t);
            }
            Some(Language::Chinese) => {
                chinese.get_or_insert(t);
            }
            None => {}
        }
    }
    match (english, chinese) {
        (Some(en), zh) => (en.to_string(), zh.map(str::to_string)),
        (None, Some(zh)) => (zh.to_string(), None),
        (None, None) => (first.unwrap_or_default().to_string(), None),
    }
}

/// A parameter as a member (its location aside).
pub(super) fn param_as_field(p: &Param) -> Field {
    Field {
        name: p.name.clone(),
        ty: p.ty.clone(),
        type_text: p.type_text.clone(),
        required: p.required,
        default: p.default.clone(),
        example: p.example.clone(),
        constraints: p.constraints.clone(),
        doc: p.doc.clone(),
        doc_zh: p.doc_zh.clone(),
        source: p.source.clone(),
        also_documented_at: p.also_documented_at.clone(),
        rust_name: None,
    }
}

/// A merged member as a parameter at `location`.
pub(super) fn field_as_param(f: Field, location: ParamLocation) -> Param {
    Param {
        name: f.name,
        location,
        ty: f.ty,
        type_text: f.type_text,
        required: f.required,
        default: f.default,
        example: f.example,
        constraints: f.constraints,
        doc: f.doc,
        doc_zh: f.doc_zh,
        source: f.source,
        also_documented_at: f.also_documented_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_per_language() {
        assert_eq!(
            docs(["地域ID", "Region ID", "The region"].into_iter()),
            ("Region ID".into(), Some("地域ID".into()))
        );
        assert_eq!(docs(["", "地域ID"].into_iter()), ("地域ID".into(), None));
        assert_eq!(docs(["  ", "12"].into_iter()), ("12".into(), None));
    }
}
