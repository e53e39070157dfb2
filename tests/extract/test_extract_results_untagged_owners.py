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
