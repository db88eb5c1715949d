//! The command line as CI uses it: exit codes (0 done, 1 `--strict` and an error-level
//! diagnostic, 2 usage or output error) for `parse`, `generate` and `openapi`; `generate` never
//! writes outside `--out`, and a run killed at any moment leaves the previous output whole and
//! nothing that breaks the next run; and the same pages give the same bytes whatever their
//! order, through the library and through the binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use jdcloud_codegen::openapi::{self, Options, SpecVersion};
use jdcloud_codegen::{generate_files, load_sources, output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jdcloud-codegen"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited, not killed")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn specs() -> String {
    common::workspace_root()
        .join("specs")
        .to_string_lossy()
        .into_owned()
}

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("jdcloud-codegen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

// Exit codes -----------------------------------------------------------------------------------

#[test]
fn parse_exit_codes() {
    let bad = fixture("bad/no-method.md");
    let warnings_only = fixture("bad/cells.md");
    assert_eq!(code(&run(&["parse", &specs()])), 0);
    assert_eq!(code(&run(&["parse", "--strict", &specs()])), 0);
    assert_eq!(code(&run(&["parse", &bad])), 0, "lenient by default");
    let strict = run(&["parse", "--strict", &bad]);
    assert_eq!(code(&strict), 1);
    assert!(String::from_utf8_lossy(&strict.stdout).contains("error[missing-method]"));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("--strict"));
    assert_eq!(code(&run(&["parse", "--strict", &warnings_only])), 0);
    assert_eq!(
        code(&run(&["parse", "--strict", "--format", "json", &bad])),
        1
    );
    // A path that does not exist is a usage error, strict or not.
    for args in [
        &["parse", "--strict", "/no/such/folder/x.md"][..],
        &["parse", "/no/such/folder/x.md"][..],
    ] {
        let missing = run(args);
        assert_eq!(code(&missing), 2);
        assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/folder/x.md"));
    }
}

#[test]
fn generate_exit_codes_and_strict_writes_nothing() {
    let dir = scratch("generate-strict");
    let out = dir.join("out");
    let bad = fixture("bad/no-method.md");
    let strict = run(&["generate", "--strict", &specs(), &bad, "--out", s(&out)]);
    assert_eq!(code(&strict), 1);
    assert!(!out.exists(), "--strict with errors writes nothing");
    // Lenient: what is sound is generated, the rest reported.
    let lenient = run(&["generate", &specs(), &bad, "--out", s(&out)]);
    assert_eq!(
        code(&lenient),
        0,
        "{}",
        String::from_utf8_lossy(&lenient.stderr)
    );
    assert!(String::from_utf8_lossy(&lenient.stderr).contains("error[missing-method]"));
    assert!(out.join("jdcloud-sdk/src/vm/mod.rs").is_file());
    assert!(out.join("openapi/vm.json").is_file());
    // --strict with errors leaves an existing output as it was.
    let before = output::read_dir(&out);
    assert_eq!(
        code(&run(&["generate", "--strict", &bad, "--out", s(&out)])),
        1
    );
    assert_eq!(output::read_dir(&out), before);
    assert_eq!(
        code(&run(&["generate", "--strict", &specs(), "--out", s(&out)])),
        0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn openapi_exit_codes() {
    let dir = scratch("openapi");
    let bad = fixture("bad/no-method.md");
    let out = dir.join("docs");
    assert_eq!(code(&run(&["openapi", &specs(), "--out", s(&out)])), 0);
    assert!(out.join("vm.json").is_file());
    assert_eq!(
        code(&run(&["openapi", &specs(), &bad, "--out", s(&out)])),
        0
    );
    assert_eq!(
        code(&run(&[
            "openapi",
            "--strict",
            &specs(),
            &bad,
            "--out",
            s(&out)
        ])),
        1
    );
    assert_eq!(
        code(&run(&[
            "openapi",
            "--strict",
            "--openapi",
            "3.1",
            &specs(),
            "--out",
            s(&out)
        ])),
        0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn openapi_strict_writes_nothing_and_out_is_replaced_whole() {
    let dir = scratch("openapi-out");
    let bad = fixture("bad/no-method.md");
    let out = dir.join("docs");
    let strict = run(&["openapi", "--strict", &specs(), &bad, "--out", s(&out)]);
    assert_eq!(code(&strict), 1);
    assert!(
        !out.exists(),
        "--strict with errors wrote {}",
        out.display()
    );

    assert_eq!(code(&run(&["openapi", &specs(), "--out", s(&out)])), 0);
    let all = tree(&out);
    assert!(all.len() > 1, "{all:?}");
    let vm = format!("{}/vm", specs());
    assert_eq!(code(&run(&["openapi", &vm, "--out", s(&out)])), 0);
    assert_eq!(
        tree(&out),
        vec!["vm.json".to_string()],
        "stale documents left"
    );

    // A folder holding anything but documents is not replaced.
    let mixed = dir.join("mixed");
    std::fs::create_dir_all(&mixed).expect("mkdir");
    std::fs::write(mixed.join("notes.txt"), b"mine").expect("write");
    let refused = run(&["openapi", &specs(), "--out", s(&mixed)]);
    assert_eq!(code(&refused), 2);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("notes.txt"));
    assert_eq!(tree(&mixed), vec!["notes.txt".to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_input_exits_2_and_writes_nothing() {
    let dir = scratch("missing-input");
    let missing = dir.join("no-such-folder");
    let out = dir.join("out");
    for args in [
        vec!["parse", s(&missing)],
        vec!["generate", s(&missing), "--out", s(&out)],
        vec!["openapi", s(&missing), "--out", s(&out)],
        vec!["check", "--specs", s(&missing), "--generated", s(&out)],
    ] {
        let o = run(&args);
        assert_eq!(code(&o), 2, "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("no-such-folder") && err.contains("no such file or folder"),
            "{err}"
        );
        assert!(!out.exists(), "{args:?} wrote {}", out.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["parse"][..],
        &["parse", "--format", "yaml", "specs"][..],
        &["generate", "specs"][..],
        &["openapi", "--openapi", "2.0", "specs", "--out", "x"][..],
        &["generate", "--no-such-flag", "specs", "--out", "x"][..],
    ] {
        let out = run(args);
        assert_eq!(
            code(&out),
            2,
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn output_errors_exit_2() {
    let dir = scratch("output-error");
    let file = dir.join("a-file");
    std::fs::write(&file, b"not a folder").expect("write");
    let under_a_file = file.join("out");
    let g = run(&["generate", &specs(), "--out", s(&under_a_file)]);
    assert_eq!(code(&g), 2, "{}", String::from_utf8_lossy(&g.stderr));
    let o = run(&["openapi", &specs(), "--out", s(&file)]);
    assert_eq!(code(&o), 2, "{}", String::from_utf8_lossy(&o.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

// Output safety --------------------------------------------------------------------------------

/// Every file below `dir`, as paths relative to it, dot-folders included.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable").flatten() {
            let p = e.path();
            out.push(
                p.strip_prefix(dir)
                    .expect("below")
                    .to_string_lossy()
                    .into_owned(),
            );
            if p.is_dir() {
                stack.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Whatever the pages say (hosts like `..`, names with `/`, `\`, quotes), `generate` writes
/// only `<out>/jdcloud-sdk/` and `<out>/openapi/`.
#[test]
fn generate_writes_only_inside_out() {
    let dir = scratch("inside-out");
    let out = dir.join("out");
    let g = run(&[
        "generate",
        &fixture("bad"),
        &fixture("injection"),
        "--out",
        s(&out),
    ]);
    assert_eq!(code(&g), 0, "{}", String::from_utf8_lossy(&g.stderr));
    assert_eq!(tree(&dir).iter().filter(|p| !p.contains('/')).count(), 1);
    for path in tree(&out) {
        assert!(
            path == "jdcloud-sdk"
                || path == "openapi"
                || path.starts_with("jdcloud-sdk/")
                || path.starts_with("openapi/"),
            "{path} written"
        );
        assert!(
            !path.split('/').any(|c| c.starts_with('.')),
            "{path} left behind"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn generate_into(inputs: &[String], out: &Path) {
    let mut args: Vec<&str> = vec!["generate"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["--out", s(out)]);
    let g = run(&args);
    assert_eq!(code(&g), 0, "{}", String::from_utf8_lossy(&g.stderr));
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in output::read_dir(from) {
        let target = to.join(rel);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folder");
        std::fs::write(target, bytes).expect("write");
    }
}

/// Output files without what depends on the crate replaced: the changelog, the recorded model
/// and the version in `Cargo.toml`.
fn without_release(mut files: output::Files) -> output::Files {
    files.remove("CHANGELOG.md");
    files.remove("api-model.jsonl");
    if let Some(cargo) = files.get_mut("Cargo.toml") {
        let text = String::from_utf8_lossy(cargo).into_owned();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("version = "))
            .collect();
        *cargo = kept.join("\n").into_bytes();
    }
    files
}

/// `generate` killed (SIGKILL) while it writes, at moments spread over the writing of each
/// output folder: each folder is then the previous output or the new one, whole (or, killed
/// between its two renames, the previous one set aside, which the next run puts back); the
/// next run succeeds and leaves no temporary folder behind.
#[cfg(unix)]
#[test]
fn generate_killed_while_writing_leaves_the_previous_output() {
    let dir = scratch("killed");
    let inputs = vec![specs(), fixture("bad"), fixture("injection")];
    // The two versions: old from `specs/` alone, new from everything.
    let old_out = dir.join("old");
    generate_into(&[specs()], &old_out);
    // The new output replaces the old one (its version and changelog follow the old crate's).
    let new_out = dir.join("new");
    copy_tree(&old_out, &new_out);
    generate_into(&inputs, &new_out);
    let tops = ["jdcloud-sdk", "openapi"];
    let old = tops.map(|t| output::read_dir(&old_out.join(t)));
    let new = tops.map(|t| output::read_dir(&new_out.join(t)));
    assert_ne!(old[0], new[0]);

    let out = dir.join("out");
    let mut outcomes = Vec::new();
    for (step, offset_us) in [0u64, 300, 1_000, 3_000, 10_000]
        .into_iter()
        .flat_map(|o| [o, o])
        .enumerate()
    {
        // Even steps aim at the writing of the crate, odd ones at the OpenAPI documents.
        let aim = tops[step % 2];
        let _ = std::fs::remove_dir_all(&out);
        copy_tree(&old_out, &out);
        let mut args: Vec<&str> = vec!["generate"];
        args.extend(inputs.iter().map(String::as_str));
        args.extend(["--out", s(&out)]);
        let mut child = bin()
            .args(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawns");
        let tmp = out.join(format!(".{aim}.tmp-{}", child.id()));
        let deadline = Instant::now() + std::time::Duration::from_secs(60);
        while !tmp.exists() && Instant::now() < deadline {
            if child.try_wait().expect("polls").is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_micros(100));
        }
        std::thread::sleep(std::time::Duration::from_micros(offset_us));
        let _ = child.kill();
        let status = child.wait().expect("waits");
        for (i, top) in tops.into_iter().enumerate() {
            let here = out.join(top);
            if here.exists() {
                let files = output::read_dir(&here);
                assert!(
                    files == old[i] || files == new[i],
                    "killed {offset_us} µs into writing {aim}: {top} is neither the old nor the new output: {:?}",
                    output::differences(&new[i], &files)
                );
                outcomes.push(format!(
                    "{top}:{}",
                    if files == old[i] { "old" } else { "new" }
                ));
            } else {
                // Killed between moving the old output aside and moving the new one in.
                let aside = tree(&out)
                    .into_iter()
                    .find(|p| p.starts_with(&format!(".{top}.old-")))
                    .unwrap_or_else(|| panic!("{top} is gone after a kill"));
                assert_eq!(output::read_dir(&out.join(aside)), old[i]);
                outcomes.push(format!("{top}:aside"));
            }
        }
        if status.code().is_some() {
            outcomes.push("finished".into());
        }
        // The next run is not disturbed by what the killed one left, and cleans it up. (Its
        // crate's version and changelog follow whichever crate it replaced.)
        generate_into(&[specs()], &out);
        for (i, top) in tops.into_iter().enumerate() {
            assert_eq!(
                without_release(output::read_dir(&out.join(top))),
                without_release(old[i].clone())
            );
        }
        let left: Vec<String> = tree(&out)
            .into_iter()
            .filter(|p| !p.contains('/'))
            .collect();
        assert_eq!(left, tops, "leftovers after the next run");
    }
    eprintln!("outcomes after kills: {outcomes:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

// Determinism ----------------------------------------------------------------------------------

/// `specs/`, the fixtures and the corpus (when present) in three orders give the same files,
/// crate and OpenAPI (3.0 and 3.1) alike.
#[test]
fn same_pages_same_bytes_in_any_order() {
    let root = common::workspace_root();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = common::read_tree(&root.join("specs"), &root);
    sources.extend(common::read_tree(
        &manifest.join("tests/fixtures"),
        manifest,
    ));
    let corpus = root.join("../shared/corpus");
    if corpus.is_dir() {
        sources.extend(common::read_tree(&corpus, &root.join("../shared")));
    }
    let generate = |s: &[(String, Vec<u8>)]| {
        let loaded = load_sources(s);
        let files = generate_files(&loaded.api()).expect("generates");
        let v31: Vec<Vec<u8>> = openapi::export(
            &loaded.services,
            &Options {
                version: SpecVersion::V3_1,
            },
        )
        .iter()
        .map(|d| d.to_bytes())
        .collect();
        let diagnostics = serde_json::to_string(&loaded.diagnostics).expect("JSON");
        (files, v31, diagnostics)
    };
    let first = generate(&sources);
    assert!(first.0.keys().any(|k| k.starts_with("openapi/")));
    let mut reversed = sources.clone();
    reversed.reverse();
    let mut interleaved: Vec<_> = sources.iter().step_by(2).cloned().collect();
    interleaved.extend(sources.iter().skip(1).step_by(2).cloned());
    for (what, order) in [("reversed", reversed), ("interleaved", interleaved)] {
        let again = generate(&order);
        assert_eq!(
            first.0.keys().collect::<Vec<_>>(),
            again.0.keys().collect::<Vec<_>>(),
            "{what}: other files"
        );
        for (path, bytes) in &first.0 {
            assert!(again.0[path] == *bytes, "{what}: {path} differs");
        }
        assert!(first.1 == again.1, "{what}: OpenAPI 3.1 differs");
        assert_eq!(first.2, again.2, "{what}: diagnostics differ");
    }
}

/// Through the binary: inputs named in another order give byte-identical output folders.
#[test]
fn binary_output_does_not_depend_on_input_order() {
    let dir = scratch("order");
    let inputs = [specs(), fixture("injection"), fixture("bad")];
    let a = dir.join("a");
    let b = dir.join("b");
    generate_into(&inputs, &a);
    let mut reversed = inputs.to_vec();
    reversed.reverse();
    generate_into(&reversed, &b);
    assert!(
        output::read_dir(&a) == output::read_dir(&b),
        "generate output depends on order"
    );
    let (oa, ob) = (dir.join("oa"), dir.join("ob"));
    for (out, ins) in [(&oa, &inputs[..]), (&ob, &reversed[..])] {
        let mut args = vec!["openapi"];
        args.extend(ins.iter().map(String::as_str));
        args.extend(["--out", s(out)]);
        assert_eq!(code(&run(&args)), 0);
    }
    assert!(
        output::read_dir(&oa) == output::read_dir(&ob),
        "openapi output depends on order"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Through the binary: one thread or several (`JDCLOUD_CODEGEN_THREADS`, which spreads parsing,
/// emitting and rustfmt over the cores) give byte-identical output folders.
#[test]
fn binary_output_does_not_depend_on_thread_count() {
    let dir = scratch("threads");
    let mut inputs = vec![specs(), fixture("injection"), fixture("bad")];
    let corpus = common::workspace_root().join("../shared/corpus");
    if corpus.is_dir() {
        inputs.push(corpus.to_string_lossy().into_owned());
    }
    let mut outputs = Vec::new();
    for threads in ["1", "3"] {
        let out = dir.join(format!("t{threads}"));
        let mut args = vec!["generate".to_string()];
        args.extend(inputs.iter().cloned());
        args.extend(["--out".to_string(), s(&out).to_string()]);
        let o = bin()
            .args(&args)
            .env("JDCLOUD_CODEGEN_THREADS", threads)
            .output()
            .expect("runs");
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        outputs.push(output::read_dir(&out));
    }
    assert!(outputs[0].len() > 30, "{} files", outputs[0].len());
    assert_eq!(
        outputs[0].keys().collect::<Vec<_>>(),
        outputs[1].keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &outputs[0] {
        assert!(
            outputs[1][path] == *bytes,
            "{path} differs between 1 and 3 threads"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn report_lists_what_the_pages_disagree_on() {
    let en = fixture("merge/describe-thing-en.md");
    let zh = fixture("merge/describe-thing-zh.md");
    let out = run(&["report", &en, &zh]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("service thing: 1 operations (1 from several pages)"),
        "{text}"
    );
    assert!(
        text.contains("parameter `pageSize`: type: used `Long`"),
        "{text}"
    );
    let out = run(&["report", &en, &zh, "--format", "json", "--service", "thing"]);
    assert_eq!(code(&out), 0);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["services"][0]["merged_operations"], 1);
    assert_eq!(code(&run(&["report", &en, "--service", "nothing"])), 2);
    assert_eq!(code(&run(&["report", "no-such-folder"])), 2);
}
