"""``training.results_mentions``: the names the developed results sets give become NER training
records, whole words only, never from a held-aside part, and only when the recipe asks."""

from __future__ import annotations

import gzip
import json

import pytest


def _write_set(root, name, lines):
    (root / name).mkdir(parents=True)
    (root / name / f"{name}.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def _paper(pid, dataset, method="Ours", metric="accuracy"):
    return {"id": pid, "results": [{"method": method, "method_aliases": [], "dataset": dataset,
                                     "metric": metric, "value": "1.0", "kind": "absolute"}]}


@pytest.fixture()
def fake_sets(tmp_path):
    _write_set(tmp_path, "results-dev", [_paper("w1", "WhyBench"), {"id": "w2", "results": []}])
    split = [_paper(f"a{i}", "PartA-Data") for i in range(50)] + [_paper(f"b{i}", "PartB-Data") for i in range(50)]
    _write_set(tmp_path, "results-dev9", split)
    _write_set(tmp_path, "results-test", [_paper("t1", "TestData")])
    return tmp_path


def test_only_developed_papers_with_results_are_read(fake_sets):
    from training.results_mentions import developed_gold

    gold = developed_gold(fake_sets)
    assert set(gold) == {"w1", *(f"a{i}" for i in range(50))}
    assert gold["w1"] == ["WhyBench"]
    assert developed_gold(fake_sets, "method")["a3"] == ["Ours"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On ImageNet, ours wins.", ["ImageNet"]),
    ("On ImageNet-1K and (ImageNet), ours wins.", ["ImageNet-1K", "ImageNet"]),
    ("ImageNetV2 differs from XImageNet.", []),
])
def test_names_are_marked_as_whole_words(text, expected):
    from training.results_mentions import name_spans

    assert [text[s:e] for s, e in name_spans(text, ["ImageNet", "ImageNet-1K"])] == expected


def test_a_dataset_name_wins_over_the_same_words_as_a_method():
    from training.results_mentions import _gold_spans

    text = "SWE-bench Verified scores of SWE-agent on SWE-bench"
    spans = _gold_spans(text, {"dataset": ["SWE-bench"], "method": ["SWE-bench", "SWE-agent"]})
    assert [(text[s:e], t) for s, e, t in spans] == [("SWE-bench", "Dataset"), ("SWE-agent", "Method"),
                                                      ("SWE-bench", "Dataset")]


def test_records_fit_their_text_and_skip_papers_that_never_write_their_data(fake_sets, tmp_path):
    from training.convert import LABELS
    from training.results_mentions import SOURCE_GOLD_ONLY, results_mention_records

    rows = [{"id": "w1", "title": "WhyBench", "abstract": "Ours reaches 1.0 accuracy on WhyBench."},
            {"id": "a0", "title": "T", "abstract": "Ours reaches 1.0 on data we do not name."}]
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows)
    records = results_mention_records(None, root=fake_sets, corpus=corpus)
    assert [r["id"] for r in records] == ["w1"] and records[0]["source"] == SOURCE_GOLD_ONLY
    marked = {(e["field"], records[0][e["field"]][e["start"]:e["end"]], e["type"]) for e in records[0]["entities"]}
    assert marked == {("title", "WhyBench", "Dataset"), ("abstract", "WhyBench", "Dataset"),
                      ("abstract", "Ours", "Method"), ("abstract", "accuracy", "Metric")}
    assert {e["type"] for e in records[0]["entities"]} <= set(LABELS)


def test_the_recipe_adds_them_only_when_asked_and_never_a_held_aside_paper(gold_dir):
    from training.train import TrainOptions, _extra_records

    assert not any(r["source"].startswith("kg-results") for r in _extra_records(gold_dir, 0, TrainOptions()))
    asked = [r for r in _extra_records(gold_dir, 0, TrainOptions(results_copies=1, results_silver="none"))
             if r["source"].startswith("kg-results")]
    held = set()
    from training.results_mentions import HERE, _set_names

    for name in [*_set_names(HERE), "results-test"]:
        if not (HERE / name / f"{name}.jsonl").is_file():
            continue  # a set whose annotation has not landed yet
        lines = (HERE / name / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if name == "results-test" or name[11:].isdigit() and int(name[11:]) >= 9:
            held |= {json.loads(line)["id"] for line in (lines if name == "results-test" else lines[50:])}
    assert len(asked) > 700 and not {r["id"] for r in asked} & held


def test_an_unknown_silver_source_is_a_clear_error(gold_dir):
    from training.train import TrainOptions, _extra_records

    with pytest.raises(ValueError, match="results_silver"):
        _extra_records(gold_dir, 0, TrainOptions(results_copies=1, results_silver="None"))
