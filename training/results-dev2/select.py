#!/usr/bin/env python3
"""Deterministic selection of the second results development batch (stdlib only).

  python training/results-dev2/select.py --select     # redo the selection: writes ids.txt beside this file
  python training/results-dev2/select.py --input [OUT.jsonl]
                                                      # rebuild the input JSONL for the ids in ids.txt

The repository never holds the corpus text: ids.txt lists "source<TAB>id" and --input rebuilds
{"id", "source", "title", "abstract"} lines from the shared read-only corpus (default output
/tmp/results-dev2-input.jsonl, outside the repository), in ids.txt order.

Selection: 150 papers from ../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz only (no SciREX,
never hf-daily-papers). The candidate rule is the one of ../results-dev/select.py (imported from
there, not copied): title + abstract hold a score-like number. Every id in ../results-dev/ids.txt
and ../results-test/ids.txt is excluded; the remaining candidates are sorted by id and every k-th
one is taken (k = number of remaining candidates // 150) starting at offset k // 4.
"""
import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = os.path.normpath(os.path.join(HERE, "..", "results-dev"))
TEST_DIR = os.path.normpath(os.path.join(HERE, "..", "results-test"))
SOURCE = "arxiv-ai-2025"
WANT = 150
IDS = os.path.join(HERE, "ids.txt")
DEFAULT_OUT = "/tmp/results-dev2-input.jsonl"


def _load_dev():
    spec = importlib.util.spec_from_file_location("results_dev_select", os.path.join(DEV_DIR, "select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


dev = _load_dev()
read_source = dev.read_source
is_candidate = dev.is_candidate


def read_ids(path=IDS):
    return dev.read_ids(path)


def select():
    excluded = set()
    for d in (DEV_DIR, TEST_DIR):
        excluded |= {i for s, i in dev.read_ids(os.path.join(d, "ids.txt")) if s == SOURCE}
    recs = list(read_source(SOURCE))
    all_cands = {r["id"] for r in recs if is_candidate(r["title"], r["abstract"])}
    cands = sorted(all_cands - excluded)
    k = len(cands) // WANT
    off = k // 4
    chosen = [cands[off + i * k] for i in range(WANT)]
    print("%s: %d candidates of %d, %d dev/test ids excluded, %d left, k=%d, offset %d, %d picked"
          % (SOURCE, len(all_cands), len(recs), len(all_cands) - len(cands), len(cands), k, off, len(chosen)),
          file=sys.stderr)
    with open(IDS, "w", encoding="utf-8") as f:
        for i in chosen:
            f.write("%s\t%s\n" % (SOURCE, i))
    print("wrote %s (%d ids)" % (IDS, len(chosen)), file=sys.stderr)


def build_input(out):
    ids = read_ids()
    want = {i for s, i in ids}
    found = {}
    for r in read_source(SOURCE):
        if r["id"] in want and (SOURCE, r["id"]) not in found:
            found[(SOURCE, r["id"])] = r
    missing = [x for x in ids if x not in found]
    if missing:
        sys.exit("ids not found in the shared files: %s" % missing[:5])
    if os.path.abspath(out).startswith(os.path.abspath(os.path.join(HERE, "..", "..")) + os.sep):
        print("warning: %s is inside the repository; the corpus text must not be committed" % out, file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        for x in ids:
            f.write(json.dumps(found[x], ensure_ascii=False) + "\n")
    print("wrote %s (%d papers)" % (out, len(ids)), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", nargs="?", const=DEFAULT_OUT, default=None, metavar="OUT.jsonl",
                    help="rebuild the input JSONL for ids.txt (default %s)" % DEFAULT_OUT)
    ap.add_argument("--select", action="store_true", help="redo the selection (overwrites ids.txt)")
    args = ap.parse_args()
    if args.select or (args.input is None and not os.path.exists(IDS)):
        select()
    if args.input is not None:
        build_input(args.input)
    elif not args.select and os.path.exists(IDS):
        print("ids.txt exists; use --select to redo the selection or --input OUT.jsonl to build the input",
              file=sys.stderr)


if __name__ == "__main__":
    main()
