//! Allowed values: lists after a lead-in (`可选值：a、b`, `valid values: x, y`), inline or one per line.

use regex::Regex;

use std::sync::LazyLock;

use super::*;
use crate::ir::ConstraintKind;

patterns! {
    // Allowed values.
    LEAD_IN = r"(?i)(可选值(?:列表)?(?:为|是|有|包括)?|取值范围(?:为|是)?|取值(?:只能|可以)?(?:为|是)?|枚举值(?:为|是)?|(?:optional|valid|possible|available|allowed|supported|legal) values?(?:\s+(?:are|is|include|includes))?|(?:with (?:the )?)?values? range(?:\s+of\s+[a-z]+)?(?:\s+(?:is|are))?|range of values?(?:\s+(?:is|are))?|values?\s+(?:include|includes|can be|shall be|should be|must be|is|are)(?:\s+respectively)?|with (?:a |the )?values? (?:of )?|values?\s*[:：]|支持|\bsupports?|\bsupporting)\s*[:：]?[ \t]*";
    ITEM = r#"^(?:`([^`\n]+)`|"([^"\n]+)"|“([^”\n]+)”|([A-Z][A-Za-z0-9_.\-/+]*(?: [A-Z][A-Za-z0-9_.\-/+]*)+|[A-Za-z0-9][A-Za-z0-9_.\-/+]*))"#;
    CLEAN_VALUE = r"^[A-Za-z0-9][A-Za-z0-9_.\-/+:@]*(?: [A-Za-z0-9][A-Za-z0-9_.\-/+:@]*)*$";
    MARKER = r"(?i)^\s*[（(]\s*(?:默认值?|default(?: value)?)\s*[)）]";
    PAREN = r"^\s*[（(][^)）\n]*[)）]";
    VALUE_DESC = r"^\s*[:：][^,，;；\n。]*";
    SEPARATOR = r"(?i)^(?:\s*([、,，;；])\s*|\s+(?:or|and)\s+|\s*(?:或者|或|以及|和|及)\s*)";
    LIST_END = r"^\s*(?:$|\n|。|\.|之一|[;；])";
    OPEN_ENDED = r"(?i)^\s*(?:等|etc\b|\.\.\.|…|and so on|such as|e\.g|例如|如)";
    DEFAULT_AHEAD = r"(?i)^(?:the\s+)?(?:default|默认)";
}

/// A list of values read after a lead-in.
pub(super) struct List {
    values: Vec<String>,
    /// Where the list ends.
    end: usize,
    /// Whether the sentence ends with the list (rather than going on in prose).
    clean: bool,
    /// Whether every value was quoted, in code or in brackets.
    quoted: bool,
}

/// The values of each list introduced by a lead-in (`可选值：`, `取值范围：a、b`, `value range:
/// yes, no`, `values include …`, `支持 \`a\`、\`b\``); none when two lists disagree or the
/// description says values are case-insensitive.
pub(super) fn allowed_values(text: &str, numeric: bool) -> Vec<Hit> {
    if !may_list_values(text) || CASE_INSENSITIVE.is_match(text) {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for c in LEAD_IN.captures_iter(text) {
        let (m, lead) = (c.get(0).expect("whole match"), c[1].to_lowercase());
        let before = &text[..m.start()];
        let previous = before
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        // `chargeMode取值为…` is about another field, `默认取值1` and `maximum value is` are not lists.
        let other =
            before.ends_with(|c: char| c.is_ascii_alphanumeric()) || before.ends_with("默认");
        let bound = lead.starts_with('v')
            && ["default", "maximum", "minimum", "max", "min"]
                .contains(&previous.to_lowercase().as_str());
        if other || bound || conditional(text, m.start()) {
            continue;
        }
        let Some(list) = parse_list(text, m.end(), numeric) else {
            continue;
        };
        let accepted = if lead.contains("支持") || lead.starts_with("support") {
            let code_like = |v: &String| {
                v.contains(['.', '_', '-']) || v.contains(|c: char| c.is_ascii_digit())
            };
            list.values.len() >= 2
                && list.clean
                && (list.quoted || list.values.iter().all(code_like))
        } else {
            list.values.len() >= 2 || list.clean
        };
        if accepted && (!numeric || list.values.iter().all(|v| parse_number(v).is_some())) {
            let values = list.values;
            hits.push(hit(
                m.start(),
                list.end,
                ConstraintKind::AllowedValues { values },
            ));
        }
    }
    agree(hits)
}

impl List {
    pub(super) fn new(values: Vec<String>, end: usize, clean: bool, quoted: bool) -> List {
        List {
            values: dedup(values),
            end,
            clean,
            quoted,
        }
    }
}

/// A list of values starting at `at`: one per following line (`` `a`（默认值）：… ``), in
/// brackets (`{a, b}`), or inline (`a、b或c`, `a:说明, b:说明`).
pub(super) fn parse_list(text: &str, at: usize, numeric: bool) -> Option<List> {
    let line_end = line_end(text, at);
    if text[at..line_end].trim().is_empty() {
        return lines_list(text, line_end);
    }
    let start = at + (text[at..].len() - text[at..].trim_start().len());
    let open = text[start..].chars().next()?;
    let brackets = [('[', ']'), ('{', '}'), ('［', '］')];
    let Some(&(_, close)) = brackets.iter().find(|b| b.0 == open) else {
        return inline_list(text, start);
    };
    let inner_end = start + text[start..line_end].find(close)?;
    let inner = text[start + open.len_utf8()..inner_end].split([',', '，', '、']);
    let values = inner.map(|v| clean_value(v.trim().trim_matches(['"', '“', '”', '`', '\''])));
    let values = values.collect::<Option<Vec<_>>>().filter(|_| !numeric)?;
    let end = inner_end + close.len_utf8();
    Some(List::new(
        values,
        end,
        LIST_END.is_match(&text[end..]),
        true,
    ))
}

/// Where the line that `at` is in ends.
pub(super) fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// Values in code, one at the start of each following line.
pub(super) fn lines_list(text: &str, mut end: usize) -> Option<List> {
    let mut values = Vec::new();
    while end < text.len() {
        let next_end = line_end(text, end + 1);
        let line = text[end + 1..next_end]
            .trim_start()
            .trim_start_matches("- ");
        let Some(c) = ITEM.captures(line) else { break };
        let Some(value) = c.get(1).and_then(|g| clean_value(g.as_str())) else {
            break;
        };
        values.push(value);
        end = next_end;
    }
    (!values.is_empty()).then(|| List::new(values, end, true, true))
}

/// An inline list. It ends cleanly at the end of the sentence, or at a comma followed by
/// prose; prose right after `、`/`or`/`和` means the whole "list" is prose.
pub(super) fn inline_list(text: &str, mut at: usize) -> Option<List> {
    let (mut values, mut quoted, mut described, mut last_end) = (Vec::new(), true, None, at);
    let mut strong = false; // whether the separator before `at` was `、`/`or`/`和`
    let cut = |values: Vec<String>, strong: bool, end: usize, at: usize| {
        let fine = !values.is_empty() && (!strong || DEFAULT_AHEAD.is_match(&text[at..]));
        fine.then(|| List::new(values, end, false, false))
    };
    loop {
        if OPEN_ENDED.is_match(&text[at..]) {
            return None;
        }
        let Some(c) = ITEM.captures(&text[at..]) else {
            return cut(values, strong, last_end, at);
        };
        let bare = c.get(4).map(|g| g.as_str().trim_end_matches('.'));
        let raw = bare.or_else(|| (1..4).find_map(|i| c.get(i)).map(|g| g.as_str()));
        let Some(value) = raw.and_then(clean_value) else {
            return cut(values, strong, last_end, at);
        };
        let mut j = at + bare.map_or(c[0].len(), str::len);
        for suffix in [&MARKER, &PAREN] {
            j += suffix.find(&text[j..]).map_or(0, |s| s.end());
        }
        // `local:本地, instance:云主机`: every value comes with its description.
        let description = VALUE_DESC.find(&text[j..]);
        if *described.get_or_insert(description.is_some()) {
            j += description.map_or(0, |d| d.end());
        }
        let rest = &text[j..];
        if OPEN_ENDED.is_match(rest) {
            return None;
        }
        let semicolon = rest.trim_start().starts_with([';', '；']);
        let ends = LIST_END.is_match(rest) && !(described == Some(true) && semicolon);
        let separator = SEPARATOR.captures(rest).filter(|_| !ends);
        if !ends && separator.is_none() {
            return cut(values, strong, last_end, at);
        }
        (quoted, last_end) = (quoted && bare.is_none(), j);
        values.push(value);
        let Some(separator) = separator else {
            return Some(List::new(values, j, true, quoted));
        };
        let mark = separator.get(1).map_or("", |g| g.as_str());
        strong = mark.is_empty() || mark == "、";
        at = j + separator[0].len();
    }
}

pub(super) fn clean_value(raw: &str) -> Option<String> {
    CLEAN_VALUE.is_match(raw).then(|| raw.to_string())
}

pub(super) fn dedup(values: Vec<String>) -> Vec<String> {
    let first = |(i, v): &(usize, &String)| !values[..*i].contains(v);
    values
        .iter()
        .enumerate()
        .filter(first)
        .map(|(_, v)| v.clone())
        .collect()
}

// Defaults -------------------------------------------------------------------------------------
