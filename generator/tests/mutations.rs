//! Real pages, mutated the way broken pages are broken (lines deleted, duplicated, swapped,
//! the page cut short, pipes, backticks, HTML, template syntax or random bytes put in) go
//! through the whole pipeline: no panic, every table row accounted for, and the Rust crate and
//! the OpenAPI documents always generate.
//!
//! `PROPTEST_CASES` sets the number of cases (default 48, a few seconds in a debug build).

mod common;

use std::sync::LazyLock;

use jdcloud_codegen::{generate_files, load_sources, openapi};
use proptest::prelude::*;

/// The pages to mutate: `specs/`, and a sample of `../shared/corpus` when it is there.
static PAGES: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let root = common::workspace_root();
    let mut pages = common::read_tree(&root.join("specs"), &root);
    let corpus = root.join("../shared/corpus");
    if corpus.is_dir() {
        let all = common::read_tree(&corpus, &root.join("../shared"));
        // Every 12th page: English and Chinese, operation and overview pages.
        pages.extend(all.into_iter().step_by(12));
    }
    pages
});

/// Text put into a page.
const SNIPPETS: &[&str] = &[
    "|",
    "||",
    "\\|",
    "|---|---|\n",
    "`",
    "``",
    "```",
    "\n```rust\nfn main() {}\n",
    "\n~~~\n",
    "<br>",
    "</br>",
    "<script>alert(1)</script>",
    "<div id=\"user-content-1\">",
    "<a href=\"https://x\">",
    "&lt;",
    "&#x202E;",
    "{{ crate_name }}",
    "{% for x in y %}",
    "*/",
    "\"#",
    "#![deny(warnings)]",
    "} {",
    "\u{202E}",
    "\r",
    "\0",
    "\n",
    "\n\n",
    "# ",
    "\n## ",
    "\n### ",
    "\n### Spec\n",
    "\n## Request method\nGET\n",
    "\n## 请求地址\nhttps://vm.jdcloud-api.com/v1/regions/{regionId}/x\n",
    "{regionId}",
    "{",
    "}",
    "[x](#x)",
    "[]",
    "**",
    "String[]",
    "可选值：`a`、`b`",
    "取值范围：[1,100]",
    "- ",
    "1. ",
    "    ",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Keep this share (per mille) of the bytes.
    Truncate(u16),
    Insert(usize, &'static str),
    InsertBytes(usize, Vec<u8>),
    /// A line from another page.
    Transplant(usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (0u16..1000).prop_map(Mutation::Truncate),
        (any::<usize>(), proptest::sample::select(SNIPPETS))
            .prop_map(|(at, s)| Mutation::Insert(at, s)),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(at, b)| Mutation::InsertBytes(at, b)),
        (any::<usize>(), any::<usize>(), any::<usize>())
            .prop_map(|(at, page, line)| Mutation::Transplant(at, page, line)),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect()
}

fn apply(page: &[u8], m: &Mutation) -> Vec<u8> {
    let mut ls = lines(page);
    let n = ls.len();
    match m {
        Mutation::DeleteLine(i) => {
            ls.remove(i % n);
        }
        Mutation::DuplicateLine(i) => {
            let l = ls[i % n].clone();
            ls.insert(i % n, l);
        }
        Mutation::SwapLines(a, b) => ls.swap(a % n, b % n),
        Mutation::Truncate(per_mille) => {
            let keep = page.len() * usize::from(*per_mille) / 1000;
            return page[..keep].to_vec();
        }
        Mutation::Insert(at, s) => {
            let mut out = page.to_vec();
            let at = at % (page.len() + 1);
            out.splice(at..at, s.bytes());
            return out;
        }
        Mutation::InsertBytes(at, bytes) => {
            let mut out = page.to_vec();
            let at = at % (page.len() + 1);
            out.splice(at..at, bytes.iter().copied());
            return out;
        }
        Mutation::Transplant(at, from, line) => {
            let other = lines(&PAGES[from % PAGES.len()].1);
            let l = other[line % other.len()].clone();
            ls.insert(at % (n + 1), l);
        }
    }
    ls.join(&b'\n')
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

/// Runs the pipeline and checks what must hold for any input.
fn check(sources: &[(String, Vec<u8>)]) -> Result<(), TestCaseError> {
    let loaded = load_sources(sources);
    prop_assert_eq!(loaded.stats.rows_unaccounted, 0, "rows lost");
    for d in &loaded.diagnostics {
        prop_assert!(
            sources.iter().any(|(n, _)| *n == d.file),
            "diagnostic of an unknown file: {}",
            d
        );
    }
    let files = generate_files(&loaded.api());
    prop_assert!(files.is_ok(), "generation failed: {:?}", files.err());
    for path in files.iter().flat_map(|f| f.keys()) {
        prop_assert!(
            !path
                .split('/')
                .any(|c| c.is_empty() || c == "." || c == ".."),
            "unsafe path {}",
            path
        );
    }
    for doc in openapi::export(&loaded.services, &Default::default()) {
        let bytes = doc.to_bytes();
        prop_assert!(
            serde_json::from_slice::<serde_json::Value>(&bytes).is_ok(),
            "{} is not JSON",
            doc.file_name()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// One page, mutated a few times.
    #[test]
    fn mutated_pages_always_generate(
        page in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let (name, bytes) = &PAGES[page % PAGES.len()];
        let mutated = mutations.iter().fold(bytes.clone(), |p, m| apply(&p, m));
        check(&[(name.clone(), mutated)])?;
    }

    /// A mutated page among the unmutated pages of its folder (shapes merge, duplicates meet,
    /// overviews attach).
    #[test]
    fn mutated_pages_among_their_neighbours(
        page in any::<usize>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let (name, bytes) = &PAGES[page % PAGES.len()];
        let dir = name.rsplit_once('/').map_or("", |(d, _)| d);
        let mut sources: Vec<(String, Vec<u8>)> = PAGES
            .iter()
            .filter(|(n, _)| n != name && n.rsplit_once('/').map_or("", |(d, _)| d) == dir)
            .take(4)
            .cloned()
            .collect();
        let mutated = mutations.iter().fold(bytes.clone(), |p, m| apply(&p, m));
        sources.push((name.clone(), mutated));
        check(&sources)?;
    }
}

/// The mutations themselves do what they say.
#[test]
fn mutations_apply() {
    let page = b"a\nb\nc".to_vec();
    assert_eq!(apply(&page, &Mutation::DeleteLine(1)), b"a\nc");
    assert_eq!(apply(&page, &Mutation::DuplicateLine(4)), b"a\nb\nb\nc");
    assert_eq!(apply(&page, &Mutation::SwapLines(0, 2)), b"c\nb\na");
    assert_eq!(apply(&page, &Mutation::Truncate(500)), b"a\n");
    assert_eq!(apply(&page, &Mutation::Insert(1, "|")), b"a|\nb\nc");
    assert_eq!(
        apply(&page, &Mutation::InsertBytes(0, vec![0xFF])),
        b"\xFFa\nb\nc"
    );
}
