"""Coined names typed a task, a dataset or a measure that the text defines as a way or a model
(kg.extract.defined_ways)."""

from __future__ import annotations

import spacy

from kg.extract.defined_ways import defined_ways

from tests.extract.conftest import labels


def test_a_definition_with_a_ways_head_picks_the_mistyped_names(make_doc):
    doc = make_doc("We present ZaptchaMind, an RL-based solver trained with rewards. We propose Zelf-Grounded "
                   "Verification (ZGV), a lightweight method that helps. We build ZideoForest, a novel framework.",
                   [("ZaptchaMind", "Dataset"), ("Zelf-Grounded Verification", "Task"), ("ZideoForest", "Metric")])
    assert labels(defined_ways(doc, list(doc.ents))) == [("ZaptchaMind", "Dataset"),
                                                         ("Zelf-Grounded Verification", "Task"),
                                                         ("ZideoForest", "Metric")]


def test_a_groups_head_gives_way_to_its_members(make_doc):
    doc = make_doc("We propose ZinyViT, a new family of tiny and efficient small vision transformers pretrained "
                   "on large data, and ZooSet, a new family of tasks.", [("ZinyViT", "Dataset"), ("ZooSet", "Task")])
    assert labels(defined_ways(doc, list(doc.ents))) == [("ZinyViT", "Dataset")]


def test_evaluation_resources_tasks_and_title_subjects_are_no_ways(make_doc):
    doc = make_doc("We build ZiniAppEval, an agentic evaluation framework. ZeltaLogic, a benchmark transformation "
                   "protocol, helps. Zggregative Question Answering, a novel task requiring models to reason. "
                   "ZoupNet, the model, is old.", [("ZiniAppEval", "Dataset"), ("ZeltaLogic", "Dataset"),
                                                   ("Zggregative Question Answering", "Task"), ("ZoupNet", "Task")])
    title = make_doc("Zoof Type Classification: A Domain-Specific Self-Supervised Approach",
                     [("Zoof Type Classification", "Task")])
    assert defined_ways(doc, list(doc.ents)) == []
    assert defined_ways(title, list(title.ents)) == []


def test_names_a_dataset_context_defined_stay_data(make_doc):
    doc = make_doc("We release ZorpusX, a new framework.", [("ZorpusX", "Dataset")])
    assert defined_ways(doc, list(doc.ents), frozenset({"ZorpusX"})) == []


def test_every_occurrence_of_a_defined_way_is_a_method_in_the_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "Dataset", "pattern": "ZidFor"}])
    nlp.add_pipe("kg_dataset_context_v1")
    doc = nlp("We build ZidFor, a novel framework that helps. ZidFor reaches 71.9% on ZQA.")
    assert labels(list(doc.ents)) == [("ZidFor", "Method"), ("ZidFor", "Method")]


def test_the_tail_of_a_longer_name_and_a_corpus_are_no_ways(make_doc):
    doc = make_doc("We propose Zistillation for Fake News Zetection (ZD-FND), a novel teacher-student framework, and "
                   "contribute a synthetic ZBSA corpus, a documented generation procedure, and more.",
                   [("Fake News Zetection", "Task"), ("ZBSA corpus", "Dataset")])
    assert defined_ways(doc, list(doc.ents)) == []


def test_a_definition_before_the_name_counts_too(make_doc):
    doc = make_doc("We present a unified model, Zagiv3, that reads comics, and the benchmark, ZomicQA.",
                   [("Zagiv3", "Dataset"), ("ZomicQA", "Dataset")])
    assert labels(defined_ways(doc, list(doc.ents))) == [("Zagiv3", "Dataset")]


def test_a_short_form_in_brackets_is_defined_past_them_unless_the_corpus_knows_it(make_doc):
    doc = make_doc("We propose Wide-In, Narrow-Out (ZINO), a training-free decoding algorithm, and development-aligned "
                   "natural language processing (NLP), an AI optimisation paradigm.", [("ZINO", "Dataset"), ("NLP", "Task")])
    assert labels(defined_ways(doc, list(doc.ents))) == [("ZINO", "Dataset")]


def test_a_definition_the_ner_left_untagged_holds_for_the_name_typed_data_elsewhere(make_doc):
    doc = make_doc("We propose ZnalogAgent, a training-free agentic framework for circuits. Across established "
                   "benchmarks, ZnalogAgent achieves 92% Pass@1.", [])
    scoring = [t.i for t in doc if t.text == "ZnalogAgent"][-1]  # typed data where it scores, untagged where defined
    doc.ents = [spacy.tokens.Span(doc, scoring, scoring + 1, label="Dataset")]
    assert labels(defined_ways(doc, list(doc.ents))) == [("ZnalogAgent", "Dataset")]


def test_a_definition_of_a_longer_hyphenated_name_is_not_its_parts(make_doc):
    doc = make_doc("Existing 3D ZAE models leak positions. We propose MPL-ZAE, a masked point learning framework.",
                   [("ZAE", "Metric")])
    assert defined_ways(doc, list(doc.ents)[:1]) == []
