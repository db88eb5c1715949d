//! Cell and prose text: inline HTML to markdown, escapes, entities, whitespace.

use std::sync::LazyLock;

use regex::Regex;

static BR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<\s*/?\s*br\s*/?\s*>").expect("valid regex"));
static A_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<a\s+[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(.*?)</a\s*>"#)
        .expect("valid regex")
});
static A_STRAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?a(\s+[^>]*)?>").expect("valid regex"));
static BOLD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?\s*(b|strong)\s*>").expect("valid regex"));
static ITALIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?\s*(i|em)\s*>").expect("valid regex"));
static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)</?\s*(div|span|p|font|center|u|sup|sub)(\s+[a-z-]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))*\s*/?>"#)
        .expect("valid regex")
});
static ANY_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"</?[A-Za-z][A-Za-z0-9-]*(\s+[A-Za-z_:][A-Za-z0-9_:.-]*\s*(=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>"#)
        .expect("valid regex")
});

/// Converts the inline HTML JD Cloud pages use (`<br>`, `<a href>`, `<b>`, `<div>`) into
/// markdown text, decodes entities, removes markdown backslash escapes (outside code spans) and
/// zero-width characters, and trims. Line breaks become `\n`.
///
/// Text inside backtick code spans is kept verbatim, so `` `<cmd></cmd>` `` survives.
pub fn cell_to_markdown(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for (code, piece) in split_code_spans(raw) {
        if code {
            out.push_str(piece);
        } else {
            out.push_str(&convert_prose(piece));
        }
    }
    tidy_lines(&out)
}

fn convert_prose(s: &str) -> String {
    let s = BR.replace_all(s, "\n");
    let s = A_OPEN.replace_all(&s, |c: &regex::Captures<'_>| {
        let href = c
            .get(1)
            .or_else(|| c.get(2))
            .or_else(|| c.get(3))
            .map(|m| m.as_str().trim())
            .unwrap_or("");
        let text = c.get(4).map(|m| m.as_str().trim()).unwrap_or("");
        if href.is_empty() {
            text.to_string()
        } else if text.is_empty() {
            format!("<{href}>")
        } else {
            format!("[{text}]({href})")
        }
    });
    let s = A_STRAY.replace_all(&s, "");
    let s = BOLD.replace_all(&s, "**");
    let s = ITALIC.replace_all(&s, "*");
    let s = BLOCK_TAG.replace_all(&s, "");
    let s = unescape_markdown(&s);
    decode_entities(&s)
}

/// Splits text into (is_code_span, piece) runs on single/multiple backtick delimiters.
fn split_code_spans(s: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut start = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' && (i == 0 || bytes[i - 1] != b'\\') {
            let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            let delim = &s[i..i + run];
            if let Some(rel) = find_closing(&s[i + run..], delim) {
                if start < i {
                    out.push((false, &s[start..i]));
                }
                let end = i + run + rel + run;
                out.push((true, &s[i..end]));
                i = end;
                start = end;
                continue;
            }
            i += run;
            continue;
        }
        i += 1;
    }
    if start < s.len() {
        out.push((false, &s[start..]));
    }
    out
}

fn find_closing(rest: &str, delim: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = rest[from..].find(delim) {
        let at = from + pos;
        let after = at + delim.len();
        let longer = rest.as_bytes().get(after) == Some(&b'`');
        if !longer {
            return Some(at);
        }
        from = after + rest[after..].bytes().take_while(|&b| b == b'`').count();
    }
    None
}

/// Removes markdown backslash escapes (`\~` → `~`, `\[` → `[`, `\|` → `|`).
pub fn unescape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// Decodes the HTML entities that occur in the pages.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        // `;` is ASCII, so its byte position is a character boundary whatever precedes it.
        let end = tail.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|e| entity(&tail[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

/// Removes zero-width characters, trims every line and drops leading/trailing blank lines;
/// runs of blank lines collapse to one.
fn tidy_lines(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{200C}' | '\u{200D}'))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let mut lines: Vec<&str> = Vec::new();
    for line in cleaned.lines() {
        let line = line.trim();
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// The plain text of a heading or name cell: tags removed, `**`/backticks removed, escapes and
/// entities decoded, whitespace collapsed.
pub fn plain(raw: &str) -> String {
    let s = BR.replace_all(raw, " ");
    let s = ANY_TAG.replace_all(&s, "");
    let s = s.replace("**", "").replace('`', "");
    let s = decode_entities(&unescape_markdown(&s));
    s.split_whitespace()
        .filter(|w| !w.chars().all(|c| c == '\u{200B}'))
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{200B}', "")
}

/// The first sentence of a description: up to the first line break or sentence end.
pub fn first_sentence(doc: &str) -> String {
    let line = doc
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        if matches!(c, '。' | '！' | '？') {
            end = i + c.len_utf8();
            break;
        }
        if c == '.' {
            let next = line[i + 1..].chars().next();
            if next.is_none_or(char::is_whitespace) {
                end = i + 1;
                break;
            }
        }
    }
    line[..end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_inline_html() {
        assert_eq!(cell_to_markdown("a<br>b<br/>c</br>d"), "a\nb\nc\nd");
        assert_eq!(
            cell_to_markdown(r#"see <a href = "https://x.y/z ">docs</a> now"#),
            "see [docs](https://x.y/z) now"
        );
        assert_eq!(
            cell_to_markdown("<a href='u'>t</a>"),
            "[t](u)",
            "single-quoted href"
        );
        assert_eq!(
            cell_to_markdown("refer to details</a>."),
            "refer to details."
        );
        assert_eq!(cell_to_markdown("<b>running</b>"), "**running**");
        assert_eq!(cell_to_markdown("<b>running<b>"), "**running**");
    }

    #[test]
    fn keeps_comparison_characters_and_code_spans() {
        assert_eq!(
            cell_to_markdown(">=、>、<、<=、==、!="),
            ">=、>、<、<=、==、!="
        );
        assert_eq!(
            cell_to_markdown("以 `<cmd></cmd>和<powershell></powershell>` 作为"),
            "以 `<cmd></cmd>和<powershell></powershell>` 作为"
        );
        assert_eq!(
            cell_to_markdown("Map\\<String, String>"),
            "Map<String, String>"
        );
    }

    #[test]
    fn unescapes_and_decodes() {
        assert_eq!(
            cell_to_markdown(r"长度为2\~128个字符 \[0,9999]"),
            "长度为2~128个字符 [0,9999]"
        );
        assert_eq!(
            cell_to_markdown(r"\[&quot;keypair001&quot;\]"),
            r#"["keypair001"]"#
        );
        assert_eq!(
            cell_to_markdown("a\u{200B}b &amp; &#39;c&#x27;"),
            "ab & 'c'"
        );
        assert_eq!(cell_to_markdown("x &unknown; y"), "x &unknown; y");
        assert_eq!(decode_entities("&返回码|描述|"), "&返回码|描述|");
        assert_eq!(decode_entities("&ab返;"), "&ab返;");
        assert_eq!(cell_to_markdown("`\\_.,:\\/=+-@`"), "`\\_.,:\\/=+-@`");
    }

    #[test]
    fn plain_text_of_headings() {
        assert_eq!(
            plain(r#"<div id="user-content-7">InstanceSpec</div>"#),
            "InstanceSpec"
        );
        assert_eq!(plain(r#"<a name="Foo">Foo</a>"#), "Foo");
        assert_eq!(plain("Response   parameter"), "Response parameter");
        assert_eq!(plain("**regionId**"), "regionId");
    }

    #[test]
    fn first_sentences() {
        assert_eq!(first_sentence("创建一台云主机。其他"), "创建一台云主机。");
        assert_eq!(first_sentence("Create VMs. More text"), "Create VMs.");
        assert_eq!(first_sentence("v1.2 is here\nnext"), "v1.2 is here");
        assert_eq!(first_sentence(""), "");
    }
}
