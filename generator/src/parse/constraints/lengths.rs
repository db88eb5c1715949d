//! Lengths in characters: `长度为2-32个字符`, `at most 256 characters`.

use regex::Regex;

use std::sync::LazyLock;

use super::*;
use crate::ir::ConstraintKind;

patterns! {
    // Lengths.
    LENGTH_SPAN = format!(r"(?i)(?:长度|length)(?:\s*(?:为|是|在|范围为?|is|of|:|：))*\s*({COUNT})\s*(?:-|~|～|至|到|\bto\b)\s*({COUNT})|({COUNT})\s*(?:-|~|～|至|到|\bto\b)\s*({COUNT})\s*(?:{CHAR_UNIT}|个\s*(?:中文|汉字|英文|UTF-8)|(?:of )?all characters|Chinese)|\bbetween\s+({COUNT})\s+and\s+({COUNT})\s*(?:{CHAR_UNIT})");
    CHAR_AFTER = format!(r"(?i)^\s*(?:{CHAR_UNIT})");
    LENGTH_WORD = r"(?i)长度|\blength\b";
    NOT_SELF = r"(?i)掩码|前缀|\bmask\b|\bprefix\b";
}

/// The length of a string: `长度为2~128个字符`, `不超过256字符`, `256字符以内`,
/// `1-32个中文、英文…`, `cannot exceed 64 characters`, `the length cannot exceed 63`.
pub(super) fn lengths(text: &str) -> Vec<Hit> {
    if !has_digit(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for c in LENGTH_SPAN.captures_iter(text) {
        // `长度为16-28` needs what follows to say it is the length of this value.
        let rest = &text[c.get(0).expect("whole match").end()..];
        if c.get(1).is_none()
            || CLEAN_END.is_match(rest)
            || CHAR_AFTER.is_match(rest)
            || rest.starts_with("之间")
        {
            let (min, max) = two_numbers(&c);
            found.push(Found::new(&c, min, max, (false, false)));
        }
    }
    for (f, number_end, unit) in bound_phrases(text) {
        let clause = &text[start_of(text, f.start, |_, c| ",，;；。\n".contains(c))..number_end];
        let after = &text[number_end..];
        let about_length = LENGTH_WORD.is_match(clause) && CLEAN_END.is_match(after);
        if !f.exclusive_min
            && !f.exclusive_max
            && (unit || CHAR_AFTER.is_match(after) || about_length)
        {
            found.push(f);
        }
    }
    let count = |v: Option<f64>| !v.is_some_and(|v| v < 0.0 || v.fract() != 0.0);
    found.retain(|f| {
        !conditional(text, f.start)
            && !NOT_SELF.is_match(sentence(text, f.start, f.start))
            && count(f.min)
            && count(f.max)
    });
    let Some(f) = merge(&found) else {
        return Vec::new();
    };
    let min = f
        .min
        .filter(|&v| v > 0.0)
        .map(|v| ConstraintKind::MinLength { value: v as u64 });
    let max = f.max.map(|v| ConstraintKind::MaxLength { value: v as u64 });
    min.into_iter()
        .chain(max)
        .map(|kind| hit(f.start, f.end, kind))
        .collect()
}

// Item counts ----------------------------------------------------------------------------------
