"""Pretraining the tok2vec layer on unlabelled abstracts (spaCy's character objective).

The labelled data is small (about 400 abstracts), so the embeddings of rare scientific
words are barely trained. Predicting each word's first and last characters from its
context, over every abstract we may use, gives the CNN a start for them. The text: the
seed corpus (``../shared/corpus/hf-daily-papers``) plus titles and abstracts of the
*training* part of the gold files; the held-aside validation papers are never included.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from spacy.util import load_config

from training.paths import CORPUS_DIR, MODERN_CORPUS

__all__ = ["CORPUS_DIR", "MODERN_CORPUS", "modern_texts", "raw_texts", "pretrain_tok2vec"]



def raw_texts(train_records: list[dict], corpus_dir: Path = CORPUS_DIR) -> list[str]:
    """Unlabelled texts, deduplicated, in a fixed order."""
    from kg.ingest import read_papers

    texts = []
    if corpus_dir.is_dir():
        for paper in read_papers([corpus_dir]):
            texts.extend([paper.title or "", paper.abstract or ""])
    for rec in train_records:
        texts.extend([rec.get("title") or "", rec.get("abstract") or ""])
    seen, out = set(), []
    for text in texts:
        key = text.strip()
        if key and key not in seen:
            seen.add(key)
            out.append(key)
    return out


def modern_texts(count: int, corpus: Path = MODERN_CORPUS, review_every: int = 37) -> list[str]:
    """Titles and abstracts of ``count`` 2025 arXiv papers (the field as it writes today),
    spread evenly over the corpus by id; the graph-review sample (every ``review_every``-th
    paper, ``training/sample_corpus.py``) is never among them."""
    import gzip

    if count <= 0:
        return []
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = sorted((json.loads(line) for line in handle if line.strip()), key=lambda r: r["id"])
    rows = [r for i, r in enumerate(rows) if i % review_every]
    step = max(1, len(rows) // count)
    picked = rows[step // 2::step][:count]
    return [text for r in picked for text in (r.get("title") or "", r.get("abstract") or "") if text.strip()]


def pretrain_tok2vec(config_path: Path, texts: list[str], work: Path, seed: int = 0,
                     overrides: dict | None = None, epochs: int | None = None,
                     cache_dir: Path | None = None) -> tuple[Path, str]:
    """Pretrained tok2vec weights for the config's tok2vec; returns (weights file, sha256
    of the raw text) so the training metadata can name what it was pretrained on.

    With ``cache_dir``, weights are kept under a key of everything they depend on (text,
    config, overrides, epochs, seed) and reused: pretraining is deterministic, so this only
    saves time.
    """
    from spacy.training.pretrain import pretrain

    import kg.extract.components  # noqa: F401

    raw = work / "raw_text.jsonl"
    with open(raw, "w", encoding="utf-8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(raw.read_bytes()).hexdigest()
    relevant = sorted((k, v) for k, v in (overrides or {}).items() if k.startswith(("components.tok2vec", "pretraining")))
    key = hashlib.sha256(json.dumps([digest, Path(config_path).read_text(), relevant, epochs, seed],
                                    default=str).encode()).hexdigest()[:16]
    if cache_dir is not None and (Path(cache_dir) / f"{key}.bin").is_file():
        return Path(cache_dir) / f"{key}.bin", digest
    extra = {"pretraining.max_epochs": epochs} if epochs is not None else {}
    config = load_config(config_path, overrides={"paths.raw_text": str(raw), "system.seed": seed,
                                                 **(overrides or {}), **extra}).interpolate()
    out_dir = work / "pretrain"
    out_dir.mkdir(exist_ok=True)
    pretrain(config, out_dir, use_gpu=-1, silent=True)
    weights = out_dir / "model-last.bin"
    if cache_dir is not None:
        import shutil

        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(weights, Path(cache_dir) / f"{key}.bin")
    return weights, digest
