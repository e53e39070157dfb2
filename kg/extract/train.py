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

__all__ = ["CONFIG_DIR", "NER_CONFIG", "RULES_CONFIG", "build_rules_pipeline", "train", "train_rules"]

CONFIG_DIR = Path(__file__).resolve().parents[2] / "configs"
NER_CONFIG = CONFIG_DIR / "extract.cfg"
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


def _write_docbins(work: Path, train_recs: list[dict], dev_recs: list[dict],
                   settings: dict | None) -> tuple[Path, Path]:
    from kg.extract.convert import gold_docs, to_docbin

    blank = spacy.blank("en")
    paths = []
    for name, recs in (("train", train_recs), ("dev", dev_recs)):
        path = work / f"{name}.spacy"
        to_docbin(gold_docs(blank, recs, settings)).to_disk(path)
        paths.append(path)
    return paths[0], paths[1]


def _train_ner(config_path: Path, work: Path, train_path: Path, dev_path: Path, seed: int,
               overrides: dict, log) -> Path:
    """Runs spaCy's training loop; returns the directory of the last (averaged) model."""
    import io

    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    import kg.extract.components  # noqa: F401

    config = load_config(config_path, overrides={
        "paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": seed, **overrides})
    nlp = init_nlp(config, use_gpu=-1)
    out = io.StringIO() if log is None else log
    (work / "run").mkdir()
    train_loop(nlp, work / "run", use_gpu=-1, stdout=out, stderr=out)
    return work / "run" / "model-last"


def train(output_dir: str | Path, seed: int = 0, *, gold_dir: Path = GOLD_DIR,
          config_path: Path = NER_CONFIG, overrides: dict | None = None,
          include_scierc: bool = True, min_precision: float = 0.8, min_count: int = 2,
          dev_records: list[dict] | None = None, work_dir: str | Path | None = None,
          exclude=None, source_settings: dict | None = None, pretrain_epochs: int = 0,
          evaluate: bool = True, scirex_copies: int = 1, pretrain_cache: Path | None = None,
          log=None) -> dict:
    """Train the shipped pipeline into ``output_dir``; returns the training metadata.

    Only the training part of each gold file is used. ``dev_records`` (default: a slice of
    the training part) are only printed as progress by spaCy's loop, never used to pick a
    checkpoint: the last, weight-averaged model of a fixed number of steps is kept.
    ``exclude(id) -> bool`` leaves more papers out (for experiments on an inner split).
    ``pretrain_epochs > 0`` first pretrains tok2vec on unlabelled abstracts (``pretrain.py``).
    ``scirex_copies > 1`` repeats the SciREX training papers, weighting its annotation style.
    """
    import shutil
    import tempfile

    splits = _load_splits(Path(gold_dir))
    train_recs = list(splits["scirex-dev.jsonl"][0])
    if include_scierc:
        train_recs += splits["scierc-dev.jsonl"][0]
    if exclude is not None:
        train_recs = [r for r in train_recs if not exclude(r["id"])]
    dev_records = dev_records if dev_records is not None else splits["scirex-dev.jsonl"][0][:10]
    started = time.time()
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        work = Path(tmp)
        weighted = [r for r in train_recs for _ in range(scirex_copies if r.get("source") == "scirex" else 1)]
        train_path, dev_path = _write_docbins(work, weighted, dev_records, source_settings)
        overrides = dict(overrides or {})
        pretrain_info = None
        if pretrain_epochs > 0:
            from kg.extract.pretrain import pretrain_tok2vec, raw_texts

            texts = raw_texts([r for r in train_recs])
            weights, digest = pretrain_tok2vec(Path(config_path), texts, work, seed, overrides,
                                               pretrain_epochs, pretrain_cache)
            pretrain_info = {"epochs": pretrain_epochs, "texts": len(texts), "raw_text_sha256": digest}
            overrides["paths.init_tok2vec"] = str(weights)
        model_last = _train_ner(Path(config_path), work, train_path, dev_path, seed, overrides, log)
        nlp = load_pipeline_dir(model_last)
        patterns = gazetteer_patterns(train_recs, min_precision=min_precision, min_count=min_count)
        nlp.get_pipe("entity_ruler").add_patterns(patterns)
        output_dir = Path(output_dir)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        nlp.to_disk(output_dir)
    meta = _meta(Path(gold_dir), splits, seed, {
        "kind": "ner", "config": Path(config_path).name,
        "overrides": {k: v for k, v in overrides.items() if k != "paths.init_tok2vec"},
        "pretraining": pretrain_info,
        "include_scierc": include_scierc, "source_settings": source_settings, "scirex_copies": scirex_copies, "gazetteer_min_precision": min_precision, "gazetteer_min_count": min_count,
        "patterns": len(patterns), "train_docs": len(train_recs),
        "train_seconds": round(time.time() - started, 1)})
    if evaluate:
        meta["validation_scores"] = validation_scores(output_dir, splits)
    srsly.write_json(output_dir / "training-meta.json", meta)
    return meta


def validation_scores(model_dir: Path, splits) -> dict:
    """Scorer figures of the pipeline at ``model_dir`` on each file's validation part."""
    from kg.extract.evaluate import score_pipeline

    nlp = load_pipeline_dir(model_dir)
    out = {}
    for name, (_, val) in splits.items():
        scores = score_pipeline(nlp, val)
        out[name] = {kind: {lab: scores[kind][lab] for lab in ("Method", "Dataset", "Metric", "Task", "micro")}
                     for kind in ("strict", "partial", "paper_set")}
        if scores.get("results"):
            out[name]["results"] = scores["results"]
    return out


def load_pipeline_dir(path: Path):
    import kg.extract.components  # noqa: F401

    return spacy.load(path)
