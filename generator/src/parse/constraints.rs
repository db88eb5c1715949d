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

use regex::{Captures, Regex};

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
        $(static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new(&$pattern).expect("valid regex"));)*
    };
}

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
    // Numeric ranges and bounds.
    BRACKET = format!(r"([\[(［])\s*({NUM})\s*[,，\-~～]\s*({NUM}|\+?∞|\+?inf(?:inity)?)\s*([\])］])");
    SPAN = format!(r"(?i)(?:取值范围|范围|取值|range)(?:\s*(?:为|是|在|is|of))?\s*[:：]?\s*({COUNT})\s*(?:-|~|～|到|至|\bto\b)\s*({COUNT})|\bbetween\s+({COUNT})\s+and\s+({COUNT})|({NUM})\s*(?:-|~|～|到|至)\s*({NUM})\s*之间");
    MAX_PHRASE = format!(r"(?i)(?:(?:不能|不得|不可|不应|不要|不)(?:超过|大于|多于|高于|长于)|小于等于|最大值?(?:为|是)?|上限(?:为|是)?|最长(?:支持|为|是)?|\bno (?:more|greater|larger|higher|longer) than|\b(?:cannot|can not|must not|shall not|should not|may not)\s+(?:exceed|be (?:more|greater|larger|higher|longer) than)|\bnot exceed(?:ing)?|\bat most|\bup to|\b(?:the )?maximum(?: value| length)?(?: is| of)?|\bless than or equal to)\s*[:：]?\s*({COUNT})");
    MIN_PHRASE = format!(r"(?i)(?:(?:不能|不得|不可|不应|不)(?:小于|少于|低于|短于)|大于等于|最小值?(?:为|是)?|下限(?:为|是)?|最短(?:为|是)?|\bno (?:less|fewer|smaller|lower|shorter) than|\b(?:cannot|can not|must not|shall not|should not)\s+be (?:less|smaller|lower|fewer|shorter) than|\bat least|\b(?:the )?minimum(?: value| length)?(?: is| of)?|\bgreater than or equal to)\s*[:：]?\s*({COUNT})");
    EXCL_MIN = format!(r"(?i)(?:(?:必须|须|需|需要|应)大于|\b(?:must|should|shall) be (?:greater|more|larger|higher) than)\s*({NUM})");
    EXCL_MAX = format!(r"(?i)(?:(?:必须|须|需|需要|应)小于|\b(?:must|should|shall) be (?:less|smaller|lower) than)\s*({NUM})");
    MAX_SUFFIX = format!(r"(?i)({COUNT})\s*({CHAR_UNIT})?\s*(?:以内|\bat (?:the )?most\b|\bat the longest\b)");
    // Lengths.
    LENGTH_SPAN = format!(r"(?i)(?:长度|length)(?:\s*(?:为|是|在|范围为?|is|of|:|：))*\s*({COUNT})\s*(?:-|~|～|至|到|\bto\b)\s*({COUNT})|({COUNT})\s*(?:-|~|～|至|到|\bto\b)\s*({COUNT})\s*(?:{CHAR_UNIT}|个\s*(?:中文|汉字|英文|UTF-8)|(?:of )?all characters|Chinese)|\bbetween\s+({COUNT})\s+and\s+({COUNT})\s*(?:{CHAR_UNIT})");
    CHAR_AFTER = format!(r"(?i)^\s*(?:{CHAR_UNIT})");
    LENGTH_WORD = r"(?i)长度|\blength\b";
    NOT_SELF = r"(?i)掩码|前缀|\bmask\b|\bprefix\b";
    // Item counts.
    ITEMS = r"(?i)(?:(?:最多|至多|最大|上限(?:为|是)?)(?:支持|可以|可|能|允许)?(?:指定|绑定|添加|挂载|传入|传|包含|输入|设置|关联|选择|创建)?|\ba maximum of|\bat most|\bup to|\bno more than|\bcannot exceed|\bnot exceed(?:ing)?)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,3}?at most\b";
    ITEM_UNIT_BAD = r"(?i)^\s*(?:个)?\s*(?:字符|字节|位|kb|mb|gb|天|小时|characters?|bytes?|days?|hours?|minutes?|seconds?)";
    TYPE_WORD = r"(?i)类型|\btype\b";
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
    // Defaults.
    DEFAULT_CN = format!(r"(?:默认|缺省)(?:值|取值)?\s*(?:为|是)?\s*[:：]?\s*({TOKEN})");
    DEFAULT_EN = format!(r"(?i)\bdefaults?(?:\s+value)?(?:\s+(?:is|to|as|of|will be|shall be))?(?:\s*[:：=]\s*|\s+)({TOKEN})");
    DEFAULT_BY = format!(r"(?im)(?:^|[,;:，；：(（]\s*|\b(?:is|it is|which is|and|be|being|was)\s+)({TOKEN})\s+(?:is\s+|are\s+)?(?:set\s+)?by\s+default\b");
    DEFAULT_MARK = r"(?i)(?:`([^`\n]+)`|\b([A-Za-z0-9][A-Za-z0-9_.\-]*))\s*[（(]\s*(?:默认值?|default(?: value)?)\s*[)）]";
}

/// What a field's type lets a description constrain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Numeric,
    Text,
    Boolean,
    List,
    Other,
}

/// A constraint and the byte span of the text it was read from.
struct Hit {
    start: usize,
    end: usize,
    kind: ConstraintKind,
}

fn hit(start: usize, end: usize, kind: ConstraintKind) -> Hit {
    Hit { start, end, kind }
}

/// Bounds read from one phrase, with its byte span; `None` leaves a side open.
#[derive(Clone, Copy, Default)]
struct Found {
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
fn agree(hits: Vec<Hit>) -> Vec<Hit> {
    let same = hits.iter().all(|h| h.kind == hits[0].kind);
    if same {
        hits
    } else {
        Vec::new()
    }
}

// Sentences and conditions ---------------------------------------------------------------------

fn is_stop(text: &str, i: usize, c: char) -> bool {
    match c {
        '\n' | '。' | '；' | ';' | '！' | '？' => true,
        // A full stop ends a sentence where a space or the end follows, not in `ssd.io1`.
        '.' => !text[i + 1..].starts_with(|next: char| !next.is_whitespace()),
        _ => false,
    }
}

/// Where the run of text that `at` is in starts, runs being separated by `stop`.
fn start_of(text: &str, at: usize, stop: impl Fn(usize, char) -> bool) -> usize {
    let found = text[..at].char_indices().rev().find(|&(i, c)| stop(i, c));
    found.map_or(0, |(i, c)| i + c.len_utf8())
}

/// The sentence around `start..end`, up to the end of the sentence that `end` falls in.
fn sentence(text: &str, start: usize, end: usize) -> &str {
    let from = start_of(text, start, |i, c| is_stop(text, i, c));
    let to = text[end..]
        .char_indices()
        .find(|&(i, c)| is_stop(text, end + i, c));
    text[from..to.map_or(text.len(), |(i, _)| end + i)].trim()
}

/// Whether what is said at `at` holds only under a condition stated before it in the same
/// sentence, or under a bold label at the start of its line (`**Linux系统**：`).
fn conditional(text: &str, at: usize) -> bool {
    if LABEL.is_match(&text[start_of(text, at, |_, c| c == '\n')..at]) {
        return true;
    }
    let prefix = &text[start_of(text, at, |i, c| is_stop(text, i, c))..at];
    let condition = |clause: &str| CONDITION.is_match(clause) && !VALIDITY.is_match(clause);
    prefix.split([',', '，']).map(str::trim).any(condition)
}

fn parse_number(s: &str) -> Option<f64> {
    let v: f64 = s.replace(',', "").parse().ok()?;
    v.is_finite().then_some(v)
}

// Cheap tests that rule out every match of a family of patterns before any of them runs:
// most descriptions state no constraint, and a regex scan of non-ASCII text with `\b` in the
// pattern cannot use the fast engines. Each test is exact (it never hides a match), as the
// test `gates_never_hide_a_match` checks character by character.

/// Whether the text has a digit: every number pattern needs one (`\d`, which is Unicode's
/// decimal digits, all of which `char::is_numeric` includes).
fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || (!text.is_ascii() && text.chars().any(char::is_numeric))
}

/// Whether the text holds one of `words` as written, or one of `ascii` ignoring ASCII case.
/// The `ascii` needles avoid the letters that `(?i)` also matches outside ASCII (`k` and `s`,
/// which match the Kelvin sign and the long s), so ASCII case is all a pattern's `(?i)` adds.
fn mentions(text: &str, words: &[&str], ascii: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
        || ascii.iter().any(|needle| {
            text.as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        })
}

/// Whether a default can be stated: every default pattern has `默认`, `缺省` or `default`.
fn may_state_default(text: &str) -> bool {
    mentions(text, &["默认", "缺省"], &["default"])
}

/// Whether a list of values can be introduced: every alternative of `LEAD_IN` has one of
/// these (`support` is looked for as `upport`, see [`mentions`]).
fn may_list_values(text: &str) -> bool {
    mentions(
        text,
        &["可选值", "取值", "枚举值", "支持"],
        &["value", "upport"],
    )
}

// Numeric ranges and lengths -------------------------------------------------------------------

impl Found {
    /// Bounds from what `c` matched; a bound is exclusive only where there is one.
    fn new(c: &Captures, min: Option<f64>, max: Option<f64>, exclusive: (bool, bool)) -> Found {
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
fn two_numbers(c: &Captures) -> (Option<f64>, Option<f64>) {
    let mut numbers = (1..c.len()).filter_map(|i| c.get(i).map(|g| parse_number(g.as_str())));
    (numbers.next().flatten(), numbers.next().flatten())
}

/// One-sided bounds (`不超过N`, `at least N`, `N以内`), each with where its number ends and
/// whether a length unit came with it.
fn bound_phrases(text: &str) -> Vec<(Found, usize, bool)> {
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
fn merge(found: &[Found]) -> Option<Found> {
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

fn within(f: &Found, v: f64) -> bool {
    let below_min = |lo: f64| v < lo || (f.exclusive_min && v == lo);
    let above_max = |hi: f64| v > hi || (f.exclusive_max && v == hi);
    !f.min.is_some_and(below_min) && !f.max.is_some_and(above_max)
}

fn range_kind(f: &Found) -> ConstraintKind {
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
fn ranges(text: &str) -> Vec<Hit> {
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

/// The length of a string: `长度为2~128个字符`, `不超过256字符`, `256字符以内`,
/// `1-32个中文、英文…`, `cannot exceed 64 characters`, `the length cannot exceed 63`.
fn lengths(text: &str) -> Vec<Hit> {
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

/// The most items an array takes: `最多支持10个标签`, `最大10对`, `a maximum of 5`,
/// `ten tags are supported at most`.
fn max_items(text: &str) -> Vec<Hit> {
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

/// A list of values read after a lead-in.
struct List {
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
fn allowed_values(text: &str, numeric: bool) -> Vec<Hit> {
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
    fn new(values: Vec<String>, end: usize, clean: bool, quoted: bool) -> List {
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
fn parse_list(text: &str, at: usize, numeric: bool) -> Option<List> {
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
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// Values in code, one at the start of each following line.
fn lines_list(text: &str, mut end: usize) -> Option<List> {
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
fn inline_list(text: &str, mut at: usize) -> Option<List> {
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

fn clean_value(raw: &str) -> Option<String> {
    CLEAN_VALUE.is_match(raw).then(|| raw.to_string())
}

fn dedup(values: Vec<String>) -> Vec<String> {
    let first = |(i, v): &(usize, &String)| !values[..*i].contains(v);
    values
        .iter()
        .enumerate()
        .filter(first)
        .map(|(_, v)| v.clone())
        .collect()
}

// Defaults -------------------------------------------------------------------------------------

/// The default a description states: `默认值：\`1\``, `默认为1`, `default is 20`, `defaults to
/// true`, `1 by default`, or a value marked `（默认值）`. Only clean literals count.
fn defaults(text: &str, class: Class) -> Vec<Hit> {
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
fn default_value(token: &str, class: Class) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// One case a line: `type | description => expected  // page it is from`. Descriptions are
    /// verbatim, as the page parser hands them over (`\n` for a line break, `\u200b` for the
    /// zero-width space the page has); `-` expects nothing.
    const CASES: &str = r#"
Integer | 创建实例的数量，不能超过用户配额。\n取值范围：`[1,100]`；默认值：`1`。\n如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 `1`。 => range [1,100]; default 1  // seeds/003_86e75c99b2d03144.txt
Integer | 创建实例的数量，不能超过用户配额。\n取值范围：[1,100]；默认值：1。\n如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 1。 => range [1,100]; default 1  // seeds/001_d87df0b3a2c75c2b.txt
Integer | Internet bandwidth, range [1,10240] unit: Mbps => range [1,10240]  // seeds/002_09a0eb6dcccb77a2.txt
Integer | 页码, 默认为1, 取值范围：[1,∞), 页码超过总页数时, 显示最后一页 => default 1; range [1,∞)  // corpus/jdcloud-cn/Virtual-Private-Cloud/Acl/describeNetworkAcls.md
Integer | 显示数据的页码，默认为1，取值范围：[-1,1000)。pageNumber为-1时，返回所有数据页码；超过总页数时，显示最后一页。 => default 1; range [-1,1000)  // corpus/jdcloud-cn/RDS/Performance-Statistics/describeIndexPerformance.md
Integer | 安全组规则的起始端口。取值范围：1-65535 => range [1,65535]  // corpus/jdcloud-cn/Virtual-Private-Cloud/Security-Group/modifyNetworkSecurityGroupRules.md
Long | Number of Pages. The minimum value is 1 and the maximum value is 99 => range [1,99]  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/search.md
Integer | The delayed deletion time, counted on the basis of day, is 7 days by default, and the supported time range is 7~30 days. => range [7,30]  // corpus/jdcloud-en/Key-Management-Service/Key-Management-Service/scheduleKeyDeletion.md
Integer | 触发清洗的包速率，单位pps，范围是2000到70000 => range [2000,70000]  // corpus/jdcloud-cn/Anti-DDoS-Basic/Anti-DDoS-Basic-APIs/setCleanThreshold.md
Long | Nr. in each page. The default value is 10 and the maximum value is 100 => default 10; range (-∞,100]  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/search.md
Integer | Page size, default is 20; value range: [10,100] => default 20; range [10,100]  // corpus/jdcloud-en/Cloud-Disk-Service/CDS-APIs/describeDisks.md
Integer | 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。\n取值范围：\n`chargeUnit=month`时：`[1,9]`\n`chargeUnit=year`时：`[1,3]` => -  // seeds/003_86e75c99b2d03144.txt
Integer | 预付费计费时长，当chargeMode取值为prepaid_by_duration时有效。默认取值1。当chargeUnit为month时取值范围：[1-9]，当chargeUnit为year时取值范围：[1-3] => default 1  // seeds/001_d87df0b3a2c75c2b.txt
Integer | Pay-In-Advance billing hours, the Pay-In-Advance is compulsory and is valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be: 1~9; when chargeUnit is year, the value shall be: 1, 2 and 3 => -  // seeds/002_09a0eb6dcccb77a2.txt
Integer | 云硬盘大小，单位为 GiB，ssd 类型取值范围[20,1000]GB，步长为10G，premium-hdd 类型取值范围[20,3000]GB，步长为10G => -  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/createDisks.md
Integer | 分页大小, 默认为 10, 取值范围[10, 100], 0 表示全量 => default 10  // corpus/jdcloud-cn/Anti-DDoS-Pro/Anti-DDoS-Pro-Instance-APIs/describeInstances.md
Integer | 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值 => -  // corpus/jdcloud-cn/Virtual-Private-Cloud/Acl/addNetworkAclRules.md
Integer | 限制返回的日志文件内容字节数，取值范围 [1-4]KB，最大 4KB. => -  // corpus/jdcloud-cn/Native-Container/Native-Container/getLogs.md
String | 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。\n可选值：\n`keepCharging`（默认值）：停机后保持计费，不释放资源。\n`stopCharging`：停机后停止计费，释放实例资源。 => values keepCharging|stopCharging; default keepCharging  // seeds/003_86e75c99b2d03144.txt
String | 允许SSH密码登录。\n可选值：\n`yes`（默认值）：允许SSH密码登录。\n`no`：禁止SSH密码登录。\n仅在指定密钥时此参数有效，指定此参数后密码即使输入也将被忽略，同时会在系统内禁用SSH密码登录。 => values yes|no; default yes  // seeds/003_86e75c99b2d03144.txt
Boolean | 使用实例模板创建实例时，如模板中已设置密码，期望不使用该密码而由系统自动生成时，可通过此参数（`true`）实现。\n可选值：\n`true`：不使用实例模板中配置的密码。\n`false`：使用实例模板中配置的密码。\n仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `password` 为空时，此参数(`true`)生效。 => -  // seeds/003_86e75c99b2d03144.txt
Boolean | 自动续费。\n可选值：\n`True`：开通自动续费\n`False`（默认值）：不开通自动续费 => default false  // seeds/003_86e75c99b2d03144.txt
String | Enable Internet or not, value range: yes, no => values yes|no  // seeds/002_09a0eb6dcccb77a2.txt
String | Image type, value range: standard => values standard  // seeds/002_09a0eb6dcccb77a2.txt
String | 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费 => values normal|overdue|arrear  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration => values prepaid_by_duration|postpaid_by_usage|postpaid_by_duration; default postpaid_by_duration  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | 下一跳类型, 取值范围:local:本地, instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关 => values local|instance|internet|vpc_peering|bgw  // corpus/jdcloud-cn/Virtual-Private-Cloud/Route-Table/describeRouteTable.md
String | 镜像来源。取值：jcloud：官方镜像；marketplace：镜像市场镜像；self：用户自己的镜像；shared：其他用户分享的镜像 => values jcloud|marketplace|self|shared  // corpus/jdcloud-cn/Virtual-Machines/Image/describeImage.md
String | 网卡角色，取值范围：Primary（主网卡）、Secondary（辅助网卡） => values Primary|Secondary  // corpus/jdcloud-cn/Virtual-Private-Cloud/Elastic-Network-Interface/describeNetworkInterface.md
String | 磁盘类型，取值范围{premium-hdd, ssd} => values premium-hdd|ssd  // corpus/jdcloud-cn/Virtual-Machines/Image/describeImage.md
Integer | Statistical Period (Unit: Minute), optional value: 2, 5, 15, 30, 60 => values 2|5|15|30|60  // corpus/jdcloud-en/Monitoring/Monitoring-Rules-APIs/updateAlarm.md
String | 挂载状态，取值为 "attaching", "attached", "detaching", "detached" => values attaching|attached|detaching|detached  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisk.md
String | Cloud Disk System Disk type, supports hdd.std1, ssd.gp1 and ssd.io1 => values hdd.std1|ssd.gp1|ssd.io1  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String | Search direction, default both and available values are up, down and both => default both; values up|down|both  // corpus/jdcloud-en/Log-Service/LogSearch-APIs/searchLogContext.md
Integer | The data entries displayed on each page, which is 10 by default, with value range: 10, 20, 30, 50, 100 => default 10; values 10|20|30|50|100  // corpus/jdcloud-en/RDS/Binlog/describeBinlogs.md
String | 资源的类型，取值vm, lb, ip, database 等 => -  // corpus/jdcloud-cn/Monitoring/Monitoring-Items-APIs/describeMetricData.md
String | 子网网段，vpc内子网网段不能重叠，cidr的取值范围：10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间，如果vpc含有cidr，则必须为vpc所在cidr的子网 => -  // corpus/jdcloud-cn/Virtual-Private-Cloud/Subnet/createSubnet.md
String | 实例模板ID。指定此参数后，如实例模板中参数不另行指定将默认以模板配置创建实例，如指定则以指定值为准创建。\n指定 `agId` 时此参数无效。 => -  // seeds/003_86e75c99b2d03144.txt
String | 计费模式，取值为：prepaid_by_duration 表示预付费 => -  // seeds/001_d87df0b3a2c75c2b.txt
String | 磁盘类型。\n**系统盘**：此参数无须指定，其类型取决于镜像类型。\n**数据盘**：可选值：`cloud`：云硬盘，数据盘仅支持云硬盘。 => -  // seeds/003_86e75c99b2d03144.txt
String | Transcoding Output Audio Format:\n- Value: aac_lc, aac_low, aac_he, aac_he_v2\n- Case Insensitive => -  // corpus/jdcloud-en/Live-Video/Live-Video/describeCustomLiveStreamTranscodeTemplates.md
String | 实例名称。长度为2~128个字符，只允许中文、数字、大小写字母、英文下划线（_）、连字符（-）及点（.），不能以（.）作为首尾。\n批量创建多台实例时，可在name中非首位位置以[start_number]格式来设置有序name。start_number为起始序号，其位数代表编号字符位数，范围：[0,9999]。详情参见[为实例设置有序名称及Hostname]()。 => min_len 2; max_len 128  // seeds/003_86e75c99b2d03144.txt
String | 用于保证请求的幂等性。由客户端生成，并确保不同请求中该参数唯一，长度不能超过64个字符。 => max_len 64  // seeds/003_86e75c99b2d03144.txt
String | 实例描述。256字符以内。 => max_len 256  // seeds/003_86e75c99b2d03144.txt
String | 缓存redis实例名称，只支持数字、字母、英文下划线、中文，且不少于2字符不超过32字符 => min_len 2; max_len 32  // corpus/jdcloud-cn/JCS-for-Redis/JCS-for-Redis-Instance-APIs/createCacheInstance.md
String | 私有网络名称，取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符 => min_len 1; max_len 60  // corpus/jdcloud-cn/Virtual-Private-Cloud/Peering-Connection/createVpcPeering.md
String | Generated by the client to guarantee idempotence of request, and the length cannot exceed 36 characters;\n\nif multiple requests use the same clientToken, only the first request will be executed and the following requests will directly return the result of the first request => max_len 36  // seeds/002_09a0eb6dcccb77a2.txt
String | The policy document consists of 6,144 characters at most => max_len 6144  // corpus/jdcloud-en/IAM/Policy-Management/createPolicy.md
String | Name of the cloud disk service. Only Chinese, numbers, uppercase and lowercase letters, English underline "_" and line-through "-" are allowed. It is not allowed to be blank and shall not exceed 32 characters. => max_len 32  // corpus/jdcloud-en/Cloud-Disk-Service/CDS-APIs/describeDisks.md
String | 实例hostname。若不指定hostname，则默认以实例名称 `name` 作为hostname，但是会以RFC 952和RFC 1123命名规范做一定转义。\n**Windows系统**：长度为2~15个字符，允许大小写字母、数字或连字符（-），不能以连字符（-）开头或结尾，不能连续使用连字符（-），也不能全部使用数字。不支持点号（.）。\n**Linux系统**：长度为2-64个字符，允许支持多个点号，点之间为一段，每段允许使用大小写字母、数字或连字符（-），但不能连续使用点号（.）或连字符（-），不能以点号（.）或连字符（-）开头或结尾。\n批量创建多台实例时，可在hostname中非首位位置以[start_number]格式来设置有序hostname。start_number为起始序号，其位数代表编号字符位数，范围：[0,9999]。详情参见[为实例设置有序名称及Hostname]()。 => -  // seeds/003_86e75c99b2d03144.txt
String | 备份名称\nSQL Server：最长支持64个英文字符或等长的中文字符\nMySQL：只允许数字、小写字母及英文下划线“_”,不超过32字符 => -  // corpus/jdcloud-cn/RDS/Backup-Management/createBackup.md
String | value，字符长度不超过16KB，支持全字符。 => -  // seeds/003_86e75c99b2d03144.txt
String | 开始时间, 只能查询最近 60 天以内的数据, UTC 时间, 格式：yyyy-MM-dd'T'HH:mm:ssZ => -  // corpus/jdcloud-cn/Anti-DDoS-Pro/Anti-DDoS-Pro-Attack-Record-APIs/describeAttackStatistics.md
Tag[] | 自定义实例标签。以key-value键值对形式指定，最多支持10个标签。key不能以 "jrn:" 或“jdc-”开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。 => max_items 10  // seeds/003_86e75c99b2d03144.txt
Metadata[] | 用户自定义元数据。以key-value键值对形式指定，可在实例系统内通过元数据服务查询获取。最多支持40对键值对，且key不超过256字符，value不超过16KB，不区分大小写。\n注意：key不要以连字符(-)结尾，否则此key不生效。 => max_items 40  // seeds/003_86e75c99b2d03144.txt
LabelSpec[] | Tag of Working Node Group, ten tags are supported at most => max_items 10  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String[] | Security group ID list to be associated, a maximum of 5 security groups can be done => max_items 5  // corpus/jdcloud-en/Virtual-Machines/VM/createInstances.md
Resource[] | Collection instance list: At most 20 resources can be added to the jdcloud type; but the custom type supports infinite resource count; => -  // corpus/jdcloud-en/Log-Service/CollectInfo-APIs/createCollectInfo.md
InstanceDiskAttachmentSpec[] | 数据盘配置。单实例最多可挂载云硬盘（系统盘+数据盘）的数量受实例规格的限制。 => -  // seeds/003_86e75c99b2d03144.txt
String | 过滤条件的操作符，默认eq => default eq  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/describeDisks.md
Boolean | 是否自动续费，默认否 => default false  // seeds/001_d87df0b3a2c75c2b.txt
Boolean | 云硬盘是否支持一盘多主机挂载，默认为false（不支持） => default false  // corpus/jdcloud-cn/Cloud-Disk-Service/CDS-APIs/createDisks.md
String | Operator of filter requirements is eq by default => default eq  // corpus/jdcloud-en/Availability-Group/Availability-Group/describeAgs.md
Boolean | Create accessKey or not, false by default => default false  // corpus/jdcloud-en/IAM/SubUser-Management/createSubUser.md
String | Aggregation method: max avg min and so on, an aggregation method used for aggregating data of a period within the dimensions to a point, default: last => default last  // corpus/jdcloud-en/Monitoring/Monitoring-Items-APIs/lastDownsample.md
Integer | 是否为自定义端口号，0为默认 1为自定义 => -  // corpus/jdcloud-cn/Anti-DDoS-Pro/Web-Forwarding-Configuration-APIs/createWebRule.md
String | Virtual Machine password is cluster password by default and for the password specification, refer to: [Specification for Public Parameters](https://docs.jdcloud.com/en/virtual-machines/api/general_parameters) => -  // corpus/jdcloud-en/JCS-for-Kubernetes/NodeGroup/createNodeGroup.md
String | 是否允许SSH密码登录，默认为yes；yes：允许SSH密码登录。no：禁止SSH密码登录，这时必须要传keyName。该参数值为yes时，可以不传password，这时自动生成随机密码，并以短信和邮件通知。 => default yes  // seeds/001_d87df0b3a2c75c2b.txt
String | 描述,\u200b 允许输入UTF-8编码下的全部字符，不超过256字符 => max_len 256  // corpus/jdcloud-cn/Virtual-Private-Cloud/Route-Table/createRouteTable.md
"#;

    fn ty(name: &str) -> TypeRef {
        match name.strip_suffix("[]") {
            Some(inner) => TypeRef::Array(Box::new(ty(inner))),
            None => match name {
                "String" => TypeRef::String,
                "Integer" => TypeRef::Integer,
                "Long" => TypeRef::Long,
                "Boolean" => TypeRef::Boolean,
                other => TypeRef::Named(other.into()),
            },
        }
    }

    fn show(c: &Constraint) -> String {
        match &c.kind {
            ConstraintKind::Range {
                min,
                max,
                exclusive_min,
                exclusive_max,
            } => {
                let lo = min.map_or("-∞".to_string(), |v| v.to_string());
                let hi = max.map_or("∞".to_string(), |v| v.to_string());
                let open = if *exclusive_min || min.is_none() {
                    '('
                } else {
                    '['
                };
                let close = if *exclusive_max || max.is_none() {
                    ')'
                } else {
                    ']'
                };
                format!("range {open}{lo},{hi}{close}")
            }
            ConstraintKind::AllowedValues { values } => format!("values {}", values.join("|")),
            ConstraintKind::MaxLength { value } => format!("max_len {value}"),
            ConstraintKind::MinLength { value } => format!("min_len {value}"),
            ConstraintKind::MaxItems { value } => format!("max_items {value}"),
            ConstraintKind::Default { value } => format!("default {value}"),
        }
    }

    /// Whether `needle` occurs in `haystack`, ignoring whitespace and zero-width characters.
    fn quotes(haystack: &str, needle: &str) -> bool {
        let squash = |s: &str| -> String {
            s.chars()
                .filter(|c| {
                    !c.is_whitespace()
                        && !('\u{200B}'..='\u{200D}').contains(c)
                        && *c != '\u{FEFF}'
                        && *c != '\u{2060}'
                })
                .collect()
        };
        squash(haystack).contains(&squash(needle))
    }

    #[test]
    fn reads_the_constraints_the_pages_state() {
        let mut failures = Vec::new();
        let lines: Vec<&str> = CASES.lines().filter(|l| !l.trim().is_empty()).collect();
        for line in &lines {
            let (case, _page) = line.split_once("  // ").expect("page");
            let (type_name, rest) = case.split_once(" | ").expect("type");
            let (description, expected) = rest.rsplit_once(" => ").expect("expectation");
            let description = description
                .replace("\\n", "\n")
                .replace("\\u200b", "\u{200B}");
            let found = mine(&description, &ty(type_name));
            let shown = found.iter().map(show).collect::<Vec<_>>().join("; ");
            if shown != expected.trim_matches('-') {
                failures.push(format!(
                    "{description:?}\n  expected {expected}\n  found    {shown}"
                ));
            }
            for c in found.iter().filter(|c| !quotes(&description, &c.text)) {
                failures.push(format!("{description:?}: text {:?} is not from it", c.text));
            }
        }
        assert!(lines.len() >= 40, "only {} cases", lines.len());
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    fn kinds_of_field() -> [TypeRef; 4] {
        [
            TypeRef::String,
            TypeRef::Integer,
            TypeRef::Boolean,
            ty("String[]"),
        ]
    }

    #[test]
    fn survives_any_cut_of_a_description() {
        // Every fifth cut of every case, read as one kind of field after another.
        let kinds = kinds_of_field();
        for (n, line) in CASES.lines().enumerate() {
            let text = line.replace("\\n", "\n");
            for (k, (i, _)) in text
                .char_indices()
                .enumerate()
                .filter(|(k, _)| k % 5 == n % 5)
            {
                mine(&text[..i], &kinds[k % 4]);
                mine(&text[i..], &kinds[k % 4]);
            }
        }
        for odd in "| |[|(0,|默认|取值范围：|可选值：\n`|最多|1-|∞|\u{200B}".split('|')
        {
            assert!(
                kinds_of_field().iter().all(|ty| mine(odd, ty).is_empty()),
                "{odd:?}"
            );
        }
    }

    /// The gates that skip pattern families are exact: they rest on what `\d` and `(?i)` match,
    /// checked here for every character, and on each family needing what its gate looks for,
    /// checked on every description of the cases above.
    #[test]
    fn gates_never_hide_a_match() {
        let digit = Regex::new(r"^\d$").expect("valid regex");
        let letters: String = ["default", "value", "upport"].concat();
        let folds: Vec<(char, Regex)> = letters
            .chars()
            .map(|l| (l, Regex::new(&format!("(?i)^{l}$")).expect("valid regex")))
            .collect();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s: &str = c.encode_utf8(&mut buf);
            assert!(
                !digit.is_match(s) || has_digit(s),
                "{c:?} is a digit to \\d"
            );
            for (l, fold) in &folds {
                assert!(
                    !fold.is_match(s) || c.eq_ignore_ascii_case(l),
                    "(?i){l} matches {c:?}"
                );
            }
        }
        let numbers = [
            &*BRACKET,
            &*SPAN,
            &*MAX_PHRASE,
            &*MIN_PHRASE,
            &*EXCL_MIN,
            &*EXCL_MAX,
            &*MAX_SUFFIX,
            &*LENGTH_SPAN,
        ];
        let defaults = [&*DEFAULT_CN, &*DEFAULT_EN, &*DEFAULT_BY, &*DEFAULT_MARK];
        let mut seen = [0; 3];
        for line in CASES.lines().filter(|l| l.contains(" | ")) {
            let text = line.replace("\\n", "\n");
            let gated = [
                (has_digit(&text), &numbers[..]),
                (may_state_default(&text), &defaults[..]),
                (may_list_values(&text), &[&*LEAD_IN][..]),
            ];
            for (k, (open, patterns)) in gated.into_iter().enumerate() {
                for p in patterns {
                    for m in p.find_iter(&text) {
                        assert!(open, "{p} matches {:?} in {text:?}", m.as_str());
                        seen[k] += 1;
                        // What the gate looks for is inside the match itself.
                        let inner = m.as_str();
                        let again = [
                            has_digit(inner),
                            may_state_default(inner),
                            may_list_values(inner),
                        ];
                        assert!(
                            again[k],
                            "{p} matches {inner:?} without what its gate needs"
                        );
                    }
                }
            }
        }
        assert!(
            seen.iter().all(|&n| n > 0),
            "every family matched a case: {seen:?}"
        );
    }

    /// Every table cell of every page in the shared corpus, read as each kind of field.
    #[test]
    fn quotes_its_source_in_every_corpus_cell() {
        let root = std::env::var_os("JDCLOUD_CORPUS").map(PathBuf::from);
        let root = root
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
        if !root.is_dir() {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "no corpus at {}",
                root.display()
            );
            eprintln!(
                "skipped: no corpus at {} (set JDCLOUD_CORPUS)",
                root.display()
            );
            return;
        }
        let types = kinds_of_field();
        let (mut folders, mut cells) = (vec![root], 0);
        while let Some(folder) = folders.pop() {
            for path in std::fs::read_dir(&folder)
                .expect("readable folder")
                .flatten()
                .map(|e| e.path())
            {
                let page = if path.is_dir() {
                    folders.push(path);
                    continue;
                } else {
                    std::fs::read_to_string(&path).unwrap_or_default()
                };
                for cell in page
                    .lines()
                    .filter(|l| l.contains('|'))
                    .flat_map(|l| l.split('|'))
                {
                    let cell = cell
                        .replace("<br>", "\n")
                        .replace("<br/>", "\n")
                        .replace("</br>", "\n");
                    for c in types.iter().flat_map(|ty| mine(&cell, ty)) {
                        assert!(
                            quotes(&cell, &c.text),
                            "{}: {:?} is not from {cell:?}",
                            path.display(),
                            c.text
                        );
                    }
                    cells += 1;
                }
            }
        }
        assert!(cells > 10_000, "only {cells} table cells read");
    }
}
