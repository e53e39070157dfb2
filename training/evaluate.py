"""Scoring a pipeline on gold records with the project's scorer (``eval/score.py``).

Predictions are written exactly as ``kg extract`` writes them (``record.to_dict()`` per
line) and scored by the shared scorer in a subprocess, so the figures we report are the
scorer's, not a re-implementation's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kg.ingest.paper import Paper
from training.paths import SCORER

__all__ = ["SCORER", "papers_of", "write_predictions", "score_records", "score_pipeline"]



def papers_of(records: Iterable[dict]) -> list[Paper]:
    """Gold records as input papers: only id, title and abstract are read."""
    return [Paper(id=r["id"], title=r.get("title", ""), abstract=r.get("abstract", "")) for r in records]


def write_predictions(records: Iterable[dict], path: str | Path, nlp) -> None:
    from kg.extract import extract_records

    with open(path, "w", encoding="utf-8") as fh:
        for rec in extract_records(papers_of(records), nlp=nlp):
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")


def score_records(gold_records: list[dict], pred_path: str | Path) -> dict:
    """The scorer's JSON summary for ``pred_path`` against these gold records."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = Path(tmp) / "gold.jsonl"
        with open(gold_path, "w", encoding="utf-8") as fh:
            for rec in gold_records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        proc = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"],
                              capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def score_pipeline(nlp, gold_records: list[dict]) -> dict:
    """Run ``nlp`` over the gold papers and score the output."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        write_predictions(gold_records, pred, nlp)
        return score_records(gold_records, pred)


def summary(scores: dict) -> dict:
    """The few numbers we track: micro strict/partial/set F1, Dataset strict F1, results."""
    out = {k: round(100 * scores[k]["micro"]["f1"], 2) for k in ("strict", "partial", "paper_set")}
    out["dataset_strict"] = round(100 * scores["strict"]["Dataset"]["f1"], 2)
    for t in ("Method", "Metric", "Task"):
        out[f"{t.lower()}_strict"] = round(100 * scores["strict"][t]["f1"], 2)
    if scores.get("results"):
        out["results_f1"] = round(100 * scores["results"]["f1"], 2)
    return out
