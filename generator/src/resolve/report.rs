//! The consistency report: per service, the operations and models that several pages document,
//! and every fact on which those pages disagree, so that the pages can be fixed at their
//! source. Built from the model alone (`duplicates`, `candidates`, `also_defined_at` and
//! `disagreements` of each node).

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::ir::{Disagreement, Service, Source};

/// The report of every service read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub services: Vec<ServiceReport>,
}

/// One service's operations and models documented by several pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceReport {
    pub name: String,
    /// Operations in the model.
    pub operations: usize,
    /// Those documented by more than one page.
    pub merged_operations: usize,
    /// Models in the model.
    pub models: usize,
    /// Those defined by more than one section.
    pub merged_models: usize,
    /// Facts on which pages disagree, over all nodes.
    pub disagreements: usize,
    /// The nodes documented more than once, by kind and name.
    pub nodes: Vec<NodeReport>,
}

/// An operation or a model documented by several pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeReport {
    /// `operation` or `model`.
    pub kind: String,
    pub name: String,
    /// Every page (section) that documents it, the one first in precedence first.
    pub pages: Vec<Source>,
    /// Pages under the same name that cannot be this operation (not merged).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Source>,
    pub disagreements: Vec<Disagreement>,
}

/// The report of `services`, or of the one named `only`.
pub fn build(services: &[Service], only: Option<&str>) -> Report {
    let mut report = Report::default();
    for svc in services {
        if only.is_some_and(|o| o != svc.name) {
            continue;
        }
        let mut nodes = Vec::new();
        for op in &svc.operations {
            if op.duplicates.is_empty() && op.candidates.is_empty() && op.disagreements.is_empty() {
                continue;
            }
            let mut pages = vec![op.source.clone()];
            pages.extend(op.duplicates.iter().cloned());
            nodes.push(NodeReport {
                kind: "operation".into(),
                name: op.id.clone(),
                pages,
                candidates: op.candidates.clone(),
                disagreements: op.disagreements.clone(),
            });
        }
        for shape in &svc.shapes {
            if shape.also_defined_at.is_empty() && shape.disagreements.is_empty() {
                continue;
            }
            let mut pages = vec![shape.source.clone()];
            pages.extend(shape.also_defined_at.iter().cloned());
            nodes.push(NodeReport {
                kind: "model".into(),
                name: shape.name.clone(),
                pages,
                candidates: Vec::new(),
                disagreements: shape.disagreements.clone(),
            });
        }
        report.services.push(ServiceReport {
            name: svc.name.clone(),
            operations: svc.operations.len(),
            merged_operations: svc
                .operations
                .iter()
                .filter(|o| !o.duplicates.is_empty())
                .count(),
            models: svc.shapes.len(),
            merged_models: svc
                .shapes
                .iter()
                .filter(|s| !s.also_defined_at.is_empty())
                .count(),
            disagreements: nodes.iter().map(|n| n.disagreements.len()).sum(),
            nodes,
        });
    }
    report
}

impl Report {
    /// The report as text for a maintainer: per service a summary line, then each node with
    /// its pages and, per disputed fact, what each page says (the used value first).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.services {
            let _ = writeln!(
                out,
                "service {}: {} operations ({} from several pages), {} models ({} from several sections), {} disagreements",
                s.name, s.operations, s.merged_operations, s.models, s.merged_models, s.disagreements
            );
            for n in &s.nodes {
                let pages: Vec<String> = n.pages.iter().map(Source::to_string).collect();
                let _ = writeln!(out, "  {} {}: {}", n.kind, n.name, pages.join(", "));
                for c in &n.candidates {
                    let _ = writeln!(out, "    not merged (another method and path): {c}");
                }
                for d in &n.disagreements {
                    if let Some(line) = presence_line(d) {
                        let _ = writeln!(out, "    {}: {line}", d.fact);
                        continue;
                    }
                    let claims: Vec<String> = d
                        .claims
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            format!(
                                "{} `{}` {}",
                                if i == 0 { "used" } else { "vs" },
                                one_line(&c.value),
                                c.source
                            )
                        })
                        .collect();
                    let _ = writeln!(out, "    {}: {}", d.fact, claims.join("; "));
                }
            }
        }
        let total: usize = self.services.iter().map(|s| s.disagreements).sum();
        let nodes: usize = self.services.iter().map(|s| s.nodes.len()).sum();
        let _ = writeln!(
            out,
            "{} services, {} nodes documented more than once, {} disagreements",
            self.services.len(),
            nodes,
            total
        );
        out
    }
}

/// A member some pages leave out, as `documented at …; not documented at …`.
fn presence_line(d: &Disagreement) -> Option<String> {
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    use super::disputes::{DOCUMENTED, MORE, NOT_DOCUMENTED};
    for c in &d.claims {
        match c.value.as_str() {
            DOCUMENTED => yes.push(c.source.to_string()),
            NOT_DOCUMENTED => no.push(c.source.to_string()),
            v if v.starts_with(MORE) && v.ends_with(NOT_DOCUMENTED) => no.push(v.to_string()),
            v if v.starts_with(MORE) && v.ends_with(DOCUMENTED) => yes.push(v.to_string()),
            _ => return None,
        }
    }
    Some(format!(
        "documented at {}; not documented at {}",
        yes.join(", "),
        no.join(", ")
    ))
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
