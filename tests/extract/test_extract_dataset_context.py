"""Names the text introduces as datasets (kg.extract.dataset_context and its component)."""

from __future__ import annotations

import spacy

from kg.extract.dataset_context import apply_dataset_context, dataset_context_spans
from tests.extract.conftest import labels


def _apply(make_doc, text, ents=()):
    doc = make_doc(text, ents)
    return labels(apply_dataset_context(list(doc.ents), dataset_context_spans(doc)))


def test_a_name_before_a_dataset_noun_is_a_dataset_with_the_noun(make_doc):
    assert _apply(make_doc, "Results on the SentiHood dataset and the Switchboard corpus.") == [
        ("SentiHood dataset", "Dataset"), ("Switchboard corpus", "Dataset")]
    assert _apply(make_doc, "We use the Cross-Age Face dataset here.") == [("Cross-Age Face dataset", "Dataset")]
    assert _apply(make_doc, "Scores on the CelebA Benchmark and the WSJ Corpora.") == [
        ("CelebA Benchmark", "Dataset"), ("WSJ Corpora", "Dataset")]  # any case of the noun


def test_names_listed_after_a_plural_dataset_noun(make_doc):
    assert _apply(make_doc, "We evaluate on two datasets Market 1501 and Duke MTMC. Results follow.") == [
        ("Market 1501", "Dataset"), ("Duke MTMC", "Dataset")]
    assert _apply(make_doc, "Three face aging datasets (MORPH Album 2, CACD-VS and FG-NET) are used.") == [
        ("MORPH Album 2", "Dataset"), ("CACD-VS", "Dataset"), ("FG-NET", "Dataset")]


def test_an_entity_of_another_type_inside_the_name_is_retyped(make_doc):
    assert _apply(make_doc, "Experiments on the SentiHood dataset show gains.", [("SentiHood", "Method")]) == [
        ("SentiHood dataset", "Dataset")]


def test_other_entities_and_plain_words_are_left_alone(make_doc):
    # a longer entity across the name, a dataset already found, words without a capital or digit
    assert _apply(make_doc, "The Stanford SQuAD dataset and our dataset and the new datasets are large.",
                  [("Stanford SQuAD dataset and our", "Task")]) == [("Stanford SQuAD dataset and our", "Task")]
    assert _apply(make_doc, "Our dataset is public. Datasets of this kind and the training corpus help.") == []
    assert _apply(make_doc, "Results on the WikiQA benchmark hold.", [("WikiQA benchmark", "Dataset")]) == [
        ("WikiQA benchmark", "Dataset")]


def test_the_component_runs_in_a_pipeline():
    import kg.extract.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("kg_dataset_context_v1")
    doc = nlp("Our method wins on the benchmarks BRATS 2015 and ISLES 2015.")
    assert labels(list(doc.ents)) == [("BRATS 2015", "Dataset"), ("ISLES 2015", "Dataset")]
