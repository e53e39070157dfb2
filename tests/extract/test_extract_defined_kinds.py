"""Model or Method from what the text calls a name (kg.extract.defined_kinds)."""

from __future__ import annotations

from kg.extract.defined_kinds import defined_kinds


def test_the_head_noun_of_a_definition_types_a_coined_name(make_doc):
    doc = make_doc("We build a fall detection system (SZ2D). We present ZTELLA - the first end-to-end CBN pipeline "
                   "for mapping. We propose ZoPo, a novel framework that helps, and a fusion network (ZVINet).",
                   [("SZ2D", "Model"), ("ZTELLA", "Model"), ("ZoPo", "Model"), ("ZVINet", "Method")])
    assert defined_kinds({"abstract": doc}) == {"SZ2D": "Method", "ZTELLA": "Method", "ZoPo": "Method",
                                                "ZVINet": "Model"}


def test_a_title_definition_reads_across_hyphenated_words(make_doc):
    title = make_doc("HEBAZRON: A Hebrew-Specialized Mixture-of-Experts Language Model", [("HEBAZRON", "Method")])
    assert defined_kinds({"title": title}) == {"HEBAZRON": "Model"}


def test_names_the_field_knows_and_other_phrases_are_left_to_the_spelling_rule(make_doc):
    doc = make_doc("A large language model (LLM) and a convolutional neural network (CNN) help ZoPo, which is fast. "
                   "We use Qwen2.5-7B, a strong model.", [("LLM", "Method"), ("CNN", "Method"), ("ZoPo", "Model"),
                                                          ("Qwen2.5-7B", "Model")])
    assert defined_kinds({"abstract": doc}) == {}


def test_a_definition_after_the_names_words_in_brackets_types_it(make_doc):
    doc = make_doc("We present ZeVA-ZE (Large Language-and-Vision Assistant for Zunar Exploration), a vision-language "
                   "model for the moon, and MIDAZ (Meta-cognitive Ideation through Zistributed Agentic AI System), a "
                   "novel framework.", [("ZeVA-ZE", "Method"), ("MIDAZ", "Model")])
    assert defined_kinds({"abstract": doc}) == {"ZeVA-ZE": "Model", "MIDAZ": "Method"}


def test_the_phrase_an_indefinite_article_opens_before_a_name_types_it(make_doc):
    doc = make_doc("We propose a novel hybrid framework, ZB-Res, and a tubular segmentation network named ZarmonySeg. "
                   "The diffusion model, ZeLLM, and a clear conceptual model, formal rules, are not definitions.",
                   [("ZB-Res", "Model"), ("ZarmonySeg", "Method"), ("ZeLLM", "Method"), ("formal rules", "Method")])
    assert defined_kinds({"abstract": doc}) == {"ZB-Res": "Method", "ZarmonySeg": "Model"}


def test_a_participle_after_the_head_noun_ends_the_definition(make_doc):
    doc = make_doc("We present ZOSFormer, a Transformer-based learning framework tailored for slides, and ZetNet, "
                   "a compact network trained on faces.", [("ZOSFormer", "Model"), ("ZetNet", "Method")])
    assert defined_kinds({"abstract": doc}) == {"ZOSFormer": "Method", "ZetNet": "Model"}


def test_a_group_names_its_members_kind_but_a_plural_alone_names_a_class(make_doc):
    doc = make_doc("We propose ZinyViT, a new family of small vision transformers. Large reasoning models (ZRMs) "
                   "think.", [("ZinyViT", "Method"), ("ZRMs", "Method")])
    assert defined_kinds({"abstract": doc}) == {"ZinyViT": "Model"}
