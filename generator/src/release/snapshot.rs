//! `api-model.jsonl`: the model a generated crate was made from, kept in the crate so the next
//! regeneration can tell what changed. Compact and deterministic: no sources, and each
//! operation's, model's and service's text reduced to one hash (so a text change is seen, as
//! "docs only", without keeping the text). One JSON object per line: a header, then each
//! service followed by its operations and models, in the model's order; a diff of the file
//! shows which operations and models changed.

use serde::{Deserialize, Serialize};

use crate::ir::{
    Api, Constraint, ConstraintKind, ErrorCode, Example, ExampleKind, Field, HttpMethod, Operation,
    Param, ParamLocation, Response, Service, Shape, Source, Traits, TypeRef,
};

/// The file's name in the crate folder.
pub const FILE_NAME: &str = "api-model.jsonl";

/// The format written in the header; a file of another format is not read.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Line {
    Header {
        format: u32,
        version: String,
    },
    Service {
        name: String,
        host: String,
        version: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        docs: String,
    },
    Operation(Op),
    Model(Model),
}

#[derive(Serialize, Deserialize)]
struct Op {
    id: String,
    method: HttpMethod,
    /// Written when it is not the service's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    host: Option<String>,
    /// Written when it is not the service's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    path: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    params: Vec<Member>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    result: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    members: Vec<Member>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    errors: Vec<Error>,
    /// Hash of every text of the operation: description, parameters' and members' texts,
    /// error messages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    docs: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    examples: String,
}

#[derive(Serialize, Deserialize)]
struct Model {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rust_name: Option<String>,
    fields: Vec<Member>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    docs: String,
}

/// A parameter or a field.
#[derive(Serialize, Deserialize)]
struct Member {
    name: String,
    #[serde(rename = "type")]
    ty: TypeRef,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    required: bool,
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    location: Option<ParamLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    default: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    constraints: Vec<ConstraintKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rust_name: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Error {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
}

/// FNV-1a (64 bits) of the texts, as 16 hex digits; empty when every text is empty.
fn hash<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut any = false;
    for t in texts {
        any |= !t.is_empty();
        for b in t.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    if any {
        format!("{h:016x}")
    } else {
        String::new()
    }
}

fn member_texts<'a>(
    docs: [&'a Option<String>; 2],
    doc: &'a str,
    type_text: &'a str,
    constraints: &'a [Constraint],
) -> impl Iterator<Item = &'a str> {
    let [example, doc_zh] = docs;
    [
        doc,
        doc_zh.as_deref().unwrap_or(""),
        type_text,
        example.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .chain(constraints.iter().map(|c| c.text.as_str()))
}

fn param(p: &Param) -> Member {
    Member {
        name: p.name.clone(),
        ty: p.ty.clone(),
        required: p.required,
        location: Some(p.location),
        default: p.default.clone(),
        constraints: p.constraints.iter().map(|c| c.kind.clone()).collect(),
        rust_name: None,
    }
}

fn field(f: &Field) -> Member {
    Member {
        name: f.name.clone(),
        ty: f.ty.clone(),
        required: f.required,
        location: None,
        default: f.default.clone(),
        constraints: f.constraints.iter().map(|c| c.kind.clone()).collect(),
        rust_name: f.rust_name.clone(),
    }
}

fn field_texts(f: &Field) -> impl Iterator<Item = &str> {
    member_texts(
        [&f.example, &f.doc_zh],
        &f.doc,
        &f.type_text,
        &f.constraints,
    )
}

fn op_line(s: &Service, o: &Operation) -> Op {
    let mut texts: Vec<&str> = vec![
        &o.summary,
        &o.description,
        o.description_zh.as_deref().unwrap_or(""),
    ];
    for p in &o.params {
        texts.extend(member_texts(
            [&p.example, &p.doc_zh],
            &p.doc,
            &p.type_text,
            &p.constraints,
        ));
    }
    for f in o.response.result.iter().chain(&o.response.fields) {
        texts.extend(field_texts(f));
    }
    for e in &o.errors {
        texts.push(&e.message);
        texts.push(e.explanation.as_deref().unwrap_or(""));
    }
    let mut examples: Vec<&str> = Vec::new();
    for e in &o.examples {
        examples.push(match e.kind {
            ExampleKind::Request => "request",
            ExampleKind::Response => "response",
        });
        examples.push(&e.raw_text);
    }
    Op {
        id: o.id.clone(),
        method: o.method,
        host: (o.host != s.host).then(|| o.host.clone()),
        version: (o.version != s.version).then(|| o.version.clone()),
        path: o.path.clone(),
        params: o.params.iter().map(param).collect(),
        result: o.response.result.as_ref().map(|f| f.ty.clone()),
        members: o.response.fields.iter().map(field).collect(),
        errors: o
            .errors
            .iter()
            .map(|e| Error {
                status: e.http_status,
                code: e.code.clone(),
            })
            .collect(),
        docs: hash(texts),
        examples: hash(examples),
    }
}

/// The model file of `api`, for a crate of version `version`.
pub fn write(api: &Api, version: &str) -> String {
    let mut lines = vec![Line::Header {
        format: FORMAT,
        version: version.to_string(),
    }];
    for s in &api.services {
        lines.push(Line::Service {
            name: s.name.clone(),
            host: s.host.clone(),
            version: s.version.clone(),
            docs: hash([
                s.title.as_deref().unwrap_or(""),
                s.description.as_deref().unwrap_or(""),
            ]),
        });
        lines.extend(s.operations.iter().map(|o| Line::Operation(op_line(s, o))));
        for m in &s.shapes {
            let mut texts: Vec<&str> = vec![&m.doc];
            for f in &m.fields {
                texts.extend(field_texts(f));
            }
            lines.push(Line::Model(Model {
                name: m.name.clone(),
                rust_name: m.rust_name.clone(),
                fields: m.fields.iter().map(field).collect(),
                docs: hash(texts),
            }));
        }
    }
    let mut out = String::new();
    for line in &lines {
        out.push_str(&serde_json::to_string(line).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// A model file read back: the crate version it records and the model, with each text
/// replaced by its hash. `None` when the text is not a model file of this format.
pub fn read(text: &str) -> Option<(String, Api)> {
    let mut version = None;
    let mut api = Api::default();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match serde_json::from_str::<Line>(line).ok()? {
            Line::Header { format, version: v } => {
                if format != FORMAT {
                    return None;
                }
                version = Some(v);
            }
            Line::Service {
                name,
                host,
                version,
                docs,
            } => api.services.push(Service {
                name,
                host,
                version,
                title: None,
                description: (!docs.is_empty()).then_some(docs),
                catalog: Vec::new(),
                operations: Vec::new(),
                shapes: Vec::new(),
                source: None,
            }),
            Line::Operation(o) => {
                let svc = api.services.last_mut()?;
                let op = operation(o, &svc.host, &svc.version);
                svc.operations.push(op);
            }
            Line::Model(m) => api.services.last_mut()?.shapes.push(shape(m)),
        }
    }
    crate::traits::decide(&mut api);
    Some((version?, api))
}

/// The model as [`read`] gives it back: texts replaced by their hashes, sources dropped. Two
/// models are compared in this form so that both sides have the same texts.
pub fn normalize(api: &Api) -> Api {
    read(&write(api, "0.0.0"))
        .map(|(_, a)| a)
        .unwrap_or_default()
}

fn nowhere() -> Source {
    Source::new("", 0)
}

fn to_param(m: Member) -> Param {
    Param {
        name: m.name,
        location: m.location.unwrap_or(ParamLocation::Body),
        ty: m.ty,
        type_text: String::new(),
        required: m.required,
        default: m.default,
        example: None,
        constraints: constraints(m.constraints),
        doc: String::new(),
        doc_zh: None,
        source: nowhere(),
        also_documented_at: Vec::new(),
    }
}

fn to_field(m: Member) -> Field {
    Field {
        name: m.name,
        ty: m.ty,
        type_text: String::new(),
        required: m.required,
        default: m.default,
        example: None,
        constraints: constraints(m.constraints),
        doc: String::new(),
        doc_zh: None,
        source: nowhere(),
        also_documented_at: Vec::new(),
        rust_name: m.rust_name,
    }
}

fn constraints(kinds: Vec<ConstraintKind>) -> Vec<Constraint> {
    kinds
        .into_iter()
        .map(|kind| Constraint {
            kind,
            text: String::new(),
        })
        .collect()
}

fn operation(o: Op, host: &str, version: &str) -> Operation {
    Operation {
        id: o.id,
        method: o.method,
        host: o.host.unwrap_or_else(|| host.to_string()),
        version: o.version.unwrap_or_else(|| version.to_string()),
        path: o.path,
        summary: String::new(),
        description: o.docs,
        description_zh: None,
        params: o.params.into_iter().map(to_param).collect(),
        response: Response {
            result: o.result.map(|ty| Field {
                name: "result".into(),
                ty,
                type_text: String::new(),
                required: false,
                default: None,
                example: None,
                constraints: Vec::new(),
                doc: String::new(),
                doc_zh: None,
                source: nowhere(),
                also_documented_at: Vec::new(),
                rust_name: None,
            }),
            fields: o.members.into_iter().map(to_field).collect(),
            extra: Vec::new(),
        },
        errors: o
            .errors
            .into_iter()
            .map(|e| ErrorCode {
                http_status: e.status,
                code: e.code,
                message: String::new(),
                explanation: None,
                source: nowhere(),
            })
            .collect(),
        examples: if o.examples.is_empty() {
            Vec::new()
        } else {
            vec![Example {
                kind: ExampleKind::Request,
                title: String::new(),
                language: None,
                raw_text: o.examples,
                json: None,
                source: nowhere(),
            }]
        },
        source: nowhere(),
        traits: Traits::default(),
        duplicates: Vec::new(),
        candidates: Vec::new(),
        disagreements: Vec::new(),
    }
}

fn shape(m: Model) -> Shape {
    Shape {
        name: m.name,
        fields: m.fields.into_iter().map(to_field).collect(),
        doc: m.docs,
        source: nowhere(),
        also_defined_at: Vec::new(),
        disagreements: Vec::new(),
        rust_name: m.rust_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Api {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/demo");
        crate::load(&[dir]).api()
    }

    #[test]
    fn the_file_reads_back_to_the_same_file() {
        let api = demo();
        let text = write(&api, "0.3.1");
        let (version, back) = read(&text).expect("reads");
        assert_eq!(version, "0.3.1");
        // What is compared is the file read back: the same pages give the same model.
        assert_eq!(back, normalize(&api));
        assert_eq!(write(&api, "0.3.1"), text, "deterministic");
        assert!(crate::diff::diff(&back, &normalize(&api)).is_empty());
        // Only texts are hashed: the structure reads back as written.
        let structure = |a: &Api| write(a, "x").lines().map(strip_hashes).collect::<Vec<_>>();
        assert_eq!(structure(&back), structure(&api));
        // Derived facts are decided again on reading.
        let list = back.services[0]
            .operations
            .iter()
            .find(|o| o.id == "describeWidgets")
            .expect("op");
        assert!(list.traits.pagination.is_some());
    }

    fn strip_hashes(line: &str) -> String {
        let mut v: serde_json::Value = serde_json::from_str(line).expect("JSON");
        for kind in ["operation", "model", "service"] {
            if let Some(o) = v.get_mut(kind).and_then(|x| x.as_object_mut()) {
                o.remove("docs");
                o.remove("examples");
            }
        }
        v.to_string()
    }

    #[test]
    fn other_text_is_not_a_model_file() {
        assert!(read("").is_none());
        assert!(read("not json\n").is_none());
        assert!(read("{\"header\":{\"format\":99,\"version\":\"1.0.0\"}}\n").is_none());
        assert!(read("{\"operation\":{}}\n").is_none());
    }

    #[test]
    fn a_text_change_is_seen_as_a_hash_change() {
        let api = demo();
        let mut changed = api.clone();
        changed.services[0].operations[0].params[0]
            .doc
            .push_str(" More.");
        let report = crate::diff::diff(&normalize(&api), &normalize(&changed));
        let classes: Vec<_> = report.changes().map(|c| c.class).collect();
        assert_eq!(classes, [crate::diff::Class::DocsOnly]);
    }
}
