//! Text never becomes code. Pages whose names and descriptions hold `*/`, `"#`, code fences,
//! `#![...]`, `}` `{`, bidirectional-control characters, HTML and `{{ }}` template syntax
//! (`tests/fixtures/injection/`), together with the catalogue of broken pages
//! (`tests/fixtures/bad/`) and `specs/`, make a crate that is checked token by token here and
//! then compiled: `cargo check` of every target, `cargo doc` with `RUSTDOCFLAGS=-D warnings`,
//! `cargo test --doc` (no description becomes a doctest) and the crate's own tests.
//!
//! SLOW: the compile test builds the generated crate and its dependencies in
//! `target/injection/` (about two minutes the first time; about 25 s after, the build being
//! incremental). It is part of the normal suite.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use jdcloud_codegen::{generate_files, generate_files_with, load_sources, openapi, output, Loaded};
use proc_macro2::{Delimiter, TokenStream, TokenTree};

const INJECTION: &str = "tests/fixtures/injection";

/// The hostile pages, the catalogue of bad pages and the seed pages, as the test compiles them.
fn sources(with_specs_and_bad: bool) -> Vec<(String, Vec<u8>)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = read_all(&manifest.join(INJECTION), manifest);
    if with_specs_and_bad {
        all.extend(read_all(&manifest.join("tests/fixtures/bad"), manifest));
        all.extend(common::seed_pages());
    }
    all
}

/// Every file of a folder (not only `*.md`: some bad pages are not markdown at all).
fn read_all(dir: &Path, base: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p
                .strip_prefix(base)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            (name, std::fs::read(&p).expect("readable"))
        })
        .collect();
    out.sort();
    out
}

fn load(with_specs_and_bad: bool) -> Loaded {
    let loaded = load_sources(&sources(with_specs_and_bad));
    assert_eq!(loaded.stats.rows_unaccounted, 0);
    loaded
}

const ATTRIBUTES: &[&str] = &[
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
    "tokio",
];
const MACROS: &[&str] = &["format", "assert", "assert_eq", "matches", "panic", "vec"];

/// Every attribute and macro of a token stream, and every identifier.
fn walk(
    tokens: TokenStream,
    attrs: &mut Vec<String>,
    macros: &mut Vec<String>,
    idents: &mut Vec<String>,
) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Group(g) => {
                if g.delimiter() == Delimiter::Bracket {
                    let before = |k: usize| i.checked_sub(k).map(|j| &tokens[j]);
                    let is_attr = match (before(1), before(2)) {
                        (Some(TokenTree::Punct(p)), _) if p.as_char() == '#' => true,
                        (Some(TokenTree::Punct(b)), Some(TokenTree::Punct(h)))
                            if b.as_char() == '!' && h.as_char() == '#' =>
                        {
                            true
                        }
                        _ => false,
                    };
                    if is_attr {
                        if let Some(TokenTree::Ident(name)) = g.stream().into_iter().next() {
                            attrs.push(name.to_string());
                        }
                    }
                }
                walk(g.stream(), attrs, macros, idents);
            }
            TokenTree::Ident(id) => {
                idents.push(id.to_string());
                let bang =
                    matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                let group = matches!(tokens.get(i + 2), Some(TokenTree::Group(_)));
                let after_hash =
                    i > 0 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '#');
                if bang && group && !after_hash {
                    macros.push(id.to_string());
                }
            }
            _ => {}
        }
    }
}

/// What the hostile text must never be: code. Every `.rs` file the emitter writes uses only the attributes and macros the emitter writes, and no
/// identifier from the pages' prose.
#[test]
fn hostile_text_stays_text() {
    let loaded = load(false);
    let files = generate_files(&loaded.api()).expect("generates");
    for (path, bytes) in &files {
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        if !path.ends_with(".rs") {
            continue;
        }
        assert!(
            !text.contains([
                '\r', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
                '\u{2067}', '\u{2068}', '\u{2069}'
            ]),
            "{path} holds a carriage return or a bidirectional control"
        );
        let tokens: TokenStream = text
            .parse()
            .unwrap_or_else(|e| panic!("{path} does not lex: {e:?}"));
        let (mut attrs, mut macros, mut idents) = (Vec::new(), Vec::new(), Vec::new());
        walk(tokens, &mut attrs, &mut macros, &mut idents);
        for a in &attrs {
            assert!(ATTRIBUTES.contains(&a.as_str()), "{path}: attribute #[{a}]");
        }
        for m in &macros {
            assert!(MACROS.contains(&m.as_str()), "{path}: macro {m}!");
        }
        for word in ["compile_error", "indented", "evil", "alert"] {
            assert!(
                !idents.iter().any(|i| i == word),
                "{path}: `{word}` became code"
            );
        }
    }

    // The text is still there, as text.
    let module = String::from_utf8(files["jdcloud-sdk/src/inj/mod.rs"].clone()).expect("UTF-8");
    for inert in [
        "A comment end */ and a raw string end \"# and } { braces",
        "{{ crate_name }} {% for x in y %}{% endfor %}",
        "/// compile_error!(\"a description became code\");",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ] {
        assert!(module.contains(inert), "{inert:?} is missing from the docs");
    }
    let readme = String::from_utf8(files["jdcloud-sdk/README.md"].clone()).expect("UTF-8");
    assert!(
        readme.contains("{{ crate_name }}"),
        "template syntax is not evaluated"
    );
    assert!(
        !readme.contains("<script>"),
        "HTML is escaped in the README"
    );
    let cargo = String::from_utf8(files["jdcloud-sdk/Cargo.toml"].clone()).expect("UTF-8");
    let comment = cargo
        .lines()
        .find(|l| l.contains("Evil"))
        .expect("the title is in a comment");
    assert!(comment.starts_with("# "), "{comment}");
    assert!(!cargo.contains('\u{202E}'));

    // OpenAPI: JSON keeps the words as they are; HTML shows as text in a renderer (Swagger UI,
    // Redoc), and invisible reordering characters are gone.
    let docs = openapi::export(&loaded.services, &Default::default());
    let inj = docs
        .iter()
        .find(|d| d.service == "inj")
        .expect("inj document");
    let text = String::from_utf8(inj.to_bytes()).expect("UTF-8");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert!(json["info"]["title"]
        .as_str()
        .is_some_and(|t| t.contains("{{ crate_name }}") && t.contains("*/")));
    for raw in ["<script>", "<img", "<b>", "<!--", "<details>"] {
        assert!(!text.contains(raw), "the OpenAPI document holds {raw}");
    }
    assert!(text.contains("&lt;script>alert(1)&lt;/script>"));
    assert!(
        text.contains("Bidi: abcdef ghi and"),
        "bidi controls left in a description"
    );
}

/// The single file a build script includes: a description that reads `pub mod models;` stays
/// in the docs, and each service's models are one inline module.
#[test]
fn single_file_keeps_descriptions_out_of_the_code() {
    let loaded = load(true);
    let api = loaded.api();
    let text = jdcloud_codegen::rust::single_file(
        &api,
        "crate",
        &jdcloud_codegen::rust::RuntimeSource::default(),
    )
    .expect("emits");
    let tokens: Vec<TokenTree> = text
        .parse::<TokenStream>()
        .expect("lexes")
        .into_iter()
        .collect();
    let (mut declared, mut inline) = (0, 0);
    fn count(tokens: &[TokenTree], declared: &mut usize, inline: &mut usize) {
        for (i, t) in tokens.iter().enumerate() {
            if let TokenTree::Group(g) = t {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                count(&inner, declared, inline);
            }
            let is = |k: usize, word: &str| matches!(tokens.get(i + k), Some(TokenTree::Ident(id)) if id == word);
            if is(0, "mod") && is(1, "models") {
                match tokens.get(i + 2) {
                    Some(TokenTree::Punct(p)) if p.as_char() == ';' => *declared += 1,
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => *inline += 1,
                    _ => {}
                }
            }
        }
    }
    count(&tokens, &mut declared, &mut inline);
    assert_eq!(declared, 0, "a file module in the single file");
    assert_eq!(inline, api.services.len());
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn run(mut cmd: Command, what: &str) -> String {
    let start = Instant::now();
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{what}: {:.1?}", start.elapsed());
    assert!(out.status.success(), "{what} failed:\n{stdout}\n{stderr}");
    stdout
}

/// SLOW (about two minutes the first time, 25 s after): the crate made from the hostile
/// pages, the bad pages and `specs/` compiles, documents with `-D warnings`, has no doctest
/// made from a page, and passes its own tests.
#[test]
fn slow_generated_crate_compiles_documents_and_tests() {
    let start = Instant::now();
    let root = common::workspace_root();
    let loaded = load(true);
    let dir: PathBuf =
        std::env::temp_dir().join(format!("jdcloud-codegen-injection-{}", std::process::id()));
    let options = jdcloud_codegen::rust::CrateOptions {
        runtime: jdcloud_codegen::rust::RuntimeDependency::for_crate_at(&dir),
        ..Default::default()
    };
    let mut files = generate_files_with(&loaded.api(), &options).expect("generates");
    // As the command line writes them (formatted when rustfmt is installed).
    let _ = output::format_rust(&mut files);

    let _ = std::fs::remove_dir_all(&dir);
    for (path, bytes) in &files {
        let Some(rel) = path.strip_prefix("jdcloud-sdk/") else {
            continue;
        };
        let target = dir.join(rel);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folder");
        std::fs::write(&target, bytes).expect("write");
    }
    // Its own workspace, the workspace's dependency versions, a build folder kept between runs.
    let manifest = dir.join("Cargo.toml");
    let mut toml = std::fs::read_to_string(&manifest).expect("Cargo.toml");
    toml.push_str("\n[workspace]\n");
    std::fs::write(&manifest, toml).expect("Cargo.toml");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("Cargo.lock");
    let target_dir = root.join("target/injection");

    let base = |args: &[&str]| {
        let mut c = cargo();
        c.args(args)
            .arg("--all-features")
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target_dir)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS");
        c
    };
    run(base(&["check", "--all-targets", "--quiet"]), "cargo check");
    let mut doc = base(&["doc", "--no-deps", "--quiet"]);
    doc.env("RUSTDOCFLAGS", "-D warnings");
    run(doc, "cargo doc (RUSTDOCFLAGS=-D warnings)");
    let doctests = run(base(&["test", "--doc"]), "cargo test --doc");
    // The runtime is a crate of its own: no doctest at all, and none from a page.
    let ran: Vec<&str> = doctests
        .lines()
        .filter(|l| l.starts_with("test ") && !l.starts_with("test result"))
        .collect();
    assert!(ran.is_empty(), "doctests from generated docs: {ran:#?}");
    run(
        base(&["test", "--tests", "--quiet"]),
        "cargo test (the crate's own tests)",
    );
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("generated crate checked in {:.1?}", start.elapsed());
}
