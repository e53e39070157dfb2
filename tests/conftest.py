"""Shared fixtures: paths to the real corpus and gold files, and a hand-made record set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.records import Mention, PaperRecord, Relation, Result

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus" / "hf-daily-papers"
GOLD = SHARED / "data" / "gold"
SAMPLE = REPO / "samples" / "papers.jsonl"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the seed corpus is missing at {CORPUS} (set KG_SHARED to the shared folder)")
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.fail(f"gold files are missing at {GOLD}")
    return GOLD


def mention(record_text: str, text: str, label: str, canonical: str | None = None,
            field: str = "abstract", nth: int = 0) -> Mention:
    """A mention located in the text itself, so offsets are right by construction."""
    start = -1
    for _ in range(nth + 1):
        start = record_text.index(text, start + 1)
    return Mention(text=text, type=label, field=field, start=start, end=start + len(text),
                   canonical=canonical or text)


def make_record(pid: str, title: str, abstract: str, spans, results=(), relations=(), **extra) -> PaperRecord:
    """``spans``: (text, type[, canonical[, nth]]) found in the abstract."""
    ents = [mention(abstract, *span[:3], nth=span[3]) if len(span) > 3 else mention(abstract, *span)
            for span in spans]
    return PaperRecord(id=pid, title=title, abstract=abstract, entities=ents, results=list(results),
                       relations=list(relations), **extra)


@pytest.fixture
def toy_records() -> list[PaperRecord]:
    """Three small papers that share entities, define an acronym and report results."""
    a1 = ("We propose Bidirectional Encoder Representations from Transformers (BERT). "
          "BERT reaches 93.2 F1 on SQuAD v1.1 for question answering.")
    a2 = ("We fine-tune BERT-large on the SQuAD v1.1 dataset. RoBERTa outperforms BERT and "
          "obtains 94.6 F1 on SQuAD v1.1.")
    a3 = "ResNets achieve 3.57% top-5 error on ImageNet for image classification."
    return [
        make_record("p1", "BERT paper", a1, [
            ("Bidirectional Encoder Representations from Transformers", "Model"),
            ("BERT", "Model", "Bidirectional Encoder Representations from Transformers"),
            ("BERT", "Model", "Bidirectional Encoder Representations from Transformers", 1),
            ("F1", "Metric"), ("SQuAD v1.1", "Dataset"), ("question answering", "Task")],
            results=[Result("BERT", "SQuAD v1.1", "F1", "93.2", "", "BERT reaches 93.2 F1 on SQuAD v1.1 for question answering.")],
            relations=[Relation("PROPOSES", "p1", "Paper", "Bidirectional Encoder Representations from Transformers", "Model", "We propose BERT."),
                       Relation("ADDRESSES", "BERT", "Model", "question answering", "Task", "BERT reaches ...")],
            year=2018, code_urls=["https://github.com/google-research/bert"]),
        make_record("p2", "RoBERTa paper", a2, [
            ("BERT-large", "Model"), ("SQuAD v1.1 dataset", "Dataset"), ("RoBERTa", "Model"),
            ("BERT", "Model"), ("F1", "Metric"), ("SQuAD v1.1", "Dataset", None, 1)],
            results=[Result("RoBERTa", "SQuAD v1.1", "F1", "94.6", "", "RoBERTa outperforms BERT and obtains 94.6 F1 on SQuAD v1.1.")],
            relations=[Relation("OUTPERFORMS", "RoBERTa", "Model", "BERT", "Model", "RoBERTa outperforms BERT.")],
            year=2019),
        make_record("p3", "ResNet paper", a3, [
            ("ResNets", "Model"), ("top-5 error", "Metric"), ("ImageNet", "Dataset"), ("image classification", "Task")],
            results=[Result("ResNets", "ImageNet", "top-5 error", "3.57", "%", a3)], year=2015),
    ]
