//! Compares two models of one service node by node: what was added, removed or changed, each
//! change with its wire classification. The Rust classification comes after (see
//! [`super::classify`]), from the generated API itself.

use std::collections::{BTreeMap, BTreeSet};

use crate::corrections::label;
use crate::ir::{ConstraintKind, Field, Operation, Param, ParamLocation, Service, Shape, TypeRef};
use crate::rust::operations::client_arguments;

use super::change::{Aspect, Change, Class, Node};
use super::wire::{allowed_values, directions, widens, Bounds, Direction};

/// Collects the changes of one service.
struct Changes<'a> {
    service: String,
    out: Vec<Change>,
    /// The old and the new service, when both exist.
    sides: Option<(&'a Service, &'a Service)>,
}

impl Changes<'_> {
    /// Whether values of `a` in the old service and of `b` in the new one are the same JSON:
    /// equal types, or models with the same members (a model renamed, say).
    fn same_on_wire(&self, a: &TypeRef, b: &TypeRef) -> bool {
        match self.sides {
            Some((o, n)) => same_json(o, a, n, b, &mut BTreeSet::new()),
            None => a == b,
        }
    }

    fn push(&mut self, node: Node, aspect: Aspect, what: String, wire: Option<String>) {
        let summary = if what.is_empty() {
            node.label()
        } else if matches!(node, Node::Service) {
            what
        } else {
            format!("{}: {what}", node.label())
        };
        let class = match aspect {
            Aspect::Docs | Aspect::Examples => Class::DocsOnly,
            _ if wire.is_some() => Class::Breaking,
            _ => Class::Compatible,
        };
        self.out.push(Change {
            service: self.service.clone(),
            node,
            aspect,
            summary,
            class,
            rust_breaking: false,
            wire_breaking: wire.is_some(),
            rust: Vec::new(),
            wire,
            rust_relevant: aspect.can_change_rust(),
        });
    }

    /// Marks the last change as one that cannot break the Rust API at its node.
    fn not_for_rust(&mut self) {
        if let Some(last) = self.out.last_mut() {
            last.rust_relevant = false;
        }
    }
}

/// The changes between two versions of a service; either may be missing (added or removed).
pub fn compare_service(name: &str, old: Option<&Service>, new: Option<&Service>) -> Vec<Change> {
    let mut c = Changes {
        service: name.to_string(),
        out: Vec::new(),
        sides: old.zip(new),
    };
    match (old, new) {
        (None, None) => {}
        (None, Some(n)) => c.push(
            Node::Service,
            Aspect::Added,
            format!(
                "service added ({} operations, host `{}`, version `{}`)",
                n.operations.len(),
                n.host,
                n.version
            ),
            None,
        ),
        (Some(o), None) => c.push(
            Node::Service,
            Aspect::Removed,
            format!("service removed ({} operations)", o.operations.len()),
            Some("every request to the service is refused".into()),
        ),
        (Some(o), Some(n)) => service(&mut c, o, n),
    }
    c.out
}

fn service(c: &mut Changes<'_>, o: &Service, n: &Service) {
    if o.host != n.host {
        c.push(
            Node::Service,
            Aspect::Host,
            format!("host `{}` → `{}`", o.host, n.host),
            Some("requests go to another host".into()),
        );
    }
    if o.version != n.version {
        c.push(
            Node::Service,
            Aspect::Version,
            format!("API version `{}` → `{}`", o.version, n.version),
            Some("requests go to another version of the API".into()),
        );
    }
    if o.title != n.title || o.description != n.description {
        c.push(
            Node::Service,
            Aspect::Docs,
            "service title or introduction changed".into(),
            None,
        );
    }
    let od = directions(o);
    let nd = directions(n);
    let (oo, no) = (by(&o.operations, |x| &x.id), by(&n.operations, |x| &x.id));
    for id in keys(&oo, &no) {
        let node = Node::Operation {
            operation: id.clone(),
        };
        match (oo.get(&id), no.get(&id)) {
            (Some(_), None) => c.push(
                node,
                Aspect::Removed,
                "removed".into(),
                Some("requests to it are refused".into()),
            ),
            (None, Some(x)) => c.push(
                node,
                Aspect::Added,
                format!("added (`{} /{}{}`)", x.method, x.version, x.path),
                None,
            ),
            (Some(a), Some(b)) => operation(c, a, b),
            (None, None) => {}
        }
    }
    let (os, ns) = (by(&o.shapes, |x| &x.name), by(&n.shapes, |x| &x.name));
    for name in keys(&os, &ns) {
        let node = Node::Model {
            model: name.clone(),
        };
        let dir = od
            .get(&name)
            .copied()
            .unwrap_or_default()
            .or(nd.get(&name).copied().unwrap_or_default());
        match (os.get(&name), ns.get(&name)) {
            (Some(_), None) => c.push(node, Aspect::Removed, "removed".into(), None),
            (None, Some(s)) => c.push(
                node,
                Aspect::Added,
                format!("added ({} fields)", s.fields.len()),
                None,
            ),
            (Some(a), Some(b)) => model(c, a, b, dir),
            (None, None) => {}
        }
    }
}

/// Whether `a` of service `o` and `b` of service `n` are the same JSON (models compared member
/// by member; a pair already being compared counts as the same, which ends cycles).
fn same_json(
    o: &Service,
    a: &TypeRef,
    n: &Service,
    b: &TypeRef,
    seen: &mut BTreeSet<(String, String)>,
) -> bool {
    match (a, b) {
        (TypeRef::Array(x), TypeRef::Array(y)) => same_json(o, x, n, y, seen),
        (TypeRef::Named(x), TypeRef::Named(y)) => {
            if !seen.insert((x.clone(), y.clone())) {
                return true;
            }
            let (Some(sx), Some(sy)) = (
                o.shapes.iter().find(|s| &s.name == x),
                n.shapes.iter().find(|s| &s.name == y),
            ) else {
                return x == y;
            };
            sx.fields.len() == sy.fields.len()
                && sx.fields.iter().all(|fx| {
                    sy.fields.iter().any(|fy| {
                        fx.name == fy.name
                            && fx.required == fy.required
                            && same_json(o, &fx.ty, n, &fy.ty, seen)
                    })
                })
        }
        _ => a == b,
    }
}

/// Items by their name.
fn by<T>(items: &[T], name: impl Fn(&T) -> &String) -> BTreeMap<String, &T> {
    items.iter().map(|x| (name(x).clone(), x)).collect()
}

fn keys<V>(a: &BTreeMap<String, V>, b: &BTreeMap<String, V>) -> BTreeSet<String> {
    a.keys().chain(b.keys()).cloned().collect()
}

fn operation(c: &mut Changes<'_>, o: &Operation, n: &Operation) {
    let node = || Node::Operation {
        operation: o.id.clone(),
    };
    if o.method != n.method {
        c.push(
            node(),
            Aspect::Method,
            format!("method `{}` → `{}`", o.method, n.method),
            Some("requests are sent with another method".into()),
        );
    }
    if o.path != n.path {
        c.push(
            node(),
            Aspect::Path,
            format!("path `{}` → `{}`", o.path, n.path),
            Some("requests go to another address".into()),
        );
    }
    if o.host != n.host {
        c.push(
            node(),
            Aspect::Host,
            format!("host `{}` → `{}`", o.host, n.host),
            Some("requests go to another host".into()),
        );
    }
    if o.version != n.version {
        c.push(
            node(),
            Aspect::Version,
            format!("version `{}` → `{}`", o.version, n.version),
            Some("requests go to another version of the API".into()),
        );
    }
    let names = |op: &Operation| -> Vec<String> {
        client_arguments(op)
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    let (oa, na) = (names(o), names(n));
    let common_old: Vec<&String> = oa.iter().filter(|x| na.contains(x)).collect();
    let common_new: Vec<&String> = na.iter().filter(|x| oa.contains(x)).collect();
    if common_old != common_new {
        c.push(
            node(),
            Aspect::Order,
            format!(
                "arguments of the client method reordered ({} → {})",
                list(&common_old),
                list(&common_new)
            ),
            None,
        );
    }
    if o.traits.pagination.is_some() != n.traits.pagination.is_some() {
        let what = if n.traits.pagination.is_some() {
            "now listed page by page"
        } else {
            "no longer listed page by page"
        };
        c.push(node(), Aspect::Paging, what.into(), None);
    }
    if o.summary != n.summary
        || o.description != n.description
        || o.description_zh != n.description_zh
    {
        c.push(node(), Aspect::Docs, "documentation changed".into(), None);
    }
    let examples = |op: &Operation| -> Vec<(String, String)> {
        op.examples
            .iter()
            .map(|e| (format!("{:?}", e.kind), e.raw_text.clone()))
            .collect()
    };
    if examples(o) != examples(n) {
        c.push(node(), Aspect::Examples, "examples changed".into(), None);
    }
    parameters(c, o, n);
    result(c, o, n);
    errors(c, o, n);
}

fn list(names: &[&String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

fn parameters(c: &mut Changes<'_>, o: &Operation, n: &Operation) {
    let (op, np) = (by(&o.params, |x| &x.name), by(&n.params, |x| &x.name));
    for name in keys(&op, &np) {
        let node = Node::Parameter {
            operation: o.id.clone(),
            parameter: name.clone(),
        };
        match (op.get(&name), np.get(&name)) {
            (Some(_), None) => c.push(
                node,
                Aspect::Removed,
                "removed".into(),
                Some("a request that sends it is refused, or the value is ignored".into()),
            ),
            (None, Some(p)) => {
                let wire = p
                    .required
                    .then(|| "a request without it is now refused".to_string());
                c.push(
                    node,
                    Aspect::Added,
                    format!(
                        "added ({}, `{}`, in the {})",
                        required_word(p.required),
                        label(&p.ty),
                        location_word(p.location)
                    ),
                    wire,
                );
            }
            (Some(a), Some(b)) => member(
                c,
                node,
                &Member::param(a),
                &Member::param(b),
                Direction::REQUEST,
            ),
            (None, None) => {}
        }
    }
}

fn result(c: &mut Changes<'_>, o: &Operation, n: &Operation) {
    let node = || Node::Result {
        operation: o.id.clone(),
    };
    let ty = |op: &Operation| op.response.result.as_ref().map(|f| f.ty.clone());
    let (ot, nt) = (ty(o), ty(n));
    if ot != nt {
        let shown = |t: &Option<TypeRef>| match t {
            Some(t) => format!("`{}`", label(t)),
            None => "none documented".into(),
        };
        let any = TypeRef::Any;
        let readable = widens(nt.as_ref().unwrap_or(&any), ot.as_ref().unwrap_or(&any));
        c.push(
            node(),
            Aspect::Type,
            format!("type {} → {}", shown(&ot), shown(&nt)),
            (!readable).then(|| "a client built from the old pages cannot read the result".into()),
        );
    }
    let (of, nf) = (
        by(&o.response.fields, |x| &x.name),
        by(&n.response.fields, |x| &x.name),
    );
    for name in keys(&of, &nf) {
        let node = Node::ResultMember {
            operation: o.id.clone(),
            member: name.clone(),
        };
        match (of.get(&name), nf.get(&name)) {
            (Some(_), None) => c.push(node, Aspect::Removed, "removed".into(), None),
            (None, Some(f)) => c.push(
                node,
                Aspect::Added,
                format!("added (`{}`)", label(&f.ty)),
                None,
            ),
            (Some(a), Some(b)) => member(
                c,
                node,
                &Member::field(a),
                &Member::field(b),
                Direction::RESPONSE,
            ),
            (None, None) => {}
        }
    }
}

/// The documented errors of an operation by key (JD status, else HTTP status), as the
/// `…ErrorKind` enum groups them: their HTTP statuses and their text.
fn error_groups(op: &Operation) -> BTreeMap<String, (BTreeSet<u16>, Vec<String>)> {
    let mut groups: BTreeMap<String, (BTreeSet<u16>, Vec<String>)> = BTreeMap::new();
    for e in &op.errors {
        let status = e.http_status.unwrap_or(0);
        if status != 0 && status < 400 {
            continue;
        }
        let key = match &e.code {
            Some(code) => code.clone(),
            None => status.to_string(),
        };
        let g = groups.entry(key).or_default();
        g.0.insert(status);
        g.1.push(format!(
            "{}\n{}",
            e.message,
            e.explanation.as_deref().unwrap_or("")
        ));
    }
    groups
}

fn errors(c: &mut Changes<'_>, o: &Operation, n: &Operation) {
    let (og, ng) = (error_groups(o), error_groups(n));
    for key in keys(&og, &ng) {
        let node = Node::Error {
            operation: o.id.clone(),
            error: key.clone(),
        };
        match (og.get(&key), ng.get(&key)) {
            (Some(_), None) => c.push(node, Aspect::Removed, "no longer documented".into(), None),
            (None, Some(_)) => c.push(node, Aspect::Added, "documented".into(), None),
            (Some(a), Some(b)) => {
                if a.0 != b.0 {
                    let s = |set: &BTreeSet<u16>| {
                        set.iter()
                            .map(u16::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    c.push(
                        node.clone(),
                        Aspect::Status,
                        format!("HTTP status {} → {}", s(&a.0), s(&b.0)),
                        None,
                    );
                }
                if a.1 != b.1 {
                    c.push(node, Aspect::Docs, "message changed".into(), None);
                }
            }
            (None, None) => {}
        }
    }
}

fn model(c: &mut Changes<'_>, o: &Shape, n: &Shape, dir: Direction) {
    let node = || Node::Model {
        model: o.name.clone(),
    };
    if o.rust_name != n.rust_name {
        let shown = |r: &Option<String>| match r {
            Some(r) => format!("`{r}`"),
            None => "the derived one".into(),
        };
        c.push(
            node(),
            Aspect::RustName,
            format!(
                "Rust name {} → {}",
                shown(&o.rust_name),
                shown(&n.rust_name)
            ),
            None,
        );
    }
    // The constructor takes the required fields in the order of the page.
    let required = |s: &Shape, other: &Shape| -> Vec<String> {
        s.fields
            .iter()
            .filter(|f| f.required)
            .filter(|f| other.fields.iter().any(|g| g.required && g.name == f.name))
            .map(|f| f.name.clone())
            .collect()
    };
    let (or, nr) = (required(o, n), required(n, o));
    if or != nr {
        let list = |v: &[String]| {
            v.iter()
                .map(|x| format!("`{x}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        c.push(
            node(),
            Aspect::Order,
            format!("required fields reordered ({} → {})", list(&or), list(&nr)),
            None,
        );
    }
    if o.doc != n.doc {
        c.push(node(), Aspect::Docs, "documentation changed".into(), None);
    }
    let (of, nf) = (by(&o.fields, |x| &x.name), by(&n.fields, |x| &x.name));
    for name in keys(&of, &nf) {
        let node = Node::Field {
            model: o.name.clone(),
            field: name.clone(),
        };
        match (of.get(&name), nf.get(&name)) {
            (Some(_), None) => {
                let wire = dir.request.then(|| {
                    "a request that sends it is refused, or the value is ignored".to_string()
                });
                c.push(node, Aspect::Removed, "removed".into(), wire);
            }
            (None, Some(f)) => {
                let wire = (dir.request && f.required)
                    .then(|| "a request without it is now refused".to_string());
                c.push(
                    node,
                    Aspect::Added,
                    format!("added ({}, `{}`)", required_word(f.required), label(&f.ty)),
                    wire,
                );
            }
            (Some(a), Some(b)) => member(c, node, &Member::field(a), &Member::field(b), dir),
            (None, None) => {}
        }
    }
}

/// A parameter or a field, as far as a change to it matters.
struct Member<'a> {
    ty: &'a TypeRef,
    required: bool,
    default: Option<&'a str>,
    allowed: Option<Vec<String>>,
    bounds: Bounds,
    location: Option<ParamLocation>,
    rust_name: Option<&'a str>,
    /// The type as the page writes it.
    type_text: &'a str,
    /// The other texts of the member (description, example, the sentences constraints were
    /// read from), for docs-only changes.
    text: Vec<&'a str>,
}

impl<'a> Member<'a> {
    fn param(p: &'a Param) -> Self {
        let mut m = Self::of(
            &p.ty,
            p.required,
            p.default.as_deref(),
            &p.constraints,
            &p.doc,
        );
        m.location = Some(p.location);
        m.type_text = &p.type_text;
        m.text.extend(p.example.as_deref());
        m.text.extend(p.doc_zh.as_deref());
        m
    }

    fn field(f: &'a Field) -> Self {
        let mut m = Self::of(
            &f.ty,
            f.required,
            f.default.as_deref(),
            &f.constraints,
            &f.doc,
        );
        m.rust_name = f.rust_name.as_deref();
        m.type_text = &f.type_text;
        m.text.extend(f.example.as_deref());
        m.text.extend(f.doc_zh.as_deref());
        m
    }

    fn of(
        ty: &'a TypeRef,
        required: bool,
        default: Option<&'a str>,
        constraints: &'a [crate::ir::Constraint],
        doc: &'a str,
    ) -> Self {
        let default = default.or_else(|| {
            constraints.iter().find_map(|c| match &c.kind {
                ConstraintKind::Default { value } => Some(value.as_str()),
                _ => None,
            })
        });
        let mut text = vec![doc];
        text.extend(constraints.iter().map(|c| c.text.as_str()));
        Member {
            ty,
            required,
            default,
            allowed: allowed_values(constraints),
            bounds: Bounds::of(constraints),
            location: None,
            rust_name: None,
            type_text: "",
            text,
        }
    }
}

fn member(c: &mut Changes<'_>, node: Node, o: &Member<'_>, n: &Member<'_>, dir: Direction) {
    if o.ty != n.ty {
        let same = c.same_on_wire(o.ty, n.ty);
        let refused = !same && dir.request && !widens(o.ty, n.ty);
        let unreadable = !same && dir.response && !widens(n.ty, o.ty);
        let wire = if refused {
            Some(format!(
                "a value of type `{}` is no longer accepted",
                label(o.ty)
            ))
        } else if unreadable {
            Some("a client built from the old pages cannot read the new values".into())
        } else {
            None
        };
        c.push(
            node.clone(),
            Aspect::Type,
            format!("type `{}` → `{}`", label(o.ty), label(n.ty)),
            wire,
        );
    }
    if o.required != n.required {
        let wire =
            (dir.request && n.required).then(|| "a request without it is now refused".to_string());
        c.push(
            node.clone(),
            Aspect::Required,
            format!("now {}", required_word(n.required)),
            wire,
        );
    }
    if let (Some(ol), Some(nl)) = (o.location, n.location) {
        if ol != nl {
            c.push(
                node.clone(),
                Aspect::Location,
                format!(
                    "moved from the {} to the {}",
                    location_word(ol),
                    location_word(nl)
                ),
                Some("the value is sent where the service no longer reads it".into()),
            );
            // Only the path decides the Rust API (a path parameter is an argument).
            if ol != ParamLocation::Path && nl != ParamLocation::Path {
                c.not_for_rust();
            }
        }
    }
    if o.default != n.default {
        let shown = |d: Option<&str>| match d {
            Some(d) => format!("`{d}`"),
            None => "none".into(),
        };
        let wire = dir
            .request
            .then(|| "a request that leaves it out now means something else".to_string());
        c.push(
            node.clone(),
            Aspect::Default,
            format!("default {} → {}", shown(o.default), shown(n.default)),
            wire,
        );
    }
    if o.allowed != n.allowed {
        allowed_change(c, &node, o.allowed.as_deref(), n.allowed.as_deref(), dir);
    }
    if o.bounds != n.bounds {
        let shown = |b: &Bounds| {
            let d = b.describe();
            if d.is_empty() {
                "none".to_string()
            } else {
                d
            }
        };
        let wire = (dir.request && o.bounds.narrowed_by(&n.bounds))
            .then(|| "values that were accepted are now out of bounds".to_string());
        c.push(
            node.clone(),
            Aspect::Constraints,
            format!("bounds {} → {}", shown(&o.bounds), shown(&n.bounds)),
            wire,
        );
    }
    if o.rust_name != n.rust_name {
        let shown = |r: Option<&str>| match r {
            Some(r) => format!("`{r}`"),
            None => "the derived one".into(),
        };
        c.push(
            node.clone(),
            Aspect::RustName,
            format!("Rust name {} → {}", shown(o.rust_name), shown(n.rust_name)),
            None,
        );
    }
    let retyped = o.ty == n.ty && o.type_text != n.type_text;
    if o.text != n.text || retyped {
        c.push(node, Aspect::Docs, "documentation changed".into(), None);
    }
}

fn allowed_change(
    c: &mut Changes<'_>,
    node: &Node,
    o: Option<&[String]>,
    n: Option<&[String]>,
    dir: Direction,
) {
    let quoted = |v: &[&String]| -> String {
        v.iter()
            .map(|x| format!("`{x}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (what, narrowed) = match (o, n) {
        (None, Some(n)) => (
            format!(
                "allowed values now limited to {}",
                quoted(&n.iter().collect::<Vec<_>>())
            ),
            true,
        ),
        (Some(o), None) => (
            format!(
                "allowed values no longer limited (were {})",
                quoted(&o.iter().collect::<Vec<_>>())
            ),
            false,
        ),
        (Some(o), Some(n)) => {
            let added: Vec<&String> = n.iter().filter(|v| !o.contains(v)).collect();
            let removed: Vec<&String> = o.iter().filter(|v| !n.contains(v)).collect();
            let mut parts = Vec::new();
            if !added.is_empty() {
                parts.push(format!("added {}", quoted(&added)));
            }
            if !removed.is_empty() {
                parts.push(format!("removed {}", quoted(&removed)));
            }
            if parts.is_empty() {
                parts.push("reordered".into());
            }
            (
                format!("allowed values: {}", parts.join("; ")),
                !removed.is_empty(),
            )
        }
        (None, None) => return,
    };
    let wire = (dir.request && narrowed)
        .then(|| "a request with a value that was allowed is now refused".to_string());
    c.push(node.clone(), Aspect::AllowedValues, what, wire);
    // Values added to a list that stays: a new variant of a non-exhaustive enum.
    if o.is_some() && n.is_some() && !narrowed {
        c.not_for_rust();
    }
}

fn required_word(required: bool) -> &'static str {
    if required {
        "required"
    } else {
        "optional"
    }
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "headers",
        ParamLocation::Body => "body",
    }
}
