"""Train the node-worthiness classifier of ``kg.resolve.specificity`` on labelled nodes.

labels.jsonl: 700 entity nodes drawn at random from a graph of 2,020 arXiv-2025 abstracts
(every 37th paper by id, starting at the 19th: papers apart from the sample the blind review
of docs/graph-review.md draws from), each labelled by reading with NODE-REVIEW.md's
categories (A named, C specific concept, W specific but wrongly typed, G generic, B broken;
the two reviewers' rules are beside this file). A, C and W are worth a node (a wrong type is
fixed elsewhere); G and B are not.

A logistic regression with an L2 penalty, the penalty and the threshold chosen by 5-fold
cross-validation: the threshold is the lowest score at which, over the held-out folds, at most
TARGET_JUNK of the kept nodes are G or B. Writes kg/resolve/data/specificity.json with the
weights, the threshold and the cross-validated figures.

    python training/specificity/train.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from kg.resolve.specificity import DATA, FEATURES, features

HERE = Path(__file__).resolve().parent
TARGET_JUNK = 0.10
FOLDS = 5


def load(path: Path = HERE / "labels.jsonl") -> tuple[np.ndarray, np.ndarray, list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    x = np.array([features(r["name"], r["type"]) for r in rows])
    y = np.array([1.0 if r["label"] in ("A", "C", "W") else 0.0 for r in rows])
    return x, y, rows


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        reg = penalty * np.sum(w[1:] ** 2)
        grad = x.T @ (p - y) / len(y) + 2 * penalty * np.r_[0, w[1:]]
        return np.mean(np.logaddexp(0, z) - y * z) + reg, grad
    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def cross_scores(x: np.ndarray, y: np.ndarray, penalty: float, seed: int = 0) -> np.ndarray:
    order = list(range(len(y)))
    random.Random(seed).shuffle(order)
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        test = np.array(order[k::FOLDS])
        train = np.setdiff1d(np.arange(len(y)), test)
        w = fit(x[train], y[train], penalty)
        scores[test] = 1 / (1 + np.exp(-(x[test] @ w)))
    return scores


def threshold_for(scores: np.ndarray, y: np.ndarray, target: float = TARGET_JUNK) -> float:
    for t in np.arange(0.30, 0.96, 0.01):
        kept = scores >= t
        if kept.sum() and (1 - y[kept].mean()) <= target:
            return round(float(t), 2)
    return 0.95


def report(scores: np.ndarray, y: np.ndarray, rows: list[dict], threshold: float) -> dict:
    kept = scores >= threshold
    labels = np.array([r["label"] for r in rows])
    share = {lab: round(float((labels[kept] == lab).mean()), 3) for lab in "ACWGB"}
    return {"threshold": threshold, "kept": int(kept.sum()), "of": len(y),
            "useful_kept": round(share["A"] + share["C"], 3), "junk_kept": round(share["G"] + share["B"], 3),
            "wrong_type_kept": share["W"],
            "specific_recall": round(float(kept[y == 1].mean()), 3),
            "junk_removed": round(float(1 - kept[y == 0].mean()), 3), "kept_by_label": share}


def main() -> None:
    x, y, rows = load()
    best = None
    for penalty in (0.0003, 0.001, 0.003, 0.01, 0.03):
        scores = cross_scores(x, y, penalty)
        t = threshold_for(scores, y)
        figures = report(scores, y, rows, t)
        print(f"penalty {penalty}: {figures}")
        if best is None or figures["specific_recall"] > best[2]["specific_recall"]:
            best = (penalty, t, figures)
    penalty, threshold, figures = best
    weights = fit(x, y, penalty)
    model = {"features": list(FEATURES), "weights": [round(float(w), 5) for w in weights], "threshold": threshold,
             "penalty": penalty, "trained_on": "training/specificity/labels.jsonl", "labelled_nodes": len(y),
             "cross_validated": figures}
    (DATA / "specificity.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print("chosen", penalty, figures)
    for name, w in sorted(zip(FEATURES, weights), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {name:18s} {w:+.2f}")


if __name__ == "__main__":
    main()
