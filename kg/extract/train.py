"""Building the shipped pipeline from the gold files, deterministically.

``train(output_dir)`` reads the gold files, keeps the validation part aside (``gold.py``),
builds the gazetteer from the training part, trains the NER from ``configs/extract.cfg``
and writes the pipeline with a ``training-meta.json`` naming the data (sha256), the split,
the seed and the scores on the held-aside part.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import spacy
import srsly
from spacy.util import load_config, load_model_from_config

from kg.extract.gazetteer import gazetteer_patterns
from kg.extract.gold import GOLD_DIR, GOLD_FILES, file_sha256, split_gold

__all__ = ["CONFIG_DIR", "RULES_CONFIG", "build_rules_pipeline", "train_rules"]

CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"
RULES_CONFIG = CONFIG_DIR / "extract-rules.cfg"


def _load_splits(gold_dir: Path) -> dict[str, tuple[list[dict], list[dict]]]:
    return {name: split_gold(gold_dir / name) for name in GOLD_FILES}


def build_rules_pipeline(patterns: list[dict], config_path: Path = RULES_CONFIG, seed: int = 0):
    """The rules-only pipeline of ``config_path`` with the given ruler patterns."""
    import kg.extract.components  # noqa: F401

    config = load_config(config_path, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    nlp.get_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def _meta(gold_dir: Path, splits, seed: int, extra: dict) -> dict:
    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seed": seed,
        "spacy_version": spacy.__version__,
        "gold_files": {name: file_sha256(gold_dir / name) for name in GOLD_FILES},
        "split": {
            "rule": "validation iff int(sha256(id)[:8], 16) % 4 == 0",
            **{name: {"train": len(tr), "validation": len(va),
                      "validation_ids": sorted(r["id"] for r in va)} for name, (tr, va) in splits.items()},
        },
        **extra,
    }


def train_rules(output_dir: str | Path, seed: int = 0, gold_dir: Path = GOLD_DIR,
                min_precision: float = 0.5) -> dict:
    """Rules-only pipeline (gazetteer + rules), written to ``output_dir``."""
    splits = _load_splits(gold_dir)
    train_recs = [r for tr, _ in splits.values() for r in tr]
    patterns = gazetteer_patterns(train_recs, min_precision=min_precision)
    nlp = build_rules_pipeline(patterns, seed=seed)
    output_dir = Path(output_dir)
    nlp.to_disk(output_dir)
    meta = _meta(gold_dir, splits, seed, {"kind": "rules", "patterns": len(patterns)})
    srsly.write_json(output_dir / "training-meta.json", meta)
    return meta
