"""Names given with "termed", "called", ... (kg.extract.termed_names)."""

from __future__ import annotations

import spacy

from kg.extract.termed_names import termed_names
from tests.extract.conftest import labels


def test_the_noun_before_the_verb_types_the_name(make_doc):
    doc = make_doc("We propose a topic-guided multi-agent framework, termed TGZA. We build a large-scale dataset "
                   "for multi-modal pretraining, called ImageNeZt, and a selection strategy named \\textbf{HomoZ}.")
    assert labels(termed_names(doc)) == [("TGZA", "Method"), ("ImageNeZt", "Dataset"), ("HomoZ", "Method")]


def test_no_noun_of_a_kind_or_a_plain_word_defines_nothing(make_doc):
    doc = make_doc("Experiments on this dataset verify that our solution, termed DC-NeZF, works. A variable called "
                   "x and a person named Alice help.")
    assert termed_names(doc) == []


def test_a_termed_name_is_a_method_everywhere_in_the_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "Dataset", "pattern": "TGZA"}])
    nlp.add_pipe("kg_dataset_context_v1")
    doc = nlp("We propose a multi-agent framework, termed TGZA. TGZA reaches 2.7%.")
    assert labels(list(doc.ents)) == [("TGZA", "Method"), ("TGZA", "Method")]


def test_a_name_set_in_tex_markup_is_a_name_in_lower_case_too(make_doc):
    doc = make_doc("We curated a proof problem dataset from undergraduate-level math materials, named "
                   "\\textbf{zproof}, and a strategy termed \\emph{plain words here too long}.")
    assert labels(termed_names(doc)) == [("zproof", "Dataset")]  # four words before the brace are no name
