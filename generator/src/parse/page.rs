//! One page → IR pieces: an operation with its page-local shapes, or an overview.
//!
//! Every data row of every table read is counted, and each one ends up either in the model or
//! in a diagnostic; [`Tally`] keeps the books.

use std::collections::{BTreeSet, HashMap};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{
    CatalogEntry, ErrorCode, Example, ExampleKind, Field, HttpMethod, Operation, Param,
    ParamLocation, Response, Shape, Source, TypeRef,
};

use super::address::{parse_address, placeholders, Address};
use super::constraints;
use super::layout::Layout;
use super::markdown::{read_blocks, Block, Row, Table};
use super::text::{cell_to_markdown, first_sentence, plain};
use super::types::parse_type;
use super::vocab::{
    is_empty_value, required_flag, section_role, table_kind, ColumnMap, SectionRole, TableKind,
};

/// Table and row counts of a page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub tables: usize,
    pub rows: usize,
    /// Rows that became part of the model or of a diagnostic.
    pub accounted: usize,
}

/// What a page turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum PageContent {
    Operation(Box<OperationPage>),
    Overview(Overview),
    /// Not an API page (help text, enum tables); nothing of it enters the model.
    Other,
}

/// An operation page: the operation, its service, and the shapes its sections define.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationPage {
    pub service: String,
    pub operation: Operation,
    /// Shapes as defined on this page, type names already resolved against the page's own
    /// sections where they match (case-insensitively).
    pub shapes: Vec<Shape>,
    /// The marks of the page's layout, which tell its generation.
    pub layout: Layout,
    /// The model sections (their headings) whose table has a required column: only their
    /// fields' `required` says something.
    pub required_columns: Vec<Source>,
}

/// A service overview page.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub title: Option<String>,
    pub description: Option<String>,
    pub version: Option<String>,
    pub catalog: Vec<CatalogEntry>,
    pub source: Source,
}

/// A parsed page.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedPage {
    pub file: String,
    pub content: PageContent,
    pub tally: Tally,
}

const SIGNATURE_HEADERS: [&str; 4] = [
    "authorization",
    "x-jdcloud-date",
    "x-jdcloud-nonce",
    "x-jdcloud-security-token",
];

/// Where the walker is on the page.
#[derive(Debug, Clone, PartialEq)]
enum Section {
    /// Before the first `##`.
    Top,
    Known(SectionRole),
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Sub {
    None,
    /// A `### Name` model section.
    Model(String, Source),
    /// Any other `###`/`####` heading, kept as a title for examples.
    Titled(String),
}

/// A request-side row before locations are decided.
struct RawParam {
    param: Param,
    from_path_table: bool,
    /// A later row of the same name took its place.
    replaced: bool,
}

struct Walker<'a> {
    file: &'a str,
    diags: &'a mut Diagnostics,
    tally: Tally,
    section: Section,
    sub: Sub,
    title: Option<(String, Source)>,
    description: Vec<String>,
    method: Option<(String, Source)>,
    address: Option<(Address, Source)>,
    address_text_seen: bool,
    params: Vec<RawParam>,
    /// Parameter name → its row in `params`, so repeats are found without a scan (tables of
    /// 100,000 rows stay linear).
    param_index: HashMap<String, usize>,
    response_rows: Vec<Field>,
    shapes: Vec<Shape>,
    errors: Vec<ErrorCode>,
    examples: Vec<Example>,
    last_text: String,
    version: Option<String>,
    catalog: Vec<CatalogEntry>,
    layout: Layout,
    required_columns: Vec<Source>,
}

/// Parses one page. `file` is the path shown in diagnostics and sources.
pub fn parse_page(file: &str, text: &str, diags: &mut Diagnostics) -> ParsedPage {
    let blocks = read_blocks(text);
    // A page with a request-method or a request-address section documents an operation (one
    // without the other is reported as incomplete, not skipped as prose).
    let is_operation = blocks.iter().any(|b| {
        matches!(b, Block::Heading { level: 2, raw, .. }
            if matches!(section_role(raw), Some(SectionRole::Method | SectionRole::Address)))
    });
    let is_overview = !is_operation
        && blocks.iter().any(|b| match b {
            Block::Table(t) => matches!(table_kind(&t.header), TableKind::Catalog(_)),
            _ => false,
        });
    let mut w = Walker {
        file,
        diags,
        tally: Tally::default(),
        section: Section::Top,
        sub: Sub::None,
        title: None,
        description: Vec::new(),
        method: None,
        address: None,
        address_text_seen: false,
        params: Vec::new(),
        param_index: HashMap::new(),
        response_rows: Vec::new(),
        shapes: Vec::new(),
        errors: Vec::new(),
        examples: Vec::new(),
        last_text: String::new(),
        version: None,
        catalog: Vec::new(),
        layout: Layout::default(),
        required_columns: Vec::new(),
    };
    if blocks.is_empty() {
        w.diags.report(
            Severity::Warning,
            Code::EmptyPage,
            &Source::new(file, 1),
            "the file holds no markdown content; it was skipped",
        );
        return ParsedPage {
            file: file.to_string(),
            content: PageContent::Other,
            tally: w.tally,
        };
    }
    if !is_operation && !is_overview {
        let content = w.skip_other_page(&blocks);
        return ParsedPage {
            file: file.to_string(),
            content,
            tally: w.tally,
        };
    }
    for block in &blocks {
        w.block(block, is_operation);
    }
    let content = if is_operation {
        w.finish_operation()
    } else {
        w.finish_overview()
    };
    ParsedPage {
        file: file.to_string(),
        content,
        tally: w.tally,
    }
}

impl Walker<'_> {
    fn src(&self, line: u32) -> Source {
        Source::new(self.file, line)
    }

    fn report(&mut self, severity: Severity, code: Code, line: u32, message: impl Into<String>) {
        let at = self.src(line);
        self.diags.report(severity, code, &at, message);
    }

    /// A page that is neither an operation nor an overview: its tables are reported, not used.
    fn skip_other_page(&mut self, blocks: &[Block]) -> PageContent {
        let tables: Vec<&Table> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .collect();
        let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
        self.tally.tables += tables.len();
        self.tally.rows += rows;
        self.tally.accounted += rows;
        let line = blocks.iter().find_map(block_line).unwrap_or(1);
        self.report(
            Severity::Info,
            Code::NotAnApiPage,
            line,
            format!(
                "not an API page (no request-method section, no operation list); its {} table(s) with {} row(s) were not used",
                tables.len(),
                rows
            ),
        );
        PageContent::Other
    }

    fn block(&mut self, block: &Block, is_operation: bool) {
        match block {
            Block::Heading { level, raw, line } => self.heading(*level, raw, *line, is_operation),
            Block::Table(table) => self.table(table),
            Block::Text { raw, line } => self.text(raw, *line),
            Block::Code { info, text, line } => self.code(info, text, *line),
        }
    }

    fn heading(&mut self, level: u8, raw: &str, line: u32, is_operation: bool) {
        let text = plain(raw);
        match level {
            1 => {
                if self.title.is_none() {
                    self.title = Some((text, self.src(line)));
                } else {
                    self.sub = Sub::Titled(text);
                }
            }
            2 => {
                self.sub = Sub::None;
                self.last_text.clear();
                match section_role(raw) {
                    Some(role) => self.section = Section::Known(role),
                    None => {
                        if is_operation {
                            self.report(
                                Severity::Info,
                                Code::UnknownHeading,
                                line,
                                format!("section `## {text}` is not one of the known operation-page sections; its text is kept in the description and any table in it is reported"),
                            );
                        }
                        self.section = Section::Unknown(text);
                    }
                }
            }
            3 if section_role(raw) == Some(SectionRole::Version) => {
                self.section = Section::Known(SectionRole::Version);
                self.sub = Sub::None;
            }
            3 => match model_name(raw) {
                Some(name) => {
                    self.layout.div_headings |= raw.contains("<div");
                    self.sub = Sub::Model(name, self.src(line));
                }
                None => self.sub = Sub::Titled(text),
            },
            _ => {
                if !matches!(self.sub, Sub::Model(..)) || level > 3 {
                    self.sub = Sub::Titled(text);
                }
            }
        }
    }

    fn text(&mut self, raw: &str, line: u32) {
        let role = match &self.section {
            Section::Known(r) => Some(*r),
            Section::Unknown(_) => {
                self.description.push(cell_to_markdown(raw));
                return;
            }
            Section::Top => return,
        };
        match role {
            Some(SectionRole::Description | SectionRole::Notes | SectionRole::Introduction) => {
                self.description.push(cell_to_markdown(raw));
            }
            Some(SectionRole::Method) => {
                if self.method.is_none() {
                    let word = plain(raw)
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_ascii_uppercase();
                    self.method = Some((word, self.src(line)));
                }
            }
            Some(SectionRole::Address) => {
                if self.address.is_none() && !self.address_text_seen {
                    self.address_text_seen = true;
                    match parse_address(raw) {
                        Ok(a) => self.address = Some((a, self.src(line))),
                        Err(why) => self.report(
                            Severity::Error,
                            Code::MissingAddress,
                            line,
                            format!("the request address `{}` is not a URL like `https://<service>.jdcloud-api.com/v1/<path>` ({why}); the operation was not used", plain(raw)),
                        ),
                    }
                }
            }
            Some(SectionRole::Version) => {
                if self.version.is_none() {
                    self.version = plain(raw).split_whitespace().next().map(str::to_string);
                }
            }
            _ => self.last_text = plain(raw),
        }
    }

    fn code(&mut self, info: &str, text: &str, line: u32) {
        let role = match &self.section {
            Section::Known(r) => *r,
            _ => return,
        };
        let default_kind = match role {
            SectionRole::RequestExample | SectionRole::Examples => ExampleKind::Request,
            SectionRole::ResponseExample => ExampleKind::Response,
            SectionRole::Description | SectionRole::Notes | SectionRole::Introduction => {
                self.description.push(format!("```text\n{}```", text));
                return;
            }
            _ => return,
        };
        let hint = self.last_text.to_lowercase();
        let kind = if hint.contains("返回") || hint.contains("response") || hint.contains("return")
        {
            ExampleKind::Response
        } else if hint.contains("请求") || hint.contains("request") {
            ExampleKind::Request
        } else {
            default_kind
        };
        let title = match &self.sub {
            Sub::Titled(t) if !t.is_empty() => t.clone(),
            _ => self.last_text.clone(),
        };
        let json = parse_json_example(text);
        if json.is_none() && looks_like_json(text) {
            self.report(
                Severity::Info,
                Code::InvalidJsonExample,
                line,
                "the example block looks like JSON but does not parse; it is kept as text only",
            );
        }
        self.examples.push(Example {
            kind,
            title,
            language: (!info.is_empty()).then(|| info.to_string()),
            raw_text: text.to_string(),
            json,
            source: self.src(line),
        });
    }

    fn table(&mut self, table: &Table) {
        self.tally.tables += 1;
        self.tally.rows += table.rows.len();
        let kind = table_kind(&table.header);
        self.note_layout(table, &kind);
        let has_required = matches!(kind, TableKind::Params(_));
        let role = match &self.section {
            Section::Known(r) => Some(*r),
            _ => None,
        };
        let in_model = match &self.sub {
            Sub::Model(name, at) => Some((name.clone(), at.clone())),
            _ => None,
        };
        match (kind, in_model, role) {
            (TableKind::Params(map) | TableKind::Fields(map), Some((name, at)), _) => {
                let fields = self.field_rows(table, &map);
                if has_required {
                    self.required_columns.push(at.clone());
                }
                self.shapes.push(Shape {
                    name,
                    fields,
                    doc: String::new(),
                    source: at,
                    also_defined_at: Vec::new(),
                    disagreements: Vec::new(),
                    rust_name: None,
                });
                self.sub = Sub::None;
            }
            (TableKind::Params(map), None, Some(SectionRole::Address)) => {
                self.param_rows(table, &map, true)
            }
            (
                TableKind::Params(map) | TableKind::Fields(map),
                None,
                Some(SectionRole::RequestParams),
            ) => self.param_rows(table, &map, false),
            (
                TableKind::Params(map) | TableKind::Fields(map),
                None,
                Some(SectionRole::ResponseParams),
            ) => {
                let fields = self.field_rows(table, &map);
                self.response_rows.extend(fields);
            }
            (TableKind::ReturnCodes(map), None, _) => self.code_rows(table, &map),
            (TableKind::Catalog(map), None, _) => self.catalog_rows(table, &map),
            (TableKind::Unknown, _, _) => {
                self.tally.accounted += table.rows.len();
                self.report(
                    Severity::Warning,
                    Code::UnknownTable,
                    table.line,
                    format!(
                        "table header `|{}|` matches no known column set; its {} row(s) were not used (known sets: Name/Type/Required/Default/Description, Name/Type/Description, Return code/Description, and their Chinese forms)",
                        table.header.join("|"),
                        table.rows.len()
                    ),
                );
            }
            (kind, _, _) => {
                self.tally.accounted += table.rows.len();
                let what = match kind {
                    TableKind::Reference => "reference table",
                    _ => "table",
                };
                let place = match &self.section {
                    Section::Known(r) => format!("{r:?}"),
                    Section::Unknown(t) => format!("`## {t}`"),
                    Section::Top => "the page head".into(),
                };
                self.report(
                    Severity::Warning,
                    Code::UnexpectedTable,
                    table.line,
                    format!(
                        "{what} `|{}|` is not expected in section {place}; its {} row(s) were not used. Put model tables under a `### ModelName` heading",
                        table.header.join("|"),
                        table.rows.len()
                    ),
                );
            }
        }
    }

    /// Notes what a table's header and row order say about the page's generation.
    fn note_layout(&mut self, table: &Table, kind: &TableKind) {
        match kind {
            TableKind::Params(map) | TableKind::Fields(map) => {
                self.layout.example_column |= map.example.is_some();
                if let Some(i) = map.name {
                    let names: Vec<String> = table
                        .rows
                        .iter()
                        .filter_map(|r| r.cells.get(i).map(|c| plain(c)))
                        .collect();
                    self.layout.table_order(names.iter().map(String::as_str));
                }
            }
            TableKind::ReturnCodes(map) => self.layout.coded_errors |= map.error_code.is_some(),
            _ => {}
        }
    }

    /// Cells of a row, fitted to the header: surplus cells (unescaped pipes inside the last
    /// column) are joined back into it, and missing cells are empty.
    fn fit_row(&mut self, row: &Row, width: usize) -> Vec<String> {
        let mut cells = row.cells.clone();
        if width == 0 {
            return cells;
        }
        if cells.len() > width {
            let surplus = cells.split_off(width - 1).join("|");
            cells.push(surplus);
            self.report(
                Severity::Info,
                Code::MalformedRow,
                row.line,
                format!(
                    "row has {} cells but the header has {width}; the extra cells were joined into the last column (escape `|` inside a cell as `\\|`)",
                    row.cells.len()
                ),
            );
        } else if cells.len() < width {
            self.report(
                Severity::Warning,
                Code::MalformedRow,
                row.line,
                format!(
                    "row has {} cells but the header has {width}; the missing cells were read as empty",
                    row.cells.len()
                ),
            );
            cells.resize(width, String::new());
        }
        cells
    }

    /// Reads a name/type row common to parameters and fields. Returns `None` (after reporting)
    /// when the row has no name.
    fn field_row(&mut self, row: &Row, map: &ColumnMap) -> Option<Field> {
        let cells = self.fit_row(row, map.width);
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", String::as_str);
        let name = plain(cell(map.name));
        if name.is_empty() {
            self.tally.accounted += 1;
            self.report(
                Severity::Warning,
                Code::MissingName,
                row.line,
                format!(
                    "row `|{}|` has no name; it was not used",
                    row.cells.join("|")
                ),
            );
            return None;
        }
        let type_text = cell_to_markdown(cell(map.ty));
        self.layout.type_cell(&type_text);
        let ty = match parse_type(&type_text) {
            Some(t) => t.ty,
            None => {
                self.report(
                    Severity::Warning,
                    Code::UnknownType,
                    row.line,
                    format!("type `{type_text}` of `{name}` is not a type expression (String, Integer[], ModelName, [ModelName](#anchor)); it is read as an untyped value"),
                );
                TypeRef::Any
            }
        };
        let required = match map.required {
            None => false,
            Some(i) => {
                let raw = cells.get(i).map_or("", String::as_str);
                match required_flag(raw) {
                    Some(flag) => {
                        self.layout.word_flags |=
                            !matches!(raw.trim().to_ascii_lowercase().as_str(), "true" | "false");
                        flag
                    }
                    None => {
                        self.report(
                            Severity::Warning,
                            Code::UnknownRequiredFlag,
                            row.line,
                            format!("required cell `{raw}` of `{name}` is not True/False, 是/否 or Yes/No; it is read as not required"),
                        );
                        false
                    }
                }
            }
        };
        let value = |i: Option<usize>| {
            let v = cell_to_markdown(cell(i));
            (!is_empty_value(&v)).then_some(v)
        };
        let default = value(map.default);
        let example = value(map.example);
        let doc = cell_to_markdown(cell(map.description));
        let constraints = constraints::mine(&doc, &ty);
        self.tally.accounted += 1;
        Some(Field {
            name,
            ty,
            type_text,
            required,
            default,
            example,
            constraints,
            doc,
            doc_zh: None,
            source: self.src(row.line),
            also_documented_at: Vec::new(),
            rust_name: None,
        })
    }

    fn field_rows(&mut self, table: &Table, map: &ColumnMap) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for row in &table.rows {
            if let Some(field) = self.field_row(row, map) {
                if let Some(&i) = index.get(&field.name) {
                    let first = fields[i].source.line;
                    self.report(
                        Severity::Warning,
                        Code::DuplicateField,
                        row.line,
                        format!("`{}` is listed twice in this table (first at line {first}); the first row is used", field.name),
                    );
                    continue;
                }
                index.insert(field.name.clone(), fields.len());
                fields.push(field);
            }
        }
        fields
    }

    fn param_rows(&mut self, table: &Table, map: &ColumnMap, from_path_table: bool) {
        for row in &table.rows {
            let Some(f) = self.field_row(row, map) else {
                continue;
            };
            let lower = f.name.to_ascii_lowercase();
            if SIGNATURE_HEADERS.contains(&lower.as_str()) {
                self.report(
                    Severity::Info,
                    Code::SignatureHeader,
                    row.line,
                    format!(
                        "`{}` is a signature header set by the signer, not a parameter",
                        f.name
                    ),
                );
                continue;
            }
            if let Some(&idx) = self.param_index.get(&f.name) {
                let prev = &self.params[idx];
                let first = prev.param.source.line;
                // A row of the request table describes the parameter better than a stray row
                // of the path table (whose placeholder is not in the address).
                let replace = prev.from_path_table && !from_path_table;
                self.report(
                    Severity::Warning,
                    Code::DuplicateParam,
                    row.line,
                    if replace {
                        format!("parameter `{}` is also listed with the path parameters (line {first}); this row of the request table is used", f.name)
                    } else {
                        format!("parameter `{}` is listed twice (first at line {first}); the first row is used", f.name)
                    },
                );
                if !replace {
                    continue;
                }
                self.params[idx].replaced = true;
            }
            let name = f.name.clone();
            self.params.push(RawParam {
                param: Param {
                    name: f.name,
                    location: ParamLocation::Body,
                    ty: f.ty,
                    type_text: f.type_text,
                    required: f.required,
                    default: f.default,
                    example: f.example,
                    constraints: f.constraints,
                    doc: f.doc,
                    doc_zh: None,
                    source: f.source,
                    also_documented_at: Vec::new(),
                },
                from_path_table,
                replaced: false,
            });
            self.param_index.insert(name, self.params.len() - 1);
        }
    }

    fn code_rows(&mut self, table: &Table, map: &ColumnMap) {
        for row in &table.rows {
            let cells = self.fit_row(row, map.width);
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", String::as_str);
            let code_text = plain(cell(map.code.or(map.http_status)));
            let status_text = plain(cell(map.error_code));
            let message = cell_to_markdown(cell(map.description));
            let explanation =
                Some(cell_to_markdown(cell(map.explanation))).filter(|e| !e.is_empty());
            self.tally.accounted += 1;
            let http_status = code_text.parse::<u16>().ok();
            let mut code = (!status_text.is_empty()).then_some(status_text);
            if http_status.is_none() {
                if code_text.is_empty() && code.is_none() {
                    self.report(
                        Severity::Warning,
                        Code::MissingName,
                        row.line,
                        "return-code row without a code; it was not used",
                    );
                    continue;
                }
                self.report(
                    Severity::Info,
                    Code::NonNumericReturnCode,
                    row.line,
                    format!("return code `{code_text}` is not an HTTP status; it is kept as an error code"),
                );
                if code.is_none() {
                    code = Some(code_text);
                }
            }
            self.errors.push(ErrorCode {
                http_status,
                code,
                message,
                explanation,
                source: self.src(row.line),
            });
        }
    }

    fn catalog_rows(&mut self, table: &Table, map: &ColumnMap) {
        for row in &table.rows {
            let cells = self.fit_row(row, map.width);
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", String::as_str);
            let name = plain(cell(map.name));
            self.tally.accounted += 1;
            if name.is_empty() {
                self.report(
                    Severity::Warning,
                    Code::MissingName,
                    row.line,
                    "operation-list row without a name; it was not used",
                );
                continue;
            }
            self.catalog.push(CatalogEntry {
                name,
                method: plain(cell(map.method)).to_ascii_uppercase(),
                description: cell_to_markdown(cell(map.description)),
                source: self.src(row.line),
            });
        }
    }

    fn finish_overview(&mut self) -> PageContent {
        let source = self
            .title
            .as_ref()
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| Source::new(self.file, 1));
        let description = self.description.join("\n\n");
        PageContent::Overview(Overview {
            title: self.title.take().map(|(t, _)| t),
            description: (!description.is_empty()).then_some(description),
            version: self.version.take(),
            catalog: std::mem::take(&mut self.catalog),
            source,
        })
    }

    fn finish_operation(&mut self) -> PageContent {
        let page_rows = self.tally.rows;
        let (id, id_src) = match self.title.clone() {
            Some((t, s)) if !t.is_empty() => (t, s),
            _ => {
                let stem = std::path::Path::new(self.file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.report(
                    Severity::Warning,
                    Code::MissingOperationName,
                    1,
                    format!(
                        "the page has no `# operationName` title; the file name `{stem}` is used"
                    ),
                );
                (stem, self.src(1))
            }
        };
        let method = match self.method.clone() {
            Some((m, at)) => match HttpMethod::parse(&m) {
                Some(method) => method,
                None => {
                    self.diags.report(
                    Severity::Error,
                    Code::UnknownMethod,
                    &at,
                    format!("`{m}` is not an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD); operation `{id}` and its {page_rows} table row(s) were not used"),
                );
                    return PageContent::Other;
                }
            },
            None => {
                self.diags.report(
                    Severity::Error,
                    Code::MissingMethod,
                    &id_src,
                    format!("operation `{id}` has no method line under its request-method heading (write `GET`, `POST`, …); the operation and its {page_rows} table row(s) were not used"),
                );
                return PageContent::Other;
            }
        };
        let Some((address, _)) = self.address.clone() else {
            if !self.address_text_seen {
                self.diags.report(
                    Severity::Error,
                    Code::MissingAddress,
                    &id_src,
                    format!("operation `{id}` has no request address (a line like `https://vm.jdcloud-api.com/v1/regions/{{regionId}}/instances` under `## 请求地址` / `## Request address`); the operation and its {page_rows} table row(s) were not used"),
                );
            }
            return PageContent::Other;
        };
        let params = self.place_params(method, &address);
        let response = self.response();
        let description = self.description.join("\n\n");
        let operation = Operation {
            summary: first_sentence(&description),
            description,
            description_zh: None,
            id: id.clone(),
            method,
            host: address.host.clone(),
            version: address.version.clone(),
            path: address.path.clone(),
            params,
            response,
            errors: std::mem::take(&mut self.errors),
            examples: std::mem::take(&mut self.examples),
            source: id_src,
            traits: Default::default(),
            duplicates: Vec::new(),
            candidates: Vec::new(),
            disagreements: Vec::new(),
        };
        let mut page = OperationPage {
            service: address.service,
            operation,
            shapes: std::mem::take(&mut self.shapes),
            layout: self.layout,
            required_columns: std::mem::take(&mut self.required_columns),
        };
        super::local::settle_page_shapes(&mut page, self.diags);
        PageContent::Operation(Box::new(page))
    }

    /// Decides each parameter's location and reconciles path placeholders with rows.
    fn place_params(&mut self, method: HttpMethod, address: &Address) -> Vec<Param> {
        // A `{regionId}` in the host names the endpoint, which the client derives itself; only
        // placeholders of the path are parameters.
        let mut in_template: Vec<String> = placeholders(&address.path);
        let mut seen = BTreeSet::new();
        in_template.retain(|p| seen.insert(p.clone()));
        let query_method = !method.has_body();
        let mut out = Vec::new();
        let raw = std::mem::take(&mut self.params);
        for RawParam {
            mut param,
            from_path_table,
            replaced,
        } in raw
        {
            if replaced {
                continue;
            }
            param.location = if in_template.contains(&param.name) {
                param.required = true;
                ParamLocation::Path
            } else if param.name.to_ascii_lowercase().starts_with("x-") {
                ParamLocation::Header
            } else if query_method {
                ParamLocation::Query
            } else {
                ParamLocation::Body
            };
            if from_path_table && param.location != ParamLocation::Path {
                let at = param.source.clone();
                self.diags.report(
                    Severity::Warning,
                    Code::PathParamMismatch,
                    &at,
                    format!("`{}` is listed with the path parameters but `{{{}}}` is not in the address; it is sent as a {} parameter", param.name, param.name, location_word(param.location)),
                );
            }
            out.push(param);
        }
        for name in &in_template {
            if !out.iter().any(|p| &p.name == name) {
                let at = self
                    .address
                    .as_ref()
                    .map(|(_, s)| s.clone())
                    .unwrap_or_else(|| self.src(1));
                self.diags.report(
                    Severity::Warning,
                    Code::PathParamMismatch,
                    &at,
                    format!("the address has `{{{name}}}` but no parameter row describes it; it is taken as a required String path parameter (add a row to the path-parameter table)"),
                );
                out.push(Param {
                    name: name.clone(),
                    location: ParamLocation::Path,
                    ty: TypeRef::String,
                    type_text: "String".into(),
                    required: true,
                    default: None,
                    example: None,
                    constraints: Vec::new(),
                    doc: String::new(),
                    doc_zh: None,
                    source: at,
                    also_documented_at: Vec::new(),
                });
            }
        }
        out
    }

    /// Splits the return table into `result` and the envelope.
    fn response(&mut self) -> Response {
        let rows = std::mem::take(&mut self.response_rows);
        let has_result = rows.iter().any(|f| f.name == "result");
        let mut response = Response::default();
        for f in rows {
            match f.name.as_str() {
                "requestId" => {}
                "result" => response.result = Some(f),
                _ if has_result => response.extra.push(f),
                _ => response.fields.push(f),
            }
        }
        response
    }
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Body => "body",
    }
}

fn block_line(b: &Block) -> Option<u32> {
    Some(match b {
        Block::Heading { line, .. } | Block::Code { line, .. } | Block::Text { line, .. } => *line,
        Block::Table(t) => t.line,
    })
}

/// A model heading holds exactly one identifier, possibly wrapped in `<a name>` / `<div id>`.
fn model_name(raw: &str) -> Option<String> {
    let text = plain(raw);
    let ok = !text.is_empty()
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    ok.then_some(text)
}

/// Parses an example block as JSON: the whole block, or from the first line that starts a JSON
/// value (request examples put the method and path first).
fn parse_json_example(text: &str) -> Option<serde_json::Value> {
    if let Ok(v) = serde_json::from_str(text.trim()) {
        return Some(v);
    }
    let start = json_start(text)?;
    serde_json::from_str(text[start..].trim()).ok()
}

fn json_start(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('{') || t.starts_with('[') {
            return Some(offset + (line.len() - t.len()));
        }
        offset += line.len();
    }
    None
}

fn looks_like_json(text: &str) -> bool {
    json_start(text).is_some_and(|s| {
        let rest = text[s..].trim();
        rest.ends_with('}') || rest.ends_with(']')
    })
}
