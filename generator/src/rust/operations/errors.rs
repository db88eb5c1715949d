//! The `…ErrorKind` enum of an operation: a typed view of the errors its page documents.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::Operation;
use crate::rust::docs;
use crate::rust::names::{camel, ident, Scope};

/// The variants of an operation's `…ErrorKind` enum: (variant name, the JD status or HTTP
/// status it stands for), in order.
pub fn error_variants(op: &Operation) -> Vec<(String, String)> {
    error_kind_variants(op)
        .into_iter()
        .map(|v| (v.ident, v.key))
        .collect()
}

/// The documented error codes of an operation as an enum over a `ServiceError`.
pub(super) fn emit_error_kind(op: &Operation, name: &str) -> TokenStream {
    let variants = error_kind_variants(op);
    if variants.is_empty() {
        return quote! {};
    }
    emit_error_enum(op, name, &variants)
}

/// The documented errors of an operation grouped by key (JD status, else HTTP status), one
/// variant each.
fn error_kind_variants(op: &Operation) -> Vec<ErrorVariant> {
    let mut scope = Scope::with_reserved(&["Other"]);
    let mut seen = BTreeSet::new();
    let mut variants = Vec::new();
    for e in &op.errors {
        let status = e.http_status.unwrap_or(0);
        if status != 0 && status < 400 {
            continue;
        }
        let key = match &e.code {
            Some(code) => code.clone(),
            None => status.to_string(),
        };
        let fresh = seen.insert(key.clone());
        let message = if e.message.is_empty() {
            String::new()
        } else {
            format!(" {}", e.message.lines().next().unwrap_or(""))
        };
        if !fresh {
            if let Some(v) = variants
                .iter_mut()
                .find(|v: &&mut ErrorVariant| v.key == key)
            {
                v.messages.push(message);
            }
            continue;
        }
        let variant = match &e.code {
            Some(code) => camel(code),
            None => status_name(status),
        };
        variants.push(ErrorVariant {
            ident: scope.claim(&variant),
            key,
            by_status: e.code.is_none(),
            status,
            messages: vec![message],
        });
    }
    variants
}

/// The discriminant of each variant, fixed by what the variant stands for (its HTTP status, or
/// a hash of its JD status) rather than by its position, so that a newly documented error
/// changes no other variant's value (`as` casts of a fieldless enum are part of its API).
fn error_discriminants(variants: &[ErrorVariant]) -> Vec<i64> {
    let mut taken = BTreeSet::from([0]);
    variants
        .iter()
        .map(|v| {
            let mut d = if v.by_status {
                i64::from(v.status)
            } else {
                let mut h: u32 = 0x811c_9dc5;
                for b in v.key.bytes() {
                    h ^= u32::from(b);
                    h = h.wrapping_mul(0x0100_0193);
                }
                1_000 + i64::from(h % 1_000_000_000)
            };
            while !taken.insert(d) {
                d += 1;
            }
            d
        })
        .collect()
}

fn emit_error_enum(op: &Operation, name: &str, variants: &[ErrorVariant]) -> TokenStream {
    let enum_ident = ident(name);
    let discriminants = error_discriminants(variants);
    let defs = variants.iter().zip(discriminants).map(|(v, d)| {
        let i = ident(&v.ident);
        let d = proc_macro2::Literal::i64_unsuffixed(d);
        let mut doc = if v.by_status {
            format!("HTTP {}.", v.status)
        } else {
            format!("`{}`.", v.key)
        };
        for m in &v.messages {
            if !m.trim().is_empty() {
                doc.push_str(&format!("\n\n- {}", m.trim()));
            }
        }
        let doc_attrs = docs::attrs(&doc, None);
        quote! { #doc_attrs #i = #d, }
    });
    let by_code = variants.iter().filter(|v| !v.by_status).map(|v| {
        let i = ident(&v.ident);
        let key = &v.key;
        quote! { ::std::option::Option::Some(#key) => return Self::#i, }
    });
    let by_status = variants.iter().filter(|v| v.by_status).map(|v| {
        let i = ident(&v.ident);
        let s = v.status;
        quote! { #s => Self::#i, }
    });
    let doc = format!(
        "The errors the documentation of `{}` lists. Read one from a service error with [`{}::of`].",
        op.id, name
    );
    let doc = docs::doc_attr(&doc);
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #enum_ident {
            #(#defs)*
            /// Any other error.
            Other = 0,
        }

        impl #enum_ident {
            /// The documented error a service error is, by its JD status, else its HTTP status.
            pub fn of(error: &crate::runtime::ServiceError) -> Self {
                #[allow(clippy::match_single_binding)]
                match error.status.as_deref() {
                    #(#by_code)*
                    _ => {}
                }
                #[allow(clippy::match_single_binding)]
                match error.http_status {
                    #(#by_status)*
                    _ => Self::Other,
                }
            }
        }
    }
}

struct ErrorVariant {
    ident: String,
    key: String,
    by_status: bool,
    status: u16,
    messages: Vec<String>,
}

fn status_name(status: u16) -> String {
    match status {
        400 => "BadRequest".into(),
        401 => "Unauthorized".into(),
        403 => "Forbidden".into(),
        404 => "NotFound".into(),
        409 => "Conflict".into(),
        429 => "TooManyRequests".into(),
        500 => "InternalServerError".into(),
        502 => "BadGateway".into(),
        503 => "ServiceUnavailable".into(),
        504 => "GatewayTimeout".into(),
        other => format!("Http{other}"),
    }
}
