"""The mentions annotated in 240 abstracts of 2025 (``training/ner-2025``), as gold records.

The repository holds ids and character offsets only; the text is read back from the 2025
corpus. The first 160 papers (``TRAIN_PAPERS``) may train the NER; the last 80 are held aside
to measure it on today's text, which SciREX (papers of 2017-19) cannot:

    python -m training.modern_gold [--part validation] [--model DIR]

prints the shared scorer's figures for the pipeline (default: the shipped one) on that part.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from training.paths import MODERN_CORPUS

__all__ = ["MODERN_GOLD", "TRAIN_PAPERS", "corpus_rows", "modern_gold", "main"]

HERE = Path(__file__).resolve().parent / "ner-2025"
MODERN_GOLD = HERE / "ner-2025.jsonl"
TRAIN_PAPERS = 160
SOURCE = "kg-2025"


def corpus_rows(ids: set[str], corpus: Path = MODERN_CORPUS) -> dict[str, dict]:
    """Id -> the 2025 corpus row of each paper in ``ids`` (the repository holds no text)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        return {str(r["id"]): r for r in rows if str(r["id"]) in ids}


def modern_gold(part: str = "train", gold: Path = MODERN_GOLD, corpus: Path = MODERN_CORPUS) -> list[dict]:
    """Records ``{"id", "source", "title", "abstract", "entities"}`` of the ``part`` ("train":
    the first 160 papers, "validation": the rest, "all")."""
    with open(gold, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    lines = {"train": lines[:TRAIN_PAPERS], "validation": lines[TRAIN_PAPERS:], "all": lines}[part]
    texts = corpus_rows({g["id"] for g in lines}, corpus)
    return [{"id": g["id"], "source": SOURCE, "title": texts[g["id"]].get("title") or "",
             "abstract": texts[g["id"]].get("abstract") or "", "entities": g["entities"]} for g in lines]


def main(argv=None) -> int:
    from kg.extract import MODEL_DIR
    from training.evaluate import score_pipeline, summary
    from training.train import load_pipeline_dir

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("train", "validation", "all"), default="validation")
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    args = ap.parse_args(argv)
    # scored like SciREX: all four types count
    records = [dict(r, source="scirex") for r in modern_gold(args.part)]
    scores = summary(score_pipeline(load_pipeline_dir(args.model), records))
    scores.pop("results_f1", None)  # no results are annotated here
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
