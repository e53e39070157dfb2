"""NER voting (kg.extract.vote), ensembles (kg.extract.ensemble), head-word types
(kg.extract.head_types) and the fast entity/text readers (kg.extract.spans)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.extract.head_types import retype_by_head
from kg.extract.spans import doc_entities, doc_text
from kg.extract.vote import majority_spans
from training.head_table import head_type_table


def test_majority_keeps_spans_most_voters_found():
    a = [(0, 2, "Method"), (5, 6, "Dataset"), (8, 9, "Task")]
    b = [(0, 2, "Method"), (5, 6, "Method")]
    c = [(0, 2, "Method"), (5, 6, "Dataset"), (9, 10, "Metric")]
    assert majority_spans([a, b, c], 2) == [(0, 2, "Method"), (5, 6, "Dataset")]
    assert majority_spans([a, b, c], 3) == [(0, 2, "Method")]
    # with one vote enough, (5, 6) is claimed twice: the label with more votes wins
    assert majority_spans([a, b, c], 1) == [(0, 2, "Method"), (5, 6, "Dataset"), (8, 9, "Task"), (9, 10, "Metric")]


def test_overlapping_winners_more_votes_then_longer():
    a = [(0, 3, "Method")]
    b = [(0, 3, "Method"), (2, 4, "Task")]
    c = [(1, 3, "Method"), (2, 4, "Task")]
    d = [(1, 3, "Method"), (2, 4, "Task")]
    assert majority_spans([a, b, c, d], 2) == [(2, 4, "Task")]  # 3 votes beat 2
    assert majority_spans([a, b, c[:1], d[:1]], 2) == [(0, 3, "Method")]  # tie: the longer


def test_voters_agree_on_overlapping_spans_of_one_label():
    # no exact majority, but two voters put Method on the same words: the longer span stays
    assert majority_spans([[(0, 3, "Method")], [(1, 3, "Method")], []], 2) == [(0, 3, "Method")]
    # the exact span more voters chose wins over a longer one
    assert majority_spans([[(0, 3, "Method")], [(1, 3, "Method")], [(1, 3, "Method")]], 2) == [(1, 3, "Method")]
    # overlap with another label is no agreement
    assert majority_spans([[(0, 3, "Method")], [(1, 3, "Task")], []], 2) == []


def test_minority_spans_stay_when_the_head_table_backs_their_label():
    from kg.extract.vote import head_backed_spans, voted_entities

    doc = spacy.blank("en")("we use adversarial training and report word error for face recognition .")
    table = {"training": "Method", "error": "Metric", "recognition": "Task"}
    a = [(2, 4, "Method"), (6, 8, "Metric"), (9, 11, "Task")]
    votes = [a, [], []]  # one voter of three found each span
    assert voted_entities(doc, votes, 2) == []
    kept = [(e.start, e.end, e.label_) for e in voted_entities(doc, votes, 2, table, ["Method", "Metric"])]
    assert kept == [(2, 4, "Method"), (6, 8, "Metric")]  # Task is not a backed label
    # a head whose table type differs, or a head not in the table, backs nothing
    assert head_backed_spans(doc, [[(2, 4, "Task"), (5, 6, "Method")], [], []], [], table, ["Method", "Task"]) == []
    # a majority span keeps its words: a minority span overlapping it is not added
    votes = [[(2, 4, "Method")], [(2, 4, "Method")], [(3, 4, "Method"), (6, 8, "Metric")]]
    assert head_backed_spans(doc, votes, majority_spans(votes, 2), table, ["Method", "Metric"]) == [(6, 8, "Metric")]


def test_a_vote_configured_without_backed_labels_backs_nothing():
    import kg.extract.components  # noqa: F401

    nlp = spacy.blank("en")
    vote = nlp.add_pipe("kg_ner_vote_v1")  # as a pipeline saved before the setting existed
    nlp.add_pipe("kg_head_types_v1", name="head_types").table = {"training": "Method"}
    assert vote.backed_labels == () and vote._table() == {}
    doc = nlp.make_doc("we use adversarial training .")
    doc._.kg_ner_ballots = [[(2, 4, "Method")], []]
    assert list(vote(doc).ents) == []


def test_packaged_pipeline_is_one_ner_with_its_head_table(packaged_nlp):
    # one NER trained on abstracts and body passages outscored the three-member vote on the
    # held-aside part (docs/model-card.md); the vote stays for `kg train --members N`
    assert "ner_vote" not in packaged_nlp.pipe_names and packaged_nlp.pipe_names.count("ner") == 1
    assert packaged_nlp.get_pipe("head_types").table != {}


def test_a_voter_counts_once_per_span():
    assert majority_spans([[(0, 1, "Task"), (0, 1, "Task")], []], 2) == []


def test_head_table_and_retyping():
    nlp = spacy.blank("en")
    recs = [{"entities": [{"text": f"{w} networks", "type": "Method"} for w in "abcdef"]
             + [{"text": f"{w} recognition", "type": "Task"} for w in "abcde"]
             + [{"text": "odd recognition", "type": "Method"}]}]
    table = head_type_table(recs, nlp, min_count=5, min_purity=0.8)
    assert table == {"networks": "Method", "recognition": "Task"}
    assert head_type_table(recs, nlp, min_count=5, min_purity=0.9) == {"networks": "Method"}
    doc = nlp("We use 3D networks for speech recognition on ImageNet .")
    ents = [Span(doc, 2, 4, label="Task"), Span(doc, 5, 7, label="Task"), Span(doc, 8, 9, label="Dataset")]
    assert [(e.text, e.label_) for e in retype_by_head(ents, table)] == [
        ("3D networks", "Method"), ("speech recognition", "Task"), ("ImageNet", "Dataset")]


def test_words_ending_in_a_measure_s_head_are_a_metric(make_doc):
    doc = make_doc("Per-class F1 and image-level AUROC rise, as does ZCoRe; F1 alone and factual recall stay.",
                   [("Per-class F1", "Task"), ("image-level AUROC", "Method"), ("ZCoRe", "Method"), ("F1", "Task"),
                    ("factual recall", "Task")])
    assert [(e.text, e.label_) for e in retype_by_head(list(doc.ents), {})] == [
        ("Per-class F1", "Metric"), ("image-level AUROC", "Metric"), ("ZCoRe", "Method"), ("F1", "Task"),
        ("factual recall", "Task")]
    # a kappa is always a measure, whatever type the NER gave its words
    doc = make_doc("A Zuadratic Weighted Kappa of 0.727 and a Fleiss kappa of 0.8.",
                   [("Zuadratic Weighted Kappa", "Model"), ("Fleiss kappa", "Method")])
    assert [(e.text, e.label_) for e in retype_by_head(list(doc.ents), {})] == [
        ("Zuadratic Weighted Kappa", "Metric"), ("Fleiss kappa", "Metric")]
    doc = make_doc("It scores on the MedZPT metric.", [("MedZPT metric", "Dataset")])
    assert [(e.text, e.label_) for e in retype_by_head(list(doc.ents), {})] == [("MedZPT metric", "Metric")]


def test_doc_entities_and_text_match_spacy():
    nlp = spacy.blank("en")
    doc = nlp("BERT and GPT-2 beat ELMo on SQuAD 2.0 .")
    doc.ents = [Span(doc, 0, 1, label="Method"), Span(doc, 2, 3, label="Method"), Span(doc, 6, 8, label="Dataset")]
    assert [(e.start, e.end, e.label_) for e in doc_entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert doc_entities(nlp("")) == []


def test_set_entities_writes_changes_and_keeps_unchanged_spans():
    from kg.extract.spans import set_entities

    nlp = spacy.blank("en")
    doc = nlp("BERT beats ELMo on SQuAD .")
    doc.ents = [Span(doc, 0, 1, label="Method"), Span(doc, 4, 5, label="Dataset")]
    before = doc_entities(doc)
    set_entities(doc, list(before), before)
    assert [(e.text, e.label_) for e in doc.ents] == [("BERT", "Method"), ("SQuAD", "Dataset")]
    set_entities(doc, [Span(doc, 0, 1, label="Model"), before[1]], before)  # a label changes
    assert [(e.text, e.label_) for e in doc.ents] == [("BERT", "Model"), ("SQuAD", "Dataset")]
    before = doc_entities(doc)
    set_entities(doc, [*before, Span(doc, 2, 3, label="Method")], before)  # a span is added
    assert [e.text for e in doc.ents] == ["BERT", "ELMo", "SQuAD"]
    before = doc_entities(doc)
    set_entities(doc, [Span(doc, 0, 1, label="Model"), Span(doc, 2, 3, label="Method"), Span(doc, 4, 6, label="Dataset")], before)
    assert [e.text for e in doc.ents] == ["BERT", "ELMo", "SQuAD ."]  # a boundary moves


def test_packaged_pipeline_votes(packaged_nlp):
    from kg.extract.ensemble import member_pipes

    ners = member_pipes(packaged_nlp)
    assert len(ners) >= 1
    if len(ners) > 1:
        assert "ner_vote" in packaged_nlp.pipe_names
        doc = packaged_nlp("We train a ResNet on ImageNet and report top-1 accuracy.")
        assert doc._.kg_ner_ballots is None  # consumed by the vote
        assert any(e.text == "ImageNet" for e in doc.ents)


def test_sentence_bounds_match_span_sent(blank_nlp):
    from kg.extract.spans import sentence_bounds

    doc = blank_nlp("We propose X. It beats Y on Z by 2 points! Code is public.")
    for tok in doc:
        assert sentence_bounds(doc, tok.i) == (tok.sent.start_char, tok.sent.end_char)
    bare = spacy.blank("en")("no sentence boundaries here")
    assert sentence_bounds(bare, 2) == (0, len(bare.text))
