#!/usr/bin/env python3
"""The agreement table of tests/semver/check.sh.

For each pair folder (`diff.json` from `jdcloud-codegen diff --format json`, `semver.txt` from
`cargo semver-checks check-release`), per service (one module of the crate):

- every break semver-checks reports (a lint at the `failure` level) must be explained by a
  change `diff` calls breaking for Rust code: one of the service's Rust-breaking changes names
  the item (its identifiers appear in the change's list of Rust items that break);
- a service where `diff` reports no change breaking for Rust code must have no such break.

Warnings of semver-checks (lints that flag possible behaviour changes, such as a derived
`PartialOrd` whose variant order moved) are counted in their own column; they are not compile
breaks. Exits 1 on any disagreement.
"""

import json
import os
import re
import sys

STOP = {
    "struct", "enum", "field", "of", "variant", "method", "function", "fn", "trait", "impl",
    "takes", "parameters", "but", "now", "previously", "in", "file", "jdcloud_sdk", "models",
    "pub", "mod", "module", "type", "the", "moved", "from", "position", "to", "and", "a",
}


def module_of(service):
    """The crate's module of a service (as the emitter names it, for the names used here)."""
    m = re.sub(r"[^a-z0-9]+", "_", service.lower()).strip("_")
    return m if not m[:1].isdigit() else "n" + m


def read_semver(path):
    """(level, lint, module, item) for every distinct item semver-checks lists."""
    found = set()
    level = lint = None
    listing = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            head = re.match(r"^--- (failure|warning) ([a-z0-9_]+):", line)
            if head:
                level, lint = head.group(1), head.group(2)
                listing = False
                continue
            if line.startswith("Failed in:"):
                listing = True
                continue
            if not listing or not line.startswith("  ") or line.strip() == "":
                listing = listing and line.strip() != ""
                continue
            where = re.search(r"/src/([A-Za-z0-9_]+)/", line)
            if not where:
                continue
            item = re.split(r",? (?:previously )?in (?:file )?/", line.strip())[0]
            item = item.replace("::models::", "::")
            found.add((level, lint, where.group(1), item))
    return found


def identifiers(item, module):
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", item)
    return [w for w in words if w not in STOP and w != module and not w.isdigit()]


def main():
    work, pairs = sys.argv[1], sys.argv[2:]
    rows = []
    problems = []
    totals = {"breaks": 0, "explained": 0, "warnings": 0, "rust": 0, "other": 0}
    for pair in pairs:
        with open(os.path.join(work, pair, "diff.json"), encoding="utf-8") as f:
            report = json.load(f)
        semver = read_semver(os.path.join(work, pair, "semver.txt"))
        services = {module_of(s["service"]): s for s in report["services"]}
        modules = sorted(set(services) | {m for (_, _, m, _) in semver})
        for module in modules:
            changes = services.get(module, {}).get("changes", [])
            rust = [c for c in changes if c["rust_breaking"]]
            other = [c for c in changes if not c["rust_breaking"]]
            rust_text = " ".join(" ".join(c.get("rust", [])) for c in rust)
            breaks = sorted(x for x in semver if x[0] == "failure" and x[2] == module)
            warnings = [x for x in semver if x[0] == "warning" and x[2] == module]
            explained = 0
            for (_, lint, _, item) in breaks:
                ids = identifiers(item, module)
                if rust and all(re.search(r"\b%s\b" % re.escape(i), rust_text) for i in ids):
                    explained += 1
                else:
                    problems.append(
                        f"{pair} / {module}: semver-checks `{lint}` on `{item}` is not a change "
                        f"`diff` calls breaking for Rust code"
                    )
            agree = explained == len(breaks)
            rows.append((pair, services.get(module, {}).get("service", module), len(breaks),
                         explained, len(warnings), len(rust), len(other), agree))
            totals["breaks"] += len(breaks)
            totals["explained"] += explained
            totals["warnings"] += len(warnings)
            totals["rust"] += len(rust)
            totals["other"] += len(other)
    head = ("pair", "service", "semver breaks", "explained by diff", "semver warnings",
            "diff Rust-breaking", "diff other", "agree")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r[:-1] + ("yes" if r[-1] else "NO",)))
    print(
        f"\n{totals['breaks']} semver-checks break(s), {totals['explained']} explained by a "
        f"change diff calls breaking for Rust code; {totals['warnings']} semver-checks "
        f"warning(s); diff: {totals['rust']} Rust-breaking change(s), {totals['other']} "
        f"other change(s) (wire-only, compatible, docs only) in {len(rows)} service(s)"
    )
    if problems:
        print("\ndisagreements:")
        for p in problems:
            print("  " + p)
        return 1
    print("agreement: every semver-checks break is a Rust-breaking change of diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
