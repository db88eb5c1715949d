//! The intermediate model: plain data read from the API reference pages.
//!
//! Everything here is serde data with no I/O. The parser fills it, the resolver merges it per
//! service, and the emitters (OpenAPI, Rust) read it. Every node carries the [`Source`] it came
//! from, so diagnostics and generated docs can point back to the page and line.

use serde::{Deserialize, Serialize};

/// Where a node was read: a file (as given on the command line, with `/` separators) and a
/// 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Source {
    pub file: String,
    pub line: u32,
}

impl Source {
    pub fn new(file: impl Into<String>, line: u32) -> Self {
        Source {
            file: file.into(),
            line,
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The whole API: every service read, ordered by name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Api {
    pub services: Vec<Service>,
}

/// One JD Cloud service: the operations that share a host prefix (`vm`, `coc-vm`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The host prefix, `vm` for `vm.jdcloud-api.com`.
    pub name: String,
    /// The host most operations use, e.g. `vm.jdcloud-api.com`.
    pub host: String,
    /// The API version most operations use (`v1`).
    pub version: String,
    /// The title of the overview page, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The introduction of the overview page, as markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The operations the overview page lists (many have no page of their own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub catalog: Vec<CatalogEntry>,
    /// Operations, ordered by id.
    pub operations: Vec<Operation>,
    /// Shapes (models), ordered by name.
    pub shapes: Vec<Shape>,
    /// The overview page, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// A row of an overview page's operation list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub name: String,
    pub method: String,
    pub description: String,
    pub source: Source,
}

/// One API operation, from one page (or several duplicate pages, merged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// The operation name exactly as the page's H1 gives it (`createInstances`).
    pub id: String,
    pub method: HttpMethod,
    /// Full host as documented, possibly with a `{regionId}` placeholder.
    pub host: String,
    /// Version segment (`v1`).
    pub version: String,
    /// Path after the version, with `{placeholders}` and any `:action` suffix.
    pub path: String,
    /// First sentence of the description.
    pub summary: String,
    /// The description as markdown: English where a page gives English, else what there is.
    pub description: String,
    /// The Chinese description, when `description` is English and a page gives Chinese too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_zh: Option<String>,
    pub params: Vec<Param>,
    /// Top-level members of `result` in the response (or of the whole body when the page
    /// documents no `result`; see [`Response`]).
    pub response: Response,
    pub errors: Vec<ErrorCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
    pub source: Source,
    /// What the operation is beyond its parameters (paged, idempotent, regional), decided once
    /// from the rest of the model (`crate::traits`) for every emitter.
    #[serde(default, skip_serializing_if = "Traits::is_empty")]
    pub traits: Traits,
    /// Other pages that document the same operation, merged into this one fact by fact
    /// (`crate::resolve` says which page decides what).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicates: Vec<Source>,
    /// Pages under the same name that cannot be this operation (another method and another
    /// path): not merged, reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Source>,
    /// The facts on which the merged pages disagree, and what each page says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
}

/// A fact on which the pages that document one node disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What is disputed: `method`, `path`, `parameter `x`: type`, `field `y``, …
    pub fact: String,
    /// What each page says, the value used first.
    pub claims: Vec<Claim>,
}

/// What one page says about a disputed fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The value as written, or `(not documented)`.
    pub value: String,
    pub source: Source,
}

/// The HTTP method of an operation; serialized as its upper-case name (`GET`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
}

impl HttpMethod {
    /// Every method, in the order OpenAPI lists them within a path.
    pub const ALL: [HttpMethod; 7] = [
        HttpMethod::Get,
        HttpMethod::Put,
        HttpMethod::Post,
        HttpMethod::Delete,
        HttpMethod::Options,
        HttpMethod::Head,
        HttpMethod::Patch,
    ];

    /// The method named by `word`, in any case.
    pub fn parse(word: &str) -> Option<HttpMethod> {
        HttpMethod::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(word))
    }

    /// The upper-case name (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Head => "HEAD",
            HttpMethod::Options => "OPTIONS",
        }
    }

    /// Whether parameters outside the path travel in a JSON body (POST, PUT, PATCH) rather
    /// than in the query.
    pub fn has_body(self) -> bool {
        matches!(self, HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch)
    }

    /// Whether sending the request twice is as good as once whatever it carries (GET, HEAD).
    pub fn is_safe(self) -> bool {
        matches!(self, HttpMethod::Get | HttpMethod::Head)
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// Facts about an operation that its parameters and result imply, decided once for every
/// emitter (`crate::traits`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traits {
    /// The operation lists items page by page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    /// The parameter that makes a request idempotent (`clientToken`): a client fills it when
    /// the caller does not, and may then retry safely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_token: Option<String>,
    /// The parameter whose value is the region the request is signed for (`regionId`), when
    /// every request carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

impl Traits {
    pub fn is_empty(&self) -> bool {
        self == &Traits::default()
    }
}

/// How a list operation pages: the request parameters that choose the page and its size, and
/// the result members that hold the total and the items of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pagination {
    /// The 1-based page number parameter (`pageNumber`).
    pub page_number: String,
    /// The page size parameter (`pageSize`).
    pub page_size: String,
    /// The result member with the number of items across all pages (`totalCount`).
    pub total_count: String,
    /// The result member with the items of the page (an array).
    pub items: String,
}

/// What the response body carries. JD Cloud wraps every answer as
/// `{"requestId": "...", "result": {...}}`; pages document that envelope in several ways.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The `result` row of the return table, when the page has one (its type usually names a
    /// shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Field>,
    /// Members of `result` listed directly in the return table, on pages without a `result`
    /// row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// Top-level members beside `requestId` and `result` (rare; e.g. `error`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<Field>,
}

/// Where a request parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Body,
}

/// A request parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Param {
    pub name: String,
    pub location: ParamLocation,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// The type cell as written on the page.
    pub type_text: String,
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<Constraint>,
    /// The description: English where a page gives English, else what there is.
    pub doc: String,
    /// The Chinese description, when `doc` is English and a page gives Chinese too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_zh: Option<String>,
    pub source: Source,
    /// Other pages' rows for this parameter (the operation was documented by several pages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_documented_at: Vec<Source>,
}

/// A named model: a `### Name` section with a field table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub name: String,
    pub fields: Vec<Field>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    pub source: Source,
    /// Other sections (on this or other pages) merged into this shape.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_defined_at: Vec<Source>,
    /// The facts on which those sections disagree, and what each says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreement>,
    /// The Rust type name a correction gives the shape (`None`: derived from `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
}

/// A member of a shape or of a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// The type cell as written on the page.
    pub type_text: String,
    /// `true` only where the page's table has a "required" column that says so; response
    /// tables have no such column and their fields are never required.
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<Constraint>,
    /// The description: English where a page gives English, else what there is.
    pub doc: String,
    /// The Chinese description, when `doc` is English and a page gives Chinese too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_zh: Option<String>,
    pub source: Source,
    /// Other pages' rows for this member (its shape or operation was documented by several
    /// pages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_documented_at: Vec<Source>,
    /// The Rust field name a correction gives the member (`None`: derived from `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
}

/// A type expression from a "Type" column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeRef {
    String,
    Integer,
    Long,
    /// `Number` is used both for counts and for fractional values.
    Number,
    Double,
    Float,
    Boolean,
    /// An untyped object (`Object`).
    Object,
    /// An untyped map (`Map`).
    Map,
    /// An untyped value (`Array` without an item type, or anything unrecognised).
    Any,
    Array(Box<TypeRef>),
    /// A reference to a [`Shape`] of the same service.
    Named(String),
}

impl TypeRef {
    /// The innermost type of nested arrays.
    pub fn element(&self) -> &TypeRef {
        match self {
            TypeRef::Array(inner) => inner.element(),
            other => other,
        }
    }

    /// A number of any kind (`Integer`, `Long`, `Number`, `Double`, `Float`).
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            TypeRef::Integer | TypeRef::Long | TypeRef::Number | TypeRef::Double | TypeRef::Float
        )
    }

    /// A single value written as text: a number, a string or a boolean.
    pub fn is_scalar(&self) -> bool {
        self.is_numeric() || matches!(self, TypeRef::String | TypeRef::Boolean)
    }

    /// The shape this type refers to, looking through arrays.
    pub fn shape_name(&self) -> Option<&str> {
        match self.element() {
            TypeRef::Named(name) => Some(name),
            _ => None,
        }
    }
}

/// A constraint mined from a description, with the sentence it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Constraint {
    #[serde(flatten)]
    pub kind: ConstraintKind,
    /// The text the constraint was read from.
    pub text: String,
}

/// The constraints the descriptions state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConstraintKind {
    /// A numeric range; a missing bound is open.
    Range {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        exclusive_min: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        exclusive_max: bool,
    },
    /// The value must be one of these.
    AllowedValues { values: Vec<String> },
    /// Maximum length in characters.
    MaxLength { value: u64 },
    /// Minimum length in characters.
    MinLength { value: u64 },
    /// Maximum number of array items.
    MaxItems { value: u64 },
    /// A default value stated in prose.
    Default { value: String },
}

/// A row of a return-code table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorCode {
    /// HTTP status, when the code is numeric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// JD error status (`INVALID_ARGUMENT`), from 4-column tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    pub source: Source,
}

/// Which side of the exchange an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleKind {
    Request,
    Response,
}

/// A code block from an example section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub kind: ExampleKind,
    /// The heading or lead-in text that introduces the block.
    pub title: String,
    /// Info string of the fence, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub raw_text: String,
    /// The block parsed as JSON, when it is valid JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<serde_json::Value>,
    pub source: Source,
}
