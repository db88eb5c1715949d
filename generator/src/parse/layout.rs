//! What a page's layout says about the documentation generator that wrote it, and the language
//! of a text.
//!
//! The published pages come from several generations of JD Cloud's documentation generator
//! (`../shared/corpus/FORMATS.md`), and a newer page of an operation usually documents it as it
//! is now. No page states its generation, but each generation leaves marks in the layout:
//!
//! | mark | generation |
//! |---|---|
//! | an example-value column (`示例值`), or required cells written as words (`是`/`否`, `Yes`/`No`) | newest |
//! | model headings `### <div id="…">`, or type links to an operation's anchor (`[T](op#t)`) | newer |
//! | a table of three or more rows that is not in alphabetical order (declaration order) | newer |
//! | a return-code table with an error-code column | newer |
//! | every table of three or more rows in alphabetical order (the old generator sorted them) | older |
//! | type links to a heading of the page itself (`[T](##T)`) | oldest |
//!
//! [`Layout::generation`] adds these up into one number: higher is newer.

/// The marks of a page's layout (see the module docs).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// A parameter table with an example-value column.
    pub example_column: bool,
    /// Required cells written as words (`是`/`否`, `Yes`/`No`) rather than `True`/`False`.
    pub word_flags: bool,
    /// Model headings wrapped in `<div id="…">`.
    pub div_headings: bool,
    /// Type cells linking to another page's anchor (`[T](op#t)`).
    pub anchor_links: bool,
    /// Type cells linking to a heading of the page itself (`[T](##T)`).
    pub hash_links: bool,
    /// A return-code table with an error-code column.
    pub coded_errors: bool,
    /// Tables of three or more named rows in alphabetical order.
    pub sorted_tables: u32,
    /// Tables of three or more named rows in another order.
    pub unsorted_tables: u32,
}

impl Layout {
    /// How new the generator that wrote the page looks: the sum of the marks (newest +3,
    /// newer +1 each, older −1, oldest −2); 0 when the page shows none.
    pub fn generation(&self) -> i32 {
        let mut g = 0;
        if self.example_column || self.word_flags {
            g += 3;
        }
        if self.div_headings || self.anchor_links {
            g += 1;
        }
        if self.coded_errors {
            g += 1;
        }
        if self.unsorted_tables > 0 {
            g += 1;
        } else if self.sorted_tables > 0 {
            g -= 1;
        }
        if self.hash_links {
            g -= 2;
        }
        g
    }

    /// Notes the order of a table's row names.
    pub fn table_order<'a>(&mut self, names: impl Iterator<Item = &'a str>) {
        let names: Vec<String> = names.map(str::to_lowercase).collect();
        if names.len() < 3 {
            return;
        }
        if names.windows(2).all(|w| w[0] <= w[1]) {
            self.sorted_tables += 1;
        } else {
            self.unsorted_tables += 1;
        }
    }

    /// Notes how a type cell links to its model.
    pub fn type_cell(&mut self, cell: &str) {
        if let Some(i) = cell.find("](") {
            let target = &cell[i + 2..];
            if target.starts_with("##") {
                self.hash_links = true;
            } else if !target.starts_with('#') && target.contains('#') {
                self.anchor_links = true;
            }
        }
    }
}

/// A language of the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    English,
    Chinese,
}

/// The language of a text, from its characters: Chinese when CJK ideographs make up at least
/// a twentieth of its letters (Chinese prose quotes English names, values and links at length:
/// `地域，cn-north-1、cn-south-1、…`), English when it has other letters; `None` for text
/// without letters.
pub fn language_of(text: &str) -> Option<Language> {
    language_of_all(std::iter::once(text))
}

/// [`language_of`] for texts taken together (a page's description and row descriptions).
pub fn language_of_all<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Language> {
    let (mut cjk, mut latin) = (0usize, 0usize);
    for c in texts.flat_map(str::chars) {
        if is_cjk(c) {
            cjk += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    if cjk > 0 && cjk * 20 >= cjk + latin {
        Some(Language::Chinese)
    } else if latin > 0 {
        Some(Language::English)
    } else if cjk > 0 {
        Some(Language::Chinese)
    } else {
        None
    }
}

/// CJK ideographs (the unified blocks and their extensions, compatibility ideographs).
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_from_text() {
        assert_eq!(language_of("Region ID"), Some(Language::English));
        assert_eq!(language_of("地域ID"), Some(Language::Chinese));
        assert_eq!(
            language_of(
                "取值范围参见[《各地域及可用区对照表》](../Enum-Definitions/Regions-AZ.md)"
            ),
            Some(Language::Chinese)
        );
        assert_eq!(
            language_of("地域，cn-north-1、cn-south-1、cn-east-1、cn-east-2"),
            Some(Language::Chinese)
        );
        assert_eq!(
            language_of("The name as the console shows it, e.g. 京东 (JD), in every region"),
            Some(Language::English)
        );
        assert_eq!(language_of("  12 - 3, 4"), None);
    }

    #[test]
    fn generations_from_marks() {
        let mut l = Layout::default();
        assert_eq!(l.generation(), 0);
        l.table_order(["b", "a", "c"].into_iter());
        assert_eq!(l.generation(), 1);
        let mut old = Layout::default();
        old.table_order(["a", "B", "c"].into_iter());
        old.type_cell("[Foo](##Foo)");
        assert_eq!(old.generation(), -3);
        let mut new = Layout {
            word_flags: true,
            ..Layout::default()
        };
        new.type_cell("[DiskSpec](createInstances#user-content-8)");
        assert_eq!(new.generation(), 4);
    }
}
