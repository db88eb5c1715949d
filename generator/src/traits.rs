//! What an operation is beyond its parameters — paged, idempotent, regional — decided once
//! from the resolved model, so that every emitter reads the same answer from
//! [`Operation::traits`] instead of recognising parameter names itself.
//!
//! The rules, from the JD Cloud API's conventions:
//!
//! - **Idempotency token**: a string parameter `clientToken` outside the path. A client fills
//!   it when the caller does not, and the request may then be retried safely.
//! - **Region**: a `regionId` parameter in the path, or required elsewhere: every request
//!   carries the region it is signed for.
//! - **Pagination**: an optional integer `pageNumber`, a `pageSize`, and a result with a
//!   numeric `totalCount` beside exactly one array (the items of the page).

use crate::ir::{
    Api, Field, Operation, Pagination, Param, ParamLocation, Service, Traits, TypeRef,
};

/// Fills [`Operation::traits`] of every operation.
pub fn decide(api: &mut Api) {
    for svc in &mut api.services {
        let traits: Vec<Traits> = svc.operations.iter().map(|op| of(svc, op)).collect();
        for (op, traits) in svc.operations.iter_mut().zip(traits) {
            op.traits = traits;
        }
    }
}

/// The traits of one operation of `svc`.
pub fn of(svc: &Service, op: &Operation) -> Traits {
    Traits {
        pagination: pagination(svc, op),
        idempotency_token: op
            .params
            .iter()
            .find(|p| is_idempotency_token(p))
            .map(|p| p.name.clone()),
        region: op
            .params
            .iter()
            .find(|p| p.name == "regionId" && (p.required || p.location == ParamLocation::Path))
            .map(|p| p.name.clone()),
    }
}

fn is_idempotency_token(p: &Param) -> bool {
    p.name == "clientToken" && p.ty == TypeRef::String && p.location != ParamLocation::Path
}

fn pagination(svc: &Service, op: &Operation) -> Option<Pagination> {
    let param = |name: &str| op.params.iter().find(|p| p.name == name);
    let page_number = param("pageNumber")
        .filter(|p| !p.required && p.location != ParamLocation::Path)
        .filter(|p| matches!(p.ty, TypeRef::Integer | TypeRef::Long))?;
    let page_size = param("pageSize")?;
    let fields = result_fields(svc, op)?;
    let total = fields
        .iter()
        .find(|f| f.name == "totalCount" && f.ty.is_numeric())?;
    let arrays: Vec<&Field> = fields
        .iter()
        .filter(|f| matches!(f.ty, TypeRef::Array(_)))
        .collect();
    let [items] = arrays.as_slice() else {
        return None;
    };
    Some(Pagination {
        page_number: page_number.name.clone(),
        page_size: page_size.name.clone(),
        total_count: total.name.clone(),
        items: items.name.clone(),
    })
}

/// The members of the operation's `result`: those of the shape its `result` row names, or
/// those the return table lists directly.
pub fn result_fields<'a>(svc: &'a Service, op: &'a Operation) -> Option<&'a [Field]> {
    match &op.response.result {
        Some(result) => {
            let TypeRef::Named(name) = &result.ty else {
                return None;
            };
            svc.shapes
                .iter()
                .find(|s| &s.name == name)
                .map(|s| s.fields.as_slice())
        }
        None if !op.response.fields.is_empty() => Some(&op.response.fields),
        None => None,
    }
}
