//! `Debug` of a request builder that carries a secret (a password, a key): the secret shows
//! as `***`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::rust::models::is_secret_name;
use crate::rust::names::ident;

use super::ParamOut;

/// The `Debug` impl of the builder, or nothing when no parameter is secret (it then derives
/// `Debug`).
pub(super) fn debug_impl(builder_name: &str, outs: &[ParamOut<'_>]) -> TokenStream {
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
