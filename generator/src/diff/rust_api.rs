//! The public Rust API the emitter generates for a service, read back from the emitted code
//! itself (so the Rust classification follows the emitter exactly, whatever it decides), with
//! each item traced to the node of the model it comes from.
//!
//! The API is a map from item paths (`demo::CreateWidget::count`, `demo::WidgetSpec.size`,
//! `demo::WidgetSpec: Clone`) to signatures. An item that is gone, or whose signature changed,
//! breaks code that uses it; a new item breaks nothing, except a variant of an exhaustive enum
//! or a field of an exhaustive struct (the emitter makes neither).

use std::collections::BTreeMap;

use quote::ToTokens;

use crate::ir::Service;
use crate::rust::operations::{error_variants, param_names};
use crate::rust::plan::Plan;
use crate::rust::{models, operations};

use super::change::Node;

/// One public item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The node of the model the item comes from.
    pub origin: Node,
    pub sig: Sig,
}

/// What code using an item relies on.
#[derive(Debug, Clone, PartialEq)]
pub enum Sig {
    /// A type, a field's type, an enum variant's payload, a trait implementation, a module.
    /// `exhaustive` is set on structs and enums that are not `#[non_exhaustive]`.
    Text { text: String, exhaustive: bool },
    /// A function: its arguments (name, type, the node each comes from) and the rest (receiver,
    /// `async`, return type, `cfg`).
    Fn {
        args: Vec<(String, String, Node)>,
        rest: String,
    },
}

/// The public API of a crate, or of a part of one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Surface {
    pub items: BTreeMap<String, Item>,
}

/// A break between two surfaces: what breaks, and the node it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Break {
    pub origin: Node,
    pub what: String,
}

/// The public API of one service's module, named `module` and enabled by `feature`.
pub fn service_surface(svc: &Service, module: &str, feature: &str) -> Surface {
    let mut plan = Plan::new(svc);
    plan.module = module.to_string();
    plan.feature = feature.to_string();
    let mut index = Index::new(svc, &plan);
    let mut surface = Surface::default();
    surface.items.insert(
        format!("mod {module}"),
        Item {
            origin: Node::Service,
            sig: Sig::Text {
                text: format!("feature = \"{feature}\""),
                exhaustive: false,
            },
        },
    );
    let mut files = Vec::new();
    for tokens in [models::emit(svc, &plan), operations::emit(svc, &plan)] {
        // The emitter's own output always parses (it is printed from a `syn::File` too); a
        // failure would show as a surface without these items.
        if let Ok(file) = syn::parse2::<syn::File>(tokens) {
            files.push(file);
        }
    }
    // Structs first: their fields name the wire members that constructors and setters set.
    for file in &files {
        for item in &file.items {
            if let syn::Item::Struct(s) = item {
                index.add_struct(&mut surface, module, s);
            }
        }
    }
    for file in &files {
        for item in &file.items {
            match item {
                syn::Item::Enum(e) => index.add_enum(&mut surface, module, e),
                syn::Item::Impl(i) => index.add_impl(&mut surface, module, i),
                _ => {}
            }
        }
    }
    surface
}

/// Where each Rust name of a service's module comes from.
struct Index {
    /// Type name → node.
    types: BTreeMap<String, Node>,
    /// Builder type → (operation, parameter Rust name → parameter).
    builders: BTreeMap<String, (String, BTreeMap<String, String>)>,
    /// Client method → (operation, parameter Rust name → parameter).
    methods: BTreeMap<String, (String, BTreeMap<String, String>)>,
    /// Error-kind enum → (operation, variant → JD status or HTTP status).
    errors: BTreeMap<String, (String, BTreeMap<String, String>)>,
    /// Struct name → (field Rust name → wire name), filled as structs are read.
    fields: BTreeMap<String, BTreeMap<String, String>>,
}

impl Index {
    fn new(svc: &Service, plan: &Plan) -> Index {
        let mut types = BTreeMap::new();
        types.insert("Client".to_string(), Node::Service);
        for (shape, ty) in &plan.shape_types {
            types.insert(
                ty.clone(),
                Node::Model {
                    model: shape.clone(),
                },
            );
        }
        for (op, ty) in &plan.result_structs {
            types.insert(
                ty.clone(),
                Node::Result {
                    operation: op.clone(),
                },
            );
        }
        for ((owner, field), e) in &plan.field_enums {
            let node = match owner.strip_prefix("#result:") {
                Some(op) => Node::ResultMember {
                    operation: op.to_string(),
                    member: field.clone(),
                },
                None => Node::Field {
                    model: owner.clone(),
                    field: field.clone(),
                },
            };
            types.insert(e.ident.clone(), node);
        }
        for ((op, param), e) in &plan.param_enums {
            types.insert(
                e.ident.clone(),
                Node::Parameter {
                    operation: op.clone(),
                    parameter: param.clone(),
                },
            );
        }
        let mut builders = BTreeMap::new();
        let mut methods = BTreeMap::new();
        let mut errors = BTreeMap::new();
        for op in &svc.operations {
            let Some(names) = plan.operations.get(&op.id) else {
                continue;
            };
            let params: BTreeMap<String, String> = param_names(op)
                .into_iter()
                .map(|(p, name)| (name, p.name.clone()))
                .collect();
            types.insert(
                names.builder.clone(),
                Node::Operation {
                    operation: op.id.clone(),
                },
            );
            types.insert(
                names.error_kind.clone(),
                Node::Errors {
                    operation: op.id.clone(),
                },
            );
            errors.insert(
                names.error_kind.clone(),
                (op.id.clone(), error_variants(op).into_iter().collect()),
            );
            builders.insert(names.builder.clone(), (op.id.clone(), params.clone()));
            methods.insert(names.method.clone(), (op.id.clone(), params));
        }
        Index {
            types,
            builders,
            methods,
            errors,
            fields: BTreeMap::new(),
        }
    }

    fn origin(&self, ty: &str) -> Node {
        self.types.get(ty).cloned().unwrap_or(Node::Service)
    }

    /// The node of a member of struct `owner` (a model's field or a result's member).
    fn member(&self, owner: &str, rust_name: &str) -> Node {
        let parent = self.origin(owner);
        let wire = self
            .fields
            .get(owner)
            .and_then(|m| m.get(rust_name).cloned());
        match (parent, wire) {
            (Node::Model { model }, Some(field)) => Node::Field { model, field },
            (Node::Result { operation }, Some(member)) => Node::ResultMember { operation, member },
            (parent, _) => parent,
        }
    }

    fn add_struct(&mut self, s: &mut Surface, module: &str, item: &syn::ItemStruct) {
        if !is_pub(&item.vis) {
            return;
        }
        let name = item.ident.to_string();
        let origin = self.origin(&name);
        // Only a struct whose fields are all public can be built with a literal, and only then
        // does a new field break code.
        let constructible =
            !has_attr(&item.attrs, "non_exhaustive") && item.fields.iter().all(|f| is_pub(&f.vis));
        let path = format!("{module}::{name}");
        insert(s, &path, origin.clone(), text("struct", constructible));
        derives(s, &path, &item.attrs, &origin);
        let mut wire_names = BTreeMap::new();
        for f in &item.fields {
            let Some(id) = &f.ident else { continue };
            let field = id.to_string();
            if let Some(wire) = serde_rename(&f.attrs) {
                wire_names.insert(field, wire);
            }
        }
        self.fields.insert(name.clone(), wire_names);
        for f in &item.fields {
            let (Some(id), true) = (&f.ident, is_pub(&f.vis)) else {
                continue;
            };
            let field = id.to_string();
            insert(
                s,
                &format!("{path}.{field}"),
                self.member(&name, &field),
                text(&tokens(&f.ty), false),
            );
        }
    }

    fn add_enum(&self, s: &mut Surface, module: &str, item: &syn::ItemEnum) {
        if !is_pub(&item.vis) {
            return;
        }
        let name = item.ident.to_string();
        let origin = self.origin(&name);
        let exhaustive = !has_attr(&item.attrs, "non_exhaustive");
        let path = format!("{module}::{name}");
        insert(s, &path, origin.clone(), text("enum", exhaustive));
        derives(s, &path, &item.attrs, &origin);
        let errors = self.errors.get(&name);
        for v in &item.variants {
            let mut sig = String::from("variant");
            let fields = tokens(&v.fields);
            if !fields.is_empty() {
                sig.push(' ');
                sig.push_str(&fields);
            }
            // A fieldless enum's discriminants are API too (`as` casts).
            if let Some((_, d)) = &v.discriminant {
                sig.push_str(&format!(" = {}", tokens(d)));
            }
            let variant = v.ident.to_string();
            let variant_origin = match errors {
                Some((op, keys)) => match keys.get(&variant) {
                    Some(key) => Node::Error {
                        operation: op.clone(),
                        error: key.clone(),
                    },
                    None => origin.clone(),
                },
                None => origin.clone(),
            };
            insert(
                s,
                &format!("{path}::{variant}"),
                variant_origin,
                text(&sig, false),
            );
        }
    }

    fn add_impl(&self, s: &mut Surface, module: &str, item: &syn::ItemImpl) {
        let syn::Type::Path(self_ty) = &*item.self_ty else {
            return;
        };
        let Some(last) = self_ty.path.segments.last() else {
            return;
        };
        let name = last.ident.to_string();
        let origin = self.origin(&name);
        let path = format!("{module}::{name}");
        if let Some((_, trait_path, _)) = &item.trait_ {
            let key = format!("{path}: {}", tokens(trait_path));
            insert(s, &key, origin, text("impl", false));
            return;
        }
        for entry in &item.items {
            let syn::ImplItem::Fn(f) = entry else {
                continue;
            };
            if !is_pub(&f.vis) {
                continue;
            }
            let fname = f.sig.ident.to_string();
            let (fn_origin, params) = self.function(&name, &fname, &origin);
            let mut args = Vec::new();
            let mut receiver = String::new();
            for input in &f.sig.inputs {
                match input {
                    syn::FnArg::Receiver(r) => receiver = tokens(r),
                    syn::FnArg::Typed(t) => {
                        let arg = tokens(&t.pat);
                        let arg_origin = match &params {
                            Params::Of(op, map) => match map.get(&arg) {
                                Some(p) => Node::Parameter {
                                    operation: op.clone(),
                                    parameter: p.clone(),
                                },
                                None => fn_origin.clone(),
                            },
                            Params::Fields => self.member(&name, &arg),
                            Params::None => fn_origin.clone(),
                        };
                        args.push((arg, tokens(&t.ty), arg_origin));
                    }
                }
            }
            let cfg: Vec<String> = f
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("cfg"))
                .map(tokens)
                .collect();
            let rest = format!(
                "{}{}fn({receiver}) {}{}",
                cfg.join(" "),
                if f.sig.asyncness.is_some() {
                    "async "
                } else {
                    ""
                },
                tokens(&f.sig.output),
                tokens(&f.sig.generics),
            );
            insert(
                s,
                &format!("{path}::{fname}"),
                fn_origin,
                Sig::Fn {
                    args,
                    rest: rest.trim().to_string(),
                },
            );
        }
    }

    /// The node a method comes from, and how its arguments map to the model.
    fn function(&self, ty: &str, f: &str, ty_origin: &Node) -> (Node, Params) {
        if ty == "Client" {
            if let Some((op, params)) = self.methods.get(f) {
                let node = Node::Operation {
                    operation: op.clone(),
                };
                return (node, Params::Of(op.clone(), params.clone()));
            }
            return (Node::Service, Params::None);
        }
        if let Some((op, params)) = self.builders.get(ty) {
            if let Some(p) = params.get(f) {
                let node = Node::Parameter {
                    operation: op.clone(),
                    parameter: p.clone(),
                };
                return (node, Params::None);
            }
            let node = match f {
                "send" | "send_blocking" => Node::Result {
                    operation: op.clone(),
                },
                _ => ty_origin.clone(),
            };
            return (node, Params::None);
        }
        if let Some(field) = f.strip_prefix("with_") {
            let node = self.member(ty, field);
            if &node != ty_origin {
                return (node, Params::None);
            }
            let raw = format!("r#{field}");
            return (self.member(ty, &raw), Params::None);
        }
        if f == "new" && self.fields.contains_key(ty) {
            return (ty_origin.clone(), Params::Fields);
        }
        (ty_origin.clone(), Params::None)
    }
}

/// How a function's arguments map to the model.
enum Params {
    /// Parameters of an operation, by Rust name.
    Of(String, BTreeMap<String, String>),
    /// Fields of the struct the function belongs to.
    Fields,
    None,
}

fn text(s: &str, exhaustive: bool) -> Sig {
    Sig::Text {
        text: s.to_string(),
        exhaustive,
    }
}

fn insert(s: &mut Surface, key: &str, origin: Node, sig: Sig) {
    s.items.insert(key.to_string(), Item { origin, sig });
}

fn is_pub(v: &syn::Visibility) -> bool {
    matches!(v, syn::Visibility::Public(_))
}

fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

/// The traits a `#[derive]` implements, as `Type: Trait` items.
fn derives(s: &mut Surface, path: &str, attrs: &[syn::Attribute], origin: &Node) {
    for a in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let list = a
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .unwrap_or_default();
        for p in list {
            let last = p
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            insert(
                s,
                &format!("{path}: {last}"),
                origin.clone(),
                text("impl", false),
            );
        }
    }
}

/// The wire name in `#[serde(rename = "…")]`.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut found = None;
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = a.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                found = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

/// Tokens as compact text: `Option<Vec<String>>`, standard paths shortened.
fn tokens(t: &impl ToTokens) -> String {
    let mut s = t.to_token_stream().to_string();
    for prefix in [
        ":: std :: string :: ",
        ":: std :: vec :: ",
        ":: std :: option :: ",
        ":: std :: boxed :: ",
        ":: std :: collections :: ",
        ":: std :: convert :: ",
        ":: std :: result :: ",
        ":: std :: default :: ",
        ":: std :: fmt :: ",
        ":: serde_json :: ",
        ":: serde :: ",
    ] {
        s = s.replace(prefix, "");
    }
    // Spaces only where Rust needs them: between two words.
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = out.chars().last();
            let after = chars.get(i + 1).copied();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if (word(before) && word(after))
                || before == Some(',')
                || after == Some('=')
                || before == Some('=')
            {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// What breaks from `old` to `new`.
pub fn breaks(old: &Surface, new: &Surface) -> Vec<Break> {
    let mut out = Vec::new();
    for (key, o) in &old.items {
        let Some(n) = new.items.get(key) else {
            out.push(Break {
                origin: o.origin.clone(),
                what: format!("`{key}` removed"),
            });
            continue;
        };
        match (&o.sig, &n.sig) {
            (Sig::Fn { args: oa, rest: or }, Sig::Fn { args: na, rest: nr }) => {
                fn_breaks(&mut out, key, o, (oa, or), (na, nr))
            }
            (a, b) if a != b => out.push(Break {
                origin: o.origin.clone(),
                what: format!("`{key}`: `{}` → `{}`", show(a), show(b)),
            }),
            _ => {}
        }
    }
    // New items break code only where they can be matched or built exhaustively: a variant
    // of an exhaustive enum, a field of a struct built with a literal.
    for (key, n) in &new.items {
        if old.items.contains_key(key) {
            continue;
        }
        let parent = match &n.sig {
            Sig::Text { text, .. } if text.starts_with("variant") => key.rsplit_once("::"),
            Sig::Text { .. } if !key.contains(": ") => key.rsplit_once('.'),
            _ => None,
        };
        let Some((parent, _)) = parent else {
            continue;
        };
        if let Some(Item {
            sig: Sig::Text {
                exhaustive: true, ..
            },
            ..
        }) = old.items.get(parent)
        {
            out.push(Break {
                origin: n.origin.clone(),
                what: format!("`{key}` added to the exhaustive `{parent}`"),
            });
        }
    }
    // Once a type is gone, its fields, variants, methods and traits go with it: report the type.
    let gone: Vec<String> = out
        .iter()
        .filter_map(|b| b.what.strip_suffix("` removed")?.strip_prefix('`'))
        .filter(|k| {
            matches!(old.items.get(*k), Some(Item { sig: Sig::Text { text, .. }, .. }) if text == "struct" || text == "enum")
        })
        .map(str::to_string)
        .collect();
    out.retain(|b| {
        let key = b.what.trim_start_matches('`');
        !gone.iter().any(|g| {
            key.strip_prefix(g.as_str()).is_some_and(|rest| {
                rest.starts_with("::") || rest.starts_with('.') || rest.starts_with(": ")
            })
        })
    });
    out
}

type FnSig<'a> = (&'a Vec<(String, String, Node)>, &'a String);

fn fn_breaks(out: &mut Vec<Break>, key: &str, item: &Item, o: FnSig<'_>, n: FnSig<'_>) {
    if o.1 != n.1 {
        out.push(Break {
            origin: item.origin.clone(),
            what: format!("`{key}`: `{}` → `{}`", o.1, n.1),
        });
    }
    for (name, ty, origin) in o.0 {
        match n.0.iter().find(|a| &a.0 == name) {
            None => out.push(Break {
                origin: origin.clone(),
                what: format!("`{key}`: argument `{name}: {ty}` removed"),
            }),
            Some((_, nty, _)) if nty != ty => out.push(Break {
                origin: origin.clone(),
                what: format!("`{key}`: argument `{name}`: `{ty}` → `{nty}`"),
            }),
            _ => {}
        }
    }
    for (name, ty, origin) in n.0 {
        if !o.0.iter().any(|a| &a.0 == name) {
            out.push(Break {
                origin: origin.clone(),
                what: format!("`{key}`: argument `{name}: {ty}` added"),
            });
        }
    }
    let order = |args: &Vec<(String, String, Node)>, other: &Vec<(String, String, Node)>| {
        args.iter()
            .filter(|a| other.iter().any(|b| b.0 == a.0))
            .map(|a| a.0.clone())
            .collect::<Vec<_>>()
    };
    if order(o.0, n.0) != order(n.0, o.0) {
        out.push(Break {
            origin: item.origin.clone(),
            what: format!("`{key}`: arguments reordered"),
        });
    }
}

fn show(s: &Sig) -> String {
    match s {
        Sig::Text { text, exhaustive } => {
            if *exhaustive {
                format!("{text} (exhaustive)")
            } else {
                text.clone()
            }
        }
        Sig::Fn { args, rest } => {
            let a: Vec<String> = args.iter().map(|(n, t, _)| format!("{n}: {t}")).collect();
            format!("({}) {rest}", a.join(", "))
        }
    }
}
