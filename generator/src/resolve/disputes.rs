//! What the pages of one node disagree on: kept on the node and reported.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Claim, Disagreement, Source};

use super::rank::Rank;

/// What one page says about a fact.
pub(super) struct Said {
    /// The value as shown.
    pub value: String,
    /// The value as compared (e.g. letter case ignored where it does not matter).
    pub key: String,
    pub source: Source,
    pub rank: Rank,
}

impl Said {
    pub(super) fn new(value: impl Into<String>, source: &Source, rank: &Rank) -> Said {
        let value = value.into();
        Said {
            key: value.clone(),
            value,
            source: source.clone(),
            rank: rank.clone(),
        }
    }

    /// Compares by `key` instead of the value shown.
    pub(super) fn keyed(mut self, key: impl Into<String>) -> Said {
        self.key = key.into();
        self
    }
}

/// The value shown for a page that documents a member another page leaves out.
pub(crate) const DOCUMENTED: &str = "documented";
/// The value shown for a page that does not document a member.
pub(crate) const NOT_DOCUMENTED: &str = "(not documented)";
/// How many pages of each side a member's presence names; the rest are counted in a last
/// claim, `… and N more documented` / `… and N more (not documented)`, at the first of them.
pub(crate) const LISTED: usize = 12;
/// How that last claim begins.
pub(crate) const MORE: &str = "… and";

/// The disagreements found while merging one node.
pub(super) struct Disputes {
    /// The node, as named in messages: ``operation `x` ``, ``model `Y` ``.
    node: String,
    /// The code of value disagreements.
    code: Code,
    items: Vec<Disagreement>,
    /// Per page (its node's source): what it leaves out, and where that is documented.
    omissions: BTreeMap<Source, Vec<(String, Source)>>,
    /// Value disagreements to report, at the page whose value was not used.
    conflicts: Vec<(Source, String)>,
}

impl Disputes {
    pub(super) fn new(node: String, code: Code) -> Disputes {
        Disputes {
            node,
            code,
            items: Vec::new(),
            omissions: BTreeMap::new(),
            conflicts: Vec::new(),
        }
    }

    /// Compares what the pages say about `fact`; the first is used. Pages that agree with it
    /// are listed only when another page disagrees.
    pub(super) fn compare(&mut self, fact: &str, said: Vec<Said>) {
        let Some(used) = said.first() else {
            return;
        };
        if said.iter().all(|s| s.key == used.key) {
            return;
        }
        for other in said.iter().filter(|s| s.key != used.key) {
            self.conflicts.push((
                other.source.clone(),
                format!(
                    "{}: {fact} is `{}` here but `{}` at {}, which is used ({})",
                    self.node,
                    short(&other.value),
                    short(&used.value),
                    used.source,
                    used.rank.why_before(&other.rank)
                ),
            ));
        }
        self.items.push(Disagreement {
            fact: fact.to_string(),
            claims: said
                .into_iter()
                .map(|s| Claim {
                    value: s.value,
                    source: s.source,
                })
                .collect(),
        });
    }

    /// Notes a member (`what`, e.g. ``parameter `x` ``) that some pages document (`at`, the
    /// first one's row used) and others (`missing`, their node's source) leave out. At most
    /// [`LISTED`] pages of each side are named; the rest are counted (`… and N more`), so a
    /// model that a thousand pages define differently costs no more than it says.
    pub(super) fn presence<'a>(
        &mut self,
        what: &str,
        at: &[Source],
        missing: impl Iterator<Item = &'a Source>,
    ) {
        let Some(first) = at.first() else {
            return;
        };
        let mut missing = missing.peekable();
        if missing.peek().is_none() {
            return;
        }
        let mut claims: Vec<Claim> = at
            .iter()
            .take(LISTED)
            .map(|s| Claim {
                value: DOCUMENTED.into(),
                source: s.clone(),
            })
            .collect();
        if at.len() > LISTED {
            claims.push(Claim {
                value: format!("{MORE} {} more {DOCUMENTED}", at.len() - LISTED),
                source: at[LISTED].clone(),
            });
        }
        let mut more = 0usize;
        let mut more_at: Option<Source> = None;
        for (i, m) in missing.enumerate() {
            if i >= LISTED {
                more += 1;
                more_at.get_or_insert_with(|| m.clone());
                continue;
            }
            match self.omissions.get_mut(m) {
                Some(list) => list.push((what.to_string(), first.clone())),
                None => {
                    self.omissions
                        .insert(m.clone(), vec![(what.to_string(), first.clone())]);
                }
            }
            claims.push(Claim {
                value: NOT_DOCUMENTED.into(),
                source: m.clone(),
            });
        }
        if let Some(source) = more_at {
            claims.push(Claim {
                value: format!("{MORE} {more} more {NOT_DOCUMENTED}"),
                source,
            });
        }
        self.items.push(Disagreement {
            fact: what.to_string(),
            claims,
        });
    }

    /// Reports everything found and returns the disagreements, and the rows (sources) whose
    /// value was not used.
    pub(super) fn finish(self, diags: &mut Diagnostics) -> (Vec<Disagreement>, BTreeSet<Source>) {
        let mut overruled = BTreeSet::new();
        for (at, message) in self.conflicts {
            diags.report(Severity::Warning, self.code, &at, message);
            overruled.insert(at);
        }
        for (at, left_out) in self.omissions {
            let mut list: Vec<String> = left_out
                .iter()
                .take(LISTED)
                .map(|(what, src)| format!("{what} ({src})"))
                .collect();
            if left_out.len() > LISTED {
                list.push(format!("{} more", left_out.len() - LISTED));
            }
            diags.report(
                Severity::Info,
                Code::IncompletePage,
                &at,
                format!(
                    "{}: this page does not document {}, which another page does; kept from there",
                    self.node,
                    list.join(", ")
                ),
            );
        }
        (self.items, overruled)
    }
}

/// A value for a one-line message: at most 80 characters, line breaks as spaces.
fn short(value: &str) -> String {
    let flat: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out: String = flat.chars().take(80).collect();
    if flat.chars().count() > 80 {
        out.push('…');
    }
    out
}
