//! Corrections: fixes to what the pages say, kept beside them in a TOML file so that the next
//! update of the pages does not overwrite them (in the spirit of smithy-build's transforms and
//! typify's patches). Applied once, to the resolved model, before anything is emitted; see
//! README.md, "Corrections", for the format.
//!
//! ```toml
//! [[field]]
//! service = "vm"
//! model = "InstanceTemplateDiskAttachmentSpec"
//! name = "deviceName"
//! replace_values = { vmj = "vdj" }
//! reason = "typo on the page"
//! ```

mod apply;
pub mod file;

use std::path::PathBuf;

use crate::diagnostics::{Code, Diagnostics, Severity};
use crate::ir::{Api, Source};
use crate::parse::display_path;

pub use apply::label;
pub use file::{Correction, Edit, Target};

/// The name of the corrections file found at the root of a folder of pages.
pub const FILE_NAME: &str = "corrections.toml";

/// The corrections read from one or more files, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corrections {
    pub entries: Vec<Correction>,
}

impl Corrections {
    /// No corrections.
    pub fn none() -> Self {
        Self::default()
    }

    /// Reads corrections files. A file that cannot be read or parsed is an error-level
    /// diagnostic naming it (and the line), and contributes nothing.
    pub fn read(paths: &[PathBuf], diags: &mut Diagnostics) -> Self {
        let mut sources = Vec::new();
        for path in paths {
            let shown = display_path(path);
            match std::fs::read(path) {
                Ok(bytes) => sources.push((shown, bytes)),
                Err(e) => diags.report(
                    Severity::Error,
                    Code::MalformedCorrections,
                    &Source::new(shown, 0),
                    format!("cannot read the corrections file: {e}"),
                ),
            }
        }
        Self::parse(&sources, diags)
    }

    /// Reads corrections given as (name, bytes) pairs.
    pub fn parse(sources: &[(String, Vec<u8>)], diags: &mut Diagnostics) -> Self {
        let mut entries = Vec::new();
        for (name, bytes) in sources {
            match std::str::from_utf8(bytes) {
                Ok(text) => entries.extend(file::parse(name, text, diags)),
                Err(e) => diags.report(
                    Severity::Error,
                    Code::MalformedCorrections,
                    &Source::new(name, 1),
                    format!("the corrections file is not UTF-8 text ({e}); save it as UTF-8"),
                ),
            }
        }
        Corrections { entries }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Applies the corrections to a resolved model (see the module docs).
    pub fn apply(&self, api: &mut Api, diags: &mut Diagnostics) {
        apply::apply(api, &self.entries, diags);
    }
}

/// The `corrections.toml` at the root of each folder among `inputs`, where there is one.
pub fn discover(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = inputs
        .iter()
        .filter(|p| p.is_dir())
        .map(|dir| dir.join(FILE_NAME))
        .filter(|f| f.is_file())
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The corrections files to use: those given explicitly, else those [`discover`] finds.
pub fn files_for(inputs: &[PathBuf], explicit: &[PathBuf]) -> Vec<PathBuf> {
    if explicit.is_empty() {
        discover(inputs)
    } else {
        explicit.to_vec()
    }
}
