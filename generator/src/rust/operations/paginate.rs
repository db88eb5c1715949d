//! `items()`: a stream over every page of a list operation.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Operation, Service, TypeRef};
use crate::rust::docs;
use crate::rust::names::ident;
use crate::rust::plan::Plan;

use super::ParamOut;

/// `items()` for list operations (see [`crate::ir::Pagination`]).
pub(super) fn items(
    svc: &Service,
    op: &Operation,
    plan: &Plan,
    outs: &[ParamOut<'_>],
) -> TokenStream {
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
    for (f, name) in fields.iter().zip(crate::rust::models::field_names(fields)) {
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
