//! Constraints stated in parameter and field descriptions: numeric ranges, allowed values,
//! lengths, item counts and defaults, in Chinese and English.
//!
//! Precision comes before recall, because a wrong constraint makes valid requests fail:
//! - every pattern is anchored on an explicit lead-in (`取值范围`, `可选值`, `value range`, …);
//! - a clause under a condition (`当…时`, `若`, `if`, `` `chargeUnit=month`时： ``, a
//!   `**系统盘**：` label) yields nothing, but "valid only when …" does not count as one;
//! - a family that gives two different answers in one description gives none;
//! - a range that a default or a special value (`0 表示全量`) falls outside of is dropped.

use std::sync::LazyLock;

use regex::Regex;

use crate::ir::{Constraint, ConstraintKind, TypeRef};

/// A number, possibly negative or fractional.
const NUM: &str = r"-?\d+(?:\.\d+)?";
/// A number in prose, possibly with thousands separators (`6,144`).
const COUNT: &str = r"\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?";
/// A default value: code span, quoted word, number or identifier.
const TOKEN: &str = r#"`[^`\n]{1,64}`|"[^"\n]{1,64}"|“[^”\n]{1,64}”|-?\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9_.\-/]*|是|否"#;
/// What follows a count to make it a length.
const CHAR_UNIT: &str = r"(?:个)?\s*(?:(?:英文|中文|汉字)\s*)?(?:字符|字节|位)|(?:[A-Za-z]+\s+)?(?:characters?|chars|bytes)\b";
/// Counts written as words, one to ten.
const WORD_NUMS: &str = "one two three four five six seven eight nine ten";

/// Declares lazily compiled regexes, one pattern per line.
macro_rules! patterns {
    ($($name:ident = $pattern:expr;)*) => {
        $(pub(super) static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new(&$pattern).expect("valid regex"));)*
    };
}

mod defaults;
mod items;
mod lengths;
mod ranges;
#[cfg(test)]
mod tests;
mod values;

use defaults::*;
use items::*;
use lengths::*;
use ranges::*;
use values::*;

patterns! {
    // Context: conditions, clean ends, units, values with a special meaning.
    CONDITION = r"(?i)当|若|如果|假如|倘若|如不|时\s*[:：]|时$|=|\b(?:when|if|unless|in case)\b";
    VALIDITY = r"(?i)有效|生效|必填|必传|必选|不指定|未指定|不传|为空|\b(?:valid|effective|required|compulsory|mandatory|not specified|null|blank|empty)\b";
    LABEL = r"^\s*(?:[-*]\s*)?\*\*[^*\n]+\*\*\s*[:：]";
    CLEAN_END = r"(?i)^(?:[`*]*[ \t]*(?:$|[\n,，。；;、)）(（!！?？\]】}]|\.(?:\D|$))|\s+(?:and|but|which|while)\b)";
    UNIT = r"(?i)^\s*(?:[kmgt]i?b\b|[kmg]?bps\b|pps\b|ms\b|s\b|seconds?\b|minutes?\b|hours?\b|days?\b|months?\b|years?\b|天|小时|分钟|秒|毫秒|个月|%|单位|unit\b)";
    UNIT_DECLARED = r"(?i)单位|\bunit\b|\bbasis of\b|\bin (?:gib|gb|mb|mbps|seconds|minutes|hours|days)\b";
    SPECIAL = format!(r"(?i)({NUM})\s*(?:表示|代表|means|indicates|stands for|by default)|恒为\s*({NUM})|为\s*({NUM})\s*时|(?:always|constantly) ({NUM})|默认(?:值)?为?\s*({NUM})|default(?: value)? is ({NUM})");
    CASE_INSENSITIVE = r"(?i)case[- ]insensitive|不区分大小写|忽略大小写";
    NOT_A_VALUE = r"(?i)^(?:none|null|nil|empty|values?|the|an?|is|be|by|for|of|and|or|set|it|not|to)$";
}

/// What a field's type lets a description constrain.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Numeric,
    Text,
    Boolean,
    List,
    Other,
}

/// A constraint and the byte span of the text it was read from.
pub(super) struct Hit {
    start: usize,
    end: usize,
    kind: ConstraintKind,
}

fn hit(start: usize, end: usize, kind: ConstraintKind) -> Hit {
    Hit { start, end, kind }
}

/// Bounds read from one phrase, with its byte span; `None` leaves a side open.
#[derive(Clone, Copy, Default)]
pub(super) struct Found {
    start: usize,
    end: usize,
    min: Option<f64>,
    max: Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
}

/// Constraints stated in a description, each with the sentence (or clause) it came from, in
/// order of appearance, without duplicates.
pub fn mine(description: &str, ty: &TypeRef) -> Vec<Constraint> {
    // Zero-width characters become spaces so that patterns see through them.
    let text = &description.replace(
        ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'],
        " ",
    );
    use TypeRef as T;
    let class = match ty {
        T::Integer | T::Long | T::Number | T::Double | T::Float => Class::Numeric,
        T::String => Class::Text,
        T::Boolean => Class::Boolean,
        T::Array(_) => Class::List,
        _ => Class::Other,
    };
    let mut hits = match class {
        Class::Numeric | Class::Text => {
            let allowed = allowed_values(text, class == Class::Numeric);
            let mut hits = defaults(text, class);
            if let Some(ConstraintKind::AllowedValues { values }) = allowed.first().map(|h| &h.kind)
            {
                hits.retain(|d| matches!(&d.kind, ConstraintKind::Default { value } if values.contains(value)));
            }
            hits.extend(allowed);
            hits.extend(if class == Class::Numeric {
                ranges(text)
            } else {
                lengths(text)
            });
            hits
        }
        Class::Boolean => defaults(text, class),
        Class::List => max_items(text),
        Class::Other => Vec::new(),
    };
    hits.sort_by_key(|h| h.start);
    let mut out: Vec<Constraint> = Vec::new();
    for Hit { start, end, kind } in hits {
        if out.iter().all(|c| c.kind != kind) {
            let text = sentence(text, start, end).to_string();
            out.push(Constraint { kind, text });
        }
    }
    out
}

/// The hits if they all say the same, none if two of them disagree.
pub(super) fn agree(hits: Vec<Hit>) -> Vec<Hit> {
    let same = hits.iter().all(|h| h.kind == hits[0].kind);
    if same {
        hits
    } else {
        Vec::new()
    }
}

// Sentences and conditions ---------------------------------------------------------------------

pub(super) fn is_stop(text: &str, i: usize, c: char) -> bool {
    match c {
        '\n' | '。' | '；' | ';' | '！' | '？' => true,
        // A full stop ends a sentence where a space or the end follows, not in `ssd.io1`.
        '.' => !text[i + 1..].starts_with(|next: char| !next.is_whitespace()),
        _ => false,
    }
}

/// Where the run of text that `at` is in starts, runs being separated by `stop`.
pub(super) fn start_of(text: &str, at: usize, stop: impl Fn(usize, char) -> bool) -> usize {
    let found = text[..at].char_indices().rev().find(|&(i, c)| stop(i, c));
    found.map_or(0, |(i, c)| i + c.len_utf8())
}

/// The sentence around `start..end`, up to the end of the sentence that `end` falls in.
pub(super) fn sentence(text: &str, start: usize, end: usize) -> &str {
    let from = start_of(text, start, |i, c| is_stop(text, i, c));
    let to = text[end..]
        .char_indices()
        .find(|&(i, c)| is_stop(text, end + i, c));
    text[from..to.map_or(text.len(), |(i, _)| end + i)].trim()
}

/// Whether what is said at `at` holds only under a condition stated before it in the same
/// sentence, or under a bold label at the start of its line (`**Linux系统**：`).
pub(super) fn conditional(text: &str, at: usize) -> bool {
    if LABEL.is_match(&text[start_of(text, at, |_, c| c == '\n')..at]) {
        return true;
    }
    let prefix = &text[start_of(text, at, |i, c| is_stop(text, i, c))..at];
    let condition = |clause: &str| CONDITION.is_match(clause) && !VALIDITY.is_match(clause);
    prefix.split([',', '，']).map(str::trim).any(condition)
}

pub(super) fn parse_number(s: &str) -> Option<f64> {
    let v: f64 = s.replace(',', "").parse().ok()?;
    v.is_finite().then_some(v)
}

// Cheap tests that rule out every match of a family of patterns before any of them runs:
// most descriptions state no constraint, and a regex scan of non-ASCII text with `\b` in the
// pattern cannot use the fast engines. Each test is exact (it never hides a match), as the
// test `gates_never_hide_a_match` checks character by character.

/// Whether the text has a digit: every number pattern needs one (`\d`, which is Unicode's
/// decimal digits, all of which `char::is_numeric` includes).
pub(super) fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || (!text.is_ascii() && text.chars().any(char::is_numeric))
}

/// Whether the text holds one of `words` as written, or one of `ascii` ignoring ASCII case.
/// The `ascii` needles avoid the letters that `(?i)` also matches outside ASCII (`k` and `s`,
/// which match the Kelvin sign and the long s), so ASCII case is all a pattern's `(?i)` adds.
pub(super) fn mentions(text: &str, words: &[&str], ascii: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
        || ascii.iter().any(|needle| {
            text.as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        })
}

/// Whether a default can be stated: every default pattern has `默认`, `缺省` or `default`.
pub(super) fn may_state_default(text: &str) -> bool {
    mentions(text, &["默认", "缺省"], &["default"])
}

/// Whether a list of values can be introduced: every alternative of `LEAD_IN` has one of
/// these (`support` is looked for as `upport`, see [`mentions`]).
pub(super) fn may_list_values(text: &str) -> bool {
    mentions(
        text,
        &["可选值", "取值", "枚举值", "支持"],
        &["value", "upport"],
    )
}

// Numeric ranges and lengths -------------------------------------------------------------------
