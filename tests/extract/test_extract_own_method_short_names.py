"""The paper's own method named by the short form its introduction brackets (kg.extract.own_method,
forty-first session). Each abstract is written for the test."""

from __future__ import annotations

from kg.extract.own_method import default_method


def test_the_short_form_of_a_long_introduced_name_is_the_papers_method(make_doc):
    title = make_doc("ZE-MMDiT: Revisiting Diffusion Transformers")
    abstract = ("We propose Efficient Multimodal Zed Diffusion Transformer (ZE-MMDiT), an efficient diffusion model. "
                "In addition, we propose ZedLN-affine, an efficient lightweight module.")
    assert default_method([], title, None, abstract) == "ZE-MMDiT"


def test_a_short_form_goes_before_its_long_form_of_three_words(make_doc):
    abstract = "We propose Soft Zed Regularization (SZR), a training objective for equivariance."
    assert default_method([], make_doc("A study of equivariance"), None, abstract) == "SZR"


def test_a_bracketed_short_form_of_a_benchmark_or_a_setting_is_no_method(make_doc):
    title = make_doc("A study of detectors")
    setting = ("We introduce Dual Incremental Zed Object Detection (DuIZOD), a more practical setting. "
               "We propose ZuET, a model merging framework.")
    assert default_method([], title, None, setting) == "ZuET"
    benchmark = ("We introduce Multi Turn Zed Reasoning Evaluation (MTZRE), a large-scale benchmark of puzzles. "
                 "We propose ZuET, a model merging framework.")
    assert default_method([], title, None, benchmark) == "ZuET"
