"""Reading the gold files and the fixed train/validation split.

The validation part is chosen by a hash of the paper id, not by file order, so it stays the
same when the files are re-ordered or grow, and it is the same on every machine. A paper is
in validation when ``int(sha256(id)[:8], 16) % 4 == 0`` (about 25% of each file). Nothing in
that part is ever used for training the NER, for the gazetteer, or for tuning rules; it is the
part our own scores are reported on.

The other three buckets serve cross-validation (``training/cv_extract.py``): holding bucket
*k* aside instead of 0 gives three more held-aside parts, so the recipe is measured on every
visible paper, not on 38 alone. The shipped model always holds bucket 0 aside.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from training.paths import GOLD_DIR

__all__ = [
    "GOLD_DIR",
    "GOLD_FILES",
    "VALIDATION_BUCKETS",
    "is_validation",
    "read_gold",
    "split_gold",
    "file_sha256",
]

GOLD_FILES = ("scirex-dev.jsonl", "scierc-dev.jsonl")
VALIDATION_BUCKETS = 4  # one bucket of four: ~25% held aside


def is_validation(paper_id: str, bucket: int = 0) -> bool:
    """True for papers held aside for validation (hash bucket ``bucket`` of 4; the shipped
    model's is 0)."""
    if not 0 <= bucket < VALIDATION_BUCKETS:
        raise ValueError(f"validation bucket must be 0..{VALIDATION_BUCKETS - 1}, got {bucket}")
    digest = hashlib.sha256(paper_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % VALIDATION_BUCKETS == bucket


def read_gold(path: str | Path) -> Iterator[dict]:
    """Yield the gold records of one JSONL file, in file order."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def split_gold(path: str | Path, bucket: int = 0) -> tuple[list[dict], list[dict]]:
    """(train, validation) records of one gold file, bucket ``bucket`` held aside."""
    train, val = [], []
    for rec in read_gold(path):
        (val if is_validation(rec["id"], bucket) else train).append(rec)
    return train, val


def file_sha256(path: str | Path) -> str:
    """sha256 of a file, recorded in training-meta.json so a model names its data."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()
