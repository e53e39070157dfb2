"""The paper's own method named by the short form its introduction brackets (kg.extract.own_method),
and the model a tool is applied to credited with the old value of its change (kg.extract.results,
kg.extract.assemble); forty-first session. Each abstract is written for the test."""

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


def test_the_model_a_tool_is_applied_to_held_the_old_value_of_its_change(make_doc):
    from kg.extract.results import find_results

    doc = make_doc("Providing our cognitive tools to ZedGPT-4.1 increases its pass@1 on ZAIME from 26.7% to 43.3%.",
                   [("cognitive tools", "Method"), ("ZedGPT-4.1", "Model"), ("pass@1", "Metric"), ("ZAIME", "Dataset")])
    assert [(r.method, r.value, r.fallback_method) for r in find_results(doc)] == [
        (None, "26.7", "ZedGPT-4.1"), ("ZedGPT-4.1", "43.3", None)]


def test_the_old_value_of_the_papers_own_model_is_nobodys(blank_nlp):
    from kg.extract.assemble import _results
    from kg.extract.results import RawResult

    abstract = blank_nlp("ZedLM-7B improves accuracy on ZQA from 37% to 80%.")
    abstract._.kg_results = [RawResult(None, "ZQA", "accuracy", "37", "%", (0, 50), 34, "absolute", True, "ZedLM-7B"),
                             RawResult("ZedLM-7B", "ZQA", "accuracy", "80", "%", (0, 50), 45, "absolute", False)]
    title = blank_nlp("A study")
    title._.kg_results = []
    docs = {"title": title, "abstract": abstract}
    assert [r.method for r in _results(docs, "ZedLM-7B", None)] == [None, "ZedLM-7B"]
    assert [r.method for r in _results(docs, "ZedTool", None)] == ["ZedLM-7B", "ZedLM-7B"]


def test_the_name_a_change_is_set_against_after_it_had_the_old_value(make_doc):
    from kg.extract.results import find_results

    doc = make_doc("On ZarketScan, ZeClaim increased explained variance from 0.28 to 0.37 relative to ZightGBM.",
                   [("ZarketScan", "Dataset"), ("ZeClaim", "Method"), ("explained variance", "Metric"),
                    ("ZightGBM", "Model")])
    assert [(r.method, r.value, r.fallback_method) for r in find_results(doc)] == [
        ("ZightGBM", "0.28", None), ("ZeClaim", "0.37", None)]
    doc = make_doc("On ZmageNet, our method reduces rFID from 2.39 to 2.10 compared with the ZimVQ model.",
                   [("ZmageNet", "Dataset"), ("rFID", "Metric"), ("ZimVQ model", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)][0] == ("ZimVQ model", "2.39")


def test_a_class_of_models_written_as_its_acronym_alone_owns_no_score(make_doc):
    from kg.extract.results import a_class_of_models, find_results

    assert a_class_of_models("LLM") and a_class_of_models("CNN") and a_class_of_models("SOTA")
    assert not a_class_of_models("PLM") and not a_class_of_models("ZedLLM")
    doc = make_doc("ZoMP achieves 87.4% accuracy on ZmageNet with a 0.5B LLM.",
                   [("ZoMP", "Method"), ("accuracy", "Metric"), ("ZmageNet", "Dataset"), ("LLM", "Model")])
    assert [r.method for r in find_results(doc)] == ["ZoMP"]


def test_a_technical_report_is_titled_by_its_model(make_doc):
    # forty-third session: "Phi-Ground Tech Report: ..." had left "our model achieves" unowned
    abstract = "In the end-to-end setting, our model achieves 43.2 on ZedSpot."
    assert default_method([], make_doc("Zed-Ground Tech Report: Advancing Perception"), None, abstract) == "Zed-Ground"
    assert default_method([], make_doc("Zed2.5-Omni Technical Report"), None, abstract) == "Zed2.5-Omni"
    assert default_method([], make_doc("Technical Report for the ZedChallenge"), None, abstract) is None
