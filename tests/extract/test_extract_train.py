"""``training.train.train``: a short real training run, twice, gives the same bytes and an
ensembled pipeline that loads and votes (the shipped model is the same code with more steps)."""

from __future__ import annotations

import hashlib

import pytest

from kg.extract import extract_records, load_pipeline
from kg.ingest.paper import Paper

pytestmark = pytest.mark.slow

TINY = {"members": 2, "jobs": 2, "pretrain_epochs": 0, "evaluate": False,
        "overrides": {"training.max_steps": 12, "training.eval_frequency": 6}}


def _digest(model_dir) -> str:
    h = hashlib.sha256()
    for part in ("tok2vec/model", "ner/model", "ner_1/model", "head_types/table.json"):
        h.update((model_dir / part).read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    from training.train import train

    out = []
    for run in ("a", "b"):
        path = tmp_path_factory.mktemp(run) / "model"
        out.append((path, train(path, seed=3, **TINY)))
    return out


def test_training_is_deterministic(two_runs):
    (a, meta_a), (b, meta_b) = two_runs
    assert _digest(a) == _digest(b)
    assert meta_a["member_seeds"] == meta_b["member_seeds"] == [3, 4]
    assert meta_a["options"] == meta_b["options"]


def test_trained_model_is_stamped_with_version_and_checksum(two_runs):
    from kg.model import model_info
    from training.paths import MODEL_NAME, MODEL_VERSION

    path, meta = two_runs[0]
    info = model_info(path)
    assert (info.name, info.version) == (MODEL_NAME, MODEL_VERSION)
    assert info.verified and meta["model"]["sha256"] == info.sha256


def test_trained_pipeline_votes_and_extracts(two_runs):
    path, meta = two_runs[0]
    nlp = load_pipeline(path)
    assert [n for n in nlp.pipe_names if n.startswith(("ner", "ballot"))] == ["ner", "ballot_0", "ner_1", "ner_vote"]
    assert meta["head_types"] > 0
    for name in ("ner", "ner_1"):  # trained with training/configs/extract.cfg's beam, decoding with a narrower one
        assert nlp.get_pipe_config(name)["factory"] == "beam_ner"
        assert nlp.get_pipe(name).cfg["beam_width"] == nlp.get_pipe_config(name)["beam_width"] == 2
    assert nlp.get_pipe_config("ner_vote")["backed_labels"] == ["Method", "Metric"]  # kg train's default
    assert list(meta["options"]["vote_backed_labels"]) == ["Method", "Metric"]
    rec = next(extract_records([Paper(id="x", title="ZorbNet: Fast Zorbing",
                                      abstract="ZorbNet reaches 71.8% mIoU on Cityscapes.")], nlp=nlp))
    assert {"ZorbNet", "Cityscapes", "mIoU"} <= {m.text for m in rec.entities}


def test_building_the_training_pipeline_leaves_the_vocab_alone():
    """The known-names list must not reach training: its words once entered the vocab when the
    pipeline was built, and tok2vec pretraining depended on them (a list edit changed the
    retrained weights). They enter only when the component first runs."""
    from spacy.util import load_config, load_model_from_config

    import kg.extract.components  # noqa: F401
    from training.train import NER_CONFIG

    nlp = load_model_from_config(load_config(NER_CONFIG), auto_fill=True)
    assert "TruthfulQA" not in nlp.vocab.strings
    nlp.get_pipe("known_names")(nlp.make_doc("a first doc"))
    assert "TruthfulQA" in nlp.vocab.strings


def test_a_fold_holds_its_own_bucket_aside(tmp_path, gold_dir):
    """Cross-validation folds (training/cv_extract.py) train on the other three buckets and
    record which papers they held aside. The output's parent folders need not exist (they
    once made a finished training fail at its last step)."""
    from training.gold import GOLD_FILES, split_gold
    from training.train import train

    out = tmp_path / "cv" / "fold-2" / "model"
    meta = train(out, seed=0, validation_bucket=2, **{**TINY, "members": 1, "jobs": 1})
    assert (out / "meta.json").exists()
    assert meta["split"]["rule"].endswith("% 4 == 2")
    trained_on = 0
    for name in GOLD_FILES:
        train_part, held = split_gold(gold_dir / name, 2)
        assert meta["split"][name]["validation_ids"] == sorted(r["id"] for r in held)
        assert meta["split"][name]["validation_ids"] != sorted(r["id"] for r in split_gold(gold_dir / name)[1])
        trained_on += len(train_part)
    assert meta["train_papers"] == trained_on
