//! Page text → rustdoc text that renders as written and can never run or break the build:
//! code blocks are marked `text` (no doctests), indented blocks are flattened, `<`, `>` and
//! stray brackets are escaped (no HTML, no intra-doc links), bare URLs are wrapped.

use std::sync::LazyLock;

use proc_macro2::TokenStream;
use quote::quote;
use regex::Regex;

use crate::ir::Source;

static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)").expect("valid regex"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[^\s<>()\[\]`]+").expect("valid regex"));

/// Rustdoc-safe markdown from page markdown.
pub fn sanitize(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        // Control characters (a NUL, a lone CR) show nothing but would count as text, or as
        // indentation once made spaces: they become spaces before anything is decided.
        let line: String = line
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
            .collect();
        let line = line.as_str();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push("```".to_string());
            } else {
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        // Page text breaks lines with `<br>`; keep each line its own paragraph.
        if out.last().is_some_and(|l: &String| !l.is_empty()) && !trimmed.is_empty() {
            out.push(String::new());
        }
        out.push(inline(trimmed));
    }
    if in_fence {
        out.push("```".to_string());
    }
    let joined = out.join("\n");
    joined.trim().to_string()
}

/// Escapes one line outside code blocks, keeping code spans and `[text](url)` links.
fn inline(line: &str) -> String {
    // Control characters would end a link or an autolink early (leaving `[text]`, an
    // intra-doc link, or a bare URL); they show nothing anyway.
    let line: String = line
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(line.len() + 8);
    for (code, piece) in split_code_spans(&line) {
        if code {
            out.push_str(piece);
        } else {
            out.push_str(&escape_prose(piece));
        }
    }
    // A line that starts like a list of hashes would become a heading; keep it as text.
    if out.starts_with('#') {
        out.insert(0, '\\');
    }
    list_items_as_text(&out)
}

/// Keeps list items to one paragraph of text: the space after each leading list marker (`- `,
/// `1. `) becomes one space, since five or more open an indented code block (a doctest)
/// inside the item, and a fence right after the marker (`- ````) is escaped.
fn list_items_as_text(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        let trimmed = rest.trim_start();
        let digits = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let marker = if trimmed.starts_with(['-', '*', '+']) {
            1
        } else if digits > 0 && trimmed[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            0
        };
        let after = &trimmed[marker..];
        if marker == 0 || !after.starts_with([' ', '\t']) {
            break;
        }
        out.push_str(&rest[..rest.len() - trimmed.len()]);
        out.push_str(&trimmed[..marker]);
        out.push(' ');
        rest = after.trim_start();
    }
    if !out.is_empty() && (rest.starts_with("```") || rest.starts_with("~~~")) {
        out.push('\\');
    }
    out.push_str(rest);
    out
}

pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn escape_prose(s: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for m in LINK.captures_iter(s) {
        let Some(whole) = m.get(0) else { continue };
        out.push_str(&escape_plain(&s[last..whole.start()]));
        let text = m.get(1).map_or("", |t| t.as_str());
        let target = m.get(2).map_or("", |t| t.as_str());
        if target.starts_with("http://") || target.starts_with("https://") {
            out.push('[');
            out.push_str(&escape_plain_no_urls(text));
            out.push_str("](");
            out.push_str(target);
            out.push(')');
        } else {
            // Relative links point into the documentation site, not into this crate.
            out.push_str(&escape_plain(text));
        }
        last = whole.end();
    }
    out.push_str(&escape_plain(&s[last..]));
    out
}

fn escape_plain(s: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for m in URL.find_iter(s) {
        out.push_str(&escape_plain_no_urls(&s[last..m.start()]));
        let url = m.as_str().trim_end_matches(['.', ',', ';', '。', '，']);
        out.push('<');
        out.push_str(url);
        out.push('>');
        out.push_str(&escape_plain_no_urls(&m.as_str()[url.len()..]));
        last = m.end();
    }
    out.push_str(&escape_plain_no_urls(&s[last..]));
    out
}

fn escape_plain_no_urls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '\\' => out.push_str("\\\\"),
            '`' => out.push_str("\\`"),
            '|' => out.push_str("\\|"),
            _ => out.push(c),
        }
    }
    out
}

/// Splits a line into (is_code_span, piece) runs the way CommonMark reads code spans: a run of
/// n backticks opens a span that the next run of exactly n backticks closes; a run without a
/// closer is literal text (escaped with the rest of the prose). Code pieces are written back
/// as they are, so the docs have exactly these code spans.
pub(crate) fn split_code_spans(s: &str) -> Vec<(bool, &str)> {
    let bytes = s.as_bytes();
    let run_at = |i: usize| bytes[i..].iter().take_while(|&&b| b == b'`').count();
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = run_at(i);
        let mut j = i + run;
        let mut close = None;
        while j < bytes.len() {
            if bytes[j] == b'`' {
                let r = run_at(j);
                if r == run {
                    close = Some(j);
                    break;
                }
                j += r;
            } else {
                j += 1;
            }
        }
        match close {
            Some(c) => {
                if start < i {
                    out.push((false, &s[start..i]));
                }
                out.push((true, &s[i..c + run]));
                i = c + run;
                start = i;
            }
            None => i += run,
        }
    }
    if start < s.len() {
        out.push((false, &s[start..]));
    }
    out
}

/// `#[doc = "…"]` attributes for a description and the page it came from.
pub fn attrs(description: &str, source: Option<&Source>) -> TokenStream {
    attrs_zh(description, None, source)
}

/// Rustdoc-safe markdown of a description and its Chinese text: the description, then the
/// Chinese under a `**中文**` line. Each part is sanitized on its own ([`sanitize`] closes an
/// open fence), so neither can reach into the other.
pub fn bilingual(description: &str, zh: Option<&str>) -> String {
    let mut text = sanitize(description);
    let zh = zh.map(sanitize).unwrap_or_default();
    if !zh.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("**中文**\n\n");
        text.push_str(&zh);
    }
    text
}

/// [`attrs`] for a description with its Chinese text beside it, laid out by [`bilingual`].
pub fn attrs_zh(description: &str, zh: Option<&str>, source: Option<&Source>) -> TokenStream {
    let mut text = bilingual(description, zh);
    if let Some(src) = source {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        // A file name is text too: one line, inside a code span.
        let file: String = src
            .file
            .chars()
            .map(|c| match c {
                '`' => '\'',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        text.push_str(&format!(
            "*Documented in* `{}` *line {}.*",
            file.trim(),
            src.line
        ));
    }
    doc_lines(&text)
}

/// One `#[doc]` attribute per line, so the printed source reads like `///` comments.
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = comment_lines(text).map(|l| quote! { #[doc = #l] });
    quote! { #(#lines)* }
}

/// One `#![doc]` attribute per line (`//!` comments), for module and crate docs.
pub fn inner_doc_lines(text: &str) -> TokenStream {
    let lines = comment_lines(text).map(|l| quote! { #![doc = #l] });
    quote! { #(#lines)* }
}

/// The lines of a doc comment as printed after `///`: a carriage return ends a line too (a
/// bare CR is an error in a doc comment), and bidirectional-control characters, which rustc
/// rejects in comments, are dropped.
fn comment_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().flat_map(|l| l.split('\r')).map(|l| {
        let l = without_bidi_controls(l);
        if l.is_empty() {
            l
        } else {
            format!(" {l}")
        }
    })
}

/// A one-line `#[doc]` attribute for text the emitter writes around a name (`Sets `x`.`),
/// with the same guarantees as [`doc_lines`].
pub fn doc_attr(text: &str) -> TokenStream {
    let mut line = without_bidi_controls(&text.replace(['\r', '\n'], " "));
    // `/// text`, as written by hand, once rustfmt turns the attribute into a comment.
    if !line.starts_with(' ') {
        line.insert(0, ' ');
    }
    quote! { #[doc = #line] }
}

fn without_bidi_controls(s: &str) -> String {
    s.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// Text for one line of markdown (a table cell, a list item): escaped like prose, line breaks
/// and control characters as spaces.
pub fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    inline(
        flat.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text_and_close() {
        assert_eq!(
            sanitize("a\n```rust\nfn x() {}\n```"),
            "a\n```text\nfn x() {}\n```"
        );
        assert_eq!(sanitize("```\nopen"), "```text\nopen\n```");
    }

    #[test]
    fn indented_code_is_flattened() {
        assert_eq!(sanitize("x\n\n    {\"a\": 1}"), "x\n\n{\"a\": 1}");
        assert_eq!(sanitize("a\nb"), "a\n\nb", "each page line is a paragraph");
    }

    #[test]
    fn html_and_brackets_are_inert() {
        assert_eq!(sanitize("Map<String, String>"), "Map&lt;String, String&gt;");
        assert_eq!(sanitize("range [1,100]"), "range \\[1,100\\]");
        assert_eq!(sanitize("see [Foo]"), "see \\[Foo\\]");
        assert_eq!(sanitize("*/ \"# }{ {{ x }}"), "*/ \"# }{ {{ x }}");
        assert_eq!(sanitize("# not a heading"), "\\# not a heading");
        assert_eq!(sanitize("a\u{202E}b"), "ab");
        assert_eq!(sanitize("```\na\u{2067}b\n```"), "```text\nab\n```");
    }

    #[test]
    fn fences_in_list_items_stay_text() {
        assert_eq!(sanitize("- ````"), "- \\`\\`\\`\\`");
        assert_eq!(sanitize("1. ~~~rust"), "1. \\~~~rust");
        assert_eq!(sanitize("* - ```x"), "* - \\`\\`\\`x");
        assert_eq!(sanitize("-```"), "-\\`\\`\\`");
        assert_eq!(sanitize("2~3 ~~~ x"), "2~3 ~~~ x");
    }

    #[test]
    fn list_items_hold_no_indented_code() {
        assert_eq!(sanitize("-      code"), "- code");
        assert_eq!(sanitize("1.\t\t\tcode"), "1. code");
        assert_eq!(sanitize("- -      code"), "- - code");
        assert_eq!(sanitize("-"), "-");
        assert_eq!(sanitize("-x   y"), "-x   y");
        assert_eq!(sanitize("2.5   x"), "2.5   x");
    }

    #[test]
    fn code_spans_as_commonmark_reads_them() {
        assert_eq!(
            split_code_spans("a ``` b `c` d"),
            vec![(false, "a ``` b "), (true, "`c`"), (false, " d")]
        );
        assert_eq!(split_code_spans("``x`y``"), vec![(true, "``x`y``")]);
        assert_eq!(
            sanitize("[```x](crate::y) [Self] [`Vec`]"),
            "\\`\\`\\`x \\[Self\\] \\[`Vec`\\]"
        );
    }

    #[test]
    fn file_names_stay_in_their_code_span() {
        let src = Source::new("specs/a\n    fn x() {}\n```rust\r.md", 3);
        let docs = attrs("Text.", Some(&src)).to_string();
        assert!(
            docs.contains("*Documented in* `specs/a     fn x() {} '''rust .md` *line 3.*"),
            "{docs}"
        );
    }

    #[test]
    fn chinese_text_follows_under_its_own_heading() {
        assert_eq!(
            bilingual("Region <ID>", Some("地域ID")),
            "Region &lt;ID&gt;\n\n**中文**\n\n地域ID"
        );
        assert_eq!(bilingual("a", Some("  ")), "a");
        assert_eq!(bilingual("", Some("中")), "**中文**\n\n中");
        // An open fence in one part ends before the other begins.
        assert_eq!(
            bilingual("```\nx", Some("```rust\n中")),
            "```text\nx\n```\n\n**中文**\n\n```text\n中\n```"
        );
    }

    #[test]
    fn comment_lines_have_no_carriage_returns_or_bidi_controls() {
        let lines: Vec<String> = comment_lines("a\rb\r\nc\u{202E}d\n\ne").collect();
        assert_eq!(lines, vec![" a", " b", " cd", "", " e"]);
    }

    #[test]
    fn one_line_text() {
        assert_eq!(
            one_line("Evil <script> [x] |\u{1}\u{202E} {{ a }}\n#"),
            "Evil &lt;script&gt; \\[x\\] \\| {{ a }} #"
        );
    }

    #[test]
    fn control_characters_do_not_break_links() {
        assert_eq!(
            sanitize("[t](https://x.y/a\u{7}b) https://x.y/c\u{1}d"),
            "\\[t\\](<https://x.y/a> b) <https://x.y/c> d"
        );
    }

    #[test]
    fn control_characters_are_not_indentation() {
        assert_eq!(
            sanitize("a\n\u{0}\u{0}\u{0}\u{0}\u{0}    # b"),
            "a\n\n\\# b"
        );
        assert_eq!(sanitize("```\nx\u{0}y\n```"), "```text\nx y\n```");
    }

    #[test]
    fn links_and_urls() {
        assert_eq!(
            sanitize("see [docs](https://x.y/z) and https://a.b/c."),
            "see [docs](https://x.y/z) and <https://a.b/c>."
        );
        assert_eq!(
            sanitize("[参数说明](createInstances#user-content-1)"),
            "参数说明"
        );
        assert_eq!(sanitize("code `<cmd>` here"), "code `<cmd>` here");
    }
}
