//! The checks of the pipeline fuzz target, shared by the libFuzzer target
//! (`fuzz_targets/pipeline.rs`) and the stable replayer (`src/bin/replay.rs`).
//!
//! An input is one or more pages separated by [`SEPARATOR`]. Every input must go through
//! parse → resolve → Rust crate → OpenAPI without a panic, and the output must hold these
//! invariants whatever the pages say:
//!
//! - every data row of every table is accounted for (`rows_unaccounted == 0`);
//! - every diagnostic points at one of the input pages, at a line inside it;
//! - no operation appears twice in a service (names compared ignoring case);
//! - service names are safe file stems, and every generated path is a plain relative path
//!   inside `jdcloud-sdk/` or `openapi/<service>.json`;
//! - generation does not fail;
//! - every generated Rust file parses, holds no bare CR or bidirectional-control characters,
//!   uses only the attributes and macros the emitter writes, defines no name twice in one
//!   scope (items, methods, fields, variants, parameters), and its docs hold no raw HTML, no
//!   code block that rustdoc would run, and no link the emitter did not make;
//! - `Cargo.toml` is valid TOML with one feature per service besides the runtime's; the
//!   README holds no raw HTML;
//! - there is one OpenAPI document per service, JSON, with a safe file name, whose prose holds
//!   no control characters and no raw HTML outside code.
//!
//! Each check is a pure function of the text it is given, so a text that passed once is not
//! checked again (see [`Seen`]): a fuzzing process meets the same generated files (the crate
//! root, a service's tests, a document of an unchanged service) over and over, and checking
//! them again adds nothing. The pipeline runs on one thread, as libFuzzer runs one input at a
//! time.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};

use jdcloud_codegen::diagnostics::Diagnostic;
use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag};
use quote::ToTokens;
use syn::visit::Visit;

/// Separates pages within one fuzz input.
pub const SEPARATOR: &[u8] = b"\n%%%% next page %%%%\n";

/// At most this many pages per input.
const MAX_PAGES: usize = 8;

/// Splits an input into named pages (`fuzz/page0.md`, …).
pub fn pages(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rest = data;
    while out.len() + 1 < MAX_PAGES {
        match find(rest, SEPARATOR) {
            Some(i) => {
                out.push(rest[..i].to_vec());
                rest = &rest[i + SEPARATOR.len()..];
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out.into_iter()
        .enumerate()
        .map(|(i, bytes)| (format!("fuzz/page{i}.md"), bytes))
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Texts that passed a check in this process, by a 128-bit hash of the check's name and the
/// text (two SipHash digests with fixed keys). Forgotten past a bound, so memory stays flat.
#[derive(Default)]
struct Seen(HashSet<(u64, u64)>);

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

/// At most this many texts remembered.
const SEEN_MAX: usize = 100_000;

fn key(what: &str, text: &[u8]) -> (u64, u64) {
    use std::hash::{Hash, Hasher};
    let digest = |salt: u8| {
        let mut h = std::hash::DefaultHasher::new();
        salt.hash(&mut h);
        what.hash(&mut h);
        text.hash(&mut h);
        h.finish()
    };
    (digest(0), digest(1))
}

/// Runs `check` on `text` unless the same check passed on the same text before.
fn once(what: &str, text: &[u8], check: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    let k = key(what, text);
    if SEEN.with(|s| s.borrow().0.contains(&k)) {
        return Ok(());
    }
    check()?;
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.0.len() >= SEEN_MAX {
            s.0.clear();
        }
        s.0.insert(k);
    });
    Ok(())
}

/// One thread for the pipeline's parallel stages, unless told otherwise: libFuzzer runs one
/// input at a time, and starting threads for each would cost more than the work they share.
fn one_thread() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("JDCLOUD_CODEGEN_THREADS").is_none() {
            std::env::set_var("JDCLOUD_CODEGEN_THREADS", "1");
        }
    });
}

/// What one run produced, for the replayer's summary.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcome {
    pub services: usize,
    pub operations: usize,
    pub diagnostics: usize,
    pub files: usize,
}

/// The front half only, many times faster, for the `model` target: parse → resolve → the
/// model as JSON → OpenAPI, with the invariants that concern them.
pub fn check_model(data: &[u8]) -> Result<(), String> {
    one_thread();
    let pages = pages(data);
    let loaded = load_checked(&pages)?;
    serde_json::to_string(&loaded).map_err(|e| format!("the model is not JSON: {e}"))?;
    for d in jdcloud_codegen::openapi::export(&loaded.services, &Default::default()) {
        if !safe_stem(&d.service) {
            return Err(format!("OpenAPI document named {:?}", d.service));
        }
        check_document(&d.file_name(), &d.to_bytes())?;
    }
    Ok(())
}

/// Loads the pages and checks what concerns the model: rows, diagnostics, service names.
fn load_checked(pages: &[(String, Vec<u8>)]) -> Result<jdcloud_codegen::Loaded, String> {
    let loaded = jdcloud_codegen::load_sources(pages);
    if loaded.stats.rows_unaccounted != 0 {
        return Err(format!(
            "{} table row(s) neither in the model nor in a diagnostic",
            loaded.stats.rows_unaccounted
        ));
    }
    for d in &loaded.diagnostics {
        check_diagnostic(d, pages)?;
    }
    for svc in &loaded.services {
        if !safe_stem(&svc.name) {
            return Err(format!(
                "service name {:?} is not a safe file stem",
                svc.name
            ));
        }
        let mut ids = BTreeSet::new();
        for op in &svc.operations {
            if !ids.insert(op.id.to_ascii_lowercase()) {
                return Err(format!(
                    "operation `{}` twice in service {}",
                    op.id, svc.name
                ));
            }
        }
    }
    Ok(loaded)
}

/// Runs the pipeline on one input and checks the invariants (see the crate docs). A panic in
/// the pipeline propagates; a broken invariant is an `Err` naming it.
pub fn check(data: &[u8]) -> Result<Outcome, String> {
    one_thread();
    let pages = pages(data);
    let loaded = load_checked(&pages)?;

    let api = loaded.api();
    let files = jdcloud_codegen::generate_files(&api).map_err(|e| format!("generate: {e}"))?;
    let mut features_expected = 4 + api.services.len();
    for (path, bytes) in &files {
        check_path(path)?;
        let text = std::str::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8"))?;
        if path.ends_with(".rs") {
            once("rust", bytes, || check_rust(path, text))?;
        } else if path == "jdcloud-sdk/Cargo.toml" {
            let table: toml::Table =
                toml::from_str(text).map_err(|e| format!("Cargo.toml is not TOML: {e}"))?;
            let features = table
                .get("features")
                .and_then(|f| f.as_table())
                .map_or(0, |f| f.len());
            if features != features_expected {
                return Err(format!(
                    "Cargo.toml has {features} features, expected {features_expected} (one per service besides default, rustls, blocking, full)"
                ));
            }
            features_expected = usize::MAX;
        } else if path == "jdcloud-sdk/README.md" {
            check_markdown(path, text, &["toml", "rust,ignore", "text"], false)?;
        }
    }
    if features_expected != usize::MAX {
        return Err("no Cargo.toml generated".into());
    }

    // The OpenAPI documents are among the files (`openapi/<service>.json`, paths checked
    // above): one per service, each JSON.
    let documents: Vec<(&String, &Vec<u8>)> = files
        .iter()
        .filter(|(p, _)| p.starts_with("openapi/"))
        .collect();
    if documents.len() != api.services.len() {
        return Err(format!(
            "{} OpenAPI documents for {} services",
            documents.len(),
            api.services.len()
        ));
    }
    for (name, bytes) in documents {
        check_document(name, bytes)?;
    }

    Ok(Outcome {
        services: loaded.services.len(),
        operations: loaded.stats.operations,
        diagnostics: loaded.diagnostics.len(),
        files: files.len(),
    })
}

/// An OpenAPI document is JSON, and its prose is inert (see [`check_prose`]).
fn check_document(name: &str, bytes: &[u8]) -> Result<(), String> {
    once("openapi", bytes, || {
        let doc = serde_json::from_slice::<serde_json::Value>(bytes)
            .map_err(|e| format!("{name} is not JSON: {e}"))?;
        check_prose(name, &doc)
    })
}

/// The prose of an OpenAPI document (`title`, `summary`, `description`, outside examples and
/// other page data) is inert: no bidirectional or other control characters but tab and
/// newline, and no `<` that would open raw HTML outside code.
fn check_prose(name: &str, value: &serde_json::Value) -> Result<(), String> {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if ["example", "examples", "default", "enum", "const"].contains(&key.as_str()) {
                    continue;
                }
                match v {
                    serde_json::Value::String(s)
                        if ["title", "summary", "description"].contains(&key.as_str()) =>
                    {
                        if let Some(c) = s.chars().find(|c| {
                            (c.is_control() && !matches!(c, '\n' | '\t'))
                                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
                        }) {
                            return Err(format!("{name}: {key} holds {c:?}: {s:?}"));
                        }
                        // Fenced code blocks as CommonMark reads them: opened by a line of
                        // three or more backticks or tildes indented at most three spaces,
                        // closed by a bare run of the same character at least as long. Lines
                        // with code spans are skipped.
                        let fence = |line: &str| {
                            let rest = line.trim_start_matches(' ');
                            let c = rest.bytes().next().filter(|c| matches!(c, b'`' | b'~'))?;
                            let n = rest.bytes().take_while(|&b| b == c).count();
                            let after = &rest[n..];
                            (line.len() - rest.len() <= 3
                                && n >= 3
                                && !(c == b'`' && after.contains('`')))
                            .then_some((c, n, after.trim().is_empty()))
                        };
                        let mut open: Option<(u8, usize)> = None;
                        for line in s.split('\n') {
                            match (open, fence(line)) {
                                (None, Some((c, n, _))) => open = Some((c, n)),
                                (Some((c, n)), Some((c2, n2, true))) if c2 == c && n2 >= n => {
                                    open = None
                                }
                                (Some(_), _) => {}
                                (None, None) => {
                                    let b = line.as_bytes();
                                    if !line.contains('`')
                                        && b.windows(2).any(|w| {
                                            w[0] == b'<'
                                                && (w[1].is_ascii_alphabetic()
                                                    || matches!(w[1], b'/' | b'!' | b'?'))
                                        })
                                    {
                                        return Err(format!("{name}: {key} holds raw HTML: {s:?}"));
                                    }
                                }
                            }
                        }
                    }
                    _ => check_prose(name, v)?,
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                check_prose(name, v)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_diagnostic(d: &Diagnostic, pages: &[(String, Vec<u8>)]) -> Result<(), String> {
    let Some((_, bytes)) = pages.iter().find(|(n, _)| *n == d.file) else {
        return Err(format!("diagnostic names a file that was not read: {d}"));
    };
    let lines = 1 + bytes.iter().filter(|&&b| b == b'\n').count();
    if d.line as usize > lines + 1 {
        return Err(format!(
            "diagnostic line beyond the end of the page ({lines} lines): {d}"
        ));
    }
    Ok(())
}

/// A name usable as a file or folder name anywhere: lower-case ASCII letters, digits and `-`.
fn safe_stem(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_path(path: &str) -> Result<(), String> {
    let openapi = path
        .strip_prefix("openapi/")
        .and_then(|n| n.strip_suffix(".json"))
        .is_some_and(safe_stem);
    let ok = (openapi || path.starts_with("jdcloud-sdk/"))
        && path.is_ascii()
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != ".." && !c.starts_with("r#"));
    if ok {
        Ok(())
    } else {
        Err(format!("unsafe output path {path:?}"))
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

const ATTRIBUTES: [&str; 10] = [
    "doc",
    "derive",
    "serde",
    "non_exhaustive",
    "must_use",
    "allow",
    "cfg",
    "test",
    "forbid",
    "warn",
];

const MACROS: [&str; 5] = ["format", "assert", "assert_eq", "matches", "panic"];

#[derive(Default)]
struct Tokens {
    problems: Vec<String>,
    /// Methods of each inherent `impl` type in the file.
    methods: std::collections::BTreeMap<String, BTreeSet<String>>,
}

impl Tokens {
    fn unique(&mut self, what: &str, names: impl IntoIterator<Item = String>) {
        let mut seen = BTreeSet::new();
        for n in names {
            if !seen.insert(n.clone()) {
                self.problems.push(format!("{what} `{n}` is defined twice"));
            }
        }
    }

    fn items<'a>(&mut self, items: impl IntoIterator<Item = &'a syn::Item>) {
        let mut types = Vec::new();
        let mut values = Vec::new();
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    types.push(s.ident.to_string());
                    if !matches!(s.fields, syn::Fields::Named(_)) {
                        values.push(s.ident.to_string());
                    }
                }
                syn::Item::Enum(e) => types.push(e.ident.to_string()),
                syn::Item::Mod(m) => types.push(m.ident.to_string()),
                syn::Item::Type(t) => types.push(t.ident.to_string()),
                syn::Item::Trait(t) => types.push(t.ident.to_string()),
                syn::Item::Fn(f) => values.push(f.sig.ident.to_string()),
                syn::Item::Const(c) => values.push(c.ident.to_string()),
                syn::Item::Static(s) => values.push(s.ident.to_string()),
                _ => {}
            }
        }
        self.unique("type", types);
        self.unique("value", values);
    }
}

impl<'ast> Visit<'ast> for Tokens {
    fn visit_file(&mut self, f: &'ast syn::File) {
        self.items(&f.items);
        syn::visit::visit_file(self, f);
    }

    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if let Some((_, items)) = &m.content {
            self.items(items.iter());
        }
        syn::visit::visit_item_mod(self, m);
    }

    fn visit_block(&mut self, b: &'ast syn::Block) {
        self.items(b.stmts.iter().filter_map(|s| match s {
            syn::Stmt::Item(i) => Some(i),
            _ => None,
        }));
        syn::visit::visit_block(self, b);
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        let key = match &i.trait_ {
            Some((_, t, _)) => format!(
                "<{} as {}>",
                i.self_ty.to_token_stream(),
                t.to_token_stream()
            ),
            None => i.self_ty.to_token_stream().to_string(),
        };
        let mut dups = Vec::new();
        let set = self.methods.entry(key.clone()).or_default();
        for item in &i.items {
            if let syn::ImplItem::Fn(f) = item {
                if !set.insert(f.sig.ident.to_string()) {
                    dups.push(f.sig.ident.to_string());
                }
            }
        }
        for d in dups {
            self.problems
                .push(format!("method `{key}::{d}` is defined twice"));
        }
        syn::visit::visit_item_impl(self, i);
    }

    fn visit_fields_named(&mut self, f: &'ast syn::FieldsNamed) {
        let names = f
            .named
            .iter()
            .filter_map(|f| f.ident.as_ref().map(ToString::to_string));
        self.unique("field", names.collect::<Vec<_>>());
        syn::visit::visit_fields_named(self, f);
    }

    fn visit_item_enum(&mut self, e: &'ast syn::ItemEnum) {
        let names: Vec<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
        self.unique("variant", names);
        syn::visit::visit_item_enum(self, e);
    }

    fn visit_signature(&mut self, s: &'ast syn::Signature) {
        let names: Vec<String> = s
            .inputs
            .iter()
            .filter_map(|a| match a {
                syn::FnArg::Typed(t) => match &*t.pat {
                    syn::Pat::Ident(i) => Some(i.ident.to_string()),
                    _ => None,
                },
                syn::FnArg::Receiver(_) => None,
            })
            .collect();
        self.unique("parameter", names);
        syn::visit::visit_signature(self, s);
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        let name = attr
            .path()
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        if !ATTRIBUTES.contains(&name.as_str()) {
            self.problems.push(format!(
                "unexpected attribute `{}`",
                quote_path(attr.path())
            ));
        }
        syn::visit::visit_attribute(self, attr);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        if !MACROS.contains(&name.as_str()) {
            self.problems
                .push(format!("unexpected macro `{}!`", quote_path(&mac.path)));
        }
        syn::visit::visit_macro(self, mac);
    }
}

fn quote_path(p: &syn::Path) -> String {
    p.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

fn check_rust(path: &str, text: &str) -> Result<(), String> {
    if let Some(c) = text.chars().find(|&c| c == '\r' || is_bidi_control(c)) {
        return Err(format!(
            "{path} holds {c:?}, which rustc rejects in comments"
        ));
    }
    let file = syn::parse_file(text).map_err(|e| format!("{path} does not parse: {e}"))?;
    let mut tokens = Tokens::default();
    tokens.visit_file(&file);
    if let Some(p) = tokens.problems.first() {
        return Err(format!("{path}: {p}"));
    }
    // Doc comments, grouped as rustdoc reads them: consecutive `///` (or `//!`) lines.
    let mut group: Vec<&str> = Vec::new();
    let mut kind = "";
    let flush = |group: &mut Vec<&str>| -> Result<(), String> {
        if group.is_empty() {
            return Ok(());
        }
        let indent = group
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let doc: Vec<&str> = group
            .iter()
            .map(|l| if l.len() >= indent { &l[indent..] } else { "" })
            .collect();
        group.clear();
        let doc = doc.join("\n");
        once("rust docs", doc.as_bytes(), || {
            check_markdown(path, &doc, &["text"], true)
        })
    };
    for line in text.lines() {
        let t = line.trim_start();
        let this = if t.starts_with("///") {
            "///"
        } else if t.starts_with("//!") {
            "//!"
        } else {
            ""
        };
        if this != kind {
            flush(&mut group)?;
            kind = this;
        }
        if !this.is_empty() {
            group.push(&t[3..]);
        }
    }
    flush(&mut group)
}

/// Markdown as rustdoc (or a README viewer) reads it: only the given code block languages, no
/// indented code (a doctest), no raw HTML; in Rust docs, links only to web pages or to Rust
/// paths written by the emitter.
fn check_markdown(
    path: &str,
    text: &str,
    languages: &[&str],
    rust_docs: bool,
) -> Result<(), String> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    let mut broken = BTreeSet::new();
    let mut callback = |link: pulldown_cmark::BrokenLink<'_>| {
        broken.insert(link.reference.to_string());
        None
    };
    let parser = Parser::new_with_broken_link_callback(text, options, Some(&mut callback));
    let mut problems = Vec::new();
    for event in parser {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                problems.push("an indented code block (rustdoc runs it as a doctest)".to_string())
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if !languages.contains(&info.as_ref()) =>
            {
                problems.push(format!("a code block marked {info:?}"));
            }
            Event::Html(h) | Event::InlineHtml(h) => problems.push(format!("raw HTML {h:?}")),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if rust_docs => {
                let web = dest_url.starts_with("https://") || dest_url.starts_with("http://");
                let rust_path = is_rust_path(&dest_url);
                let ok = match link_type {
                    LinkType::Inline | LinkType::Autolink => web || rust_path,
                    _ => false,
                };
                if !ok {
                    problems.push(format!("a link to {dest_url:?} ({link_type:?})"));
                }
            }
            _ => {}
        }
    }
    if rust_docs {
        for b in &broken {
            let inner = b.strip_prefix('`').and_then(|s| s.strip_suffix('`'));
            if !inner.is_some_and(is_rust_path) {
                problems.push(format!(
                    "a reference `[{b}]` rustdoc reads as an intra-doc link"
                ));
            }
        }
    }
    match problems.first() {
        None => Ok(()),
        Some(p) => Err(format!("{path}: docs hold {p}:\n{text}")),
    }
}

fn is_rust_path(s: &str) -> bool {
    !s.is_empty()
        && s.split("::").all(|seg| {
            let seg = seg.strip_prefix("r#").unwrap_or(seg);
            !seg.is_empty()
                && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !seg.starts_with(|c: char| c.is_ascii_digit())
        })
}
