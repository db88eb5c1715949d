//! Every Rust identifier the emitter writes comes from here: snake_case and CamelCase via heck,
//! keywords escaped, characters Rust does not allow replaced, and collisions resolved
//! deterministically (first come keeps the name, later ones get a numeric suffix).

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Words that cannot be identifiers, even as raw identifiers.
const NOT_RAW: [&str; 5] = ["self", "Self", "super", "crate", "_"];

/// Rust keywords (strict and reserved, 2021 edition).
const KEYWORDS: [&str; 51] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Keeps only characters valid in an identifier; others become `_`. Non-ASCII letters are
/// replaced too, so generated names stay ASCII.
fn sanitize(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// A snake_case identifier text for a wire name (`imageId` → `image_id`, `type` → `r#type`).
pub fn snake(raw: &str) -> String {
    let mut s = sanitize(raw).to_snake_case();
    if s.is_empty() {
        s = "value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    escape(s)
}

/// An UpperCamelCase identifier text (`instanceSpec` → `InstanceSpec`, `self` → `Self_`).
pub fn camel(raw: &str) -> String {
    let mut s = sanitize(raw).to_upper_camel_case();
    if s.is_empty() {
        s = "Value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("V{s}");
    }
    escape(s)
}

fn escape(s: String) -> String {
    if NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// An [`Ident`] from identifier text produced by [`snake`] or [`camel`].
pub fn ident(text: &str) -> Ident {
    match text.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(text, Span::call_site()),
    }
}

/// Hands out unique names within one scope.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// `wanted`, or `wanted2`, `wanted3`, … if it is taken (raw prefixes dropped on suffixing).
    pub fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_string()) {
            return wanted.to_string();
        }
        let base = wanted.trim_start_matches("r#").trim_end_matches('_');
        let mut n = 2;
        loop {
            let candidate = if base.ends_with(|c: char| c.is_ascii_digit()) {
                format!("{base}_{n}")
            } else {
                format!("{base}{n}")
            };
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// The module and cargo feature names of a service (`coc-vm` → module `coc_vm`, feature `coc-vm`).
/// Never a raw identifier: the module's folder is named after it (`type` → `type_`).
pub fn service_module(service: &str) -> String {
    let s = snake(service);
    match s.strip_prefix("r#") {
        Some(raw) => format!("{raw}_"),
        None => s,
    }
}

/// Modules of the crate's own, and names Windows reserves for devices (a module's folder is
/// named after it).
const RESERVED_MODULES: [&str; 23] = [
    "runtime", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
    "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Cargo features of the runtime and of the crate's own.
const RESERVED_FEATURES: [&str; 4] = ["default", "rustls", "blocking", "full"];

/// The module and cargo feature of every service, in the given order: unique within the crate
/// (services whose names spell alike get a numeric suffix, first come first served) and never
/// one the crate uses itself (`runtime`, `full`, …).
pub fn service_names<'a>(services: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut modules = Scope::with_reserved(&RESERVED_MODULES);
    let mut features = Scope::with_reserved(&RESERVED_FEATURES);
    services
        .into_iter()
        .map(|s| {
            (
                modules.claim(&service_module(s)),
                features.claim(&service_feature(s)),
            )
        })
        .collect()
}

/// A cargo feature name for a service: lower case ASCII letters, digits, `-` and `_`.
pub fn service_feature(service: &str) -> String {
    let s: String = service
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| !c.is_ascii_alphabetic()) {
        format!("svc-{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names() {
        assert_eq!(snake("imageId"), "image_id");
        assert_eq!(snake("ImageId"), "image_id");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("match"), "r#match");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("crate"), "crate_");
        assert_eq!(
            snake("x-jdcloud-fusion-cloudid"),
            "x_jdcloud_fusion_cloudid"
        );
        assert_eq!(snake("a.b c"), "a_b_c");
        assert_eq!(snake("名称"), "value");
        assert_eq!(snake("1st"), "n1st");
        assert_eq!(snake("DBInstanceSpec"), "db_instance_spec");
    }

    #[test]
    fn camel_names() {
        assert_eq!(camel("instanceSpec"), "InstanceSpec");
        assert_eq!(camel("self"), "Self_");
        assert_eq!(camel("postpaid_by_duration"), "PostpaidByDuration");
        assert_eq!(camel("g.n2.large"), "GN2Large");
        assert_eq!(camel("100"), "V100");
        assert_eq!(camel("中文"), "Value");
    }

    #[test]
    fn scopes_resolve_collisions_in_order() {
        let mut scope = Scope::with_reserved(&["client"]);
        assert_eq!(scope.claim("image_id"), "image_id");
        assert_eq!(scope.claim("image_id"), "image_id2");
        assert_eq!(scope.claim("client"), "client2");
        assert_eq!(scope.claim("r#type"), "r#type");
        assert_eq!(scope.claim("r#type"), "type2");
        assert_eq!(scope.claim("v1"), "v1");
        assert_eq!(scope.claim("v1"), "v1_2");
    }

    #[test]
    fn idents_build() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("image_id").to_string(), "image_id");
    }

    #[test]
    fn features() {
        assert_eq!(service_feature("coc-vm"), "coc-vm");
        assert_eq!(service_module("coc-vm"), "coc_vm");
        assert_eq!(service_feature("1x"), "svc-1x");
        assert_eq!(service_module("type"), "type_");
        assert_eq!(service_module("self"), "self_");
    }

    #[test]
    fn service_names_are_unique_and_leave_the_crate_its_own() {
        assert_eq!(
            service_names(["vm", "runtime", "full", "a-b", "a--b", "svc-1x", "1x", "type", "aux"]),
            vec![
                ("vm".to_string(), "vm".to_string()),
                ("runtime2".into(), "runtime".into()),
                ("full".into(), "full2".into()),
                ("a_b".into(), "a-b".into()),
                ("a_b2".into(), "a--b".into()),
                ("svc_1x".into(), "svc-1x".into()),
                ("n1x".into(), "svc-1x2".into()),
                ("type_".into(), "type".into()),
                ("aux2".into(), "aux".into()),
            ]
        );
    }
}
