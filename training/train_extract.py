#!/usr/bin/env python
"""Rebuild the shipped extraction pipeline from the gold files (deterministic).

    python training/train_extract.py [--output kg/extract/model] [--seed 0] [--rules-only]

Trains on the training part of ../shared/data/gold/*.jsonl (the validation part, 25% of each
file by hashed id, is kept aside), writes the pipeline and its training-meta.json (data
sha256, split, seed, settings, validation scores) and prints the validation scores.
Like ``kg train --overwrite-installed`` by default (``--output DIR`` for anywhere else).
"""

from __future__ import annotations

import os

# one BLAS thread: the same sums in the same order on every machine (and the 2-core
# machines here are shared); must be set before numpy is imported
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main(argv=None) -> int:
    from kg.extract import MODEL_DIR
    from training.train import train, train_rules

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, default=MODEL_DIR)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--members", type=int, default=1, help="NER members that vote (seeds seed, seed+1, ...)")
    ap.add_argument("--jobs", type=int, default=None, help="members trained at once (default: one per core)")
    ap.add_argument("--rules-only", action="store_true", help="gazetteer + rules, no NER (seconds)")
    ap.add_argument("--quiet", action="store_true", help="no training progress table")
    args = ap.parse_args(argv)
    started = time.time()
    if args.rules_only:
        meta = train_rules(args.output, seed=args.seed)
    else:
        meta = train(args.output, seed=args.seed, members=args.members, jobs=args.jobs,
                     log=None if args.quiet else sys.stderr)
    print(f"wrote {args.output} in {time.time() - started:.0f} s")
    for name, scores in meta.get("validation_scores", {}).items():
        row = {k: round(100 * scores[k]["micro"]["f1"], 1) for k in ("strict", "partial", "paper_set")}
        row["Dataset strict"] = round(100 * scores["strict"]["Dataset"]["f1"], 1)
        print(f"validation {name}: " + json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
