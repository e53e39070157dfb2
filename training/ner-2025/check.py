#!/usr/bin/env python3
"""Validate mention annotations against their papers' text (stdlib only).

  python training/ner-2025/check.py --input IN.jsonl --gold GOLD.jsonl

Checks: one gold line per input paper, same order; each entity has field title|abstract,
start < end inside the field, text equal to the substring, type in Method|Dataset|Metric|Task,
span starting and ending on a word boundary, no overlapping entities. Exit 1 on any problem."""
import argparse
import json
import sys

TYPES = {"Method", "Dataset", "Metric", "Task"}


def problems(paper, gold):
    if gold.get("id") != paper["id"]:
        yield "id %s where %s expected" % (gold.get("id"), paper["id"])
        return
    spans = {"title": [], "abstract": []}
    for e in gold.get("entities", []):
        field = e.get("field")
        text = paper.get(field) if field in spans else None
        if text is None:
            yield "%s: bad field %r" % (paper["id"], field)
            continue
        s, t = e.get("start"), e.get("end")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            yield "%s: bad offsets %r" % (paper["id"], e)
            continue
        if text[s:t] != e.get("text"):
            yield "%s: text %r is not %r" % (paper["id"], e.get("text"), text[s:t])
        if e.get("type") not in TYPES:
            yield "%s: type %r" % (paper["id"], e.get("type"))
        cuts_start = s > 0 and text[s - 1].isalnum() and text[s].isalnum()
        if cuts_start or (t < len(text) and text[t].isalnum() and text[t - 1].isalnum()):
            yield "%s: %r cuts a word" % (paper["id"], e.get("text"))
        spans[field].append((s, t))
    for field, ss in spans.items():
        ss.sort()
        for (a, b), (c, d) in zip(ss, ss[1:]):
            if c < b:
                yield "%s: overlapping spans in %s at %d" % (paper["id"], field, c)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True)
    ap.add_argument("--gold", required=True)
    args = ap.parse_args()
    papers = [json.loads(x) for x in open(args.input, encoding="utf-8") if x.strip()]
    golds = [json.loads(x) for x in open(args.gold, encoding="utf-8") if x.strip()]
    out = [] if len(papers) == len(golds) else ["%d gold lines for %d papers" % (len(golds), len(papers))]
    for p, g in zip(papers, golds):
        out += list(problems(p, g))
    for line in out:
        print(line)
    n = sum(len(g.get("entities", [])) for g in golds)
    print("%d problem(s), %d papers, %d mentions" % (len(out), len(golds), n))
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
