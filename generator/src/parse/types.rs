//! Type expressions from the "Type" column: `String`, `Integer[]`, `[Foo](#foo)`,
//! `[Foo[]](##Foo)`, `[diskspec](createInstances#user-content-8)`, `Map<String,String>`.

use std::sync::LazyLock;

use regex::Regex;

use crate::ir::TypeRef;

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[([^\]]*(?:\[\])*)\]\(([^)]*)\)((?:\[\])*)$").expect("valid regex")
});
static IDENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z_][A-Za-z0-9_]*$").expect("valid regex"));

/// A parsed type cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeExpr {
    pub ty: TypeRef,
    /// The link target, when the cell was a markdown link (the target is not used to resolve:
    /// the link text names the model).
    pub link: Option<String>,
}

/// Arrays nest at most this deep (`String[][]` is 2); deeper text is not read as a type, so
/// that no later stage recurses without bound.
pub const MAX_ARRAY_DEPTH: usize = 8;

/// Parses a type cell (already HTML-normalised, escapes removed). Returns `None` when the
/// text is not a type expression, or nests arrays deeper than [`MAX_ARRAY_DEPTH`].
pub fn parse_type(cell: &str) -> Option<TypeExpr> {
    let expr = parse_unbounded(cell)?;
    (array_depth(&expr.ty) <= MAX_ARRAY_DEPTH).then_some(expr)
}

fn array_depth(mut ty: &TypeRef) -> usize {
    let mut depth = 0;
    while let TypeRef::Array(inner) = ty {
        depth += 1;
        ty = inner;
    }
    depth
}

fn parse_unbounded(cell: &str) -> Option<TypeExpr> {
    let cell = cell.trim().trim_matches('`').trim();
    let cell = cell.replace("**", "");
    let cell = cell.trim();
    if let Some(c) = LINK.captures(cell) {
        let text = c.get(1).map_or("", |m| m.as_str());
        let outer_arrays = c.get(3).map_or(0, |m| m.as_str().len() / 2);
        if outer_arrays > MAX_ARRAY_DEPTH {
            return None;
        }
        let inner = parse_plain(text, 0)?;
        let ty = wrap_arrays(inner, outer_arrays);
        let link = c.get(2).map(|m| m.as_str().trim().to_string());
        return Some(TypeExpr { ty, link });
    }
    Some(TypeExpr {
        ty: parse_plain(cell, 0)?,
        link: None,
    })
}

fn wrap_arrays(mut ty: TypeRef, n: usize) -> TypeRef {
    for _ in 0..n {
        ty = TypeRef::Array(Box::new(ty));
    }
    ty
}

/// `depth`: arrays around this text already; the text is not a type beyond
/// [`MAX_ARRAY_DEPTH`].
fn parse_plain(text: &str, depth: usize) -> Option<TypeRef> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut base = text.as_str();
    let mut arrays = 0;
    while let Some(stripped) = base.strip_suffix("[]") {
        base = stripped;
        arrays += 1;
    }
    if base.is_empty() || depth + arrays > MAX_ARRAY_DEPTH {
        return None;
    }
    let generic = |prefix: &str| -> Option<String> {
        let lower = base.to_ascii_lowercase();
        let rest = lower.strip_prefix(prefix)?;
        let start = base.len() - rest.len();
        base[start..]
            .strip_prefix('<')?
            .strip_suffix('>')
            .map(str::to_string)
    };
    if let Some(inner) = generic("list").or_else(|| generic("array")) {
        return Some(wrap_arrays(
            TypeRef::Array(Box::new(parse_plain(&inner, depth + arrays + 1)?)),
            arrays,
        ));
    }
    if generic("map").is_some() {
        return Some(wrap_arrays(TypeRef::Map, arrays));
    }
    let ty = match base.to_ascii_lowercase().as_str() {
        "string" | "str" => TypeRef::String,
        "integer" | "int" | "int32" => TypeRef::Integer,
        "long" | "int64" => TypeRef::Long,
        "number" => TypeRef::Number,
        "double" => TypeRef::Double,
        "float" => TypeRef::Float,
        "boolean" | "bool" => TypeRef::Boolean,
        "object" => TypeRef::Object,
        "map" => TypeRef::Map,
        "array" | "list" => TypeRef::Array(Box::new(TypeRef::Any)),
        _ if IDENT.is_match(base) => TypeRef::Named(base.to_string()),
        _ => return None,
    };
    Some(wrap_arrays(ty, arrays))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(s: &str) -> Option<TypeRef> {
        parse_type(s).map(|t| t.ty)
    }

    fn named(s: &str) -> TypeRef {
        TypeRef::Named(s.into())
    }

    fn arr(t: TypeRef) -> TypeRef {
        TypeRef::Array(Box::new(t))
    }

    #[test]
    fn base_types() {
        assert_eq!(ty("String"), Some(TypeRef::String));
        assert_eq!(ty("Integer"), Some(TypeRef::Integer));
        assert_eq!(ty("Long"), Some(TypeRef::Long));
        assert_eq!(ty("Number"), Some(TypeRef::Number));
        assert_eq!(ty("Double"), Some(TypeRef::Double));
        assert_eq!(ty("Boolean"), Some(TypeRef::Boolean));
        assert_eq!(ty("Object"), Some(TypeRef::Object));
        assert_eq!(ty("Map"), Some(TypeRef::Map));
        assert_eq!(ty("Array"), Some(arr(TypeRef::Any)));
        assert_eq!(ty("string"), Some(TypeRef::String));
    }

    #[test]
    fn arrays_and_generics() {
        assert_eq!(ty("String[]"), Some(arr(TypeRef::String)));
        assert_eq!(ty("Object[]"), Some(arr(TypeRef::Object)));
        assert_eq!(ty("Filter[]"), Some(arr(named("Filter"))));
        assert_eq!(ty("Integer[][]"), Some(arr(arr(TypeRef::Integer))));
        assert_eq!(ty("List<String>"), Some(arr(TypeRef::String)));
        assert_eq!(ty("Map<String, String>"), Some(TypeRef::Map));
    }

    #[test]
    fn links() {
        assert_eq!(ty("[Foo](#foo)"), Some(named("Foo")));
        assert_eq!(ty("[Foo[]](##Foo)"), Some(arr(named("Foo"))));
        assert_eq!(ty("[Foo](##Foo)"), Some(named("Foo")));
        assert_eq!(
            ty("[diskspec](createInstances#user-content-8)"),
            Some(named("diskspec"))
        );
        assert_eq!(
            ty("[DBInstanceSpec](createinstance#dbinstancespec)"),
            Some(named("DBInstanceSpec"))
        );
        assert_eq!(ty("[Foo](#foo)[]"), Some(arr(named("Foo"))));
        assert_eq!(ty("[Foo](#foo)[][]"), Some(arr(arr(named("Foo")))));
        let parsed = parse_type("[Tag[]](createInstances#user-content-3)").expect("type");
        assert_eq!(
            parsed.link.as_deref(),
            Some("createInstances#user-content-3")
        );
    }

    #[test]
    fn arrays_nest_at_most_max_depth() {
        let deep = |n: usize| format!("String{}", "[]".repeat(n));
        assert!(ty(&deep(MAX_ARRAY_DEPTH)).is_some());
        assert_eq!(ty(&deep(MAX_ARRAY_DEPTH + 1)), None);
        assert_eq!(ty(&deep(100_000)), None);
        let lists = format!("{}String{}", "List<".repeat(5000), ">".repeat(5000));
        assert_eq!(ty(&lists), None);
        assert_eq!(ty(&format!("[Foo](#foo){}", "[]".repeat(9))), None);
        assert_eq!(ty(&format!("[Foo{}](#foo)[]", "[]".repeat(8))), None);
        assert!(ty("List<List<String>>[]").is_some());
    }

    #[test]
    fn rejects_prose() {
        assert_eq!(ty(""), None);
        assert_eq!(ty("a b c?"), None);
        assert_eq!(ty("[]"), None);
        assert_eq!(ty("见描述"), None);
    }
}
