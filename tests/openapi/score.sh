#!/usr/bin/env bash
# Scores the OpenAPI documents of each corpus against the SDK ground truth
# (../shared/truth/score_openapi.py, with --ignore-header-params) and prints the totals per
# corpus. The scorer reads one document, so it runs once per service document and the counts
# are summed (each document is one service, so nothing is counted twice).
#
# Then the services both corpora document (vm, vpc, disk, rds, redis, iam, monitor, oss, whose
# folder also makes ossopenapi): each corpus alone, and both read together, the pages of one
# operation merged fact by fact. The merged figure fails the script when it falls below the
# whole-page choice it replaced (params P >= 0.95, R >= 664/857 = 0.7748, 211 operations matched).
# Usage: tests/openapi/score.sh [--worst]    (--worst also lists every mismatch by kind)
set -euo pipefail
. "$(dirname "$0")/export.sh"
require_shared
build_generator

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TRUTH="$SHARED/truth/jdcloud-sdk-1.6.354.json"

for corpus in jdcloud-en jdcloud-cn; do
  export_docs "../shared/corpus/$corpus" "$WORK/$corpus"
  for doc in "$WORK/$corpus"/*.json; do
    python3 "$SHARED/truth/score_openapi.py" "$TRUTH" "$doc" --ignore-header-params --json \
      >"$doc.score"
  done
done

BILINGUAL="vm vpc disk rds redis iam monitor oss ossopenapi"
export_docs ../shared/corpus/jdcloud-en "$WORK/merged" ../shared/corpus/jdcloud-cn
for svc in $BILINGUAL; do
  doc="$WORK/merged/$svc.json"
  [ -f "$doc" ] || continue
  python3 "$SHARED/truth/score_openapi.py" "$TRUTH" "$doc" --ignore-header-params --json \
    >"$doc.score"
done

BILINGUAL="$BILINGUAL" python3 - "$WORK" "${1:-}" <<'PY'
import glob, json, os, sys

work, detail = sys.argv[1], sys.argv[2] == "--worst"

def ratio(a, b):
    return a / b if b else float("nan")

bilingual = os.environ["BILINGUAL"].split()


def scores(folder, services=None):
    files = sorted(glob.glob(os.path.join(work, folder, "*.json.score")))
    if services is not None:
        files = [f for f in files if os.path.basename(f)[: -len(".json.score")] in services]
    return files


sets = [
    ("jdcloud-en", scores("jdcloud-en")),
    ("jdcloud-cn", scores("jdcloud-cn")),
    ("jdcloud-en, bilingual services", scores("jdcloud-en", bilingual)),
    ("jdcloud-cn, bilingual services", scores("jdcloud-cn", bilingual)),
    ("jdcloud-en+cn merged, bilingual services", scores("merged")),
]
merged = None
for corpus, files in sets:
    t = dict(docOps=0, matched=0, method=0, path=0, vknown=0, vok=0, ragree=0, rtotal=0,
             mscored=0, munmatched=0)
    prf = {k: [0, 0, 0] for k in ("params", "required", "modelFields", "modelRequired")}
    ops, models = [], []
    for f in files:
        r = json.load(open(f))
        tot = r["totals"]
        t["docOps"] += tot["docOperations"]
        t["matched"] += tot["matched"]
        t["mscored"] += tot["modelsScored"]
        t["munmatched"] += tot["modelsUnmatched"]
        for k in prf:
            for i, x in enumerate(("tp", "fp", "fn")):
                prf[k][i] += tot[k][x]
        for o in r["operations"]:
            t["method"] += o["methodOk"]
            t["path"] += o["pathOk"]
            if o["versionOk"] is not None:
                t["vknown"] += 1
                t["vok"] += o["versionOk"]
        ops += r["operations"]
        models += r["models"]
    t["rtotal"] = prf["params"][0]
    t["ragree"] = t["rtotal"] - sum(len(o["requiredMismatches"]) for o in ops)

    def p_r_f(k):
        tp, fp, fn = prf[k]
        p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
        return p, r, ratio(2 * p * r, p + r)

    m = t["matched"]
    pp, pr, pf = p_r_f("params")
    rp, rr, rf = p_r_f("required")
    fp_, fr, ff = p_r_f("modelFields")
    print("%s: operations %d, matched %d; method %d/%d (%.3f), path %d/%d (%.3f), version %d/%d; "
          "params P/R/F1 %.3f/%.3f/%.3f; required P/R/F1 %.3f/%.3f/%.3f, agreement %.3f; "
          "models %d scored (%d without SDK counterpart), fields P/R/F1 %.3f/%.3f/%.3f"
          % (corpus, t["docOps"], m, t["method"], m, ratio(t["method"], m), t["path"], m,
             ratio(t["path"], m), t["vok"], t["vknown"], pp, pr, pf, rp, rr, rf,
             ratio(t["ragree"], t["rtotal"]), t["mscored"], t["munmatched"], fp_, fr, ff))
    if corpus.startswith("jdcloud-en+cn"):
        merged = (pp, pr, m)
    if detail:
        for o in ops:
            bits = []
            if not o["methodOk"]:
                bits.append("method %s (sdk %s)" % (o["method"], o["truthMethod"]))
            if not o["pathOk"]:
                bits.append("path %s (sdk %s)" % (o["path"], o["truthPath"]))
            if o["missingParams"]:
                bits.append("missing " + ",".join(o["missingParams"]))
            if o["extraParams"]:
                bits.append("extra " + ",".join(o["extraParams"]))
            if o["requiredMismatches"]:
                bits.append("required " + ",".join("%s(doc=%s,sdk=%s)" % (x["param"], x["doc"], x["truth"])
                                                   for x in o["requiredMismatches"]))
            if bits:
                print("  op %s.%s: %s" % (o["service"], o["operationId"], "; ".join(bits)))
        for md in models:
            if md["missingFields"] or md["extraFields"]:
                print("  model %s.%s (sdk %s.%s, %s): missing %s; extra %s" % (
                    md["service"], md["component"], md["truthService"], md["truthModel"],
                    md["resolvedBy"], ",".join(md["missingFields"]), ",".join(md["extraFields"])))

# The merged figure may not fall below the whole-page choice it replaced (params P 0.954,
# R 0.7748 = 664/857, 211 operations); the issue's target is recall above 0.775.
p, r, m = merged
print("merged figure: params P %.3f / R %.4f, %d operations matched; target R > 0.775: %s"
      % (p, r, m, "reached" if r > 0.775 and p >= 0.95 and m >= 211 else "not reached"))
if not (p >= 0.95 and r >= 664 / 857 - 1e-9 and m >= 211):
    print("FAIL: the merged figure fell below P 0.95 / R 664/857 / 211 operations", file=sys.stderr)
    sys.exit(1)
PY
