"""Acronym definitions and what they give later mentions."""

from __future__ import annotations

import pytest

from kg.extract.abbreviations import (canonical_map, find_abbreviations, find_reverse_definitions, match_long_form,
                                     propagate, reverse_kind, short_variants)


@pytest.mark.parametrize("text, long, short", [
    ("We train Convolutional Neural Networks (CNNs) on images.", "Convolutional Neural Networks", "CNNs"),
    ("A method based on Full-Resolution Residual Networks (FRRN) works.", "Full-Resolution Residual Networks", "FRRN"),
    ("the strong baseline of reinforcement learning (RL) agents", "reinforcement learning", "RL"),
    ("Monte Carlo Tree Search (MCTS) is used.", "Monte Carlo Tree Search", "MCTS"),
    ("with the biomedical named entity recognition (BioNER) task", "biomedical named entity recognition", "BioNER"),
    ("we introduce the Arcade Learning Environment (ALE): a platform", "Arcade Learning Environment", "ALE"),
    (r"We propose \textbf{System-Anchored Knee Estimation} (SAKE), a method.", "System-Anchored Knee Estimation", "SAKE"),
])
def test_finds_long_and_short_form(blank_nlp, text, long, short):
    pairs = find_abbreviations(blank_nlp(text))
    assert [(p.long_text, p.short_text) for p in pairs] == [(long, short)]
    p = pairs[0]
    assert text[p.long_start:p.long_end] == long and text[p.short_start:p.short_end] == short


def test_letters_marked_in_latex_inside_a_long_form_are_read_as_plain_text(blank_nlp):
    text = r"the field of \textbf{H}andwritten \textbf{M}athematical \textbf{E}xpression \textbf{R}ecognition (HMER) grows"
    [pair] = find_abbreviations(blank_nlp(text))
    assert (pair.long_text, pair.short_text) == ("Handwritten Mathematical Expression Recognition", "HMER")


@pytest.mark.parametrize("text", [
    "as shown before (see Section 2) the error drops",
    "results of prior work (2019) are weaker",
    "a mixture of experts (e.g. gates) helps",
    "we use a large corpus (Wikipedia) for pretraining",   # letters do not match
    "the value (x) is small",
    "",
])
def test_no_pair_where_there_is_none(blank_nlp, text):
    assert find_abbreviations(blank_nlp(text)) == []


def test_match_long_form_first_letter_must_start_a_word():
    assert match_long_form("GAN", "a Generative Adversarial Network") == 2
    assert match_long_form("XYZ", "nothing to see") is None


def test_words_whose_initials_spell_the_short_form_come_before_a_letter_inside_a_word():
    window = "train both agents with Proximal Policy Optimization"
    assert window[match_long_form("PPO", window):] == "Proximal Policy Optimization"
    window = "measured using Concordance Correlation Coefficient"
    assert window[match_long_form("CCC", window):] == "Concordance Correlation Coefficient"
    window = "we study Large Language Models"
    assert window[match_long_form("LLMs", window):] == "Large Language Models"
    window = "we use Low-Rank Adaptation"
    assert window[match_long_form("LoRA", window):] == "Low-Rank Adaptation"


def test_short_variants_cover_plural_and_singular():
    assert short_variants("CNN") == {"CNN", "CNNs"}
    assert short_variants("CNNs") == {"CNN", "CNNs"}


def test_type_flows_from_long_form_to_later_short_forms(make_doc):
    text = "We use Generative Adversarial Networks (GANs) here. Our GAN is stable, unlike other GANs."
    doc = make_doc(text, [("Generative Adversarial Networks", "Method")])
    pairs = find_abbreviations(doc)
    ents, types = propagate(doc, list(doc.ents), pairs)
    assert [(e.text, e.label_) for e in ents] == [
        ("Generative Adversarial Networks", "Method"), ("GANs", "Method"), ("GAN", "Method"), ("GANs", "Method")]
    assert types["GAN"] == "Method"
    canon = canonical_map(pairs)
    assert canon["GAN"] == canon["GANs"] == "Generative Adversarial Networks"


def test_type_flows_from_short_form_back_to_long_form(make_doc):
    text = "The Penn Treebank (PTB) is small. We report perplexity on PTB."
    doc = make_doc(text, [("PTB", "Dataset")])
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [("Penn Treebank", "Dataset"), ("PTB", "Dataset"), ("PTB", "Dataset")]


def test_untyped_pair_adds_nothing_and_existing_labels_are_kept(make_doc):
    text = "Long Form (LF) text. LF again, and the metric LF."
    doc = make_doc(text, [("LF", "Metric")])  # the NER typed only one short form
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert all(e.label_ == "Metric" for e in ents)
    assert [e.text for e in ents] == ["Long Form", "LF", "LF", "LF"]
    doc2 = make_doc(text)
    assert propagate(doc2, [], find_abbreviations(doc2))[0] == []


def test_short_form_inside_a_longer_word_is_not_tagged(make_doc):
    text = "A Recurrent Neural Network (RNN) and a BiRNN and RNN-based models."
    doc = make_doc(text, [("Recurrent Neural Network", "Method")])
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [e.text for e in ents] == ["Recurrent Neural Network", "RNN"]


def test_a_definition_in_the_paper_relabels_its_short_form(make_doc):
    # "SST" is also a sentiment dataset; this paper defines it as its method
    text = "We propose Sparse Spectral Training (SST). SST beats BERT on GLUE."
    doc = make_doc(text, [("Sparse Spectral Training", "Method"), ("SST", "Dataset"), ("SST", "Dataset"),
                          ("BERT", "Model"), ("GLUE", "Dataset")])
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [
        ("Sparse Spectral Training", "Method"), ("SST", "Method"), ("SST", "Method"), ("BERT", "Model"),
        ("GLUE", "Dataset")]


def test_a_coined_name_in_parentheses_takes_the_type_of_the_entity_before_it(make_doc):
    text = ("We design a deep convolutional network (DeepID2) for faces. DeepID2 wins. "
            "Unlike GPT-3 (175B) or the network (see Table 2), it is small.")
    doc = make_doc(text, [("deep convolutional network", "Method"), ("GPT-3", "Method"), ("network", "Method")])
    ents, types = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [
        ("deep convolutional network", "Method"), ("DeepID2", "Method"), ("DeepID2", "Method"),
        ("GPT-3", "Method"), ("network", "Method")]
    assert types == {"DeepID2": "Method"}
    assert canonical_map(find_abbreviations(doc)) == {}  # a name of the kind, not the kind's long form


def test_a_coined_name_in_parentheses_after_a_task_is_its_data(make_doc):
    text = "We test classification (ZumoSet) and text-to-video retrieval (T2VR)."
    doc = make_doc(text, [("classification", "Task"), ("text-to-video retrieval", "Task")])
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [
        ("classification", "Task"), ("ZumoSet", "Dataset"), ("text-to-video retrieval", "Task"), ("T2VR", "Task")]
    doc = make_doc("We train models with claim understanding (ZBE-2).", [("claim understanding", "Task")])
    ents, _ = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [("claim understanding", "Task"), ("ZBE-2", "Task")]  # a way


@pytest.mark.parametrize("name", ["DeepID2+", "DeepID2 +", "STR2 ++"])
def test_a_coined_name_keeps_its_plus_mark_even_split_off_by_a_space(make_doc, name):
    # text rebuilt from tokens (as in SciREX) writes "DeepID2+" as "DeepID2 +"
    text = f"We design a deep convolutional network ({name}) for faces. {name} wins over DeepID2."
    doc = make_doc(text, [("deep convolutional network", "Method")])
    ents, types = propagate(doc, list(doc.ents), find_abbreviations(doc))
    assert [(e.text, e.label_) for e in ents] == [
        ("deep convolutional network", "Method"), (name, "Method"), (name, "Method")]
    assert types == {name: "Method"}


def test_a_parenthesised_name_after_no_entity_is_left_alone(make_doc):
    text = "The results (DeepID2) are shown. DeepID2 is next."
    doc = make_doc(text, [])
    assert propagate(doc, [], find_abbreviations(doc)) == ([], {})


@pytest.mark.parametrize("text", ["A deep network (", "A deep network ()", "A deep network (DeepID2", "A deep network (( X ))"])
def test_unclosed_or_empty_parentheses_after_an_entity_name_nothing(make_doc, text):
    from kg.extract.abbreviations import named_in_parentheses

    doc = make_doc(text, [("deep network", "Method")])
    assert named_in_parentheses(doc, list(doc.ents)) == []


@pytest.mark.parametrize("text, short, long", [
    ("We propose SLOT (Sample-specific Language Model Optimization at Test-time), a method.", "SLOT",
     "Sample-specific Language Model Optimization at Test-time"),
    ("combined with GTPO (Generalized Token-level Policy Optimization) for training", "GTPO",
     "Generalized Token-level Policy Optimization"),
    ("we introduce MT-GRPO (Multi-Turn Group Relative Policy Optimization) here", "MT-GRPO",
     "Multi-Turn Group Relative Policy Optimization"),
    (r"we present RACES (\textbf{R}ecursive \textbf{A}utomated \textbf{C}omposition for \textbf{E}nvironment "
     r"\textbf{S}caling), a framework", "RACES", "Recursive Automated Composition for Environment Scaling"),
])
def test_a_name_spelled_out_after_it_is_a_pair(blank_nlp, text, short, long):
    [pair] = find_reverse_definitions(blank_nlp(text))
    assert (pair.short_text, pair.long_text, pair.reverse) == (short, long, True)
    assert text[pair.short_start:pair.short_end] == short
    assert find_abbreviations(blank_nlp(text)) == []  # the other reading finds no pair there


@pytest.mark.parametrize("text", [
    "Models such as LLMs (Llama 3.1 and GPT variants) fail.",          # a class, then examples
    "We score SPEAR (Safety, Personalization, Evidence, Actionability, Robustness).",  # a list
    "We use GPT (Generative Pretrained Transformer 4) here.",          # a number inside
    "the BERT (base) model",                                             # no long form
    "we run ZERO (a zero-shot evaluation of reasoning)",                 # not capitalised
    "We use Zx (Zero Xylophones) only.",                                 # one capital: not a coined acronym
    "We introduce ZPOT(Zero Point Optimal Transport) now.",              # no space before the bracket
])
def test_no_reverse_pair_where_the_brackets_say_something_else(blank_nlp, text):
    assert find_reverse_definitions(blank_nlp(text)) == []


@pytest.mark.parametrize("long, tagged, kind", [
    ("Graph-Guided Repository-Aware Code Completion", "Model", "Model"),   # a task's noun: what it does
    ("Graph-Guided Repository-Aware Code Completion", "Task", "Method"),
    ("Graph-Guided Repository-Aware Code Completion", None, "Method"),
    ("Knowledge Work Bench", "Model", "Dataset"),
    ("Stance Inference Complexity Index", "Model", "Metric"),
    ("Local Star Polygon DEtection TRansformer", "Dataset", "Model"),
    ("Vietnamese Multimodal Review Helpfulness Prediction", "Dataset", "Dataset"),
])
def test_the_type_of_a_name_spelled_out_after_it(long, tagged, kind):
    assert reverse_kind(long, tagged) == kind


def test_a_name_spelled_out_after_it_gives_its_type_to_the_long_form_and_its_mentions(make_doc):
    text = "We propose GRACE (Graph-Guided Repository-Aware Code Completion). GRACE wins on RepoBench."
    doc = make_doc(text, [("GRACE", "Model"), ("Code Completion", "Task"), ("GRACE", "Task"), ("RepoBench", "Dataset")])
    pairs = find_reverse_definitions(doc)
    ents, _ = propagate(doc, list(doc.ents), pairs)
    assert [(e.text, e.label_) for e in ents] == [
        ("GRACE", "Model"), ("Graph-Guided Repository-Aware Code Completion", "Model"), ("GRACE", "Model"),
        ("RepoBench", "Dataset")]
    assert canonical_map(pairs)["GRACE"] == "Graph-Guided Repository-Aware Code Completion"


def test_a_plain_word_in_parentheses_after_a_dataset_is_where_it_comes_from(make_doc):
    from kg.extract.abbreviations import named_in_parentheses

    doc = make_doc("We evaluate on ZDIAT (Spain) and ZUSI (Egypt), and a deep network (DeepZD2).",
                   [("ZDIAT", "Dataset"), ("ZUSI", "Dataset"), ("deep network", "Method")])
    assert [(s.text, s.label_) for s in named_in_parentheses(doc, list(doc.ents))] == [("DeepZD2", "Method")]
