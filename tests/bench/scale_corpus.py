#!/usr/bin/env python3
"""Makes a scale corpus: copies of the real corpus, each under renamed services.

Copy 1 is the corpus as it is; in copy k (k >= 2) the request address of every page has its
host's first label, which names the service, suffixed with `-r<k>`
(`https://vm.jdcloud-api.com/...` -> `https://vm-r3.jdcloud-api.com/...`), so that every copy
adds services and operations rather than duplicate pages of the same operations. Pages without
a request address (overviews, help pages) are copied as they are; an overview attaches to the
service whose operation pages share its folder, so it follows its copy.

Usage: scale_corpus.py SOURCE OUT COPIES
Writes OUT/r1 ... OUT/r<COPIES> and prints one line: the number of files written per copy.
"""

import os
import re
import shutil
import sys

ADDRESS_HEADING = re.compile(r"^#+\s*(request address|request url|请求地址)\s*$", re.I)
URL_HOST = re.compile(r"(https?://)([A-Za-z0-9-]+)([.:/])")


def rename_service(text, suffix):
    """The page with the first URL after its request-address heading renamed; the rest
    unchanged. Returns (text, whether a host was renamed)."""
    lines = text.split("\n")
    in_address = False
    for i, line in enumerate(lines):
        if ADDRESS_HEADING.match(line.strip()):
            in_address = True
            continue
        if in_address:
            if line.startswith("#"):
                break
            m = URL_HOST.search(line)
            if m:
                lines[i] = (
                    line[: m.start()] + m.group(1) + m.group(2) + suffix + m.group(3)
                    + line[m.end():]
                )
                return "\n".join(lines), True
    return text, False


def main():
    source, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pages = []
    for root, _, files in os.walk(source):
        for name in sorted(files):
            if name.endswith(".md"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="surrogateescape") as f:
                    pages.append((os.path.relpath(path, source), f.read()))
    if os.path.isdir(out):
        shutil.rmtree(out)
    renamed = 0
    for k in range(1, copies + 1):
        for rel, text in pages:
            if k > 1:
                text, changed = rename_service(text, "-r%d" % k)
                renamed += changed
            target = os.path.join(out, "r%d" % k, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(text)
    per_copy = renamed // max(copies - 1, 1)
    print("%d files per copy, %d of them with a renamed service" % (len(pages), per_copy))


if __name__ == "__main__":
    main()
