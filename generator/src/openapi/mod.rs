//! The OpenAPI emitter: one document per service, built from the model only.
//!
//! ```text
//! Service ──▶ info · servers · security · tags · paths (operation.rs, responses.rs) ·
//!             components (schema.rs for shapes, the per-operation bodies and envelopes)
//! ```
//!
//! The document is built in a fixed order (serde_json keeps insertion order), so the same model
//! always gives the same bytes. What OpenAPI cannot say goes into `x-jdcloud-*` extensions:
//! `x-jdcloud-service`, `x-jdcloud-source` (`file:line` of the page), `x-jdcloud-error-codes`
//! (the return-code table), `x-jdcloud-query-encoding` and `x-jdcloud-header-encoding`.
//!
//! JD Cloud sends arrays in the query as `name.1=a&name.2=b` and arrays of objects as
//! `filters.1.name=x&filters.1.values.1=y`, which no OpenAPI `style` describes. Such parameters
//! keep their typed schema, get `style: form, explode: true` (the closest standard reading) and
//! `x-jdcloud-query-encoding: indexed`, which a client must honour; a single object in the
//! query (`name.field=x`) gets `dotted`. Header parameters named `x-jdcloud-*` carry
//! base64-encoded values: `x-jdcloud-header-encoding: base64`.

mod examples;
mod names;
mod operation;
mod paths;
mod responses;
mod schema;
mod text;
mod values;

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::ir::Service;

use names::Names;
use operation::{OpNames, Shared};
use schema::SchemaCx;

/// The name of the security scheme for the JD Cloud request signature.
pub const SECURITY_SCHEME: &str = "jdcloudSignature";

/// Which OpenAPI version to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SpecVersion {
    /// OpenAPI 3.0.3, which every consumer reads.
    #[default]
    V3_0,
    /// OpenAPI 3.1.0: exclusive bounds as numbers, schema examples as `examples` lists.
    V3_1,
}

impl SpecVersion {
    /// The value of the document's `openapi` field.
    pub fn as_str(self) -> &'static str {
        match self {
            SpecVersion::V3_0 => "3.0.3",
            SpecVersion::V3_1 => "3.1.0",
        }
    }
}

/// Options of the export.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub version: SpecVersion,
}

/// The OpenAPI document of one service.
#[derive(Debug, Clone)]
pub struct Document {
    /// The service name, which is also the file stem (`vm` → `vm.json`).
    pub service: String,
    pub json: Value,
    /// What could not be put into the document, and why.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// The document as written to disk: pretty JSON ending with a newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(&self.json).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }

    /// The file name, `<service>.json`; `<service>-service.json` for the names Windows reserves
    /// for devices (`aux`, `con`, `nul`, `com1`, …), which no file may have there.
    pub fn file_name(&self) -> String {
        let lower = self.service.to_ascii_lowercase();
        let device = matches!(lower.as_str(), "con" | "prn" | "aux" | "nul")
            || (lower.len() == 4
                && (lower.starts_with("com") || lower.starts_with("lpt"))
                && matches!(lower.as_bytes()[3], b'1'..=b'9'));
        if device {
            format!("{}-service.json", self.service)
        } else {
            format!("{}.json", self.service)
        }
    }

    /// Operations (method entries under `paths`).
    pub fn operation_count(&self) -> usize {
        self.json["paths"]
            .as_object()
            .map(|p| {
                p.values()
                    .filter_map(Value::as_object)
                    .map(|item| item.len())
                    .sum()
            })
            .unwrap_or(0)
    }

    /// Component schemas.
    pub fn schema_count(&self) -> usize {
        self.json["components"]["schemas"]
            .as_object()
            .map_or(0, |s| s.len())
    }
}

/// One document per service, in the model's order (built on every core, see
/// [`crate::par::map`]).
pub fn export(services: &[Service], options: &Options) -> Vec<Document> {
    crate::par::map(services, |s| export_service(s, options))
}

/// Makes `dir` hold exactly the documents, `<dir>/<service>.json`, returning the files written.
/// The folder is replaced whole, through a temporary sibling swapped in
/// ([`crate::output::replace_dir`]), so an interrupted run leaves the previous documents. It
/// must be missing, empty, or hold only `.json` files (an earlier run's documents): a folder
/// holding anything else is refused, so that a mistaken `dir` such as `.` loses nothing.
pub fn write_documents(docs: &[Document], dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.exists() {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot use {} as the output folder: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
            let is_file = entry.file_type().map(|t| t.is_file()).unwrap_or(false);
            let name = entry.file_name();
            if !is_file || !name.to_string_lossy().ends_with(".json") {
                return Err(format!(
                    "{} holds {:?}, which is not an OpenAPI document; the folder is replaced whole, so give a new or empty folder, or one that holds only an earlier run's `.json` documents",
                    dir.display(),
                    name
                ));
            }
        }
    }
    let files: crate::output::Files = docs.iter().map(|d| (d.file_name(), d.to_bytes())).collect();
    crate::output::replace_dir(dir, &files)?;
    Ok(files.keys().map(|name| dir.join(name)).collect())
}

/// The OpenAPI document of one service.
pub fn export_service(svc: &Service, options: &Options) -> Document {
    let mut diags = Diagnostics::default();
    let mut names = Names::new(&svc.shapes);
    let error_response = names.fresh("ErrorResponse");
    let error_detail = names.fresh("ErrorDetail");
    let op_names: Vec<OpNames> = svc
        .operations
        .iter()
        .map(|op| OpNames::new(&mut names, op))
        .collect();
    let cx = SchemaCx {
        version: options.version,
        names: &names,
    };

    let mut schemas: Vec<(String, Value)> = svc
        .shapes
        .iter()
        .filter_map(|s| Some((names.shape(&s.name)?.to_owned(), cx.shape_schema(s))))
        .collect();
    let (err, detail) = responses::error_schemas(&error_detail);
    schemas.push((error_response.clone(), err));
    schemas.push((error_detail, detail));

    let shared = Shared {
        cx: &cx,
        tag: &svc.name,
        error_schema: &error_response,
    };
    let mut paths = paths::Paths::default();
    for (op, on) in svc.operations.iter().zip(&op_names) {
        let Some(at) = paths.place(svc, op, &mut diags) else {
            continue;
        };
        let built = operation::build(&shared, op, on, &at.path, at.servers.clone(), &mut diags);
        paths.insert(&at, built.value);
        schemas.extend(built.components);
    }
    schemas.sort_by(|a, b| a.0.cmp(&b.0));

    let mut doc = Map::new();
    doc.insert("openapi".into(), json!(options.version.as_str()));
    doc.insert("info".into(), info(svc));
    doc.insert(
        "servers".into(),
        json!([paths::server(&svc.host, Some(&svc.version))]),
    );
    doc.insert("security".into(), json!([{ SECURITY_SCHEME: [] }]));
    doc.insert("tags".into(), json!([tag(svc)]));
    doc.insert("paths".into(), paths.into_value());
    doc.insert(
        "components".into(),
        json!({
            "schemas": Value::Object(schemas.into_iter().collect()),
            "securitySchemes": { SECURITY_SCHEME: security_scheme() },
        }),
    );
    examples::drop_nonconforming(&mut doc, svc, &mut diags);
    let mut json = Value::Object(doc);
    text::make_prose_inert(&mut json);
    Document {
        service: svc.name.clone(),
        json,
        diagnostics: diags.into_sorted(),
    }
}

fn info(svc: &Service) -> Value {
    let mut o = Map::new();
    let title = svc
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map_or_else(|| format!("JD Cloud {} API", svc.name), str::to_owned);
    o.insert("title".into(), json!(title));
    let description = svc
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map_or_else(
            || {
                format!(
                    "The `{}` service of JD Cloud, served from `{}`.",
                    svc.name, svc.host
                )
            },
            str::to_owned,
        );
    o.insert("description".into(), json!(description));
    o.insert("version".into(), json!(svc.version));
    o.insert("x-jdcloud-service".into(), json!(svc.name));
    if let Some(src) = &svc.source {
        o.insert("x-jdcloud-source".into(), json!(src.to_string()));
    }
    Value::Object(o)
}

fn tag(svc: &Service) -> Value {
    let mut o = Map::new();
    o.insert("name".into(), json!(svc.name));
    if let Some(t) = svc.title.as_deref().filter(|t| !t.trim().is_empty()) {
        o.insert("description".into(), json!(t.trim()));
    }
    Value::Object(o)
}

fn security_scheme() -> Value {
    json!({
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "The JD Cloud request signature, `JDCLOUD3-HMAC-SHA256`. The client signs \
            the method, path, query, the signed headers and the SHA-256 of the body with the \
            secret key, and sends `Authorization: JDCLOUD3-HMAC-SHA256 \
            Credential=<accessKey>/<date>/<region>/<service>/jdcloud3_request, \
            SignedHeaders=..., Signature=...` together with `x-jdcloud-date` and \
            `x-jdcloud-nonce` (and `x-jdcloud-security-token` with a session token). The \
            region is the request's `regionId`, or `jdcloud-api` when it has none; the service \
            is the host prefix.",
    })
}
