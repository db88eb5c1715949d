//! Item counts of arrays: `最多支持10个`, `a maximum of 5`.

use regex::Regex;

use std::sync::LazyLock;

use super::*;
use crate::ir::ConstraintKind;

patterns! {
    // Item counts.
    ITEMS = r"(?i)(?:(?:最多|至多|最大|上限(?:为|是)?)(?:支持|可以|可|能|允许)?(?:指定|绑定|添加|挂载|传入|传|包含|输入|设置|关联|选择|创建)?|\ba maximum of|\bat most|\bup to|\bno more than|\bcannot exceed|\bnot exceed(?:ing)?)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,3}?at most\b";
    ITEM_UNIT_BAD = r"(?i)^\s*(?:个)?\s*(?:字符|字节|位|kb|mb|gb|天|小时|characters?|bytes?|days?|hours?|minutes?|seconds?)";
    TYPE_WORD = r"(?i)类型|\btype\b";
}

/// The most items an array takes: `最多支持10个标签`, `最大10对`, `a maximum of 5`,
/// `ten tags are supported at most`.
pub(super) fn max_items(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    for c in ITEMS.captures_iter(text) {
        let (m, g) = (
            c.get(0).expect("whole match"),
            c.get(1).or(c.get(2)).expect("count"),
        );
        let word = g.as_str().to_lowercase();
        let by_name = WORD_NUMS
            .split(' ')
            .position(|w| w == word)
            .map(|i| i as u64 + 1);
        let Some(value) = word.parse().ok().or(by_name) else {
            continue;
        };
        let after = &text[g.end()..];
        let counts_else =
            after.starts_with(|c: char| c.is_ascii_alphanumeric()) || ITEM_UNIT_BAD.is_match(after);
        let per_type = TYPE_WORD.is_match(sentence(text, m.start(), m.end()));
        if !counts_else && !per_type && !conditional(text, m.start()) {
            hits.push(hit(m.start(), m.end(), ConstraintKind::MaxItems { value }));
        }
    }
    agree(hits)
}

// Allowed values -------------------------------------------------------------------------------
