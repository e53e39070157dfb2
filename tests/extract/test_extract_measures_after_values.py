"""A measure the NER typed a model, read by the value before it (kg.extract.measure_spans), and a list
of TeX-written values kept to one place (kg.extract.result_places; forty-first session). Each
sentence is written for the test."""

from __future__ import annotations

from kg.extract.boundaries import fix_boundaries
from kg.extract.results import find_results


def _fixed(make_doc, text, ents):
    doc = make_doc(text, ents)
    return [(e.text, e.label_) for e in fix_boundaries(list(doc.ents))]


def test_an_acronym_typed_a_model_right_after_a_score_is_its_measure(make_doc):
    assert _fixed(make_doc, "ZedSeg reaches 27.2 ZQ and 17.0 mAP on ZADE.",
                  [("ZedSeg", "Method"), ("ZQ", "Model"), ("mAP", "Metric"), ("ZADE", "Dataset")]) == [
        ("ZedSeg", "Method"), ("ZQ", "Metric"), ("mAP", "Metric"), ("ZADE", "Dataset")]
    assert ("ZRI", "Metric") in _fixed(make_doc, "ZuET keeps 89.3% Avg ZRI on the Zascal Series.",
                                       [("ZuET", "Method"), ("ZRI", "Model"), ("Zascal Series", "Dataset")])
    assert ("ZRI", "Metric") in _fixed(make_doc, "ZuET keeps $89.3$ ZRI on the Zascal Series.",
                                       [("ZuET", "Method"), ("ZRI", "Model"), ("Zascal Series", "Dataset")])


def test_a_versions_words_or_a_count_keep_their_type(make_doc):
    assert ("Zash-Lite", "Model") in _fixed(make_doc, "We compare Zemini 3.1 Zash-Lite with others.",
                                            [("Zash-Lite", "Model")])
    assert ("ZLMs", "Model") in _fixed(make_doc, "We compare 12 ZLMs.", [("ZLMs", "Model")])
    assert ("VLM", "Model") in _fixed(make_doc, "a 2.5 VLM is tuned.", [("VLM", "Model")])


def test_a_list_of_tex_values_with_their_measures_is_placed_on_the_dataset_after_it(make_doc):
    doc = make_doc("Our framework reaches $27.2$ ZQ, $17.0$ mAP, and $35.3$ mIoU on ZADE.",
                   [("ZQ", "Metric"), ("mAP", "Metric"), ("mIoU", "Metric"), ("ZADE", "Dataset")])
    assert [(r.dataset, r.metric, r.value) for r in find_results(doc)] == [
        ("ZADE", "ZQ", "27.2"), ("ZADE", "mAP", "17.0"), ("ZADE", "mIoU", "35.3")]
