"""Result rules of the thirty-eighth session (kg.extract.results, kg.extract.assemble): values
written joined to their unit or opened by TeX, and names that are no place (compared to, only
initialised from, a kind of data counted). Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def test_points_joined_to_a_value_before_a_change_noun_are_a_change(make_doc):
    doc = make_doc("ZedPO achieves up to a 3.27-point improvement on ZedEval.",
                   [("ZedPO", "Model"), ("ZedEval", "Dataset")])
    assert [(r.method, r.dataset, r.value, r.kind) for r in find_results(doc)] == [
        ("ZedPO", "ZedEval", "3.27", "delta")]
    doc = make_doc("On ZedQA, ZedJudge gains 14.0 points -- an absolute 14.0-percentage-point gain.",
                   [("ZedQA", "Dataset"), ("ZedJudge", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)][-1:] == [("14.0", "delta")]


def test_points_joined_to_a_value_before_a_scale_or_a_gap_are_no_result(make_doc):
    doc = make_doc("Raters used a 10.5-point scale on ZedEval.", [("ZedEval", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedNet reaches 60.5% on ZedEval, a 29.0-point gap between open and closed models.",
                   [("ZedNet", "Model"), ("ZedEval", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["60.5"]


def test_a_change_whose_value_opens_with_tex_is_still_a_change(make_doc):
    doc = make_doc(r"We show clear increases of $3.51\%$ and $6.21\%$ AUC on the ZedDF and ZedDFP datasets, "
                   "respectively.", [("AUC", "Metric"), ("ZedDF", "Dataset"), ("ZedDFP datasets", "Dataset")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [
        ("ZedDF", "3.51", "delta"), ("ZedDFP datasets", "6.21", "delta")]


def test_a_name_compared_to_is_no_place(make_doc):
    doc = make_doc("It achieves savings of up to 57.57% on DISTS compared to ZedILLM on the ZedKodak dataset.",
                   [("DISTS", "Metric"), ("ZedILLM", "Dataset"), ("ZedKodak dataset", "Dataset")])
    assert [r.dataset for r in find_results(doc)] == ["ZedKodak dataset"]


def test_data_a_model_was_only_initialised_from_is_no_place(make_doc, packaged_nlp):
    doc = make_doc("ZedNet reaches an F1-score of 98.21%, an improvement over ZedImageNet only initialization.",
                   [("ZedNet", "Model"), ("F1-score", "Metric"), ("ZedImageNet", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "98.21")]
    from kg.extract.assemble import paper_record
    from kg.ingest import Paper
    abstract = ("We classify 2,640 eye images. EfficientNet-V2-S with SSL achieved an F1-score of 98.21%, a "
                "substantial improvement over ImageNet only initialization (94.63% F1).")
    record = paper_record(Paper(id="p", title="Eyes", abstract=abstract), packaged_nlp("Eyes"),
                          packaged_nlp(abstract))
    assert [r.dataset for r in record.results] == []


def test_a_kind_of_data_counted_is_no_place(make_doc):
    doc = make_doc("Experiments on five medical QA benchmarks show that ZedRAG reaches 12.5% accuracy.",
                   [("QA benchmarks", "Dataset"), ("ZedRAG", "Model"), ("accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == []  # over the five: not the paper's one either
    doc = make_doc("Experiments on three tool-integrated EO benchmarks show an average gain of 12% for ZedEvolver.",
                   [("EO benchmarks", "Dataset"), ("ZedEvolver", "Model")])
    assert [r.dataset for r in find_results(doc)] == []
    doc = make_doc("ZedRAG reaches 12.5% accuracy on the public ZedMed benchmarks.",
                   [("ZedMed benchmarks", "Dataset"), ("ZedRAG", "Model"), ("accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedMed benchmarks", "12.5")]


def test_cocos_averaged_map_written_every_way_is_a_measure(packaged_nlp):
    for measure in ("mAP@0.5:0.95", "mAP50:95", "mAP@50:95"):
        doc = packaged_nlp(f"On the ZedSAR dataset, our model achieves a {measure} of 76.4% and a mAP50 of 93.8%.")
        assert [(r.metric, r.value) for r in find_results(doc)] == [(measure, "76.4"), ("mAP50", "93.8")]


def test_a_measures_level_passed_is_a_bound_not_a_score(make_doc):
    doc = make_doc(r"ZedBench remains far from saturated, with no system exceeding a score of $19\%$ across all metrics.",
                   [("ZedBench", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedSea is the first to surpass a Dice coefficient of 90% on the ZedProstate dataset.",
                   [("ZedSea", "Method"), ("Dice coefficient", "Metric"), ("ZedProstate dataset", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedNet achieved 87.5% accuracy on ZedQA, exceeding a human reference of 62.3%.",
                   [("ZedNet", "Model"), ("accuracy", "Metric"), ("ZedQA", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["87.5", "62.3"]


def test_a_value_measured_on_unnamed_data_takes_no_siblings_place(make_doc):
    doc = make_doc("ZedRender achieves 99.1% mAP@50 on a public robotics dataset, 98.3% mAP@50 on an automotive "
                   "benchmark, and 95.3% mAP@50 on ZedIRIS.",
                   [("ZedRender", "Method"), ("ZedIRIS", "Dataset")]
                   + [("mAP@50", "Metric")] * 3)
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedIRIS", "95.3")]


def test_video_segmentations_j_and_f_is_a_measure(packaged_nlp):
    for measure in ("J&F", "J\\&F"):
        doc = packaged_nlp(f"ZedVOS achieves improvements of up to +11.6 {measure} on MeViS and reaches 47.3% {measure} "
                           "on ReVOS.")
        assert [(r.metric, r.value) for r in find_results(doc)] == [(measure, "11.6"), (measure, "47.3")]


def test_a_change_of_a_measure_of_several_words_is_a_change(make_doc):
    doc = make_doc("ZedNet leads to improvements of average root mean square errors up to 22.94% on ZedDFC.",
                   [("ZedNet", "Model"), ("average root mean square errors", "Metric"), ("ZedDFC", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("22.94", "delta")]
    doc = make_doc("The reduction of the model reaches an accuracy of 95% on ZedQA.",
                   [("accuracy", "Metric"), ("ZedQA", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("95", "absolute")]


def test_a_name_given_as_our_method_owns_the_unowned_scores(packaged_nlp):
    from kg.extract.assemble import paper_record
    from kg.ingest import Paper
    title = "You Only Pose Once: A Minimalist's Detection Transformer"
    abstract = ("Can detection and pose estimation be unified? We show that they can with our method, ZedPO, a "
                "single-stage, query-based framework. On the ZedREAL dataset, it achieves 79.6% accuracy.")
    record = paper_record(Paper(id="p", title=title, abstract=abstract), packaged_nlp(title), packaged_nlp(abstract))
    assert [(r.method, r.value) for r in record.results] == [("ZedPO", "79.6")]


def test_a_measure_a_model_owns_past_its_modifiers_starts_at_the_models_value(make_doc):
    doc = make_doc("Our framework improves ZedGPT's zero-shot accuracy from 0.394 to 0.601 on ZedPrivacyQA and from "
                   "0.352 to 0.464 on ZedPolicyQA.", [("ZedGPT", "Model"), ("accuracy", "Metric"),
                                                      ("ZedPrivacyQA", "Dataset"), ("ZedPolicyQA", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [
        ("ZedGPT", "0.394"), (None, "0.601"), ("ZedGPT", "0.352"), (None, "0.464")]


def test_robustness_claimed_is_no_measure_of_a_value(make_doc):
    doc = make_doc("Experiments on the ZedURPC dataset validate the model's robustness, showing a 4.1% increase in "
                   "mAP@0.5 compared to ZedYOLO.", [("ZedURPC dataset", "Dataset"), ("robustness", "Metric"),
                                                    ("mAP@0.5", "Metric"), ("ZedYOLO", "Model")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [("mAP@0.5", "4.1")]


def test_a_level_the_text_says_was_not_reached_is_a_bound(make_doc):
    doc = make_doc("Even the top agents fail to achieve 15% on ZALES, while ZedAgent reaches 31.2% on ZALES.",
                   [("ZALES", "Dataset"), ("ZedAgent", "Method")])
    assert [r.value for r in find_results(doc)] == ["31.2"]
