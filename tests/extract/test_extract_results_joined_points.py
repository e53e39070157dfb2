"""Result rules of the thirty-eighth session (kg.extract.results): values written joined to their
unit. Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def test_points_joined_to_a_value_before_a_change_noun_are_a_change(make_doc):
    doc = make_doc("ZedPO achieves up to a 3.27-point improvement on ZedEval.",
                   [("ZedPO", "Model"), ("ZedEval", "Dataset")])
    assert [(r.method, r.dataset, r.value, r.kind) for r in find_results(doc)] == [
        ("ZedPO", "ZedEval", "3.27", "delta")]
    doc = make_doc("On ZedQA, ZedJudge gains 14.0 points -- an absolute 14.0-percentage-point gain.",
                   [("ZedQA", "Dataset"), ("ZedJudge", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)][-1:] == [("14.0", "delta")]


def test_points_joined_to_a_value_before_a_scale_or_a_gap_are_no_result(make_doc):
    doc = make_doc("Raters used a 10.5-point scale on ZedEval.", [("ZedEval", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedNet reaches 60.5% on ZedEval, a 29.0-point gap between open and closed models.",
                   [("ZedNet", "Model"), ("ZedEval", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["60.5"]
