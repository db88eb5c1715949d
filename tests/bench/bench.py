#!/usr/bin/env python3
"""Benchmarks of jdcloud-codegen; see README.md beside this file. Run through run.sh.

Every comparison is measured in one run, the sides alternating (A B, then B A, ...), and
reported as the median over the runs of the per-run ratio. Wall and CPU time (user + system,
children included) and peak memory (largest resident set of the process or of any child it
waited for, as `/usr/bin/time` reports) come from wait4's rusage.
"""

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "bench"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EN_VM = CORPUS / "jdcloud-en" / "Virtual-Machines"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jdcloud-codegen-bench"
CHECK_HOME = Path(os.environ.get("CHECK_OPENAPI_HOME")
                  or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "check-openapi")
PY_SDK_VERSION = "1.6.354"
# Copies of the corpus in the scale corpus: 9 copies are 5,013 pages, about the size of the
# whole JD Cloud API (5,131 operations).
SCALES = [1, 2, 4, 8]
SCALE_5K = 9


class BenchError(Exception):
    pass


# --- measuring ------------------------------------------------------------------------------

class Sample:
    def __init__(self, wall, cpu, rss_mb):
        self.wall, self.cpu, self.rss_mb = wall, cpu, rss_mb


def measure(cmd, cwd=None, env=None, log=None):
    """Runs `cmd` to completion; its wall time, CPU time and peak memory."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], cwd=cwd, env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log:
            out.close()
    if proc.returncode != 0:
        raise BenchError("`%s` exited with %d%s" % (" ".join(str(c) for c in cmd), proc.returncode,
                                                    tail(log)))
    return Sample(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024)


def tail(log, lines=25):
    if not log or not Path(log).exists():
        return ""
    text = Path(log).read_text(errors="replace").splitlines()[-lines:]
    return ":\n    " + "\n    ".join(text)


def run(cmd, cwd=None, env=None, log=None, check=True):
    """Runs a setup step (not measured); output to `log`."""
    with open(log, "ab") if log else open(os.devnull, "wb") as out:
        rc = subprocess.call([str(c) for c in cmd], cwd=cwd, env=env, stdout=out,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if check and rc != 0:
        raise BenchError("`%s` exited with %d%s" % (" ".join(str(c) for c in cmd), rc, tail(log)))
    return rc


class Side:
    """One side of a comparison: a command, and what to do before each run of it."""

    def __init__(self, name, cmd, prepare=None, cwd=None, env=None, log=None):
        self.name, self.cmd, self.prepare = name, cmd, prepare
        self.cwd, self.env, self.log = cwd, env, log
        self.samples = []

    def once(self):
        if self.prepare:
            self.prepare()
        self.samples.append(measure(self.cmd, cwd=self.cwd, env=self.env, log=self.log))

    def median(self, what):
        return statistics.median(getattr(s, what) for s in self.samples)

    def peak(self):
        return max(s.rss_mb for s in self.samples)


def alternate(sides, runs):
    """Runs every side `runs` times, interleaved, the order reversed on every other run."""
    for i in range(runs):
        for side in sides if i % 2 == 0 else list(reversed(sides)):
            side.once()
    return sides


def ratio(a, b, what="wall"):
    """Median over the runs of a's figure over b's, run by run."""
    pairs = zip(a.samples, b.samples)
    return statistics.median(getattr(x, what) / max(getattr(y, what), 1e-9) for x, y in pairs)


# --- the table ------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []
        self.targets = []

    def section(self, title):
        self.rows.append(("section", title))
        print("\n== %s" % title, flush=True)

    def row(self, case, wall=None, cpu=None, mb=None, note=""):
        cells = (case, fmt_s(wall), fmt_s(cpu), "" if mb is None else "%.0f" % mb, note)
        self.rows.append(("row", cells))
        print("   %-52s %9s %9s %7s  %s" % cells, flush=True)

    def note(self, text):
        self.rows.append(("note", text))
        print("   %s" % text, flush=True)

    def target(self, name, met, detail):
        self.targets.append((name, met, detail))
        self.note("target %s: %s (%s)" % ("met" if met else "MISSED", name, detail))

    def render(self):
        out = ["", "%-55s %9s %9s %7s  %s" % ("case", "wall", "CPU", "peak MB", "figures")]
        for kind, value in self.rows:
            if kind == "section":
                out.append("")
                out.append("-- %s" % value)
            elif kind == "row":
                out.append("   %-52s %9s %9s %7s  %s" % value)
            else:
                out.append("   %s" % value)
        return "\n".join(out)


def fmt_s(seconds):
    if seconds is None:
        return ""
    if seconds >= 10:
        return "%.1f s" % seconds
    if seconds >= 1:
        return "%.2f s" % seconds
    if seconds >= 1e-3:
        return "%.0f ms" % (seconds * 1e3)
    return "%.2f µs" % (seconds * 1e6)


# --- the machine ----------------------------------------------------------------------------

def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = ", %.1f GiB memory" % (kb / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    try:
        load = ", load average %s at the start" % " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        pass
    return "%s, %d cores (nproc)%s, %s%s" % (cpu, os.cpu_count() or 0, mem, platform.platform(), load)


def tool_version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


# --- 1. generation --------------------------------------------------------------------------

def count_pages(paths):
    return sum(1 for p in paths for _ in Path(p).rglob("*.md"))


def generation(t, args, work):
    bin_ = args.bin
    t.section("1. generate: %s (release build)" % bin_)
    out = work / "gen-out"

    def clean():
        shutil.rmtree(out, ignore_errors=True)

    inputs = [("specs/", [ROOT / "specs"])]
    scale_dir = work / "scale"
    if CORPUS.is_dir():
        copies = SCALE_5K if not args.quick else 1
        if copies > 1:
            run([sys.executable, HERE / "scale_corpus.py", CORPUS, scale_dir, copies],
                log=work / "scale.log")
            copy = lambda k: [scale_dir / ("r%d" % i) for i in range(1, k + 1)]
        else:
            copy = lambda k: [CORPUS]
        scales = [1] if args.quick else SCALES + [SCALE_5K]
        for k in scales:
            label = "corpus %dx" % k if k != SCALE_5K else "scale corpus 9x (~5,000 pages)"
            inputs.append((label, copy(k)))
    else:
        t.note("skipped the corpus: no %s" % CORPUS)

    # A cache of rustfmt's output of the bench's own, so that "cold" and "warm" mean what they
    # say whatever the user's cache holds.
    cache = work / "rustfmt-cache"
    env = dict(os.environ, JDCLOUD_CODEGEN_CACHE=str(cache))

    def cold():
        clean()
        shutil.rmtree(cache, ignore_errors=True)

    per_scale = {}
    for label, paths in inputs:
        pages = count_pages(paths)
        sides = [
            Side("rustfmt, cold cache", [bin_, "generate", *paths, "--out", out], cold, cwd=ROOT,
                 env=env, log=work / "gen.log"),
            Side("no-rustfmt", [bin_, "generate", *paths, "--out", out, "--no-rustfmt"], clean,
                 cwd=ROOT, env=env, log=work / "gen.log"),
            Side("rustfmt, warm cache", [bin_, "generate", *paths, "--out", out], clean, cwd=ROOT,
                 env=env, log=work / "gen.log"),
        ]
        if args.baseline:
            sides += [
                Side("baseline rustfmt", [args.baseline, "generate", *paths, "--out", out], cold,
                     cwd=ROOT, env=env, log=work / "gen.log"),
                Side("baseline no-rustfmt",
                     [args.baseline, "generate", *paths, "--out", out, "--no-rustfmt"], clean,
                     cwd=ROOT, log=work / "gen.log"),
            ]
        if label.startswith("scale") and not args.quick:
            env = dict(os.environ, JDCLOUD_CODEGEN_THREADS="1")
            sides.append(Side("no-rustfmt, 1 thread",
                              [bin_, "generate", *paths, "--out", out, "--no-rustfmt"], clean,
                              cwd=ROOT, env=env, log=work / "gen.log"))
        # The warm side's cache is filled once, untimed.
        run([bin_, "generate", *paths, "--out", out], cwd=ROOT, env=env, log=work / "gen.log")
        alternate(sides, args.runs)
        for s in sides:
            note = "%d pages, %.0f pages/s" % (pages, pages / s.median("wall"))
            if s.name.startswith("baseline"):
                mine = sides[0] if s.name == "baseline rustfmt" else sides[1]
                note += "; ours is %.2fx faster (wall), %.2fx less CPU" % (
                    ratio(s, mine), ratio(s, mine, "cpu"))
            t.row("%s, %s" % (label, s.name), s.median("wall"), s.median("cpu"), s.peak(), note)
        t.note("rustfmt's share of the run from a cold cache: %.0f%% of the wall time; a warm "
               "cache against --no-rustfmt: %+.0f%%" % (100 * (1 - 1 / ratio(sides[0], sides[1])),
                                                        100 * (ratio(sides[2], sides[1]) - 1)))
        per_scale[label] = (pages, sides)

    # Growth with the size of the input.
    scaled = [(v[0], v[1]) for k, v in per_scale.items() if k.startswith("corpus") or k.startswith("scale")]
    if len(scaled) >= 3:
        for which, idx in (("no-rustfmt", 1), ("rustfmt", 0)):
            xs = [math.log(p) for p, _ in scaled]
            ys = [math.log(s[idx].median("cpu")) for _, s in scaled]
            slope = least_squares_slope(xs, ys)
            per_page = ", ".join("%d pages %.2f ms" % (p, 1e3 * s[idx].median("cpu") / p) for p, s in scaled)
            t.note("growth (%s): CPU ~ pages^%.2f; CPU per page: %s" % (which, slope, per_page))
            if which == "no-rustfmt":
                t.target("cost grows linearly with pages (CPU exponent 1.0 +- 0.1, 1x..9x)",
                         abs(slope - 1.0) <= 0.10, "exponent %.2f" % slope)
    big = per_scale.get("scale corpus 9x (~5,000 pages)")
    if big:
        pages, sides = big
        for s, limit in ((sides[0], 2.0), (sides[2], 1.0)):
            t.target("5,000 pages, formatted, under %.0f s wall (%s)" % (limit, s.name),
                     s.median("wall") < limit, "%s for %d pages" % (fmt_s(s.median("wall")), pages))
        t.target("5,000 pages under 500 MB peak", max(s.peak() for s in sides[:3]) < 500,
                 "%.0f MB" % max(s.peak() for s in sides[:3]))
    elif args.quick:
        t.note("quick mode: the 2x-9x scale corpus is left out (bash tests/bench/run.sh for it)")


def edit_loop(t, args, work):
    """One page of specs/ changed, then generate and check: what an edit costs."""
    t.section("1b. the edit loop: one page of specs/ changed, formatted output, warm cache")
    bin_ = args.bin
    specs = work / "edit-specs"
    out = work / "edit-out"
    shutil.rmtree(specs, ignore_errors=True)
    shutil.copytree(ROOT / "specs", specs)
    env = dict(os.environ, JDCLOUD_CODEGEN_CACHE=str(work / "rustfmt-cache"))
    log = work / "edit.log"
    run([bin_, "generate", specs, "--out", out], cwd=ROOT, env=env, log=log)
    # A description in a table of the English describeInstances page (a field's docs in the
    # crate and in the OpenAPI document), given another word on every run.
    page = specs / "vm" / "en" / "jdcloudcom-en" / "describeInstances.md"
    text = page.read_text()
    anchor = "instanceId-VM ID"
    if anchor not in text:
        raise BenchError("%s no longer holds %r: choose another edit" % (page, anchor))
    edits = iter(range(1_000_000))

    def edit():
        page.write_text(text.replace(anchor, "%s (edit %d)" % (anchor, next(edits)), 1))

    gen = Side("generate", [bin_, "generate", specs, "--out", out], edit, cwd=ROOT, env=env,
               log=log)
    check = Side("check", [bin_, "check", "--specs", specs, "--generated", out], None, cwd=ROOT,
                 env=env, log=log)
    for _ in range(args.runs):
        gen.once()
        check.once()
    edit()
    timings = subprocess.run([str(bin_), "generate", str(specs), "--out", str(out), "--timings"],
                             cwd=ROOT, env=env, capture_output=True, text=True).stderr
    stages = [l for l in timings.splitlines() if l.startswith("timings:")]
    pages = count_pages([specs])
    for s in (gen, check):
        t.row("specs/ (%d pages), one page changed: %s" % (pages, s.name), s.median("wall"),
              s.median("cpu"), s.peak())
        t.target("one page changed: %s under 0.5 s wall" % s.name, s.median("wall") < 0.5,
                 "%s (CPU %s)" % (fmt_s(s.median("wall")), fmt_s(s.median("cpu"))))
    if stages:
        t.note("where the time goes (one run): %s" % stages[-1][len("timings: "):])


def least_squares_slope(xs, ys):
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


# --- 2. other generators --------------------------------------------------------------------

def progenitor_bin():
    found = shutil.which("cargo-progenitor") or str(Path.home() / ".cargo" / "bin" / "cargo-progenitor")
    if not Path(found).exists():
        print("installing cargo-progenitor (once; a few minutes)", flush=True)
        run(["cargo", "install", "--locked", "--quiet", "cargo-progenitor"])
        found = shutil.which("cargo-progenitor") or str(Path.home() / ".cargo" / "bin" / "cargo-progenitor")
    return found


def openapi_generator(doc):
    ogen = CHECK_HOME / "venv" / "bin" / "openapi-generator-cli"
    if not ogen.exists():
        print("installing openapi-generator (once, through ../shared/tools/check-openapi.sh)",
              flush=True)
        run(["bash", SHARED / "tools" / "check-openapi.sh", doc], check=False)
    if not ogen.exists():
        raise BenchError("openapi-generator-cli is not at %s" % ogen)
    jars = sorted((CHECK_HOME / "venv").rglob("openapi-generator*.jar"))
    return ogen, (jars[0] if jars else None)


def vm_document(args, work):
    """The OpenAPI document of the English VM pages, as our `openapi` writes it."""
    out = work / "vm-doc"
    run([args.bin, "openapi", EN_VM, "--out", out], cwd=ROOT, log=work / "export.log")
    doc = out / "vm.json"
    d = json.loads(doc.read_text())
    ops = sum(len(v) for v in d["paths"].values())
    return doc, ops


def generators(t, args, work):
    t.section("2. the same input, other generators: %s" % EN_VM.relative_to(SHARED.parent))
    doc, ops = vm_document(args, work)
    prog = progenitor_bin()
    ogen, _ = openapi_generator(doc)
    t.note("input: %d pages, %d operations; its OpenAPI document (%d KB) for the others"
           % (count_pages([EN_VM]), ops, doc.stat().st_size // 1024))
    t.note("cargo-progenitor %s; openapi-generator %s (%s); %s" % (
        progenitor_version(), tool_version([ogen, "version"]), tool_version(["java", "-version"]),
        tool_version(["rustfmt", "--version"])))
    outs = {name: work / ("gen-" + name) for name in ("ours", "ours-nofmt", "progenitor", "og")}
    cleaner = lambda p: (lambda: shutil.rmtree(p, ignore_errors=True))
    sides = [
        Side("jdcloud-codegen generate (pages -> crate, rustfmt)",
             [args.bin, "generate", EN_VM, "--out", outs["ours"]], cleaner(outs["ours"]), cwd=ROOT,
             log=work / "gen-vm.log"),
        Side("jdcloud-codegen generate --no-rustfmt",
             [args.bin, "generate", EN_VM, "--out", outs["ours-nofmt"], "--no-rustfmt"],
             cleaner(outs["ours-nofmt"]), cwd=ROOT, log=work / "gen-vm.log"),
        Side("progenitor (vm.json -> crate, rustfmt)",
             [prog, "progenitor", "-i", doc, "-o", outs["progenitor"], "-n", "jdcloud-vm-progenitor",
              "-v", "0.1.0"], cleaner(outs["progenitor"]), log=work / "progenitor.log"),
        Side("openapi-generator -g rust (vm.json -> crate)",
             [ogen, "generate", "-i", doc, "-g", "rust", "-o", outs["og"],
              "--additional-properties=packageName=jdcloud-vm-openapi-generator,packageVersion=0.1.0"],
             cleaner(outs["og"]), log=work / "og.log"),
    ]
    alternate(sides, args.runs)
    ours = sides[0]
    for s in sides:
        note = ""
        if s is not ours:
            note = "%.1fx our wall time" % ratio(s, ours)
        t.row(s.name, s.median("wall"), s.median("cpu"), s.peak(), note)
    og_x, prog_x = ratio(sides[3], ours), ratio(sides[2], ours)
    t.target("at least 20x faster than openapi-generator", og_x >= 20, "%.1fx" % og_x)
    t.target("no slower than progenitor", prog_x >= 1.0,
             "progenitor takes %.2fx our time (%.2fx against --no-rustfmt)"
             % (prog_x, ratio(sides[2], sides[1])))


def progenitor_version():
    lock = Path.home() / ".cargo" / ".crates.toml"
    try:
        for line in lock.read_text().splitlines():
            if line.startswith('"cargo-progenitor '):
                return line.split()[1]
    except OSError:
        pass
    return "?"


# --- 3. compile cost ------------------------------------------------------------------------

def add_workspace(crate):
    manifest = crate / "Cargo.toml"
    text = manifest.read_text()
    if "\n[workspace]" not in text and not text.startswith("[workspace]"):
        manifest.write_text(text + "\n[workspace]\n")


def source_figures(src):
    files = [p for p in Path(src).rglob("*.rs")]
    text = [p.read_text(errors="replace") for p in files]
    lines = sum(x.count("\n") for x in text)
    docs = sum(1 for x in text for l in x.splitlines() if l.lstrip().startswith(("///", "//!")))
    enums = sum(x.count("pub enum ") for x in text)
    return "%d lines of Rust (%d doc lines), %d pub enums" % (lines, docs, enums)


def compile_cost(t, args, work):
    t.section("3. what users pay to compile: the crate's own code, dependencies built")
    if args.quick:
        t.note("quick mode: left out (the first run builds the dependencies of three crates: "
               "minutes); bash tests/bench/run.sh measures it")
        return
    doc, _ = vm_document(args, work)
    prog = progenitor_bin()
    ogen, jar = openapi_generator(doc)
    base = work / "compile"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    log = work / "compile.log"
    crates = []

    run([args.bin, "generate", EN_VM, "--out", base / "ours"], cwd=ROOT, log=log)
    ours = base / "ours" / "jdcloud-sdk"
    add_workspace(ours)
    shutil.copy(ROOT / "Cargo.lock", ours / "Cargo.lock")
    crates.append(("ours: runtime only (no service feature)", ours, "jdcloud-sdk", []))
    crates.append(("ours: vm feature (default features + vm)", ours, "jdcloud-sdk", ["--features", "vm"]))
    crates.append(("ours: --all-features (vm, blocking)", ours, "jdcloud-sdk", ["--all-features"]))

    run([prog, "progenitor", "-i", doc, "-o", base / "progenitor", "-n", "jdcloud-vm-progenitor",
         "-v", "0.1.0"], log=log)
    add_workspace(base / "progenitor")
    crates.append(("progenitor's client", base / "progenitor", "jdcloud-vm-progenitor", []))

    if jar:
        templates = base / "og-templates"
        run([sys.executable, ROOT / "tests" / "openapi" / "openapi_generator_templates.py", jar,
             templates], log=log)
        run([ogen, "generate", "-i", doc, "-g", "rust", "-o", base / "og", "-t", templates,
             "--additional-properties=packageName=jdcloud-vm-openapi-generator,packageVersion=0.1.0"],
            log=log)
        add_workspace(base / "og")
        crates.append(("openapi-generator's client (*)", base / "og", "jdcloud-vm-openapi-generator", []))

    if args.corpus_crate:
        # The SDK this repository ships: every page of specs/.
        run([args.bin, "generate", ROOT / "specs", "--out", base / "whole"], cwd=ROOT, log=log)
        whole = base / "whole" / "jdcloud-sdk"
        manifest = whole / "Cargo.toml"
        manifest.write_text(manifest.read_text().replace('name = "jdcloud-sdk"', 'name = "jdcloud-sdk-whole"', 1))
        add_workspace(whole)
        shutil.copy(ROOT / "Cargo.lock", whole / "Cargo.lock")
        services = len([d for d in (whole / "src").iterdir() if d.is_dir()])
        crates.append(("ours: the whole reference (specs/), vm feature", whole, "jdcloud-sdk-whole",
                       ["--features", "vm"]))
        crates.append(("ours: the whole reference (specs/), --all-features (%d services)" % services,
                       whole, "jdcloud-sdk-whole", ["--all-features"]))

    target = ROOT / "target" / "bench-compile"
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_TERM_COLOR="never")
    env.pop("RUSTFLAGS", None)
    print("   building the dependencies (untimed; minutes the first time)", flush=True)
    for _, crate, _, features in crates:
        for verb in ("check", "build"):
            run(["cargo", verb, "--quiet", *features], cwd=crate, env=env, log=log)

    sides = []
    for label, crate, package, features in crates:
        clean = lambda crate=crate, package=package: run(
            ["cargo", "clean", "--quiet", "-p", package], cwd=crate, env=env, log=log)
        sides.append(Side("check: " + label, ["cargo", "check", "--quiet", *features], clean,
                          cwd=crate, env=env, log=log))
        sides.append(Side("build: " + label, ["cargo", "build", "--quiet", *features], clean,
                          cwd=crate, env=env, log=log))
    alternate(sides, args.runs)
    by = {s.name: s for s in sides}
    for s in sides:
        t.row(s.name, s.median("wall"), s.median("cpu"), s.peak())
    seen = set()
    for label, crate, package, _ in crates:
        if package not in seen:
            seen.add(package)
            t.note("%s: %s" % (package, source_figures(crate / "src")))
    t.note("(*) with tests/openapi/openapi_generator_templates.py: as shipped, its client does "
           "not compile (array query parameters)")
    prog_label = "progenitor's client"
    for verb in ("check", "build"):
        r = ratio(by["%s: %s" % (verb, prog_label)], by["%s: ours: vm feature (default features + vm)" % verb])
        t.target("our vm crate no slower to %s than progenitor's" % verb, r >= 1.0,
                 "progenitor's takes %.2fx our time" % r)
    # Like for like: progenitor's runtime (progenitor-client) is a dependency, built untimed
    # above, while ours (signer, retries, pagination, …) is compiled inside the crate. Our
    # service code alone is the vm run minus the runtime-only run of the same round.
    for verb in ("check", "build"):
        vm = by["%s: ours: vm feature (default features + vm)" % verb]
        rt = by["%s: ours: runtime only (no service feature)" % verb]
        prog = by["%s: %s" % (verb, prog_label)]
        alone = [v.wall - r.wall for v, r in zip(vm.samples, rt.samples)]
        r = statistics.median(p.wall / max(a, 1e-9) for p, a in zip(prog.samples, alone))
        t.note("%s, like for like: our vm service code alone (vm minus runtime only) %s, "
               "progenitor's client %s (its runtime, progenitor-client, is a prebuilt "
               "dependency): progenitor's takes %.2fx ours"
               % (verb, fmt_s(statistics.median(alone)), fmt_s(prog.median("wall")), r))


# --- 4. per-request overhead ----------------------------------------------------------------

def python_sdk():
    venv = CACHE / ("venv-jdcloud-sdk-%s" % PY_SDK_VERSION)
    python = venv / "bin" / "python"
    if (venv / ".installed").exists():
        return python
    print("installing jdcloud-sdk %s into %s (once)" % (PY_SDK_VERSION, venv), flush=True)
    tmp = Path("%s.tmp.%d" % (venv, os.getpid()))
    shutil.rmtree(tmp, ignore_errors=True)
    run([sys.executable, "-m", "venv", tmp])
    run([tmp / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "jdcloud-sdk==%s" % PY_SDK_VERSION])
    (tmp / ".installed").touch()
    try:
        tmp.rename(venv)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # another run finished first
    # The venv's scripts name the folder they were made in: make a fresh one in place instead.
    if not (venv / ".installed").exists():
        raise BenchError("could not install jdcloud-sdk into %s" % venv)
    return python


def request_bench_binary(work):
    crate = HERE / "request"
    env = dict(os.environ, CARGO_TARGET_DIR=str(ROOT / "target" / "bench-request"))
    print("   building tests/bench/request (criterion; minutes the first time)", flush=True)
    out = subprocess.run(["cargo", "bench", "--no-run", "--message-format=json-render-diagnostics"],
                         cwd=crate, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise BenchError("cargo bench --no-run failed:\n%s" % out.stderr[-3000:])
    for line in out.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("target", {}).get("name") == "request" \
                and "bench" in msg["target"].get("kind", []) and msg.get("executable"):
            return msg["executable"]
    raise BenchError("no benchmark executable in cargo's output")


def criterion_medians(home):
    """Benchmark id -> median time per iteration (µs), from criterion's estimates."""
    found = {}
    for est in Path(home).rglob("new/estimates.json"):
        bench = json.loads((est.parent / "benchmark.json").read_text())
        found[bench["full_id"]] = json.loads(est.read_text())["median"]["point_estimate"] / 1e3
    return found


def per_request(t, args, work):
    t.section("4. per request: build + serialize + sign, no network")
    exe = request_bench_binary(work)
    python = python_sdk()
    home = work / "criterion"
    measurement = "0.5" if args.quick else "1"

    def criterion(filter_, measurement):
        shutil.rmtree(home, ignore_errors=True)
        cmd = [exe, "--bench", "--noplot", "--warm-up-time", "0.3", "--measurement-time",
               measurement, filter_]
        res = subprocess.run([str(x) for x in cmd], env=dict(os.environ, CRITERION_HOME=str(home)),
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise BenchError("%s failed:\n%s" % (exe, (res.stdout + res.stderr)[-3000:]))
        return criterion_medians(home)

    def python_run():
        cmd = [python, HERE / "python_sign.py", "--repeat", "3", "--seconds", "0.2"]
        res = subprocess.run([str(x) for x in cmd], capture_output=True, text=True)
        if res.returncode != 0:
            raise BenchError("python_sign.py failed:\n%s" % (res.stdout + res.stderr)[-3000:])
        return json.loads(res.stdout.strip().splitlines()[-1])

    # The comparison: the whole request on both sides, one right after the other; then where
    # the time goes (build, prepare+sign), in the same run.
    rust_runs, py_runs, part_runs = [], [], []
    for i in range(args.runs):
        sides = [lambda: rust_runs.append(criterion("/total", measurement)),
                 lambda: py_runs.append(python_run())]
        for side in sides if i % 2 == 0 else reversed(sides):
            side()
        part_runs.append(criterion("/(build|sign)$", measurement))
    parts = {k: statistics.median(r[k] for r in part_runs) for k in part_runs[0]}
    for op in sorted(py_runs[0]):
        key = "%s/total" % op
        if key not in rust_runs[0]:
            t.note("no Rust figure for %s (describeInstances needs ../shared)" % op)
            continue
        ours = statistics.median(r[key] for r in rust_runs)
        theirs = statistics.median(p[op] for p in py_runs)
        x = statistics.median(p[op] / r[key] for p, r in zip(py_runs, rust_runs))
        t.row("%s: generated client, build+sign" % op, ours / 1e6,
              note="build %.2f µs (into_request), prepare+sign %.2f µs"
              % (parts.get("%s/build" % op, float("nan")), parts.get("%s/sign" % op, float("nan"))))
        t.row("%s: official Python SDK %s" % (op, PY_SDK_VERSION), theirs / 1e6,
              note="%.0fx ours" % x)
        t.target("%s under 20 µs per request" % op, ours < 20, "%.2f µs" % ours)
        t.target("%s at least 20x less than the Python SDK" % op, x >= 20, "%.0fx" % x)


# --- main -----------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs, the 1x corpus only, no compile-time comparison")
    parser.add_argument("--runs", type=int, help="runs per comparison (default 5, quick 3)")
    parser.add_argument("--bin", help="jdcloud-codegen to measure (default: a release build)")
    parser.add_argument("--baseline", help="another jdcloud-codegen to compare with, side by side")
    parser.add_argument("--only",
                        help="comma-separated sections: generate,edit,generators,compile,request")
    parser.add_argument("--no-corpus-crate", dest="corpus_crate", action="store_false",
                        help="leave the whole-reference crate (specs/) out of the compile-time section")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    args.runs = args.runs or (3 if args.quick else 5)
    started = time.time()
    work = Path(tempfile.mkdtemp(prefix="jdcloud-bench-"))
    t = Table()
    print("machine: %s" % machine())
    print("mode: %s, %d runs per comparison, sides alternating; work folder %s"
          % ("quick" if args.quick else "full", args.runs, work), flush=True)
    failed = []
    try:
        if not args.bin:
            print("building jdcloud-codegen (release)", flush=True)
            run(["cargo", "build", "--release", "--quiet", "-p", "jdcloud-codegen"], cwd=ROOT,
                log=work / "build.log")
            # A copy, so that a rebuild by someone else during the run does not change it.
            args.bin = str(work / "jdcloud-codegen")
            shutil.copy(ROOT / "target" / "release" / "jdcloud-codegen", args.bin)
        sections = [("generate", generation), ("edit", edit_loop), ("generators", generators),
                    ("compile", compile_cost), ("request", per_request)]
        only = set(args.only.split(",")) if args.only else None
        for name, fn in sections:
            if only and name not in only:
                continue
            if name not in ("generate", "edit") and not CORPUS.is_dir():
                if os.environ.get("CI") == "true":
                    raise BenchError("../shared is missing but CI=true")
                t.section(name)
                t.note("skipped: ../shared is not beside the project")
                continue
            try:
                fn(t, args, work)
            except BenchError as e:
                failed.append(name)
                t.note("FAILED: %s" % e)
    finally:
        if args.keep:
            print("work folder kept: %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("\n" + "=" * 100)
    print("machine: %s" % machine())
    print(t.render())
    met = [n for n, ok, _ in t.targets if ok]
    missed = ["%s (%s)" % (n, d) for n, ok, d in t.targets if not ok]
    print("\nbench summary: %s mode, %d runs per comparison, %d targets met, %d missed%s; "
          "%d section(s) failed%s; %.0f s"
          % ("quick" if args.quick else "full", args.runs, len(met), len(missed),
             (": " + "; ".join(missed)) if missed else "", len(failed),
             (": " + ", ".join(failed)) if failed else "", time.time() - started))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
