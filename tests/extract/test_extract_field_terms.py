"""Terms of the field kept whole (kg.extract.field_terms)."""

from __future__ import annotations

from kg.extract.field_terms import extend_to_terms, term_spans


def test_terms_the_field_abbreviates_are_found_but_not_classes_or_fields():
    text = "The attack success rates of time-series forecasting and in-context learning in large language models."
    assert [text[s:e] for s, e in term_spans(text)] == ["attack success rates", "time-series forecasting",
                                                        "in-context learning"]


def test_an_entity_ending_a_term_grows_to_it_and_keeps_its_type(make_doc):
    doc = make_doc("We report the attack success rate of multiple object tracking and time series forecasting.",
                   [("success rate", "Metric"), ("tracking", "Task"), ("time series", "Dataset")])
    terms = [doc.char_span(s, e, label="TERM") for s, e in term_spans(doc.text)]
    out = extend_to_terms(list(doc.ents), [t for t in terms if t is not None])
    # "time series" starts the term, it does not end it: left alone; nothing is added
    assert [(e.text, e.label_) for e in out] == [("attack success rate", "Metric"), ("multiple object tracking", "Task"),
                                                 ("time series", "Dataset")]
