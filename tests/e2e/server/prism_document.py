#!/usr/bin/env python3
"""Writes a copy of an OpenAPI document that Prism can serve at the JD Cloud paths.

Prism matches a request's path against the `paths` of the document only: the path of a
`servers[].url` (`https://vm.jdcloud-api.com/v1` -> `/v1`) is not taken into account. The
copy moves that base path into every path (`/regions/{regionId}/instances` becomes
`/v1/regions/{regionId}/instances`) and leaves only scheme and host in `servers`, so that the
requests the SDK sends (`/v1/...`) are matched as the document means them.

Usage: prism_document.py IN.json OUT.json
"""

import json
import sys
from urllib.parse import urlsplit, urlunsplit


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    servers = doc.get("servers") or []
    base_paths = {urlsplit(s.get("url", "")).path.rstrip("/") for s in servers}
    if len(base_paths) > 1:
        print(f"{sys.argv[1]}: servers disagree on the base path: {sorted(base_paths)}",
              file=sys.stderr)
        return 1
    base = base_paths.pop() if base_paths else ""
    doc["paths"] = {base + path: item for path, item in doc.get("paths", {}).items()}
    for server in servers:
        parts = urlsplit(server["url"])
        server["url"] = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
