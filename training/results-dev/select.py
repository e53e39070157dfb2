#!/usr/bin/env python3
"""Deterministic selection of the results development set (stdlib only).

  python training/results-dev/select.py --select     # redo the selection: writes ids.txt beside this file
  python training/results-dev/select.py --input [OUT.jsonl]
                                                     # rebuild the input JSONL for the ids in ids.txt

The repository never holds the corpus text: ids.txt lists "source<TAB>id" and --input rebuilds
{"id", "source", "title", "abstract"} lines from the shared read-only files (default output
/tmp/results-dev-input.jsonl, outside the repository), in ids.txt order.

Selection: 40 papers from ../shared/data/gold/scirex-dev.jsonl and 120 from
../shared/corpus/arxiv-ai-2025/arxiv-ai-2025.jsonl.gz, among abstracts whose title + abstract
contain a score-like number: a number followed by "%"; a number within a few words of a metric
word (accuracy, F1, BLEU, score, mAP, AP, pass@k, success rate, mIoU, AUC, perplexity, error,
PSNR, dB, FID, ...); a number directly before "points"/"pts"/"pp"; or a decimal number a few
words before "on <Capitalised name>". Candidates are sorted by id and every k-th one is taken
(k = number of candidates // wanted count), so the picks spread across the file.

SciREX dev has only 36 such abstracts (of 144): all 36 are taken, and the 4 remaining SciREX
slots are filled, the same every-k-th way, from SciREX abstracts that contain some number but no
score-like one (negatives for precision). The arXiv file has 19,787 candidates (k = 164).
"""
import argparse
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("RESULTS_DEV_SHARED", os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared")))
SOURCES = {
    "scirex": os.path.join(SHARED, "data", "gold", "scirex-dev.jsonl"),
    "arxiv-ai-2025": os.path.join(SHARED, "corpus", "arxiv-ai-2025", "arxiv-ai-2025.jsonl.gz"),
}
WANT = {"scirex": 40, "arxiv-ai-2025": 120}
IDS = os.path.join(HERE, "ids.txt")
DEFAULT_OUT = "/tmp/results-dev-input.jsonl"

PERCENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?%")
NUM = r"(?<![\w.])\d+(?:\.\d+)?(?![\w]|\.\d)"
DECIMAL = r"(?<![\w.])\d+\.\d+(?![\w]|\.\d)"
METRIC_WORDS = (r"accuracy|accuracies|F1|F-1|F-score|F-measure|BLEU|Bleu|ROUGE(?:-\w+)?|score|scores|mAP|AP|"
                r"pass@\d+|success rate|mIoU|IoU|AUC|AUROC|EM|exact match|perplexity|PPL|WER|CER|"
                r"error|errors|error rate|recall|precision|top-1|top-5|Dice|PSNR|SSIM|FID|METEOR|CIDEr|"
                r"NDCG|MRR|Hits@\d+|dB|log-likelihood|bits/dim")
NEAR = re.compile(r"(?:\b(?:" + METRIC_WORDS + r")\W+(?:\w+\W+){0,4}" + NUM + r")"
                  r"|(?:" + NUM + r"\s*(?:\w+\W+){0,4}(?:" + METRIC_WORDS + r")\b)"
                  r"|(?:" + NUM + r"\s*(?:points|pts|pp)\b)"
                  r"|(?:" + DECIMAL + r"\s+(?:\w+\s+){0,3}on\s+(?:the\s+)?[A-Z][\w-]+)")
ANY_NUMBER = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?(?!\w)")


def is_candidate(title, abstract):
    """the title or abstract holds a score-like number"""
    text = (title or "") + "\n" + (abstract or "")
    return bool(PERCENT.search(text) or NEAR.search(text))


def has_number(title, abstract):
    return bool(ANY_NUMBER.search((title or "") + "\n" + (abstract or "")))


def read_source(source):
    path = SOURCES[source]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                yield {"id": str(r["id"]), "source": source,
                       "title": r.get("title") or "", "abstract": r.get("abstract") or ""}


def spread(ids, n):
    """every k-th of the sorted ids, k = len // n"""
    ids = sorted(ids)
    k = len(ids) // n
    return [ids[i * k] for i in range(n)], k


def select():
    picks = []
    for source, n in WANT.items():
        recs = list(read_source(source))
        cands = {r["id"] for r in recs if is_candidate(r["title"], r["abstract"])}
        if len(cands) >= n:
            chosen, k = spread(cands, n)
            note = ""
        else:
            # too few score-bearing abstracts (SciREX dev): take them all, then fill the quota with
            # abstracts that hold some number but no score-like one (precision negatives)
            rest = {r["id"] for r in recs if r["id"] not in cands and has_number(r["title"], r["abstract"])}
            fill, k = spread(rest, n - len(cands))
            chosen = sorted(cands) + fill
            note = " (all candidates + %d number-bearing non-candidates of %d, every %d-th)" % (len(fill), len(rest), k)
            k = 1
        print("%s: %d candidates of %d, k=%d, %d picked%s" % (source, len(cands), len(recs), k, len(chosen), note),
              file=sys.stderr)
        picks += [(source, i) for i in chosen]
    with open(IDS, "w", encoding="utf-8") as f:
        for source, i in picks:
            f.write("%s\t%s\n" % (source, i))
    print("wrote %s (%d ids)" % (IDS, len(picks)), file=sys.stderr)


def read_ids(path=IDS):
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]


def select_between(ids_path, want, offset_divisor, exclude_ids_files, source="arxiv-ai-2025"):
    """Another set from the same candidates: ids listed in ``exclude_ids_files`` left out, every
    k-th remaining candidate (sorted by id) taken from offset k // offset_divisor, so the picks
    fall between the earlier sets' (results-test, results-dev2)."""
    excluded = set()
    for path in exclude_ids_files:
        excluded |= {i for s, i in read_ids(path) if s == source}
    recs = list(read_source(source))
    all_cands = {r["id"] for r in recs if is_candidate(r["title"], r["abstract"])}
    cands = sorted(all_cands - excluded)
    k = len(cands) // want
    off = k // offset_divisor
    chosen = [cands[off + i * k] for i in range(want)]
    print("%s: %d candidates of %d, %d earlier ids excluded, %d left, k=%d, offset %d, %d picked"
          % (source, len(all_cands), len(recs), len(all_cands) - len(cands), len(cands), k, off, len(chosen)),
          file=sys.stderr)
    with open(ids_path, "w", encoding="utf-8") as f:
        for i in chosen:
            f.write("%s\t%s\n" % (source, i))
    print("wrote %s (%d ids)" % (ids_path, len(chosen)), file=sys.stderr)


def build_input(out, ids_path=IDS):
    ids = read_ids(ids_path)
    wanted = {}
    for source, i in ids:
        wanted.setdefault(source, set()).add(i)
    found = {}
    for source, want in wanted.items():
        for r in read_source(source):
            if r["id"] in want and (source, r["id"]) not in found:
                found[(source, r["id"])] = r
    missing = [x for x in ids if x not in found]
    if missing:
        sys.exit("ids not found in the shared files: %s" % missing[:5])
    if os.path.abspath(out).startswith(os.path.abspath(os.path.join(HERE, "..", "..")) + os.sep):
        print("warning: %s is inside the repository; the corpus text must not be committed" % out, file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        for x in ids:
            f.write(json.dumps(found[x], ensure_ascii=False) + "\n")
    print("wrote %s (%d papers)" % (out, len(ids)), file=sys.stderr)


def main(select_fn=None, ids_path=IDS, default_out=DEFAULT_OUT, doc=__doc__):
    """The command line of this script and of its siblings (``sibling``)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", nargs="?", const=default_out, default=None, metavar="OUT.jsonl",
                    help="rebuild the input JSONL for ids.txt (default %s)" % default_out)
    ap.add_argument("--select", action="store_true", help="redo the selection (overwrites ids.txt)")
    args = ap.parse_args()
    if args.select or (args.input is None and not os.path.exists(ids_path)):
        (select_fn or select)()
    if args.input is not None:
        build_input(args.input, ids_path)
    elif not args.select and os.path.exists(ids_path):
        print("ids.txt exists; use --select to redo the selection or --input OUT.jsonl to build the input",
              file=sys.stderr)


def sibling(here, want, offset_divisor, earlier, doc):
    """The command line of a sibling set (results-test, results-dev2, -dev3, -dev4) in folder
    ``here``: ``want`` papers picked between the ``earlier`` sets' (folder names) from offset
    k // ``offset_divisor``, its input rebuilt to /tmp/<folder>-input.jsonl by default."""
    ids = os.path.join(here, "ids.txt")
    training = os.path.dirname(os.path.abspath(here))
    pick = lambda: select_between(ids, want, offset_divisor, [os.path.join(training, d, "ids.txt") for d in earlier])
    main(pick, ids, "/tmp/%s-input.jsonl" % os.path.basename(os.path.abspath(here)), doc)


if __name__ == "__main__":
    main()
