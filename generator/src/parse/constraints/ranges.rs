//! Numeric ranges and bounds: `[1,100]`, `取值范围：1-65535`, `at most 10`, `must be greater than 0`.

use regex::{Captures, Regex};

use std::sync::LazyLock;

use super::*;
use crate::ir::ConstraintKind;

patterns! {
    // Numeric ranges and bounds.
    BRACKET = format!(r"([\[(［])\s*({NUM})\s*[,，\-~～]\s*({NUM}|\+?∞|\+?inf(?:inity)?)\s*([\])］])");
    SPAN = format!(r"(?i)(?:取值范围|范围|取值|range)(?:\s*(?:为|是|在|is|of))?\s*[:：]?\s*({COUNT})\s*(?:-|~|～|到|至|\bto\b)\s*({COUNT})|\bbetween\s+({COUNT})\s+and\s+({COUNT})|({NUM})\s*(?:-|~|～|到|至)\s*({NUM})\s*之间");
    MAX_PHRASE = format!(r"(?i)(?:(?:不能|不得|不可|不应|不要|不)(?:超过|大于|多于|高于|长于)|小于等于|最大值?(?:为|是)?|上限(?:为|是)?|最长(?:支持|为|是)?|\bno (?:more|greater|larger|higher|longer) than|\b(?:cannot|can not|must not|shall not|should not|may not)\s+(?:exceed|be (?:more|greater|larger|higher|longer) than)|\bnot exceed(?:ing)?|\bat most|\bup to|\b(?:the )?maximum(?: value| length)?(?: is| of)?|\bless than or equal to)\s*[:：]?\s*({COUNT})");
    MIN_PHRASE = format!(r"(?i)(?:(?:不能|不得|不可|不应|不)(?:小于|少于|低于|短于)|大于等于|最小值?(?:为|是)?|下限(?:为|是)?|最短(?:为|是)?|\bno (?:less|fewer|smaller|lower|shorter) than|\b(?:cannot|can not|must not|shall not|should not)\s+be (?:less|smaller|lower|fewer|shorter) than|\bat least|\b(?:the )?minimum(?: value| length)?(?: is| of)?|\bgreater than or equal to)\s*[:：]?\s*({COUNT})");
    EXCL_MIN = format!(r"(?i)(?:(?:必须|须|需|需要|应)大于|\b(?:must|should|shall) be (?:greater|more|larger|higher) than)\s*({NUM})");
    EXCL_MAX = format!(r"(?i)(?:(?:必须|须|需|需要|应)小于|\b(?:must|should|shall) be (?:less|smaller|lower) than)\s*({NUM})");
    MAX_SUFFIX = format!(r"(?i)({COUNT})\s*({CHAR_UNIT})?\s*(?:以内|\bat (?:the )?most\b|\bat the longest\b)");
}

impl Found {
    /// Bounds from what `c` matched; a bound is exclusive only where there is one.
    pub(super) fn new(
        c: &Captures,
        min: Option<f64>,
        max: Option<f64>,
        exclusive: (bool, bool),
    ) -> Found {
        let m = c.get(0).expect("whole match");
        let (start, end) = (m.start(), m.end());
        let (exclusive_min, exclusive_max) =
            (exclusive.0 && min.is_some(), exclusive.1 && max.is_some());
        Found {
            start,
            end,
            min,
            max,
            exclusive_min,
            exclusive_max,
        }
    }
}

/// The first two numbers a pattern captured.
pub(super) fn two_numbers(c: &Captures) -> (Option<f64>, Option<f64>) {
    let mut numbers = (1..c.len()).filter_map(|i| c.get(i).map(|g| parse_number(g.as_str())));
    (numbers.next().flatten(), numbers.next().flatten())
}

/// One-sided bounds (`不超过N`, `at least N`, `N以内`), each with where its number ends and
/// whether a length unit came with it.
pub(super) fn bound_phrases(text: &str) -> Vec<(Found, usize, bool)> {
    // (pattern, whether it bounds from below, whether exclusively)
    let kinds = [
        (&MAX_PHRASE, false, false),
        (&MIN_PHRASE, true, false),
        (&EXCL_MIN, true, true),
        (&EXCL_MAX, false, true),
        (&MAX_SUFFIX, false, false),
    ];
    let mut out = Vec::new();
    for (regex, is_min, exclusive) in kinds {
        for c in regex.captures_iter(text) {
            let number = c.get(1).expect("number");
            let v = parse_number(number.as_str());
            let found = if is_min {
                Found::new(&c, v, None, (exclusive, false))
            } else {
                Found::new(&c, None, v, (false, exclusive))
            };
            out.push((found, number.end(), c.get(2).is_some()));
        }
    }
    out
}

/// All bounds merged into one, or none when two of them disagree.
pub(super) fn merge(found: &[Found]) -> Option<Found> {
    let mut out = *found.first()?;
    for f in &found[1..] {
        (out.start, out.end) = (out.start.min(f.start), out.end.max(f.end));
        let sides = [
            (&mut out.min, &mut out.exclusive_min, f.min, f.exclusive_min),
            (&mut out.max, &mut out.exclusive_max, f.max, f.exclusive_max),
        ];
        for (side, exclusive, new, new_exclusive) in sides {
            match (*side, new) {
                (Some(a), Some(b)) if a != b || *exclusive != new_exclusive => return None,
                (None, Some(_)) => (*side, *exclusive) = (new, new_exclusive),
                _ => {}
            }
        }
    }
    let inverted = matches!((out.min, out.max), (Some(lo), Some(hi)) if lo > hi);
    (!inverted && (out.min.is_some() || out.max.is_some())).then_some(out)
}

pub(super) fn within(f: &Found, v: f64) -> bool {
    let below_min = |lo: f64| v < lo || (f.exclusive_min && v == lo);
    let above_max = |hi: f64| v > hi || (f.exclusive_max && v == hi);
    !f.min.is_some_and(below_min) && !f.max.is_some_and(above_max)
}

pub(super) fn range_kind(f: &Found) -> ConstraintKind {
    let (min, max, exclusive_min, exclusive_max) = (f.min, f.max, f.exclusive_min, f.exclusive_max);
    ConstraintKind::Range {
        min,
        max,
        exclusive_min,
        exclusive_max,
    }
}

/// The range of a numeric value: `[1,100]`, `(0, 100]`, `[1,∞)`, `取值范围：1-65535`,
/// `between 1 and 100`, `最小值1，最大值100`, `不能小于…`, `maximum value is 100`.
pub(super) fn ranges(text: &str) -> Vec<Hit> {
    if !has_digit(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for c in BRACKET.captures_iter(text) {
        let (min, max) = (parse_number(&c[2]), parse_number(&c[3]));
        found.push(Found::new(&c, min, max, (&c[1] == "(", &c[4] == ")")));
    }
    for c in SPAN.captures_iter(text) {
        let (min, max) = two_numbers(&c);
        found.push(Found::new(&c, min, max, (false, false)));
    }
    // Phrases that come with a length unit (`不超过256字符`) are about strings.
    let phrases = bound_phrases(text).into_iter().filter(|p| !p.2);
    found.extend(phrases.map(|p| p.0));
    // A number must stand alone, or carry a unit the description declares (`单位：Mbps`).
    let number_ends = |at: usize| {
        CLEAN_END.is_match(&text[at..])
            || (UNIT.is_match(&text[at..]) && UNIT_DECLARED.is_match(text))
    };
    found.retain(|f| !conditional(text, f.start) && number_ends(f.end));
    let Some(range) = merge(&found) else {
        return Vec::new();
    };
    // A value the description gives a meaning (or makes the default) must be in the range.
    let mut special = SPECIAL
        .captures_iter(text)
        .filter_map(|c| (1..c.len()).find_map(|i| c.get(i)));
    if special.any(|g| parse_number(g.as_str()).is_some_and(|v| !within(&range, v))) {
        return Vec::new();
    }
    vec![hit(range.start, range.end, range_kind(&range))]
}
