//! Defaults stated in prose: `默认值为1`, `default: ssd`, `x by default`, `x（默认）`.

use regex::Regex;

use std::sync::LazyLock;

use super::*;
use crate::ir::ConstraintKind;

patterns! {
    // Defaults.
    DEFAULT_CN = format!(r"(?:默认|缺省)(?:值|取值)?\s*(?:为|是)?\s*[:：]?\s*({TOKEN})");
    DEFAULT_EN = format!(r"(?i)\bdefaults?(?:\s+value)?(?:\s+(?:is|to|as|of|will be|shall be))?(?:\s*[:：=]\s*|\s+)({TOKEN})");
    DEFAULT_BY = format!(r"(?im)(?:^|[,;:，；：(（]\s*|\b(?:is|it is|which is|and|be|being|was)\s+)({TOKEN})\s+(?:is\s+|are\s+)?(?:set\s+)?by\s+default\b");
    DEFAULT_MARK = r"(?i)(?:`([^`\n]+)`|\b([A-Za-z0-9][A-Za-z0-9_.\-]*))\s*[（(]\s*(?:默认值?|default(?: value)?)\s*[)）]";
}

/// The default a description states: `默认值：\`1\``, `默认为1`, `default is 20`, `defaults to
/// true`, `1 by default`, or a value marked `（默认值）`. Only clean literals count.
pub(super) fn defaults(text: &str, class: Class) -> Vec<Hit> {
    if matches!(class, Class::List | Class::Other) || !may_state_default(text) {
        return Vec::new();
    }
    let mut hits = Vec::new();
    // `ends` says whether the statement stops after the token (`默认为1，…`, not `默认1为…`).
    let mut take = |start: usize, token: &str, end: usize, ends: bool| {
        let value = default_value(token, class).filter(|_| ends && !conditional(text, start));
        if let Some(value) = value {
            hits.push(hit(start, end, ConstraintKind::Default { value }));
        }
    };
    let ends_at = |at: usize| CLEAN_END.is_match(&text[at..]);
    for c in DEFAULT_CN
        .captures_iter(text)
        .chain(DEFAULT_EN.captures_iter(text))
    {
        let (m, g) = (c.get(0).expect("whole match"), c.get(1).expect("token"));
        let (token, by) = (
            g.as_str().trim_end_matches('.'),
            text[..m.start()].to_lowercase(),
        );
        let token_end = g.start() + token.len();
        if !by.ends_with("by ") {
            take(m.start(), token, token_end, ends_at(token_end));
        }
    }
    for c in DEFAULT_BY.captures_iter(text) {
        let (m, g) = (c.get(0).expect("whole match"), c.get(1).expect("token"));
        take(g.start(), g.as_str(), m.end(), ends_at(m.end()));
    }
    for c in DEFAULT_MARK.captures_iter(text) {
        let (m, g) = (c.get(0).expect("whole match"), c.get(1).or(c.get(2)));
        take(m.start(), g.expect("token").as_str(), m.end(), true);
    }
    hits.sort_by_key(|h| h.start);
    agree(hits)
}

/// The literal a default token stands for in a field of this class, if it is one.
pub(super) fn default_value(token: &str, class: Class) -> Option<String> {
    let inner = token.trim_matches(['`', '"', '“', '”']);
    if inner.is_empty() || NOT_A_VALUE.is_match(inner) {
        return None;
    }
    match class {
        Class::Numeric => parse_number(inner).map(|_| inner.to_string()),
        Class::Boolean => match inner.to_lowercase().as_str() {
            "true" | "是" => Some("true".into()),
            "false" | "否" => Some("false".into()),
            _ => None,
        },
        _ => clean_value(inner).filter(|v| !v.contains(' ')),
    }
}
