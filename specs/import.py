#!/usr/bin/env python3
"""Copies the public reference pages into specs/, one folder per service and language.

    python3 specs/import.py [SHARED]      # SHARED defaults to ../shared beside the project

Layout: specs/<service>/<lang>/<origin>/<page>.md, where <service> is the host prefix of the
page's request address (for an overview page, that of the operation pages beside it), <lang> is
`en` or `zh`, and <origin> says where the page came from: `seed` (the documents the project
started from) or the public repository (`jdcloudcom-en`, `jdclouddocs-cn`). Pages of no service
(common declarations, error-code lists) go to specs/common/<lang>/<origin>/. specs/SOURCES.tsv
records, for every file, the repository, the path there and the commit. The run is
deterministic: the same inputs give the same files.
"""

import collections
import csv
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared"))

# The host of a request address; its first label that is not `{regionId}` names the service,
# as the parser reads it.
HOST = re.compile(r"^\s*https?://([^/\s]+)/v\d", re.M)
CJK = re.compile(r"[\u4e00-\u9fff]")

# The seeds and where the project placed them (shared/seeds/README.md).
SEEDS = {
    "000_d9f292de76ccd19b.txt": "createVmInstance.md",
    "001_d87df0b3a2c75c2b.txt": "createInstances.md",
    "002_09a0eb6dcccb77a2.txt": "createInstances.md",
    "003_86e75c99b2d03144.txt": "createInstances.md",
    "004_d0714f2b801d126a.txt": "overview.md",
}


def service_of(text):
    m = HOST.search(text)
    if not m:
        return None
    labels = [l for l in m.group(1).split(".") if l != "{regionId}"]
    return labels[0].lower() if labels else None


def language(text):
    # Headings carry the language of the page's template.
    headings = "\n".join(l for l in text.splitlines() if l.startswith("#"))
    return "zh" if CJK.search(headings) else "en"


def main():
    pages = []  # (text, name, origin, repository, path, commit, folder key)
    seeds = os.path.join(SHARED, "seeds")
    for seed, name in sorted(SEEDS.items()):
        with open(os.path.join(seeds, seed), encoding="utf-8") as f:
            text = f.read()
        pages.append((text, name, "seed", "seed", seed, "", "seed"))
    corpus = os.path.join(SHARED, "corpus")
    with open(os.path.join(corpus, "SOURCES.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in sorted(rows, key=lambda r: r["local_path"]):
        with open(os.path.join(corpus, row["local_path"]), encoding="utf-8", errors="replace") as f:
            text = f.read()
        origin = row["repository"].replace("/", "-")
        pages.append((text, os.path.basename(row["local_path"]), origin, row["repository"],
                      row["path_in_repository"], row["commit"], os.path.dirname(row["local_path"])))

    # The service of pages without an address: the most common one in their folder.
    by_folder = collections.defaultdict(collections.Counter)
    for text, _, _, _, _, _, folder in pages:
        svc = service_of(text)
        if svc:
            by_folder[folder.split("/")[0] + "/" + folder.split("/")[1] if "/" in folder else folder][svc] += 1

    def folder_service(folder):
        key = folder.split("/")[0] + "/" + folder.split("/")[1] if "/" in folder else folder
        counts = by_folder.get(key)
        return counts.most_common(1)[0][0] if counts else None

    out_rows = []
    placed = set()
    for old in os.listdir(HERE):
        path = os.path.join(HERE, old)
        if os.path.isdir(path):
            shutil.rmtree(path)
    for text, name, origin, repo, path, commit, folder in pages:
        svc = service_of(text) or (folder_service(folder) if name == "overview.md" else None)
        svc = svc or "common"
        if origin == "seed" and name == "overview.md":
            svc = "vm"
        rel = os.path.join(svc, language(text), origin, name)
        stem, ext = os.path.splitext(rel)
        n = 2
        while rel in placed:
            rel = f"{stem}-{n}{ext}"
            n += 1
        placed.add(rel)
        os.makedirs(os.path.join(HERE, os.path.dirname(rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        out_rows.append((rel, repo, path, commit))
    with open(os.path.join(HERE, "SOURCES.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\trepository\tpath_in_repository\tcommit\n")
        for row in sorted(out_rows):
            f.write("\t".join(row) + "\n")
    print(f"{len(out_rows)} pages in {len({r[0].split('/')[0] for r in out_rows})} folders")


if __name__ == "__main__":
    main()
