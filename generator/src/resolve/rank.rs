//! The precedence of pages: which page's value is used when pages disagree.

use crate::ir::Source;
use crate::parse::layout::{language_of_all, Language};
use crate::parse::page::OperationPage;

/// A page's place in the precedence; smaller sorts first and wins. Every key comes from the
/// page itself (its layout, its content, its path), so the order never depends on the order
/// the pages were read in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Rank {
    /// The doc generation its layout marks, negated (newer first).
    newer: i64,
    /// How much it documents, negated (more first).
    more: i64,
    /// 0 for an English page, 1 for a Chinese one, 2 for a page without prose.
    language: u8,
    /// The page (its title line): path order last.
    source: Source,
}

impl Rank {
    pub(super) fn of(page: &OperationPage) -> Rank {
        let language = match page_language(page) {
            Some(Language::English) => 0,
            Some(Language::Chinese) => 1,
            None => 2,
        };
        Rank {
            newer: -i64::from(page.layout.generation()),
            more: -i64::try_from(weight(page)).unwrap_or(i64::MAX),
            language,
            source: page.operation.source.clone(),
        }
    }

    /// Why `self` comes before `other`, in words for diagnostics.
    pub(super) fn why_before(&self, other: &Rank) -> &'static str {
        if self.newer != other.newer {
            "its layout is of a newer doc generation"
        } else if self.more != other.more {
            "it documents more"
        } else if self.language != other.language {
            "it is the English page"
        } else if self.source.file != other.source.file {
            "it comes first in path order"
        } else {
            "it comes first on the page"
        }
    }
}

/// How much a page documents.
fn weight(page: &OperationPage) -> usize {
    page.operation.params.len()
        + page.shapes.iter().map(|s| s.fields.len()).sum::<usize>()
        + page.operation.response.fields.len()
        + page.operation.errors.len()
}

/// The language of a page's prose: its description and the descriptions of its rows, taken
/// together.
pub(super) fn page_language(page: &OperationPage) -> Option<Language> {
    let op = &page.operation;
    let rows = op.params.iter().map(|p| p.doc.as_str());
    let fields = page
        .shapes
        .iter()
        .flat_map(|s| s.fields.iter().map(|f| f.doc.as_str()));
    language_of_all(
        std::iter::once(op.description.as_str())
            .chain(rows)
            .chain(fields),
    )
}
