//! Operations → a client method, a request builder (required parameters as arguments,
//! optional ones as setters), `send`, pagination and a typed view of documented errors.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Operation, Param, ParamLocation, Service, TypeRef};

use super::docs;
use super::models::{into_type, is_secret_name};
use super::names::{camel, ident, snake, Scope};
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
        items.push(emit_error_kind(op, &names.error_kind));
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

/// Whether a value's `to_string()` is its text in a URL: strings, numbers, booleans and enums
/// of strings. Other values (arrays, maps, models, untyped JSON) are written as JSON text.
fn displays_as_text(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::String
            | TypeRef::Integer
            | TypeRef::Long
            | TypeRef::Number
            | TypeRef::Double
            | TypeRef::Float
            | TypeRef::Boolean
    )
}

fn emit_operation(
    svc: &Service,
    op: &Operation,
    plan: &Plan,
    method_name: &str,
    builder_name: &str,
) -> (TokenStream, TokenStream) {
    let outs = param_outs(op, plan);
    let method = ident(method_name);
    let builder = ident(builder_name);
    let result_ty = result_type(op, plan);

    // Client method.
    let args: Vec<TokenStream> = outs
        .iter()
        .filter(|o| o.positional)
        .map(|o| {
            let f = &o.field;
            let t = &o.arg_ty;
            quote! { #f: #t }
        })
        .collect();
    let inits = outs.iter().map(|o| {
        let f = &o.field;
        if o.positional {
            quote! { #f: #f.into(), }
        } else {
            quote! { #f: ::std::option::Option::None, }
        }
    });
    let mut op_doc = if op.description.is_empty() {
        format!("`{}`", op.id)
    } else {
        op.description.clone()
    };
    op_doc.push_str(&format!("\n\n`{} /{}{}`", op.method, op.version, op.path));
    let method_docs = docs::attrs_zh(&op_doc, op.description_zh.as_deref(), Some(&op.source));
    let allow_many = if args.len() > 6 {
        quote! { #[allow(clippy::too_many_arguments)] }
    } else {
        quote! {}
    };
    let client_method = quote! {
        #method_docs
        #allow_many
        pub fn #method(&self, #(#args),*) -> #builder {
            #builder {
                config: self.config.clone(),
                #(#inits)*
            }
        }
    };

    // Builder struct.
    let fields = outs.iter().map(|o| {
        let f = &o.field;
        let t = &o.ty;
        if o.optional {
            quote! { #f: ::std::option::Option<#t>, }
        } else {
            quote! { #f: #t, }
        }
    });
    let setters = outs.iter().filter(|o| o.optional).map(|o| {
        let f = &o.field;
        let t = &o.arg_ty;
        let mut doc = format!("`{}`", o.param.name);
        if !o.param.doc.is_empty() {
            doc.push_str(": ");
            doc.push_str(&o.param.doc);
        }
        if is_client_token(op, o.param) {
            doc.push_str("\n\nWhen not set, a random token is generated, so that retries of this request are safe.");
        }
        let d = docs::attrs_zh(&doc, o.param.doc_zh.as_deref(), None);
        quote! {
            #d
            pub fn #f(mut self, value: #t) -> Self {
                self.#f = ::std::option::Option::Some(value.into());
                self
            }
        }
    });
    let debug = debug_impl(builder_name, &outs);
    let derive_debug = if debug.is_empty() {
        quote! { #[derive(Debug)] }
    } else {
        quote! {}
    };
    let into_request = into_request(svc, op, &outs);
    let pager = paginate(svc, op, plan, &outs);
    let builder_doc = format!(
        "Request builder of `{}`, made by [`Client::{}`]. Set optional parameters, then call `send`.",
        op.id,
        method_name.trim_start_matches("r#")
    );
    let builder_doc = docs::doc_lines(&builder_doc);
    let item = quote! {
        #builder_doc
        #derive_debug
        #[derive(Clone)]
        #[must_use = "a request does nothing until it is sent"]
        pub struct #builder {
            config: crate::runtime::Config,
            #(#fields)*
        }

        #debug

        impl #builder {
            #(#setters)*

            #into_request

            /// Sends the request, retrying where that is safe, and reads the result.
            pub async fn send(self) -> ::std::result::Result<crate::runtime::Response<#result_ty>, crate::runtime::Error> {
                let config = self.config.clone();
                let request = self.into_request()?;
                crate::runtime::send(&config, request).await
            }

            /// [`send`](Self::send), blocking the current thread until it completes.
            #[cfg(feature = "blocking")]
            pub fn send_blocking(self) -> ::std::result::Result<crate::runtime::Response<#result_ty>, crate::runtime::Error> {
                crate::runtime::block_on(self.send())
            }

            #pager
        }
    };
    (client_method, item)
}

fn debug_impl(builder_name: &str, outs: &[ParamOut<'_>]) -> TokenStream {
    if !outs.iter().any(|o| is_secret_name(&o.param.name)) {
        return quote! {};
    }
    let builder = ident(builder_name);
    let entries = outs.iter().map(|o| {
        let f = &o.field;
        let wire = &o.param.name;
        if is_secret_name(wire) {
            quote! { .field(#wire, &"***") }
        } else {
            quote! { .field(#wire, &self.#f) }
        }
    });
    quote! {
        impl ::std::fmt::Debug for #builder {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#builder_name)
                    #(#entries)*
                    .finish_non_exhaustive()
            }
        }
    }
}

/// The type `send` returns the result as.
fn result_type(op: &Operation, plan: &Plan) -> TokenStream {
    if let Some(name) = plan.result_structs.get(&op.id) {
        let t = ident(name);
        return quote! { #t };
    }
    match &op.response.result {
        Some(f) => plan.rust_type(&f.ty, None),
        None => quote! { ::serde_json::Value },
    }
}

fn into_request(svc: &Service, op: &Operation, outs: &[ParamOut<'_>]) -> TokenStream {
    let method = format_ident!("{}", op.method.as_str());
    let service = svc.name.as_str();
    let version = op.version.as_str();
    let template = op.path.as_str();

    let mut path_values = Vec::new();
    let mut stmts = Vec::new();
    let mut idempotent = false;
    let mut region = quote! {};
    let mut needs_value_text = false;
    for o in outs {
        let f = &o.field;
        let wire = o.param.name.as_str();
        // The text of a required value, for the path and the signature's region.
        let for_text = o.param.location == ParamLocation::Path || is_region(op, o.param);
        let text = if displays_as_text(&o.param.ty) {
            quote! { self.#f.to_string() }
        } else {
            needs_value_text |= for_text;
            quote! { value_text(&self.#f)? }
        };
        if is_region(op, o.param) {
            region = quote! { request = request.with_region(#text); };
        }
        let value = if is_client_token(op, o.param) {
            idempotent = true;
            stmts.push(quote! {
                let client_token = self.#f.clone().unwrap_or_else(crate::runtime::new_client_token);
            });
            quote! { &client_token }
        } else if o.optional {
            quote! { value }
        } else {
            quote! { &self.#f }
        };
        let wrap = |inner: TokenStream| -> TokenStream {
            if o.optional && !is_client_token(op, o.param) {
                quote! { if let ::std::option::Option::Some(value) = &self.#f { #inner } }
            } else {
                inner
            }
        };
        match o.param.location {
            ParamLocation::Path => {
                let var = format_ident!("path_{}", path_values.len());
                stmts.push(quote! { let #var = #text; });
                path_values.push(quote! { (#wire, #var.as_str()) });
                if is_region(op, o.param) {
                    // The text is already there: it goes to the request once the path is filled.
                    region = quote! { request = request.with_region(#var); };
                }
            }
            ParamLocation::Query => stmts.push(wrap(quote! {
                crate::runtime::push_query(&mut query, #wire, #value)?;
            })),
            ParamLocation::Body => stmts.push(wrap(quote! {
                body.member(#wire, #value)?;
            })),
            ParamLocation::Header => stmts.push(wrap(quote! {
                headers.push((#wire, header_text(#value)?));
            })),
        }
    }
    let has_body = outs.iter().any(|o| o.param.location == ParamLocation::Body);
    let has_query = outs
        .iter()
        .any(|o| o.param.location == ParamLocation::Query);
    let has_header = outs
        .iter()
        .any(|o| o.param.location == ParamLocation::Header);
    let body_decl = if has_body {
        quote! { let mut body = crate::runtime::JsonObject::new(); }
    } else {
        quote! {}
    };
    let query_decl = if has_query {
        quote! { let mut query = ::std::vec::Vec::new(); }
    } else {
        quote! {}
    };
    let header_decl = if has_header {
        quote! {
            let mut headers: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
            fn header_text<T: ::serde::Serialize>(value: &T) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
                match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                    ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                    other => ::std::result::Result::Ok(other.to_string()),
                }
            }
        }
    } else {
        quote! {}
    };
    let value_text_decl = if needs_value_text {
        quote! {
            fn value_text<T: ::serde::Serialize>(value: &T) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
                match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                    ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                    other => ::std::result::Result::Ok(other.to_string()),
                }
            }
        }
    } else {
        quote! {}
    };
    let attach_body = if has_body {
        quote! { request = request.with_json_body(body.finish()); }
    } else {
        quote! {}
    };
    let attach_query = if has_query {
        quote! { request = request.with_query(query); }
    } else {
        quote! {}
    };
    let attach_headers = if has_header {
        quote! {
            for (name, value) in &headers {
                request = request.with_header_param(name, value);
            }
        }
    } else {
        quote! {}
    };
    let idempotent = if idempotent {
        quote! { request = request.with_idempotent(true); }
    } else {
        quote! {}
    };
    let mut_request =
        has_body || has_query || has_header || !region.is_empty() || !idempotent.is_empty();
    let request_binding = if mut_request {
        quote! { let mut request }
    } else {
        quote! { let request }
    };
    let path_expr = if path_values.is_empty() {
        quote! { #template.to_string() }
    } else {
        quote! { crate::runtime::fill_path(#template, &[#(#path_values),*])? }
    };
    quote! {
        /// The HTTP request this builder describes, without sending it.
        pub fn into_request(self) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
            #body_decl
            #query_decl
            #header_decl
            #value_text_decl
            #(#stmts)*
            let path = #path_expr;
            #request_binding = crate::runtime::Request::new(crate::runtime::Method::#method, #service, #version, path);
            #attach_body
            #attach_query
            #attach_headers
            #region
            #idempotent
            ::std::result::Result::Ok(request)
        }
    }
}

/// `items()` for list operations (see [`crate::ir::Pagination`]).
fn paginate(svc: &Service, op: &Operation, plan: &Plan, outs: &[ParamOut<'_>]) -> TokenStream {
    let Some(pagination) = &op.traits.pagination else {
        return quote! {};
    };
    let Some(page_param) = outs
        .iter()
        .find(|o| o.param.name == pagination.page_number && o.optional)
    else {
        return quote! {};
    };
    let Some(fields) = crate::traits::result_fields(svc, op) else {
        return quote! {};
    };
    let owner = match plan.result_structs.contains_key(&op.id) {
        true => format!("#result:{}", op.id),
        false => match op.response.result.as_ref().map(|r| &r.ty) {
            Some(TypeRef::Named(name)) => name.clone(),
            _ => return quote! {},
        },
    };
    let (Some(list), Some(total)) = (
        fields.iter().find(|f| f.name == pagination.items),
        fields.iter().find(|f| f.name == pagination.total_count),
    ) else {
        return quote! {};
    };
    let TypeRef::Array(item) = &list.ty else {
        return quote! {};
    };
    let mut list_ident = None;
    let mut total_ident = None;
    for (f, name) in fields.iter().zip(super::models::field_names(fields)) {
        if f.name == list.name {
            list_ident = Some(ident(&name));
        }
        if f.name == total.name {
            total_ident = Some(ident(&name));
        }
    }
    let (Some(list_ident), Some(total_ident)) = (list_ident, total_ident) else {
        return quote! {};
    };
    let enum_name = plan.field_enum(&owner, list).map(|e| e.ident.clone());
    let item_ty = plan.rust_type(item, enum_name.as_deref());
    let page_field = &page_param.field;
    let page_value = match page_param.param.ty {
        TypeRef::Long => quote! { i64::from(page) },
        _ => quote! { i32::try_from(page).unwrap_or(i32::MAX) },
    };
    let list_value = if list.required {
        quote! { result.#list_ident }
    } else {
        quote! { result.#list_ident.unwrap_or_default() }
    };
    let total_value = if total.required {
        quote! { ::std::option::Option::Some(result.#total_ident as i64) }
    } else {
        quote! { result.#total_ident.map(|t| t as i64) }
    };
    let doc = format!(
        "All `{}` across pages, fetching page after page (`{}` 1, 2, …) as the stream is read.",
        list.name, pagination.page_number
    );
    let doc = docs::doc_attr(&doc);
    quote! {
        #doc
        pub fn items(self) -> impl crate::runtime::Stream<Item = ::std::result::Result<#item_ty, crate::runtime::Error>> {
            crate::runtime::paginate(move |page: u32| {
                let mut request = self.clone();
                request.#page_field = ::std::option::Option::Some(#page_value);
                async move {
                    let result = request.send().await?.result;
                    ::std::result::Result::Ok((#list_value, #total_value))
                }
            })
        }
    }
}

/// The documented error codes of an operation as an enum over a [`ServiceError`].
/// The variants of an operation's `…ErrorKind` enum: (variant name, the JD status or HTTP
/// status it stands for), in order.
pub fn error_variants(op: &Operation) -> Vec<(String, String)> {
    error_kind_variants(op)
        .into_iter()
        .map(|v| (v.ident, v.key))
        .collect()
}

fn emit_error_kind(op: &Operation, name: &str) -> TokenStream {
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
