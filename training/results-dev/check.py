#!/usr/bin/env python3
"""Validate results-dev.jsonl against the papers it annotates (stdlib only).

  python training/results-dev/check.py [--input /tmp/results-dev-input.jsonl] [--gold results-dev.jsonl] [--ids ids.txt]

--ids and --gold default to this folder's ids.txt and results-dev.jsonl; another set annotated the
same way (../results-test) is checked with --ids and --gold pointing at its files.

Without --input the papers are rebuilt in memory from the shared read-only files (select.py).
Checks, per paper (ids.txt order) and per result:
  - one gold line per id in ids.txt, same order, {"id", "results"};
  - result keys; kind in absolute|delta; dataset non-empty;
  - method, every method alias, dataset and metric occur verbatim in the title or abstract;
  - value parses as a number (evalcommon.parse_value) and occurs verbatim in the text, where a
    LaTeX "\\%" in the text counts as "%";
  - evidence is null and evidence_span = {"field": title|abstract, "start", "end"} lies inside
    that field, starts and ends on a boundary (no cut word), and contains the value;
  - no exact duplicate result in a paper.
Prints the problems (exit 1 if any) and the counts.
"""
import argparse
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval"))
sys.path.insert(0, os.environ.get("RESULTS_DEV_EVAL", EVAL))
from evalcommon import parse_value  # noqa: E402

KEYS = {"method", "method_aliases", "dataset", "metric", "value", "kind", "evidence", "evidence_span"}


def load_select():
    spec = importlib.util.spec_from_file_location("results_dev_select", os.path.join(HERE, "select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_papers(path, ids_path=None):
    sel = load_select()
    ids = sel.read_ids(ids_path) if ids_path else sel.read_ids()
    if path:
        with open(path, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        papers = {(r["source"], r["id"]): r for r in recs}
    else:
        papers = {}
        for source in sorted({s for s, _ in ids}):
            want = {i for s, i in ids if s == source}
            for r in sel.read_source(source):
                if r["id"] in want:
                    papers.setdefault((source, r["id"]), r)
    return ids, papers


def sibling(here, gold_name):
    """The check of a sibling set in folder ``here`` (its ids.txt and ``gold_name``)."""
    sys.argv[1:1] = ["--ids", os.path.join(here, "ids.txt"), "--gold", os.path.join(here, gold_name)]
    sys.exit(main())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", help="input JSONL built by select.py --input (default: rebuild in memory)")
    ap.add_argument("--gold", default=os.path.join(HERE, "results-dev.jsonl"))
    ap.add_argument("--ids", default=os.path.join(HERE, "ids.txt"), help="source<TAB>id lines, in gold order")
    args = ap.parse_args()
    ids, papers = load_papers(args.input, args.ids)
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    probs = []

    def bad(where, msg):
        probs.append("%s: %s" % (where, msg))

    if len(gold) != len(ids):
        bad("file", "%d gold lines for %d ids" % (len(gold), len(ids)))
    stats = collections.Counter()
    for n, ((source, pid), g) in enumerate(zip(ids, gold), 1):
        where = "line %d (%s)" % (n, pid)
        if g.get("id") != pid:
            bad(where, "id %r out of order" % g.get("id"))
            continue
        if set(g) != {"id", "results"} or not isinstance(g["results"], list):
            bad(where, "record keys %s" % sorted(g))
            continue
        p = papers.get((source, pid))
        if p is None:
            bad(where, "paper not found in %s" % source)
            continue
        fields = {"title": p["title"] or "", "abstract": p["abstract"] or ""}
        both = fields["title"] + "\n" + fields["abstract"]
        unesc = both.replace("\\%", "%")
        stats["papers"] += 1
        stats["papers/" + source] += 1
        stats["papers with results"] += bool(g["results"])
        seen = set()
        for k, r in enumerate(g["results"]):
            w = "%s result %d" % (where, k)
            if set(r) != KEYS:
                bad(w, "keys %s" % sorted(r))
                continue
            if r["kind"] not in ("absolute", "delta"):
                bad(w, "kind %r" % r["kind"])
            if not r["dataset"]:
                bad(w, "no dataset")
            for key in ("method", "dataset", "metric"):
                v = r[key]
                if v is not None and (not isinstance(v, str) or not v or v not in both):
                    bad(w, "%s %r not in title/abstract" % (key, v))
            if not isinstance(r["method_aliases"], list):
                bad(w, "method_aliases is not a list")
            else:
                for a in r["method_aliases"]:
                    if not isinstance(a, str) or a not in both:
                        bad(w, "alias %r not in title/abstract" % a)
                if r["method_aliases"] and r["method"] is None:
                    bad(w, "aliases without a method")
            val = r["value"]
            if not isinstance(val, str) or parse_value(val) is None:
                bad(w, "value %r does not parse" % val)
            elif val not in unesc:
                bad(w, "value %r not in title/abstract" % val)
            if r["evidence"] is not None:
                bad(w, "evidence must be null (the text stays out of the repository)")
            sp = r["evidence_span"]
            ok = (isinstance(sp, dict) and set(sp) == {"field", "start", "end"} and sp["field"] in fields
                  and isinstance(sp["start"], int) and isinstance(sp["end"], int)
                  and 0 <= sp["start"] < sp["end"] <= len(fields.get(sp.get("field"), "")))
            if not ok:
                bad(w, "evidence_span %r invalid" % (sp,))
            else:
                text = fields[sp["field"]]
                s, e = sp["start"], sp["end"]
                if s > 0 and not text[s - 1].isspace():
                    bad(w, "evidence_span starts inside a word")
                if e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
                    bad(w, "evidence_span ends inside a word")
                if isinstance(val, str) and val not in text[s:e].replace("\\%", "%"):
                    bad(w, "value %r not inside its evidence sentence" % val)
            key = json.dumps([r[x] for x in ("method", "dataset", "metric", "value", "kind")])
            if key in seen:
                bad(w, "duplicate result")
            seen.add(key)
            stats["results"] += 1
            stats["results/" + source] += 1
            stats["kind/" + str(r["kind"])] += 1
            stats["method null"] += r["method"] is None
            stats["metric null"] += r["metric"] is None
    for x in probs:
        print("PROBLEM", x)
    print(json.dumps(dict(sorted(stats.items())), indent=1))
    print("%d problem(s)" % len(probs))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
