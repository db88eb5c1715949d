//! Diagnostics: what every stage reports instead of panicking or silently dropping input.

use serde::{Deserialize, Serialize};

use crate::ir::Source;

/// How serious a diagnostic is. `--strict` turns errors into a failing exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was read in a way worth knowing about; nothing was lost.
    Info,
    /// Input that was not understood, or a choice made between conflicting inputs.
    Warning,
    /// Input that could not be used at all (an operation or shape is missing from the output).
    Error,
}

/// Stable diagnostic codes. The serialized form (`kebab-case`) never changes once published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A file could not be read, or is not UTF-8 text.
    UnreadableFile,
    /// A file holds no markdown headings or tables at all.
    EmptyPage,
    /// A page that is neither an operation page nor an overview page.
    NotAnApiPage,
    /// An `##` heading the vocabulary does not know.
    UnknownHeading,
    /// A table whose header row matches no known column set.
    UnknownTable,
    /// A table in a place where none is expected (the rows are reported, not used).
    UnexpectedTable,
    /// A table row whose cells do not fit the header.
    MalformedRow,
    /// A parameter row without a name.
    MissingName,
    /// A required cell that says neither yes nor no.
    UnknownRequiredFlag,
    /// A type cell that could not be read.
    UnknownType,
    /// A type names a shape that no section defines.
    UnresolvedType,
    /// An operation page without a request method.
    MissingMethod,
    /// An operation page without a readable request address.
    MissingAddress,
    /// An operation page without an H1 operation name.
    MissingOperationName,
    /// A method that is not an HTTP method.
    UnknownMethod,
    /// A `{placeholder}` in the path without a parameter row, or the reverse.
    PathParamMismatch,
    /// The same parameter name twice in one operation.
    DuplicateParam,
    /// The same field name twice in one shape.
    DuplicateField,
    /// Two pages document the same operation.
    DuplicateOperation,
    /// Two definitions of the same shape differ (a member's type or required flag, or the
    /// spelling of the name); the message names both and says which is used.
    ShapeConflict,
    /// Two pages of one operation state different values of a fact (name, method, address, a
    /// parameter's or result member's type, required flag, location, default or allowed
    /// values); the message names both pages and lines and says which page's value is used.
    OperationConflict,
    /// A page leaves out a parameter, member or return code that another page of the same
    /// operation or model documents; it is kept from that page.
    IncompletePage,
    /// A page with an operation's name but another method and another path: it cannot be the
    /// same operation, so it is not merged; it is listed as a candidate.
    OperationCandidate,
    /// A model section whose heading is not a model name.
    UnnamedModel,
    /// An example block that is not valid JSON (kept as text).
    InvalidJsonExample,
    /// A JSON example that does not match the documented parameters or result (left out of
    /// the OpenAPI document).
    ExampleMismatch,
    /// A parameter that is one of the signature headers, handled by the signer.
    SignatureHeader,
    /// An overview page that could not be attached to a service.
    OrphanOverview,
    /// A shape that is defined but never referenced.
    UnusedShape,
    /// A return code that is not a number.
    NonNumericReturnCode,
    /// A corrections file that cannot be read, or an entry of it that cannot be applied.
    MalformedCorrections,
    /// A correction that matches nothing, or no longer changes anything (the page was fixed).
    StaleCorrection,
    /// A correction changed the model (what, and where the correction is).
    Corrected,
}

impl Code {
    /// The stable kebab-case spelling.
    pub fn as_str(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// One finding, with where it was found and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub severity: Severity,
    pub code: Code,
    pub message: String,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: Code, at: &Source, message: impl Into<String>) -> Self {
        Diagnostic {
            file: at.file.clone(),
            line: at.line,
            severity,
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{}:{}: {}[{}]: {}",
            self.file,
            self.line,
            sev,
            self.code.as_str(),
            self.message
        )
    }
}

/// A collector passed through the stages.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn report(
        &mut self,
        severity: Severity,
        code: Code,
        at: &Source,
        message: impl Into<String>,
    ) {
        self.push(Diagnostic::new(severity, code, at, message));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// All diagnostics in a stable order (file, line, code, message).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
}
