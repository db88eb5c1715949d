//! A catalogue of broken and hostile input. Each case names the diagnostic it must get (code,
//! severity, file, line) and what becomes of the page; every case also goes through the whole
//! pipeline (Rust crate and OpenAPI documents) without failing, and leaves the rest of the input
//! as it was. The pages are in `tests/fixtures/bad/` (the injection test compiles the crate
//! they make, together with `specs/`); the large ones are made here.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use jdcloud_codegen::diagnostics::{Code, Diagnostic, Severity};
use jdcloud_codegen::ir::{Operation, ParamLocation, Service, TypeRef};
use jdcloud_codegen::{generate_files, load_sources, output, Loaded};

const FIXTURES: &str = "tests/fixtures/bad";

/// The fixture `name` as a source named like the checked-in file.
fn fixture(name: &str) -> (String, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(FIXTURES)
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (format!("{FIXTURES}/{name}"), bytes)
}

fn load(names: &[&str]) -> Loaded {
    let sources: Vec<_> = names.iter().map(|n| fixture(n)).collect();
    checked(load_sources(&sources))
}

/// Checks what holds for any input, and returns the model.
fn checked(loaded: Loaded) -> Loaded {
    assert_eq!(
        loaded.stats.rows_unaccounted, 0,
        "rows neither in the model nor in a diagnostic"
    );
    let files = generate_files(&loaded.api()).expect("generation never fails");
    for path in files.keys() {
        assert!(
            !path
                .split('/')
                .any(|c| c.is_empty() || c == "." || c == "..")
                && !path.contains('\\'),
            "unsafe path {path}"
        );
    }
    loaded
}

/// The 1-based line of the `nth` (0-based) line of `file` that contains `needle`.
fn line_of(file: &str, needle: &str, nth: usize) -> u32 {
    let (_, bytes) = fixture(file);
    let text = String::from_utf8_lossy(&bytes);
    let index = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(nth)
        .unwrap_or_else(|| panic!("{file}: no line {nth} with {needle:?}"))
        .0;
    u32::try_from(index + 1).expect("small file")
}

/// The diagnostic with this code, severity, file and line; fails listing all of them.
fn expect<'a>(
    loaded: &'a Loaded,
    code: Code,
    severity: Severity,
    file: &str,
    line: u32,
) -> &'a Diagnostic {
    let file = format!("{FIXTURES}/{file}");
    loaded
        .diagnostics
        .iter()
        .find(|d| d.code == code && d.severity == severity && d.file == file && d.line == line)
        .unwrap_or_else(|| {
            panic!(
                "no {severity:?} {} at {file}:{line}; got:\n{}",
                code.as_str(),
                loaded
                    .diagnostics
                    .iter()
                    .map(|d| format!("  {d}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
}

fn errors(loaded: &Loaded) -> usize {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn service<'a>(loaded: &'a Loaded, name: &str) -> &'a Service {
    loaded
        .services
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no service {name}"))
}

fn operation<'a>(loaded: &'a Loaded, id: &str) -> &'a Operation {
    loaded
        .services
        .iter()
        .flat_map(|s| &s.operations)
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn operation_count(loaded: &Loaded) -> usize {
    loaded.services.iter().map(|s| s.operations.len()).sum()
}

/// The generated file at `path` (`jdcloud-sdk/src/bad/mod.rs`) as text.
fn generated(loaded: &Loaded, path: &str) -> String {
    let files = generate_files(&loaded.api()).expect("generates");
    let bytes = files
        .get(path)
        .unwrap_or_else(|| panic!("no {path}; files: {:?}", files.keys().collect::<Vec<_>>()));
    String::from_utf8(bytes.clone()).expect("UTF-8")
}

// Files that are not pages ---------------------------------------------------------------------

#[test]
fn empty_file() {
    let l = load(&["empty.md"]);
    expect(&l, Code::EmptyPage, Severity::Warning, "empty.md", 1);
    assert!(l.services.is_empty());
}

#[test]
fn blank_file() {
    let l = load(&["blank.md"]);
    expect(&l, Code::EmptyPage, Severity::Warning, "blank.md", 1);
    assert!(l.services.is_empty());
}

#[test]
fn binary_file() {
    let l = load(&["binary.md"]);
    // The first invalid byte is the first byte; the first NUL is on line 3.
    expect(&l, Code::UnreadableFile, Severity::Warning, "binary.md", 1);
    expect(&l, Code::UnreadableFile, Severity::Warning, "binary.md", 3);
    assert!(l.services.is_empty());
}

#[test]
fn non_utf8_bytes_in_an_otherwise_good_page() {
    let l = load(&["gbk-description.md"]);
    let line = line_of("gbk-description.md", "Text saved as GBK", 0);
    expect(
        &l,
        Code::UnreadableFile,
        Severity::Warning,
        "gbk-description.md",
        line,
    );
    let op = operation(&l, "describeGbk");
    assert!(op.description.contains('\u{FFFD}'), "{}", op.description);
    assert_eq!(errors(&l), 0);
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let l = load(&["utf16-bom.md"]);
    expect(
        &l,
        Code::UnreadableFile,
        Severity::Warning,
        "utf16-bom.md",
        1,
    );
    assert_eq!(operation(&l, "describeUtf16").method.as_str(), "GET");
}

#[test]
fn utf16_without_a_byte_order_mark_is_reported() {
    let l = load(&["utf16-no-bom.md"]);
    expect(
        &l,
        Code::UnreadableFile,
        Severity::Warning,
        "utf16-no-bom.md",
        1,
    );
    assert_eq!(operation_count(&l), 0);
}

// Pages without a method or an address ---------------------------------------------------------

#[test]
fn page_without_a_method_section() {
    let l = load(&["no-method.md"]);
    expect(&l, Code::MissingMethod, Severity::Error, "no-method.md", 1);
    assert_eq!(operation_count(&l), 0);
}

#[test]
fn method_section_without_a_method() {
    let l = load(&["empty-method.md"]);
    expect(
        &l,
        Code::MissingMethod,
        Severity::Error,
        "empty-method.md",
        1,
    );
    assert_eq!(operation_count(&l), 0);
}

#[test]
fn method_that_is_not_http() {
    let l = load(&["unknown-method.md"]);
    let line = line_of("unknown-method.md", "FETCH", 0);
    expect(
        &l,
        Code::UnknownMethod,
        Severity::Error,
        "unknown-method.md",
        line,
    );
    assert_eq!(operation_count(&l), 0);
}

#[test]
fn page_without_an_address() {
    let l = load(&["no-address.md"]);
    expect(
        &l,
        Code::MissingAddress,
        Severity::Error,
        "no-address.md",
        1,
    );
    assert_eq!(operation_count(&l), 0);
}

#[test]
fn address_that_is_not_a_url() {
    let l = load(&["address-not-a-url.md"]);
    let line = line_of("address-not-a-url.md", "TBD", 0);
    expect(
        &l,
        Code::MissingAddress,
        Severity::Error,
        "address-not-a-url.md",
        line,
    );
    assert_eq!(operation_count(&l), 0);
}

#[test]
fn page_without_a_title_is_named_after_its_file() {
    let l = load(&["no-title.md"]);
    expect(
        &l,
        Code::MissingOperationName,
        Severity::Warning,
        "no-title.md",
        1,
    );
    let op = operation(&l, "no-title");
    assert!(generated(&l, "jdcloud-sdk/src/bad/mod.rs").contains("pub fn no_title("));
    assert_eq!(op.params.len(), 2);
}

/// Service names come from hosts, and name folders, modules and files of the output: a host
/// that is not a host name is refused, whatever it holds.
#[test]
fn hosts_that_are_not_host_names() {
    for (file, needle) in [
        ("host-dotdot.md", "https://../"),
        ("host-dot-slash.md", "https://./x"),
        ("host-backslash.md", "https://a\\\\..\\\\b"),
        ("host-quote.md", "https://a\"b"),
        ("host-unicode.md", "https://云主机"),
        ("host-placeholder.md", "https://{regionId}."),
        ("host-dash.md", "https://-vm."),
    ] {
        let l = load(&[file]);
        let line = line_of(file, needle, 0);
        expect(&l, Code::MissingAddress, Severity::Error, file, line);
        assert_eq!(operation_count(&l), 0, "{file}");
    }
}

/// A service may be called like a module of the crate's own: it gets another module name.
#[test]
fn service_named_like_the_runtime() {
    let l = load(&["host-keyword.md"]);
    assert_eq!(service(&l, "runtime").operations.len(), 1);
    let lib = generated(&l, "jdcloud-sdk/src/lib.rs");
    assert!(
        lib.contains("pub use ::jdcloud_sdk_runtime as runtime;"),
        "{lib}"
    );
    assert!(
        lib.contains("#[cfg(feature = \"runtime\")]\npub mod runtime2;"),
        "{lib}"
    );
    generated(&l, "jdcloud-sdk/src/runtime2/mod.rs");
}

// Tables ---------------------------------------------------------------------------------------

#[test]
fn rows_with_too_few_or_too_many_cells_and_unescaped_pipes() {
    let f = "cells.md";
    let l = load(&[f]);
    let op = operation(&l, "describeCells");
    let param = |name: &str| {
        op.params
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    expect(
        &l,
        Code::MalformedRow,
        Severity::Warning,
        f,
        line_of(f, "tooFew", 0),
    );
    assert_eq!(param("tooFew").doc, "");
    expect(
        &l,
        Code::MalformedRow,
        Severity::Info,
        f,
        line_of(f, "tooMany", 0),
    );
    assert_eq!(param("tooMany").doc, "first|second|third");
    expect(
        &l,
        Code::MalformedRow,
        Severity::Info,
        f,
        line_of(f, "**pipes**", 0),
    );
    assert_eq!(param("pipes").doc, "one|two | three");
    assert_eq!(param("escaped").doc, "a | b");
    assert!(!l
        .diagnostics
        .iter()
        .any(|d| d.line == line_of(f, "escaped", 0)));
    expect(
        &l,
        Code::UnknownType,
        Severity::Warning,
        f,
        line_of(f, "**empty**", 0),
    );
    assert_eq!(param("empty").ty, TypeRef::Any);
    expect(
        &l,
        Code::MissingName,
        Severity::Warning,
        f,
        line_of(f, "|||||", 0),
    );
}

#[test]
fn table_nobody_knows() {
    let l = load(&["unknown-table.md"]);
    let line = line_of("unknown-table.md", "|Region|Endpoint|", 0);
    expect(
        &l,
        Code::UnknownTable,
        Severity::Warning,
        "unknown-table.md",
        line,
    );
    assert_eq!(operation(&l, "describeUnknownTable").params.len(), 1);
}

#[test]
fn return_codes_that_are_not_numbers() {
    let f = "non-numeric-codes.md";
    let l = load(&[f]);
    expect(
        &l,
        Code::NonNumericReturnCode,
        Severity::Info,
        f,
        line_of(f, "INVALID", 0),
    );
    expect(
        &l,
        Code::MissingName,
        Severity::Warning,
        f,
        line_of(f, "|||", 0),
    );
    let op = operation(&l, "describeCodes");
    assert_eq!(op.errors.len(), 3);
    assert!(generated(&l, "jdcloud-sdk/src/bad/mod.rs").contains("Invalid"));
}

#[test]
fn example_that_is_not_json() {
    let f = "invalid-json-example.md";
    let l = load(&[f]);
    expect(
        &l,
        Code::InvalidJsonExample,
        Severity::Info,
        f,
        line_of(f, "```json", 0),
    );
    let op = operation(&l, "describeInvalidExample");
    assert_eq!(op.examples.len(), 1);
    assert!(op.examples[0].json.is_none());
}

// Types and shapes -----------------------------------------------------------------------------

#[test]
fn type_naming_a_missing_section() {
    let f = "missing-section.md";
    let l = load(&[f]);
    expect(
        &l,
        Code::UnresolvedType,
        Severity::Warning,
        f,
        line_of(f, "NoSuchSpec", 0),
    );
    expect(
        &l,
        Code::UnresolvedType,
        Severity::Warning,
        f,
        line_of(f, "AlsoMissing", 0),
    );
    let op = operation(&l, "describeMissingSection");
    assert_eq!(op.params[1].ty, TypeRef::Object);
    assert_eq!(op.params[2].ty, TypeRef::Array(Box::new(TypeRef::Object)));
    let code = generated(&l, "jdcloud-sdk/src/bad/mod.rs");
    assert!(
        code.contains("spec: ::std::option::Option<::serde_json::Value>"),
        "{code}"
    );
}

#[test]
fn shapes_that_contain_each_other() {
    let l = load(&["cycle.md"]);
    assert!(!l.diagnostics.iter().any(|d| d.severity > Severity::Info));
    let models = generated(&l, "jdcloud-sdk/src/bad/models.rs");
    // A direct field that leads back to its own shape is boxed; arrays need no box.
    assert!(
        models.contains("::std::option::Option<::std::boxed::Box<Node>>"),
        "{models}"
    );
    assert!(
        models.contains("::std::option::Option<::std::boxed::Box<Edge>>"),
        "{models}"
    );
    assert!(
        models.contains("::std::option::Option<::std::vec::Vec<Node>>"),
        "{models}"
    );
    assert!(
        models.contains("pub from: ::std::boxed::Box<Node>"),
        "{models}"
    );
}

#[test]
fn types_nested_too_deep() {
    let f = "deep-types.md";
    let l = load(&[f]);
    for name in ["**nine**", "**lists**", "**links**"] {
        expect(
            &l,
            Code::UnknownType,
            Severity::Warning,
            f,
            line_of(f, name, 0),
        );
    }
    let op = operation(&l, "describeDeepTypes");
    let eight = op.params.iter().find(|p| p.name == "eight").expect("eight");
    assert!(matches!(eight.ty, TypeRef::Array(_)));
    assert!(op.params.iter().filter(|p| p.ty == TypeRef::Any).count() == 3);
}

#[test]
fn same_section_twice_on_a_page() {
    let f = "same-section-twice.md";
    let l = load(&[f]);
    expect(
        &l,
        Code::ShapeConflict,
        Severity::Warning,
        f,
        line_of(f, "### Spec", 1),
    );
    let spec = service(&l, "bad")
        .shapes
        .iter()
        .find(|s| s.name == "Spec")
        .expect("Spec");
    let names: Vec<&str> = spec.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
}

#[test]
fn same_section_on_two_pages() {
    let l = load(&["shared-shape-1.md", "shared-shape-2.md"]);
    let line = line_of("shared-shape-2.md", "**a**", 0);
    let d = expect(
        &l,
        Code::ShapeConflict,
        Severity::Warning,
        "shared-shape-2.md",
        line,
    );
    assert!(
        d.message
            .contains("field `a`: type is `Integer` here but `String` at"),
        "{}",
        d.message
    );
    for (f, field) in [("shared-shape-1.md", "`c`"), ("shared-shape-2.md", "`b`")] {
        let d = expect(
            &l,
            Code::IncompletePage,
            Severity::Info,
            f,
            line_of(f, "### SharedSpec", 0),
        );
        assert!(d.message.contains(field), "{}", d.message);
    }
    let shape = &service(&l, "bad").shapes[0];
    assert_eq!(shape.fields.len(), 3);
    assert_eq!(
        shape.fields[0].ty,
        TypeRef::String,
        "the first definition's type is kept"
    );
}

#[test]
fn duplicate_parameter_and_field_names() {
    let f = "duplicate-names.md";
    let l = load(&[f]);
    expect(
        &l,
        Code::DuplicateParam,
        Severity::Warning,
        f,
        line_of(f, "**name**", 1),
    );
    expect(
        &l,
        Code::DuplicateField,
        Severity::Warning,
        f,
        line_of(f, "**x**", 1),
    );
    let op = operation(&l, "createDuplicates");
    let name = op.params.iter().find(|p| p.name == "name").expect("name");
    assert_eq!(name.ty, TypeRef::String, "the first row is used");
    assert_eq!(op.params.iter().filter(|p| p.name == "name").count(), 1);
}

#[test]
fn duplicate_operations() {
    let l = load(&["duplicate-operation-1.md", "duplicate-operation-2.md"]);
    expect(
        &l,
        Code::DuplicateOperation,
        Severity::Warning,
        "duplicate-operation-1.md",
        1,
    );
    let op = operation(&l, "DescribeTwin");
    assert_eq!(op.duplicates.len(), 1);
    assert_eq!(operation_count(&l), 1);
}

/// Three pages: the third has the second's name and the first's route. They make one
/// operation (before, the first two stayed apart and the crate had two `CreateMerged`): the
/// first is merged into the third (same method and route), while the second, with another
/// method and another path, cannot be the same operation and stays a reported candidate.
#[test]
fn pages_linked_by_name_and_by_route_are_one_operation() {
    let l = load(&[
        "same-operation-1.md",
        "same-operation-2.md",
        "same-operation-3.md",
    ]);
    assert_eq!(operation_count(&l), 1);
    let op = operation(&l, "createMerged");
    assert_eq!(op.source.file, format!("{FIXTURES}/same-operation-3.md"));
    assert_eq!(op.duplicates.len(), 1);
    assert_eq!(op.candidates.len(), 1);
    expect(
        &l,
        Code::DuplicateOperation,
        Severity::Warning,
        "same-operation-1.md",
        1,
    );
    expect(
        &l,
        Code::OperationConflict,
        Severity::Warning,
        "same-operation-1.md",
        1,
    );
    expect(
        &l,
        Code::OperationCandidate,
        Severity::Warning,
        "same-operation-2.md",
        1,
    );
}

// Names ----------------------------------------------------------------------------------------

#[test]
fn names_that_are_rust_keywords() {
    let l = load(&["keywords.md"]);
    assert!(!l.diagnostics.iter().any(|d| d.severity > Severity::Info));
    let code = generated(&l, "jdcloud-sdk/src/bad/mod.rs");
    for ident in [
        "r#type:", "r#match:", "self_:", "crate_:", "self2:", "super_:", "r#fn:",
    ] {
        assert!(code.contains(ident), "{ident} in {code}");
    }
    let models = generated(&l, "jdcloud-sdk/src/bad/models.rs");
    assert!(models.contains("pub struct Type {"), "{models}");
    assert!(models.contains("#[serde(rename = \"type\", default)]\n    pub r#type:"));
    assert!(models.contains("pub r#async:"), "{models}");
}

#[test]
fn names_that_differ_only_in_case() {
    let l = load(&["case.md"]);
    let op = operation(&l, "createCase");
    assert_eq!(op.params.len(), 7, "every spelling is its own parameter");
    let code = generated(&l, "jdcloud-sdk/src/bad/mod.rs");
    for ident in ["image_id:", "image_id2:", "image_id3:", "imageid:"] {
        assert!(code.contains(ident), "{ident} in {code}");
    }
    let other = op.params.iter().find(|p| p.name == "other").expect("other");
    assert_eq!(
        other.ty,
        TypeRef::Named("CaseSpec".into()),
        "`caseSpec` is `CaseSpec`"
    );
    let models = generated(&l, "jdcloud-sdk/src/bad/models.rs");
    assert!(models.contains("pub value2:"), "{models}");
}

#[test]
fn names_with_dashes_dots_spaces_and_chinese() {
    let l = load(&["odd-names.md"]);
    let op = operation(&l, "createOddNames");
    let wire: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        wire,
        ["regionId", "a-b", "a.b", "a b", "名称", "描述", "1st", "-"]
    );
    let code = generated(&l, "jdcloud-sdk/src/bad/mod.rs");
    for ident in [
        "a_b:", "a_b2:", "a_b3:", "value:", "value2:", "n1st:", "value3:",
    ] {
        assert!(code.contains(ident), "{ident} in {code}");
    }
    for wire in ["\"a-b\"", "\"a.b\"", "\"a b\"", "\"名称\"", "\"-\""] {
        assert!(
            code.contains(wire),
            "the wire name {wire} is sent as written"
        );
    }
}

// Path templates -------------------------------------------------------------------------------

#[test]
fn placeholder_without_a_parameter_row() {
    let f = "placeholder-without-row.md";
    let l = load(&[f]);
    let line = line_of(f, "{thingId}", 0);
    expect(&l, Code::PathParamMismatch, Severity::Warning, f, line);
    let op = operation(&l, "describePlaceholder");
    let p = op
        .params
        .iter()
        .find(|p| p.name == "thingId")
        .expect("added");
    assert_eq!(
        (p.location, p.required, &p.ty),
        (ParamLocation::Path, true, &TypeRef::String)
    );
}

#[test]
fn parameter_row_without_a_placeholder() {
    let f = "row-without-placeholder.md";
    let l = load(&[f]);
    let line = line_of(f, "**thingId**", 0);
    expect(&l, Code::PathParamMismatch, Severity::Warning, f, line);
    let op = operation(&l, "describeStrayPathRow");
    let p = op
        .params
        .iter()
        .find(|p| p.name == "thingId")
        .expect("kept");
    assert_eq!(p.location, ParamLocation::Query);
}

/// Path parameters (and the region) of any type make a request: values that are not text
/// are written as JSON text. (The injection test compiles and runs the crate's tests.)
#[test]
fn path_parameters_of_any_type() {
    let l = load(&["path-param-types.md"]);
    let op = operation(&l, "describePathParamTypes");
    assert!(op.params.iter().all(|p| p.location == ParamLocation::Path));
    let code = generated(&l, "jdcloud-sdk/src/bad/mod.rs");
    for line in [
        "let path_0 = value_text(&self.region_id)?;",
        "let path_1 = value_text(&self.ids)?;",
        "let path_2 = value_text(&self.spec)?;",
        "let path_3 = value_text(&self.labels)?;",
        "let path_4 = self.flag.to_string();",
        "let path_8 = self.mode.to_string();",
        "request = request.with_region(path_0);",
    ] {
        assert!(code.contains(line), "{line} in {code}");
    }
}

/// `clientToken` is generated only where it is a string outside the path; the client
/// method's arguments and the crate's own tests agree on it wherever it is.
#[test]
fn client_tokens_wherever_pages_put_them() {
    let l = load(&[
        "client-token-query.md",
        "client-token-path.md",
        "client-token-integer.md",
    ]);
    let squash = |s: String| s.split_whitespace().collect::<String>();
    let code = squash(generated(&l, "jdcloud-sdk/src/bad/mod.rs"));
    let string = "impl::std::convert::Into<::std::string::String>";
    for signature in [
        format!("pubfndescribe_with_token(&self,region_id:{string},)->"),
        format!("pubfndelete_by_token(&self,region_id:{string},client_token:{string},)->"),
        format!("pubfncreate_with_number_token(&self,region_id:{string},client_token:impl::std::convert::Into<i32>,)->"),
    ] {
        assert!(code.contains(&signature), "{signature} in {code}");
    }
    let tests = squash(generated(&l, "jdcloud-sdk/tests/bad.rs"));
    assert!(
        tests.contains("k==\"clientToken\""),
        "the query token is checked in the query"
    );
    assert!(
        tests.contains(".create_with_number_token(\"sample\",1)"),
        "{tests}"
    );
    assert!(
        tests.contains(".delete_by_token(\"sample\",\"sample\")"),
        "{tests}"
    );
}

/// Markdown nested without bound (quotes, lists, brackets, emphasis, a heading of 100,000
/// characters) is read without running out of stack, in a test thread's 2 MB.
#[test]
fn deeply_nested_markdown() {
    let mut page = String::from(
        "# describeDeep\n\n## Request method\nGET\n\n## Request address\nhttps://deep.jdcloud-api.com/v1/x\n\n## Description\n",
    );
    page.push_str(&">".repeat(20_000));
    page.push_str(" quoted\n\n");
    for depth in 0..2_000 {
        page.push_str(&"  ".repeat(depth));
        page.push_str("- item\n");
    }
    page.push('\n');
    page.push_str(&"[".repeat(20_000));
    page.push_str(&"*_".repeat(10_000));
    page.push_str(&"](".repeat(10_000));
    page.push_str("\n\n### ");
    page.push_str(&"x".repeat(100_000));
    page.push('\n');
    let loaded = checked(load_sources(&[("deep.md".into(), page.into_bytes())]));
    assert_eq!(operation(&loaded, "describeDeep").method.as_str(), "GET");
}

// Size -----------------------------------------------------------------------------------------

/// An operation page whose request table has `rows` rows, or whose model has `rows` fields.
fn big_page(rows: usize, in_model: bool) -> String {
    let mut s = String::from(
        "# bigOperation\n\n## Request method\nPOST\n\n## Request address\nhttps://big.jdcloud-api.com/v1/things\n\n## Request parameters\n|Name|Type|Required|Default value|Description|\n|---|---|---|---|---|\n",
    );
    if in_model {
        s.push_str("|**spec**|[Spec](#spec)|True| |the model|\n\n### Spec\n|Name|Type|Required|Description|\n|---|---|---|---|\n");
    }
    for i in 0..rows {
        if in_model {
            s.push_str(&format!(
                "|**field{i}**|Integer|False|field {i}, between 1 and 100|\n"
            ));
        } else {
            s.push_str(&format!("|**param{i}**|String|False| |parameter {i}|\n"));
        }
    }
    s
}

/// Parses a big page (and generates from it when `generate`); returns the time of each.
fn time_big(rows: usize, in_model: bool, generate: bool) -> (Duration, Duration) {
    let source = vec![("big.md".to_string(), big_page(rows, in_model).into_bytes())];
    let start = Instant::now();
    let loaded = load_sources(&source);
    let parse = start.elapsed();
    assert_eq!(loaded.stats.rows, rows + usize::from(in_model));
    assert_eq!(loaded.stats.rows_unaccounted, 0);
    let count = if in_model {
        loaded.services[0].shapes[0].fields.len()
    } else {
        loaded.services[0].operations[0].params.len()
    };
    assert_eq!(count, rows);
    if !generate {
        return (parse, Duration::ZERO);
    }
    let start = Instant::now();
    let files = generate_files(&loaded.api()).expect("generates");
    let generation = start.elapsed();
    assert!(files.contains_key("jdcloud-sdk/src/big/mod.rs"));
    (parse, generation)
}

/// Ten times the rows may take ten times as long (here: at most 30 times, for noise), not a
/// hundred: no step is quadratic in the size of a table.
fn assert_linear(what: &str, small: Duration, big: Duration) {
    eprintln!("{what}: {small:.2?} → {big:.2?}");
    let slack = Duration::from_millis(300);
    assert!(
        big < small * 30 + slack,
        "{what} is not linear: {small:?} → {big:?}"
    );
}

/// Tables of 100,000 rows (as parameters and as model fields) are read in linear time: in a
/// debug build about 4 s and 6 s, in release 0.5 s.
#[test]
fn tables_of_100000_rows_parse_in_linear_time() {
    for in_model in [false, true] {
        let what = if in_model {
            "model fields"
        } else {
            "parameters"
        };
        let (small, _) = time_big(10_000, in_model, false);
        let (big, _) = time_big(100_000, in_model, false);
        assert_linear(&format!("parsing 10,000 → 100,000 {what}"), small, big);
    }
}

/// Generating from big tables is linear too (measured at 2,000 and 20,000 rows to keep the
/// suite fast; 100,000 rows generate in about 25 s in a debug build, a few seconds in release).
#[test]
fn big_tables_generate_in_linear_time() {
    for in_model in [false, true] {
        let what = if in_model {
            "model fields"
        } else {
            "parameters"
        };
        let (_, small) = time_big(2_000, in_model, true);
        let (_, big) = time_big(20_000, in_model, true);
        assert_linear(&format!("generating 2,000 → 20,000 {what}"), small, big);
    }
}

// The rest of the input ------------------------------------------------------------------------

/// Every bad page together with the seed pages of `specs/`: the services of the seeds come out
/// byte for byte as they do alone (so what compiled before still compiles; the injection test
/// compiles the whole crate), and only the bad pages have diagnostics.
#[test]
fn bad_pages_leave_the_rest_as_it_was() {
    let specs = common::seed_pages();
    let alone = generate_files(&load_sources(&specs).api()).expect("generates");

    let mut all = specs.clone();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for n in &names {
        all.push(fixture(n));
    }
    let loaded = checked(load_sources(&all));
    assert!(errors(&loaded) > 0);
    for d in &loaded.diagnostics {
        assert!(
            d.file.starts_with(FIXTURES) || d.severity == Severity::Info,
            "a diagnostic of a good page: {d}"
        );
    }
    let together = generate_files(&loaded.api()).expect("generates");
    let services = ["coc_vm", "edcps", "jdfusion", "vm"];
    let mut compared = 0;
    for (path, bytes) in &alone {
        let of_a_spec_service = services.iter().any(|s| {
            path.starts_with(&format!("jdcloud-sdk/src/{s}/"))
                || *path == format!("jdcloud-sdk/tests/{s}.rs")
        }) || path.starts_with("openapi/");
        if of_a_spec_service {
            compared += 1;
            assert!(
                together.get(path) == Some(bytes),
                "{path} changed when bad pages were added"
            );
        }
    }
    assert!(compared >= 12, "compared {compared} files");
    assert!(together.contains_key("jdcloud-sdk/src/bad/mod.rs"));
    let _ = output::differences(&alone, &together);
}
