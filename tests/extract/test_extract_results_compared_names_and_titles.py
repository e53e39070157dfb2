"""Result rules of the thirty-seventh session (kg.extract.results, kg.extract.assemble): names a score
is compared against, a listed item's bracketed short form, measures after "in", what a gain is made
to, and titles. Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def test_a_name_compared_against_is_no_place(make_doc):
    doc = make_doc("ZedCache achieves PSNR 37.46 dB (+5.38 dB over ZedMeanCache).",
                   [("ZedCache", "Model"), ("PSNR", "Metric"), ("ZedMeanCache", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "37.46")]
    doc = make_doc("Experiments on the ZedNYU benchmark demonstrate consistent improvements over ZedScene without "
                   "extra cost: ZedAgg achieves 27.25% mIoU (+0.31).",
                   [("ZedNYU benchmark", "Dataset"), ("ZedScene", "Dataset"), ("ZedAgg", "Method"), ("mIoU", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedNYU benchmark", "27.25"), ("ZedNYU benchmark", "0.31")]


def test_a_known_benchmark_or_a_name_qualifying_the_baseline_is_still_the_place(make_doc):
    doc = make_doc("ZedSteer achieves a 5.7% improvement over TruthfulQA.",
                   [("ZedSteer", "Method"), ("TruthfulQA", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("TruthfulQA", "5.7")]
    doc = make_doc("The ensemble reached AUC = 0.79, outperforming the ZedChallenge winners.",
                   [("AUC", "Metric"), ("ZedChallenge", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedChallenge", "0.79")]


def test_a_listed_item_with_its_short_form_in_brackets_is_listed_by_it(make_doc):
    doc = make_doc("ZedNet achieves Dice scores of 86.49%, 92.56%, 93.37%, and 92.98% on the Zynapse, ZCDC, "
                   "Zvasir, and Skin Lesion Segmentation (ZSIC2017) datasets, respectively.",
                   [("ZedNet", "Model"), ("Dice scores", "Metric"), ("ZCDC", "Dataset"),
                    ("Skin Lesion Segmentation", "Task"), ("ZSIC2017", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [
        ("Zynapse", "86.49"), ("ZCDC", "92.56"), ("Zvasir", "93.37"), ("ZSIC2017", "92.98")]


def test_a_name_after_a_values_in_is_its_measure_not_the_next_values_owner(make_doc):
    doc = make_doc("Experiments on ZedLane demonstrate that our approach improves both metrics, achieving +3.1 in "
                   "ZDET, +5.3 in ZTOP, and an overall +4.4 in ZOLS.",
                   [("ZedLane", "Dataset"), ("ZDET", "Model"), ("ZTOP", "Model"), ("ZOLS", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [(None, "3.1"), (None, "5.3"), (None, "4.4")]


def test_a_gain_made_to_a_modified_name_is_its_subjects(make_doc):
    doc = make_doc("On ZedQA, ZedRefine improves a matched ZedGPT baseline by 5.8 points.",
                   [("ZedQA", "Dataset"), ("ZedRefine", "Method"), ("ZedGPT", "Model")])
    assert [(r.method, r.value, r.kind) for r in find_results(doc)] == [("ZedRefine", "5.8", "delta")]
    doc = make_doc("On ZedQA, ZedRefine and a matched ZedGPT baseline differ by 5.8 points.",
                   [("ZedQA", "Dataset"), ("ZedRefine", "Method"), ("ZedGPT", "Model")])
    assert [r.method for r in find_results(doc)] == ["ZedGPT"]


def _record(packaged_nlp, title: str, abstract: str):
    from kg.extract.assemble import paper_record
    from kg.ingest import Paper
    return paper_record(Paper(id="p", title=title, abstract=abstract), packaged_nlp(title), packaged_nlp(abstract))


def test_a_title_states_no_bare_score(packaged_nlp):
    record = _record(packaged_nlp, "When Is 0.1% Enough? Compressing Text Embeddings",
                     "We compress text embeddings from four MTEB task families. On MTEB, ZedPress reaches 91.2% accuracy.")
    assert [(r.dataset, r.value) for r in record.results] == [("MTEB", "91.2")]
    record = _record(packaged_nlp, "ZedBLiMP 1.0: A Massively Multilingual Benchmark of Minimal Pairs",
                     "We introduce ZedBLiMP, a benchmark of minimal pairs. ZedLM reaches 91.2% accuracy on ZedBLiMP.")
    assert [(r.dataset, r.value) for r in record.results] == [("ZedBLiMP", "91.2")]


def test_todays_benchmarks_and_measures_are_known(packaged_nlp):
    doc = packaged_nlp("On Occ3D-nuScenes, ZedOcc reaches 39.1 mIoU, and the model scores PLCC = 0.93 on ZedIQA.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Occ3D-nuScenes") == "Dataset" and labels.get("PLCC") == "Metric"


def test_a_data_size_in_terabytes_is_no_score(make_doc):
    doc = make_doc("ZedBase combines a 5.2 TB curated ZedWeb corpus with code.", [("ZedBase", "Model"), ("ZedWeb", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedBase combines a 5.2 F1 curated ZedWeb corpus with code.", [("ZedBase", "Model"), ("ZedWeb", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["5.2"]


def test_values_after_a_respectively_are_no_items_of_its_list(make_doc):
    doc = make_doc("Experiments on ZedA, ZedB, ZedC, and ZedD demonstrate that ZedTake outperforms existing methods "
                   "by 2.3% and 2.8% for 7B and 72B models, respectively, with even greater improvements of 5.9% "
                   "and 6.0% on the longest ZedD.",
                   [("ZedA", "Dataset"), ("ZedB", "Dataset"), ("ZedC", "Dataset"), ("ZedD", "Dataset"),
                    ("ZedTake", "Method"), ("ZedD", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedD", "5.9"), ("ZedD", "6.0")]


def test_a_degradation_of_up_to_a_value_is_a_change(make_doc):
    doc = make_doc("ZedQuad achieves 71.13% accuracy on ZedSLURP, with only minor degradations of up to 5.56% "
                   "compared to state-of-the-art models.",
                   [("ZedQuad", "Model"), ("accuracy", "Metric"), ("ZedSLURP", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("71.13", "absolute"), ("5.56", "delta")]


def test_spearmans_rho_is_a_known_measure(packaged_nlp):
    doc = packaged_nlp("ZedLM achieves a Spearman's rho of 0.76 and Kendall's tau of 0.53 on the ZedBERT benchmark.")
    assert [(r.metric, r.value) for r in find_results(doc)] == [("Spearman's rho", "0.76"), ("Kendall's tau", "0.53")]


def test_power_and_energy_are_no_scores(make_doc):
    doc = make_doc("ZedGate classifies ZedDigits with 97% accuracy at a power consumption of 83.88 mW.",
                   [("ZedGate", "Method"), ("ZedDigits", "Dataset"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["97"]
    doc = make_doc("ZedYOLO achieves mAP of 78.8% and an energy consumption of 2.98 mJ on ZedURPC.",
                   [("ZedYOLO", "Model"), ("mAP", "Metric"), ("ZedURPC", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["78.8"]


def test_the_operating_point_an_error_is_read_at_is_no_score(make_doc):
    doc = make_doc("Searches of the ZedBase database yield an FNIR of 0.3% at an FPIR of 0.5% for adults.",
                   [("ZedBase database", "Dataset"), ("FNIR", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.3"]


def test_a_phrase_capitalised_only_for_its_modality_names_no_data(make_doc):
    doc = make_doc("ZedLift detects exercises with 76.5% accuracy, using only RGB video.",
                   [("ZedLift", "Method"), ("accuracy", "Metric"), ("RGB video", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "76.5")]
    doc = make_doc("ZedLift detects exercises with 76.5% accuracy on RGB datasets.",
                   [("ZedLift", "Method"), ("accuracy", "Metric"), ("RGB datasets", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("RGB datasets", "76.5")]


def test_a_coined_name_before_a_split_of_data_is_data(blank_nlp):
    from kg.extract.dataset_context import dataset_context_spans
    doc = blank_nlp("ZedNet reaches 91.2% on the ZedAPTOS test split and 30.1 dB on the REDZ validation set.")
    assert [(s.text, s.label_) for s in dataset_context_spans(doc)] == [("ZedAPTOS", "Dataset"), ("REDZ", "Dataset")]
    doc = blank_nlp("Scalez: Compute Efficient Evaluation Subset Selection, tested on 512 validation sets.")
    assert dataset_context_spans(doc) == []


def test_the_model_a_verb_improves_before_its_measure_owns_the_old_value(make_doc):
    doc = make_doc("This improves ZedQwen-4B exact match from 31.37% to 74.27% on ZedStage.",
                   [("ZedQwen-4B", "Model"), ("exact match", "Metric"), ("ZedStage", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZedQwen-4B", "31.37"), (None, "74.27")]


def test_a_masked_autoencoder_written_with_a_prefix_is_no_error_measure(packaged_nlp):
    doc = packaged_nlp("ZedPQ outperforms the baseline (Point-MAE) by 6.5% on ZedObjectNN, with an MAE of 0.31.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Point-MAE") != "Metric" and labels.get("MAE") == "Metric"


def test_a_measure_written_with_a_subscript_is_no_place(make_doc):
    doc = make_doc("ZedR1 surpasses the baseline by 20.9% on m_IoU on the ZedVG-v2 benchmark.",
                   [("ZedR1", "Method"), ("ZedVG-v2 benchmark", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedVG-v2 benchmark", "20.9")]


def test_a_speed_increase_is_a_cost(make_doc):
    doc = make_doc("On ZedNet, ZedPrune achieves a 28% speed increase with a +1.4 top-1 accuracy improvement.",
                   [("ZedNet", "Dataset"), ("ZedPrune", "Method"), ("speed", "Metric"), ("top-1 accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["1.4"]
