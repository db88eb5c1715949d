//! Operations → a client method (`client`), a request builder (`builder`: required
//! parameters as arguments, optional ones as setters, `send`), how values travel (`encode`),
//! pagination (`paginate`), a typed view of documented errors (`errors`) and redaction of
//! secrets in `Debug` (`redact`).

mod builder;
mod client;
mod encode;
mod errors;
mod paginate;
mod redact;

pub use errors::error_variants;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Operation, Param, ParamLocation, Service};

use super::docs;
use super::models::into_type;
use super::names::{ident, snake, Scope};
use super::plan::Plan;

/// Builder methods every operation has; parameters must not take these names.
const BUILDER_METHODS: [&str; 7] = [
    "send",
    "send_blocking",
    "into_request",
    "items",
    "config",
    "clone",
    "fmt",
];

struct ParamOut<'a> {
    param: &'a Param,
    field: proc_macro2::Ident,
    /// Rust type of the stored value.
    ty: TokenStream,
    /// Argument type of the constructor or setter.
    arg_ty: TokenStream,
    /// Whether the value is an argument of the client method (required or path).
    positional: bool,
    /// Whether the stored value is an `Option`.
    optional: bool,
}

/// The items for all operations of a service: the `Client` methods and the builders.
pub fn emit(svc: &Service, plan: &Plan) -> TokenStream {
    let mut methods = Vec::new();
    let mut items = Vec::new();
    for op in &svc.operations {
        let Some(names) = plan.operations.get(&op.id) else {
            continue;
        };
        let (method, item) = emit_operation(svc, op, plan, &names.method, &names.builder);
        methods.push(method);
        items.push(item);
        items.push(errors::emit_error_kind(op, &names.error_kind));
    }
    let service = &svc.name;
    let client_doc = format!(
        "Client of the `{service}` service.\n\nCreate one from a [`Config`](crate::runtime::Config) and call the operations; each returns a request builder whose `send` performs the call."
    );
    let client_doc = docs::doc_lines(&client_doc);
    quote! {
        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            config: crate::runtime::Config,
        }

        impl Client {
            /// A client that sends with the given configuration (credentials, endpoint, retries).
            pub fn new(config: &crate::runtime::Config) -> Self {
                Self { config: config.clone() }
            }

            /// The configuration this client sends with.
            pub fn config(&self) -> &crate::runtime::Config {
                &self.config
            }

            #(#methods)*
        }

        #(#items)*
    }
}

/// The Rust name of each parameter (its builder setter, or its argument of the client method),
/// in the order the method takes them: path parameters first, then the page's order.
pub fn param_names(op: &Operation) -> Vec<(&Param, String)> {
    let mut scope = Scope::with_reserved(&BUILDER_METHODS);
    ordered_params(op)
        .into_iter()
        .map(|p| (p, scope.claim(&snake(&p.name))))
        .collect()
}

fn param_outs<'a>(op: &'a Operation, plan: &Plan) -> Vec<ParamOut<'a>> {
    let mut outs = Vec::new();
    for (p, name) in param_names(op) {
        let enum_name = plan.param_enum(op, p).map(|e| e.ident.clone());
        let ty = plan.rust_type(&p.ty, enum_name.as_deref());
        let arg_ty = into_type(&p.ty, enum_name.as_deref(), &ty);
        let positional = is_argument(op, p);
        outs.push(ParamOut {
            param: p,
            field: ident(&name),
            ty,
            arg_ty,
            positional,
            optional: !positional,
        });
    }
    outs
}

/// Path parameters first, in the order of the template, then the rest in page order.
fn ordered_params(op: &Operation) -> Vec<&Param> {
    let mut ordered: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Path)
        .collect();
    ordered.sort_by_key(|p| {
        op.path
            .find(&format!("{{{}}}", p.name))
            .unwrap_or(usize::MAX)
    });
    ordered.extend(
        op.params
            .iter()
            .filter(|p| p.location != ParamLocation::Path),
    );
    ordered
}

/// Whether a parameter is an argument of the client method (required, or in the path, and
/// not the generated idempotency token).
fn is_argument(op: &Operation, p: &Param) -> bool {
    (p.required || p.location == ParamLocation::Path) && !is_client_token(op, p)
}

/// The arguments of an operation's client method, in order.
pub fn client_arguments(op: &Operation) -> Vec<&Param> {
    ordered_params(op)
        .into_iter()
        .filter(|p| is_argument(op, p))
        .collect()
}

/// Whether `p` is the operation's idempotency token: generated when not set, making retries
/// safe.
pub fn is_client_token(op: &Operation, p: &Param) -> bool {
    op.traits.idempotency_token.as_deref() == Some(p.name.as_str())
}

/// Whether `p` is the region the operation's requests are signed for.
fn is_region(op: &Operation, p: &Param) -> bool {
    op.traits.region.as_deref() == Some(p.name.as_str())
}

fn emit_operation(
    svc: &Service,
    op: &Operation,
    plan: &Plan,
    method_name: &str,
    builder_name: &str,
) -> (TokenStream, TokenStream) {
    let outs = param_outs(op, plan);
    let method = client::method(op, &outs, method_name, builder_name);
    let item = builder::item(svc, op, plan, &outs, method_name, builder_name);
    (method, item)
}
