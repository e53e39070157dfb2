"""A name the NER left untagged owns the value bracketed alone after it when the sentence
brackets tagged models' values the same way (kg.extract.result_owners.untagged_before_bracket).
Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def _owners(doc):
    return [(r.method, r.dataset, r.value) for r in find_results(doc)]


def test_untagged_models_in_a_list_of_bracketed_scores_own_theirs(make_doc):
    doc = make_doc("The top models on ZedConf are Zova Pro (40.01%), ZedClaude v3.5 (35.46%) and ZedLlama 405B "
                   "(33.19%) followed by Zistral-Large-2407 (30.07%).",
                   [("ZedConf", "Dataset"), ("ZedClaude v3.5", "Model"), ("ZedLlama 405B", "Model")])
    assert _owners(doc) == [("Zova Pro", "ZedConf", "40.01"), ("ZedClaude v3.5", "ZedConf", "35.46"),
                            ("ZedLlama 405B", "ZedConf", "33.19"), ("Zistral-Large-2407", "ZedConf", "30.07")]


def test_a_compared_untagged_model_owns_its_bracketed_score(make_doc):
    doc = make_doc("ZedGuard achieves 86.79% accuracy on ZedTest, outperforming ZedQwen-14B (74.33%) and "
                   "ZedShield-Chat (65.69%).",
                   [("ZedGuard", "Model"), ("accuracy", "Metric"), ("ZedTest", "Dataset"), ("ZedQwen-14B", "Model")])
    assert ("ZedShield-Chat", "ZedTest", "65.69") in _owners(doc)


def test_subsets_listed_after_in_are_no_owners(make_doc):
    doc = make_doc("On ZedEye, ZedGemini excelled in Binary_CN (0.687), Single-choice_CN (0.666), and ZedGPT "
                   "(0.646).", [("ZedEye", "Dataset"), ("ZedGemini", "Model"), ("ZedGPT", "Model")])
    assert all(method != "Single-choice_CN" for method, _, _ in _owners(doc))


def test_gains_bracketed_after_untagged_names_are_no_owners(make_doc):
    doc = make_doc("ZedTune improves ZedQwen by 22.4 on ZedEI and on others including ZedSage (+12.4) and "
                   "ZedEQ3 (+20.9%).", [("ZedTune", "Method"), ("ZedQwen", "Model"), ("ZedEI", "Dataset"),
                                        ("ZedSage", "Model")])
    assert all(r.method != "ZedEQ3" for r in find_results(doc))


def test_an_untagged_name_beaten_with_its_score_bracketed_after_it_owns_that_score(make_doc):
    doc = make_doc("ZCI achieves an accuracy of 71.2% on ZedNet-1k, outperforming ZT2T (68.5%).",
                   [("ZCI", "Model"), ("accuracy", "Metric"), ("ZedNet-1k", "Dataset")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("ZCI", "ZedNet-1k", "71.2"), ("ZT2T", "ZedNet-1k", "68.5")]
    doc = make_doc("On ZedDocs, hybrid retrieval narrowly beats ZM25 (nDCG@5 of 0.92 vs. 0.91).",
                   [("ZedDocs", "Dataset"), ("nDCG@5", "Metric")])
    assert ("ZM25", "0.91") in [(r.method, r.value) for r in find_results(doc)]


def test_gains_over_untagged_beaten_names_are_not_theirs(make_doc):
    doc = make_doc("On ZedBench, V-Zylist surpasses ZRESCO and ControlZideo by 6.05% and 4.51% respectively.",
                   [("ZedBench", "Dataset"), ("V-Zylist", "Method"), ("ControlZideo", "Method")])
    assert "ZRESCO" not in [r.method for r in find_results(doc)]
