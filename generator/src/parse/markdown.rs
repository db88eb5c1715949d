//! Markdown → a flat list of blocks with line numbers.
//!
//! pulldown-cmark finds the block structure (headings, tables, code blocks, paragraphs);
//! table rows are then split from the source lines so that no cell is lost: GFM drops cells
//! beyond the header's count, while JD Cloud pages put unescaped pipes inside descriptions.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// One block of a page, in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        /// The heading's source text, without the `#` markers.
        raw: String,
        line: u32,
    },
    Table(Table),
    Code {
        /// Fence info string (empty for indented code or a bare fence).
        info: String,
        text: String,
        line: u32,
    },
    /// Any other top-level block (paragraph, list, HTML block, quote), as source text.
    Text {
        raw: String,
        line: u32,
    },
}

/// A pipe table: header cells and data rows, as source text per cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    pub line: u32,
}

/// A data row of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Cells as source text, trimmed, with escaped pipes still escaped.
    pub cells: Vec<String>,
    pub line: u32,
}

/// Byte offset → 1-based line number.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    fn line_of(&self, offset: usize) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }
}

/// Reads a page into blocks. Never fails: any text is some sequence of blocks.
pub fn read_blocks(text: &str) -> Vec<Block> {
    let lines = Lines::new(text);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let parser = Parser::new_ext(text, options).into_offset_iter();

    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut code: Option<(String, String, u32)> = None;
    let mut table_depth: Option<usize> = None;
    for (event, range) in parser {
        match event {
            Event::Start(tag) => {
                match &tag {
                    Tag::Heading { level, .. } => {
                        let raw = heading_text(&text[range.clone()]);
                        blocks.push(Block::Heading {
                            level: *level as u8,
                            raw,
                            line: lines.line_of(range.start),
                        });
                    }
                    Tag::Table(_) if table_depth.is_none() => {
                        table_depth = Some(depth);
                        blocks.push(Block::Table(split_table(
                            &text[range.clone()],
                            lines.line_of(range.start),
                        )));
                    }
                    Tag::CodeBlock(kind) => {
                        let info = match kind {
                            CodeBlockKind::Fenced(info) => info.trim().to_string(),
                            CodeBlockKind::Indented => String::new(),
                        };
                        code = Some((info, String::new(), lines.line_of(range.start)));
                    }
                    Tag::Paragraph | Tag::List(_) | Tag::BlockQuote(_) | Tag::HtmlBlock
                        if depth == 0 =>
                    {
                        let raw = text[range.clone()].trim_end().to_string();
                        blocks.push(Block::Text {
                            raw,
                            line: lines.line_of(range.start),
                        });
                    }
                    _ => {}
                }
                depth += 1;
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                match end {
                    TagEnd::CodeBlock => {
                        if let Some((info, text, line)) = code.take() {
                            blocks.push(Block::Code { info, text, line });
                        }
                    }
                    TagEnd::Table if table_depth == Some(depth) => table_depth = None,
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some((_, body, _)) = code.as_mut() {
                    body.push_str(&t);
                }
            }
            Event::Rule if depth == 0 => blocks.push(Block::Text {
                raw: text[range.clone()].trim_end().to_string(),
                line: lines.line_of(range.start),
            }),
            _ => {}
        }
    }
    blocks
}

/// The text of an ATX or setext heading without its markers.
fn heading_text(src: &str) -> String {
    let first = src.lines().next().unwrap_or("").trim();
    if first.starts_with('#') {
        let body = first.trim_start_matches('#').trim();
        // Closed ATX headings: `## 标题 ##`.
        let body = body.trim_end_matches('#').trim_end();
        body.to_string()
    } else {
        first.to_string()
    }
}

/// Splits a table's source lines into header and rows. Row lines keep every cell, including
/// any beyond the header's count; callers decide what to do with them.
fn split_table(src: &str, first_line: u32) -> Table {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut seen_header = false;
    let mut seen_separator = false;
    for (i, line) in src.lines().enumerate() {
        let line_no = first_line.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
        if line.trim().is_empty() {
            continue;
        }
        if !seen_header {
            header = split_row(line);
            seen_header = true;
        } else if !seen_separator {
            seen_separator = true;
        } else {
            rows.push(Row {
                cells: split_row(line),
                line: line_no,
            });
        }
    }
    Table {
        header,
        rows,
        line: first_line,
    }
}

/// Splits a row on unescaped pipes, with optional leading and trailing pipes.
pub fn split_row(line: &str) -> Vec<String> {
    let line = line.trim();
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut backslashes = 0usize;
    for c in line.chars() {
        if c == '|' && backslashes % 2 == 0 {
            cells.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    cells.push(current);
    if line.starts_with('|') && !cells.is_empty() {
        cells.remove(0);
    }
    if ends_with_unescaped_pipe(line) && cells.len() > 1 {
        cells.pop();
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

fn ends_with_unescaped_pipe(line: &str) -> bool {
    if !line.ends_with('|') {
        return false;
    }
    let before = &line[..line.len() - 1];
    let slashes = before.chars().rev().take_while(|&c| c == '\\').count();
    slashes % 2 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_rows_with_escapes_and_surplus_pipes() {
        assert_eq!(split_row("|**a**|b| |"), vec!["**a**", "b", ""]);
        assert_eq!(split_row(r"|a|by \||"), vec!["a", r"by \|"]);
        assert_eq!(split_row("|a|x|y|z|"), vec!["a", "x", "y", "z"]);
        assert_eq!(
            split_row("400|INVALID|参数错误"),
            vec!["400", "INVALID", "参数错误"]
        );
        assert_eq!(split_row("|**200**|Rules  | "), vec!["**200**", "Rules"]);
        assert_eq!(split_row("|a||"), vec!["a", ""]);
    }

    #[test]
    fn reads_blocks_with_lines() {
        let md = "# op\n\n\n## 请求方式\nPOST\n\n## 请求参数\n|名称|类型|\n|---|---|\n|**a**|String|\n### Foo\n|名称|类型|\n|---|---|\n|**b**|Integer|\n\n```json\n{}\n```\n";
        let blocks = read_blocks(md);
        let kinds: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, raw, line } => format!("h{level}:{raw}@{line}"),
                Block::Table(t) => format!("table@{}:{}", t.line, t.rows.len()),
                Block::Code { info, line, .. } => format!("code:{info}@{line}"),
                Block::Text { raw, line } => format!("text:{raw}@{line}"),
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                "h1:op@1",
                "h2:请求方式@4",
                "text:POST@5",
                "h2:请求参数@7",
                "table@8:1",
                "h3:Foo@11",
                "table@12:1",
                "code:json@16"
            ]
        );
        let Block::Table(t) = &blocks[4] else {
            panic!("not a table")
        };
        assert_eq!(t.rows[0].line, 10);
        assert_eq!(t.header, vec!["名称", "类型"]);
    }

    #[test]
    fn closed_atx_and_crlf() {
        let blocks = read_blocks("## 调用基础说明 ##\r\ntext\r\n");
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 2,
                raw: "调用基础说明".into(),
                line: 1
            }
        );
    }
}
