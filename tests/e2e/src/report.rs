//! One line per scenario: what was checked and how it ended.
//!
//! ```text
//! PASS prism: vm createInstances — accepted (200), response decoded as CreateInstancesResult
//! FAIL signature: tampered body — ended without a verdict (see the test's output)
//! SKIP signature: every scenario — E2E_REFERENCE_SERVER is not set (run tests/e2e/run.sh)
//! ```
//!
//! Lines go to standard output (shown by `cargo test` for failing tests, or with
//! `--nocapture`) and, when `E2E_REPORT` names a file, are appended to it, where `run.sh`
//! collects them for its summary.

use std::fmt::Display;
use std::io::Write;
use std::sync::Mutex;

/// The file `run.sh` collects the lines from.
pub const REPORT_VAR: &str = "E2E_REPORT";

static WRITE: Mutex<()> = Mutex::new(());

/// Writes one report line.
pub fn line(verdict: &str, suite: &str, what: &str) {
    let text = format!("{verdict} {suite}: {what}");
    println!("{text}");
    let _guard = WRITE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = std::env::var_os(REPORT_VAR) {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path);
        if let Ok(mut file) = file {
            // One write per line, so that lines of parallel tests never interleave.
            let _ = file.write_all(format!("{text}\n").as_bytes());
        }
    }
}

/// A scenario under way. End it with [`Scenario::pass`]; if the test panics first, or the
/// value is dropped without a verdict, a `FAIL` line is written.
#[must_use = "a scenario reports nothing until it passes"]
pub struct Scenario {
    suite: &'static str,
    name: String,
    done: bool,
}

impl Scenario {
    /// Starts a scenario of `suite` (`prism`, `signature`, `behaviour`, `blocking`).
    pub fn new(suite: &'static str, name: impl Into<String>) -> Self {
        Scenario {
            suite,
            name: name.into(),
            done: false,
        }
    }

    /// The scenario passed; `detail` says what was verified.
    pub fn pass(mut self, detail: impl Display) {
        self.done = true;
        line("PASS", self.suite, &format!("{} — {detail}", self.name));
    }

    /// The scenario shows a known defect outside this suite (described in `detail`): reported,
    /// not failed.
    pub fn known_defect(mut self, detail: impl Display) {
        self.done = true;
        line("XFAIL", self.suite, &format!("{} — {detail}", self.name));
    }
}

impl Drop for Scenario {
    fn drop(&mut self) {
        if !self.done {
            let why = if std::thread::panicking() {
                "failed (see the test's output)"
            } else {
                "ended without a verdict"
            };
            line("FAIL", self.suite, &format!("{} — {why}", self.name));
        }
    }
}

/// Reports something worth knowing that is neither a pass nor a failure.
pub fn info(suite: &str, what: impl Display) {
    line("INFO", suite, &what.to_string());
}

/// Reports a scenario as skipped, with the reason.
pub fn skip(suite: &str, what: &str, why: impl Display) {
    line("SKIP", suite, &format!("{what} — {why}"));
}
