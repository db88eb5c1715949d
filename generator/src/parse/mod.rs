//! Markdown pages → IR pieces.
//!
//! [`markdown`] turns text into blocks with line numbers, [`vocab`] knows the headings and
//! columns, [`types`], [`address`], [`constraints`] and [`text`] read single cells, and
//! [`page`] walks a page into an operation (with its shapes) or an overview.

pub mod address;

pub mod constraints;
pub mod layout;
pub mod local;
pub mod markdown;
pub mod page;
pub mod text;
pub mod types;
pub mod vocab;

use std::path::{Path, PathBuf};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::Source;

pub use page::{parse_page, PageContent, ParsedPage, Tally};

/// Markdown files under the given files or folders, in a stable order (sorted by path).
/// Explicitly named files are taken whatever their extension; folders contribute `*.md`.
pub fn discover(inputs: &[PathBuf], diags: &mut Diagnostics) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, &mut files, diags);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            diags.report(
                Severity::Error,
                Code::UnreadableFile,
                &Source::new(display_path(input), 0),
                "no such file or folder",
            );
        }
    }
    files.sort();
    files.dedup();
    files
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Diagnostics) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.report(
                Severity::Error,
                Code::UnreadableFile,
                &Source::new(display_path(dir), 0),
                format!("cannot list the folder: {e}"),
            );
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out, diags);
        } else if kind.is_file()
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md"))
        {
            out.push(path);
        }
    }
}

/// A path as shown in sources and diagnostics: `/` separators on every platform.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads and parses one file. Unreadable or non-UTF-8 files become a diagnostic.
pub fn parse_file(path: &Path, diags: &mut Diagnostics) -> Option<ParsedPage> {
    let shown = display_path(path);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.report(
                Severity::Error,
                Code::UnreadableFile,
                &Source::new(&shown, 0),
                format!("cannot read the file: {e}"),
            );
            return None;
        }
    };
    Some(parse_bytes(&shown, &bytes, diags))
}

/// Parses a page from bytes. Text that is not UTF-8 is reported and read with replacement
/// characters, so the rest of the page is not lost.
pub fn parse_bytes(file: &str, bytes: &[u8], diags: &mut Diagnostics) -> ParsedPage {
    if let Some(text) = utf16_with_bom(bytes) {
        diags.report(
            Severity::Warning,
            Code::UnreadableFile,
            &Source::new(file, 1),
            "the file is UTF-16 text; it was decoded (save the page as UTF-8)",
        );
        return parse_page(file, &text, diags);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        diags.report(
            Severity::Warning,
            Code::UnreadableFile,
            &Source::new(file, u32::try_from(line).unwrap_or(u32::MAX)),
            "the file holds NUL bytes, so it is binary or UTF-16 text without a byte-order mark; it was read as UTF-8 text (save the page as UTF-8)",
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(e) => {
            let before = &bytes[..e.valid_up_to()];
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            diags.report(
                Severity::Warning,
                Code::UnreadableFile,
                &Source::new(file, u32::try_from(line).unwrap_or(u32::MAX)),
                "the file is not valid UTF-8; invalid bytes were replaced with U+FFFD (save the page as UTF-8)",
            );
            String::from_utf8_lossy(bytes)
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    parse_page(file, text, diags)
}

/// The text of a file that starts with a UTF-16 byte-order mark (invalid sequences replaced
/// with U+FFFD).
fn utf16_with_bom(bytes: &[u8]) -> Option<String> {
    let (rest, little) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return None,
    };
    let units = rest.chunks(2).map(|c| match (c, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("# 名\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(utf16_with_bom(&le).as_deref(), Some("# 名\n"));
        let mut be = vec![0xFE, 0xFF];
        be.extend("ab".encode_utf16().flat_map(u16::to_be_bytes));
        be.push(0x41);
        assert_eq!(utf16_with_bom(&be).as_deref(), Some("ab\u{FFFD}"));
        assert_eq!(utf16_with_bom(b"# x"), None);
    }
}
