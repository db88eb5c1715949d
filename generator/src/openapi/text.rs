//! Page text made inert for the documents' prose fields (`title`, `summary`, `description`).
//!
//! OpenAPI descriptions are CommonMark, which renderers such as Swagger UI and Redoc turn into
//! HTML, raw HTML included. Page text comes from people: an HTML tag in it must show as text,
//! not become markup, and invisible characters must not reorder what a reader sees. So, outside
//! code spans and fenced blocks (where text is already literal), `<` is written `&lt;` where it
//! would open a tag, a comment or a declaration; everywhere, bidirectional-control characters
//! are removed and other control characters (but tab and newline) become spaces. Everything
//! else is left as written, so plain-text consumers see the page's words.

use std::borrow::Cow;

use serde_json::Value;

/// The keys whose string values are prose, not data.
const PROSE_KEYS: [&str; 3] = ["title", "summary", "description"];

/// Keys whose values are data from the pages (examples, defaults, allowed values): their
/// strings are values a client sends or receives and are left exactly as they are.
const DATA_KEYS: [&str; 5] = ["example", "examples", "default", "enum", "const"];

/// Makes every prose string of a document inert (see the module docs).
pub fn make_prose_inert(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if DATA_KEYS.contains(&key.as_str()) {
                    continue;
                }
                match v {
                    Value::String(s) if PROSE_KEYS.contains(&key.as_str()) => *s = inert(s),
                    _ => make_prose_inert(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(make_prose_inert),
        _ => {}
    }
}

/// A description and its Chinese text as one prose field: the description, then the Chinese
/// under a `**中文**` line (a fenced block left open by the description is closed first). The
/// document is made inert as a whole afterwards ([`make_prose_inert`]).
pub fn bilingual<'a>(description: &'a str, zh: Option<&str>) -> Cow<'a, str> {
    let description = description.trim();
    let Some(zh) = zh.map(str::trim).filter(|z| !z.is_empty()) else {
        return Cow::Borrowed(description);
    };
    if description.is_empty() {
        return Cow::Owned(zh.to_string());
    }
    let mut out = description.to_string();
    if let Some((c, n)) = open_fence(description) {
        out.push('\n');
        out.extend(std::iter::repeat_n(c, n));
    }
    out.push_str("\n\n**中文**\n\n");
    out.push_str(zh);
    Cow::Owned(out)
}

/// The fence (character and length) still open at the end of `text`, if any.
fn open_fence(text: &str) -> Option<(char, usize)> {
    let mut open: Option<(char, usize)> = None;
    for line in text.split('\n') {
        match (open, fence(line)) {
            (None, Some((c, n, _))) => open = Some((c, n)),
            (Some((c, n)), Some((c2, n2, bare))) if c2 == c && n2 >= n && bare => open = None,
            _ => {}
        }
    }
    open
}

/// One prose string made inert.
pub fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The open fenced code block: its character and length (CommonMark's rules).
    let mut open: Option<(char, usize)> = None;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = visible(line);
        match (open, fence(&line)) {
            (None, Some((c, n, _))) => {
                open = Some((c, n));
                out.push_str(&line);
            }
            (None, None) => {
                for (code, piece) in crate::rust::docs::split_code_spans(&line) {
                    if code {
                        out.push_str(piece);
                    } else {
                        escape_tags(piece, &mut out);
                    }
                }
            }
            (Some((c, n)), found) => {
                if found.is_some_and(|(c2, n2, bare)| c2 == c && n2 >= n && bare) {
                    open = None;
                }
                out.push_str(&line);
            }
        }
    }
    out
}

/// A code fence line as CommonMark reads one: at most three spaces of indentation, then three
/// or more backticks or tildes (a backtick fence's info string holds no backtick). Returns the
/// character, the run's length and whether only whitespace follows (which a closing fence
/// needs). Anything else is not a fence, so its text is escaped: erring that way is safe.
fn fence(line: &str) -> Option<(char, usize, bool)> {
    let rest = line.trim_start_matches(' ');
    if line.len() - rest.len() > 3 {
        return None;
    }
    let c = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = rest.bytes().take_while(|&b| b == c as u8).count();
    let after = &rest[n..];
    if n < 3 || (c == '`' && after.contains('`')) {
        return None;
    }
    Some((c, n, after.trim().is_empty()))
}

/// Removes bidirectional controls; other control characters but tab become spaces.
fn visible(line: &str) -> String {
    line.chars()
        .filter(|c| !crate::rust::docs::is_bidi_control(*c))
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect()
}

/// Writes `s`, with `&lt;` for every `<` that CommonMark could read as the start of raw HTML
/// or an autolink: one followed by a letter, `/`, `!` or `?`.
fn escape_tags(s: &str, out: &mut String) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let opens = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        if opens {
            out.push_str("&lt;");
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tags_become_text_outside_code() {
        assert_eq!(
            inert("a <script>x</script> b < c, `<b>` kept"),
            "a &lt;script>x&lt;/script> b < c, `<b>` kept"
        );
        assert_eq!(inert("<!-- c --> <?php"), "&lt;!-- c --> &lt;?php");
        assert_eq!(inert("```\n<b>\n```\n<i>"), "```\n<b>\n```\n&lt;i>");
    }

    #[test]
    fn invisible_characters_are_removed_or_made_spaces() {
        assert_eq!(inert("ab\u{202E}cd\u{0}e\tf\r"), "abcd e\tf ");
        assert_eq!(inert("实例<br>名称"), "实例&lt;br>名称");
    }

    #[test]
    fn chinese_text_follows_under_its_own_heading() {
        assert_eq!(bilingual(" Region ID ", None), "Region ID");
        assert_eq!(
            bilingual("Region ID", Some("地域ID")),
            "Region ID\n\n**中文**\n\n地域ID"
        );
        assert_eq!(bilingual("", Some("地域ID")), "地域ID");
        assert_eq!(
            bilingual("a\n````\ncode", Some("中")),
            "a\n````\ncode\n````\n\n**中文**\n\n中"
        );
        assert_eq!(
            inert(&bilingual("<b>x</b>", Some("<i>中</i>"))),
            "&lt;b>x&lt;/b>\n\n**中文**\n\n&lt;i>中&lt;/i>"
        );
    }

    #[test]
    fn only_prose_fields_change() {
        let mut doc = json!({
            "info": { "title": "<b>T</b>", "description": "d\u{2066}" },
            "components": { "schemas": { "S": {
                "type": "object",
                "description": "<img src=x>",
                "example": { "description": "<kept>" },
                "properties": {
                    "description": { "type": "string", "default": "<kept>", "enum": ["<kept>"] },
                    "title": { "type": "string", "description": "<i>" }
                }
            }}}
        });
        make_prose_inert(&mut doc);
        assert_eq!(doc["info"]["title"], "&lt;b>T&lt;/b>");
        assert_eq!(doc["info"]["description"], "d");
        let s = &doc["components"]["schemas"]["S"];
        assert_eq!(s["description"], "&lt;img src=x>");
        assert_eq!(s["example"]["description"], "<kept>");
        assert_eq!(s["properties"]["description"]["default"], "<kept>");
        assert_eq!(s["properties"]["description"]["enum"][0], "<kept>");
        assert_eq!(s["properties"]["title"]["description"], "&lt;i>");
    }
}
