"""``training.modern_gold``: the mentions annotated in 2025 abstracts (training/ner-2025) come
back as gold records whose offsets fit the corpus text, in two disjoint parts, and join the
NER's training data only when asked."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def parts():
    from training.modern_gold import modern_gold

    return modern_gold("train"), modern_gold("validation")


def test_two_disjoint_parts_whose_offsets_fit_the_text(parts):
    from training.convert import LABELS

    train, validation = parts
    assert (len(train), len(validation)) == (160, 80)
    assert not {r["id"] for r in train} & {r["id"] for r in validation}
    for rec in train + validation:
        assert rec["source"] == "kg-2025" and rec["abstract"]
        for ent in rec["entities"]:
            assert rec[ent["field"]][ent["start"]:ent["end"]] == ent["text"]
            assert ent["type"] in LABELS
    assert sum(len(r["entities"]) for r in validation) > 1000


def test_training_docs_keep_every_type(parts):
    from training.convert import gold_docs

    docs = list(gold_docs(spacy.blank("en"), parts[0][:20]))
    assert {e.label_ for d in docs for e in d.ents} == {"Method", "Dataset", "Metric", "Task"}


def test_only_the_training_part_joins_and_only_when_asked(gold_dir, parts):
    from training.train import TrainOptions, _extra_records

    plain = _extra_records(gold_dir, 0, TrainOptions())
    assert not any(r.get("source") == "kg-2025" for r in plain)
    twice = [r for r in _extra_records(gold_dir, 0, TrainOptions(modern_copies=2)) if r.get("source") == "kg-2025"]
    assert len(twice) == 320 and {r["id"] for r in twice} == {r["id"] for r in parts[0]}
