#!/usr/bin/env python
"""Cross-validate the extraction recipe over the four hash buckets of the gold files.

    python training/cv_extract.py --work /tmp/kg-cv [--folds 0 1 2 3] [--shipped-for-0]

The shipped model holds bucket 0 aside (38 SciREX papers): one such part is small enough that
the seeds' randomness alone moves a three-member vote by ~2.5 points. Fold *k* trains the same
recipe (`kg train`, seeds 0-2) with bucket *k* held aside instead, so every visible paper is
scored by a model that never saw it. Each fold's model and predictions are kept in ``--work``
(a fold whose model is there is not trained again), and the script prints the scorer's figures
per fold and for all folds pooled (one prediction file over every paper, scored once by
``../shared/eval/score.py``). ``--shipped-for-0`` uses the packaged model for fold 0, which is
what ``kg train`` rebuilds byte for byte.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FILES = ("scirex-dev.jsonl", "scierc-dev.jsonl")


def fold_model(work: Path, fold: int, shipped_for_0: bool, members: int, jobs: int | None,
               train_missing: bool = True) -> Path:
    """The model directory of ``fold``, trained now when it is not there yet (and
    ``train_missing``)."""
    from kg.extract import MODEL_DIR
    from training.train import train

    if fold == 0 and shipped_for_0:
        return MODEL_DIR
    out = work / f"fold-{fold}" / "model"
    if not (out / "meta.json").exists():
        if not train_missing:
            raise SystemExit(f"error: no model for fold {fold} in {out} (run without --predict-only first)")
        started = time.time()
        print(f"fold {fold}: training {members} members ...", file=sys.stderr, flush=True)
        train(out, validation_bucket=fold, evaluate=False, members=members, jobs=jobs)
        print(f"fold {fold}: trained in {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    return out


def predict_fold(work: Path, fold: int, model_dir: Path) -> dict[str, tuple[Path, Path]]:
    """Per gold file: (held-aside gold part, predictions of the fold's model on it)."""
    from training.evaluate import write_predictions
    from training.gold import GOLD_DIR, split_gold
    from training.train import load_pipeline_dir

    nlp = load_pipeline_dir(model_dir)
    out = {}
    for name in FILES:
        _, val = split_gold(GOLD_DIR / name, fold)
        gold_path = work / f"fold-{fold}" / f"gold-{name}"
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in val), encoding="utf-8")
        pred_path = work / f"fold-{fold}" / f"pred-{name}"
        write_predictions(val, pred_path, nlp)
        out[name] = (gold_path, pred_path)
    return out


def score(gold_path: Path, pred_path: Path) -> dict:
    from training.evaluate import score_records
    from training.gold import read_gold

    return score_records(list(read_gold(gold_path)), pred_path)


def row(label: str, scores: dict, papers: int) -> str:
    cells = [100 * scores[k]["micro"]["f1"] for k in ("strict", "partial", "paper_set")]
    cells.append(100 * scores["strict"]["Dataset"]["f1"] if scores["strict"]["Dataset"]["n_gold"] else float("nan"))
    res = scores.get("results")
    cells.append(100 * res["f1"] if res else float("nan"))
    return f"| {label} | {papers} | " + " | ".join(f"{c:.1f}" for c in cells) + " |"


def concat(paths: list[Path], out: Path) -> Path:
    out.write_text("".join(p.read_text(encoding="utf-8") for p in paths), encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="folder for the folds' models and predictions")
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3])
    ap.add_argument("--shipped-for-0", action="store_true", help="fold 0 is the packaged model")
    ap.add_argument("--members", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--predict-only", action="store_true", help="only folds whose model exists")
    args = ap.parse_args(argv)
    parts = {}
    for fold in args.folds:
        model = fold_model(args.work, fold, args.shipped_for_0, args.members, args.jobs,
                           train_missing=not args.predict_only)
        parts[fold] = predict_fold(args.work, fold, model)
    for name in FILES:
        print(f"\n{name}\n| held aside | papers | strict | partial | entity set | Dataset strict | results |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for fold, files in parts.items():
            gold, pred = files[name]
            print(row(f"bucket {fold}", score(gold, pred), sum(1 for _ in open(gold, encoding="utf-8"))))
        gold = concat([f[name][0] for f in parts.values()], args.work / f"pooled-gold-{name}")
        pred = concat([f[name][1] for f in parts.values()], args.work / f"pooled-pred-{name}")
        print(row("pooled", score(gold, pred), sum(1 for _ in open(gold, encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
