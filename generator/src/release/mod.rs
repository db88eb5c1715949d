//! The version and changelog of a regenerated crate, from the crate it replaces.
//!
//! A generated crate keeps the model it was made from (`api-model.jsonl`, see [`snapshot`]).
//! The next regeneration compares that model with the new one ([`crate::diff`]), bumps the
//! version by semver ([`semver`]) and puts the classified changes on top of `CHANGELOG.md`
//! ([`changelog`]). Regenerating from the same pages changes nothing: same version, same
//! changelog, same bytes (so `check` stays exact).

pub mod changelog;
pub mod semver;
pub mod snapshot;

use std::path::Path;

use crate::diff::{self, Report};
use crate::ir::Api;
use crate::output::Files;

/// The changelog's file name in the crate folder.
pub const CHANGELOG: &str = "CHANGELOG.md";

/// The version a crate starts at.
pub const FIRST_VERSION: &str = "0.1.0";

/// What a previous generated crate says about itself.
#[derive(Debug, Clone, Default)]
pub struct Previous {
    /// The model and the version it records, from its `api-model.jsonl`.
    pub model: Option<(String, Api)>,
    /// The version in its `Cargo.toml`, for a crate made before models were recorded.
    pub cargo_version: Option<String>,
    pub changelog: Option<String>,
}

impl Previous {
    /// Reads the crate folder `dir` (missing files are simply absent).
    pub fn read(dir: &Path) -> Previous {
        let text = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
        Previous {
            model: text(snapshot::FILE_NAME).and_then(|t| snapshot::read(&t)),
            cargo_version: text("Cargo.toml").and_then(|t| cargo_version(&t)),
            changelog: text(CHANGELOG),
        }
    }
}

/// The `version` of the `[package]` table of a `Cargo.toml`.
fn cargo_version(toml: &str) -> Option<String> {
    let mut in_package = false;
    for line in toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(rest) = line.strip_prefix("version") {
                let value = rest.trim_start().strip_prefix('=')?.trim();
                return Some(value.trim_matches('"').to_string());
            }
        }
    }
    None
}

/// The version, changelog and model file of a regeneration.
#[derive(Debug, Clone)]
pub struct Release {
    pub version: String,
    pub changelog: String,
    pub model: String,
    /// What changed since the previous crate (empty for a first version).
    pub report: Report,
    /// Whether there was a previous model to compare with.
    pub compared: bool,
}

impl Release {
    /// The release of `api` replacing `previous`.
    pub fn plan(api: &Api, previous: &Previous) -> Release {
        let Some((old_version, old_model)) = &previous.model else {
            let version = previous
                .cargo_version
                .clone()
                .filter(|v| semver::parse(v).is_some())
                .unwrap_or_else(|| FIRST_VERSION.to_string());
            let operations = api.services.iter().map(|s| s.operations.len()).sum();
            let entry = changelog::first_entry(api.services.len(), operations);
            return Release {
                changelog: changelog::with_entry(None, &version, &entry),
                model: snapshot::write(api, &version),
                version,
                report: Report::default(),
                compared: false,
            };
        };
        let report = diff::diff(old_model, &snapshot::normalize(api));
        let version = semver::next(old_version, &report);
        let changelog = match (&previous.changelog, report.is_empty()) {
            (Some(text), true) => text.clone(),
            (text, _) => {
                let entry = if report.is_empty() {
                    "No recorded changes.\n".to_string()
                } else {
                    changelog::entry(&report)
                };
                changelog::with_entry(text.as_deref(), &version, &entry)
            }
        };
        Release {
            model: snapshot::write(api, &version),
            version,
            changelog,
            report,
            compared: true,
        }
    }

    /// Adds the changelog and the model file to the crate's files (under `prefix`, e.g.
    /// `jdcloud-sdk/`).
    pub fn add_to(&self, files: &mut Files, prefix: &str) {
        files.insert(
            format!("{prefix}{CHANGELOG}"),
            self.changelog.clone().into_bytes(),
        );
        files.insert(
            format!("{prefix}{}", snapshot::FILE_NAME),
            self.model.clone().into_bytes(),
        );
    }

    /// One line for the terminal: the version and why.
    pub fn summary(&self) -> String {
        if !self.compared {
            return format!(
                "version {} (no earlier model to compare with)",
                self.version
            );
        }
        if self.report.is_empty() {
            return format!("version {} (no changes)", self.version);
        }
        let n = self.report.counts();
        format!(
            "version {}: {} breaking for Rust code, {} breaking on the wire, {} compatible, {} docs only (see CHANGELOG.md)",
            self.version, n.rust_breaking, n.wire_breaking, n.compatible, n.docs_only
        )
    }
}

/// Every file `generate` writes into `out` (see [`crate::generate_files_with`]), with the
/// crate's version, `CHANGELOG.md` and `api-model.jsonl` following the crate it replaces,
/// `<out>/<crate name>` (`<out>/jdcloud-sdk`).
pub fn generate_files(
    api: &Api,
    options: &crate::rust::CrateOptions,
    out: &Path,
) -> Result<(Files, Release), crate::rust::EmitError> {
    let folder = &options.crate_name;
    let release = Release::plan(api, &Previous::read(&out.join(folder)));
    let options = crate::rust::CrateOptions {
        version: release.version.clone(),
        ..options.clone()
    };
    let mut files = crate::generate_files_with(api, &options)?;
    release.add_to(&mut files, &format!("{folder}/"));
    Ok((files, release))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_package_version() {
        let toml = "# comment\n[package]\nname = \"x\"\nversion = \"0.4.1\"\n[dependencies]\nversion = \"9\"\n";
        assert_eq!(cargo_version(toml).as_deref(), Some("0.4.1"));
        assert_eq!(cargo_version("[dependencies]\nversion = \"1\"\n"), None);
    }
}
