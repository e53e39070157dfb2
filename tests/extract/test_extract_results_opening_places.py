"""Result rules of the thirty-fifth session (kg.extract.results): where a sentence opens with its
place after a lead-in, and bounds written with "within". Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def test_a_place_opened_after_a_lead_in_holds_for_a_score_run_on_a_model(make_doc):
    doc = make_doc("For example, on the WikiZext2 dataset, DBZQuant achieves a perplexity of 14.39 on LLaMZ2-13B with "
                   "6-bit activations, significantly outperforming BiZLM's 21.35.",
                   [("WikiZext2 dataset", "Dataset"), ("DBZQuant", "Method"), ("perplexity", "Metric"),
                    ("LLaMZ2-13B", "Model"), ("BiZLM", "Model")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("DBZQuant", "WikiZext2 dataset", "14.39"), ("BiZLM", "WikiZext2 dataset", "21.35")]


def test_without_an_opening_place_a_score_on_a_model_stays_unplaced(make_doc):
    doc = make_doc("DBZQuant achieves a perplexity of 14.39 on LLaMZ2-13B and 12.1 on the WikiZext2 dataset.",
                   [("DBZQuant", "Method"), ("perplexity", "Metric"), ("LLaMZ2-13B", "Model"),
                    ("WikiZext2 dataset", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["12.1"]


def test_a_value_within_a_margin_is_a_bound_not_a_score(make_doc):
    doc = make_doc("For example, on the COZO-Stuff benchmark, our HZC reduces the MACs by 63%, while keeping the "
                   "loss of semantic fidelity within 1.5%.",
                   [("COZO-Stuff benchmark", "Dataset"), ("HZC", "Method"), ("MACs", "Metric"),
                    ("semantic fidelity", "Metric")])
    assert "1.5" not in [r.value for r in find_results(doc)]
