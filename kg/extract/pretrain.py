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

__all__ = ["CORPUS_DIR", "raw_texts", "pretrain_tok2vec"]

CORPUS_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "hf-daily-papers"


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


def pretrain_tok2vec(config_path: Path, texts: list[str], work: Path, seed: int = 0,
                     overrides: dict | None = None, epochs: int | None = None) -> tuple[Path, str]:
    """Pretrained tok2vec weights for the config's tok2vec; returns (weights file, sha256
    of the raw text) so the training metadata can name what it was pretrained on."""
    from spacy.training.pretrain import pretrain

    import kg.extract.components  # noqa: F401

    raw = work / "raw_text.jsonl"
    with open(raw, "w", encoding="utf-8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(raw.read_bytes()).hexdigest()
    extra = {"pretraining.max_epochs": epochs} if epochs is not None else {}
    config = load_config(config_path, overrides={"paths.raw_text": str(raw), "system.seed": seed,
                                                 **(overrides or {}), **extra}).interpolate()
    out_dir = work / "pretrain"
    out_dir.mkdir(exist_ok=True)
    pretrain(config, out_dir, use_gpu=-1, silent=True)
    return out_dir / "model-last.bin", digest
