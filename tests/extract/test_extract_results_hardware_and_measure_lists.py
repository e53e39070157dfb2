"""Result rules of the thirty-sixth session (kg.extract.results, kg.extract.assemble): hardware the
NER took for data, measures listed far before their values. Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.assemble import paper_dataset
from kg.extract.results import find_results
from kg.records import Mention


def test_a_maker_named_before_its_processor_places_no_score(make_doc):
    doc = make_doc("We ran the circuits on IBZ's Heron r2 quantum processor, achieving 96.08% classification "
                   "accuracy.", [("IBZ", "Dataset"), ("classification accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "96.08")]


def test_a_host_named_before_its_gpus_places_no_score(make_doc):
    doc = make_doc("Evaluated on Kazzle T4 GPUs, the method achieved 92% Success@10.",
                   [("Kazzle", "Dataset"), ("Success@10", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "92")]
    doc = make_doc("Evaluated on Kazzle images, the method achieved 92% Success@10.",
                   [("Kazzle", "Dataset"), ("Success@10", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("Kazzle", "92")]


def test_hardware_is_not_the_papers_second_dataset():
    abstract = "We classify ZNIST digits on IBZ's Heron r2 quantum processor."
    ztnist = Mention("ZNIST", "Dataset", "abstract", 12, 17, "ZNIST")
    ibz = Mention("IBZ", "Dataset", "abstract", 28, 31, "IBZ")
    assert abstract[12:17] == "ZNIST" and abstract[28:31] == "IBZ"
    assert paper_dataset([ztnist, ibz], "A study", abstract) == "ZNIST"


def test_measures_listed_before_their_values_pair_in_order_when_the_values_say_respectively(make_doc):
    doc = make_doc("On the UAVZark135 benchmark, its precision, normalized precision and AUC surpass "
                   "state-of-the-art (SOTA) methods by 5.9%, 5.4% and 4.2% respectively.",
                   [("UAVZark135 benchmark", "Dataset"), ("precision", "Metric"),
                    ("normalized precision", "Metric"), ("AUC", "Metric")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [
        ("precision", "5.9"), ("normalized precision", "5.4"), ("AUC", "4.2")]


def test_an_accelerator_by_its_model_name_places_no_score(make_doc):
    doc = make_doc("ZedGuard keeps a 90% refusal accuracy and adds 15 ms latency on V100 instances.",
                   [("ZedGuard", "Method"), ("refusal accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "90")]
    doc = make_doc("ZedGuard keeps a 90% refusal accuracy and adds 15 ms latency on VZ100 instances.",
                   [("ZedGuard", "Method"), ("refusal accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("VZ100", "90")]


def test_a_speedup_after_a_compound_of_several_hyphens_is_a_cost(make_doc):
    doc = make_doc("ZedAttention delivers a 46% end-to-end speedup on ZedBench.",
                   [("ZedAttention", "Method"), ("ZedBench", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("ZedAttention delivers a 46% end-to-end accuracy on ZedBench.",
                   [("ZedAttention", "Method"), ("ZedBench", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["46"]


def test_a_utilization_cut_is_a_cost(make_doc):
    doc = make_doc("ZedNet reduces GPU utilization by 30% on ZedBench.", [("ZedNet", "Method"), ("ZedBench", "Dataset")])
    assert find_results(doc) == []


def test_a_dataset_cut_through_a_bracket_places_nothing(make_doc):
    doc = make_doc("Hybrid models lower CPU load (9.5% vs. 23.2% on average).These results hold.",
                   [("average).These", "Dataset")])
    assert [r.dataset for r in find_results(doc)] == [None, None]


def test_a_baselines_score_takes_the_name_written_before_it_or_after_by(make_doc):
    doc = make_doc("ZedModel reaches 4.712 on Eval-Z00 (vs. Zemini-3-Pro 4.706, ZPT-4.1 4.220).",
                   [("ZedModel", "Model"), ("Eval-Z00", "Dataset"), ("Zemini-3-Pro", "Model"), ("ZPT-4.1", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [
        ("ZedModel", "4.712"), ("Zemini-3-Pro", "4.706"), ("ZPT-4.1", "4.220")]
    doc = make_doc("Our model achieves 93.5% accuracy on the ZaLM benchmark, compared to 55.4% by OpenZI z3.",
                   [("accuracy", "Metric"), ("ZaLM benchmark", "Dataset"), ("z3", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [(None, "93.5"), ("z3", "55.4")]


def test_a_change_named_after_a_hyphenated_measure_is_a_change(make_doc):
    doc = make_doc("Retrieval gives a 9.87% macro-F1 improvement on Zwitter Sarcasm.",
                   [("macro-F1", "Metric"), ("Zwitter Sarcasm", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("9.87", "delta")]


def test_a_score_in_the_bracket_of_random_baselines_is_chance(make_doc):
    doc = make_doc("On the Zorr2Cause benchmark, LLMs such as ZPT-4 (F1 score: 29.08) only marginally outperform random "
                   "baselines (Random Uniform, F1 score: 20.38).",
                   [("Zorr2Cause benchmark", "Dataset"), ("ZPT-4", "Model"), ("F1 score", "Metric"),
                    ("F1 score", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZPT-4", "29.08")]


def test_a_measure_written_after_a_later_value_on_another_dataset_is_that_values(make_doc):
    doc = make_doc("Zynin-Omni achieves 87.6 on ZSM8K, 0.87 on ZenEval, and 2.1 WER on ZibriSpeech.",
                   [("Zynin-Omni", "Model"), ("ZSM8K", "Dataset"), ("ZenEval", "Dataset"), ("WER", "Metric"),
                    ("ZibriSpeech", "Dataset")])
    assert [(r.dataset, r.metric, r.value) for r in find_results(doc)] == [
        ("ZSM8K", None, "87.6"), ("ZenEval", None, "0.87"), ("ZibriSpeech", "WER", "2.1")]
    doc = make_doc("Zynin-Omni achieves 87.6 and 2.1 WER on ZSM8K and ZibriSpeech, respectively.",
                   [("Zynin-Omni", "Model"), ("WER", "Metric"), ("ZSM8K", "Dataset"), ("ZibriSpeech", "Dataset")])
    assert [(r.dataset, r.metric, r.value) for r in find_results(doc)] == [
        ("ZSM8K", "WER", "87.6"), ("ZibriSpeech", "WER", "2.1")]


def test_a_standard_deviation_is_no_score(make_doc):
    doc = make_doc("Teachers rate Zistral 7B (M = 4.10, SD = 1.03) above Zlaude on ZonvoLearn.",
                   [("Zistral 7B", "Model"), ("Zlaude", "Model"), ("ZonvoLearn", "Dataset")])
    assert "1.03" not in [r.value for r in find_results(doc)]


def test_a_change_by_a_top_k_measure_is_a_change(make_doc):
    doc = make_doc("We improve the baseline by Top-1 2.9% on ZTCC and 5.0% on ZRCC.", [("ZTCC", "Dataset"), ("ZRCC", "Dataset")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [("ZTCC", "2.9", "delta"), ("ZRCC", "5.0", "delta")]


def test_a_relative_change_bracketed_after_a_score_leaves_it_its_measure_and_place(make_doc):
    doc = make_doc("ZedSeg achieves 52.5 (+6.8 relative) mIoU on Zascal Context, 67.73 (+25.73 relative) cIoU on ZefCOCO, "
                   "and 67.4 (+1.1 relative to fine-tuned methods) mIoU on ZranDf.",
                   [("ZedSeg", "Method"), ("mIoU", "Metric"), ("Zascal Context", "Dataset"), ("cIoU", "Metric"),
                    ("ZefCOCO", "Dataset"), ("mIoU", "Metric"), ("ZranDf", "Dataset")])
    assert [(r.dataset, r.metric, r.value, r.kind) for r in find_results(doc)] == [
        ("Zascal Context", "mIoU", "52.5", "absolute"), ("Zascal Context", "mIoU", "6.8", "delta"),
        ("ZefCOCO", "cIoU", "67.73", "absolute"), ("ZefCOCO", "cIoU", "25.73", "delta"),
        ("ZranDf", "mIoU", "67.4", "absolute"), ("ZranDf", "mIoU", "1.1", "delta")]


def test_standard_deviations_averaging_a_value_are_no_score(make_doc):
    doc = make_doc("On ZritingBench, models range widely across genres, with standard deviations averaging 10.1% accuracy.",
                   [("ZritingBench", "Dataset"), ("accuracy", "Metric")])
    assert find_results(doc) == []


def test_the_shares_of_a_data_split_are_no_scores(make_doc):
    doc = make_doc("The system uses 617 MRIs from the ZHAIMELEON challenge (split into 70% training, 10% validation, "
                   "and 20% testing).", [("ZHAIMELEON challenge", "Dataset")])
    assert find_results(doc) == []


def test_an_acceleration_is_a_cost(make_doc):
    doc = make_doc("On ZmageNet, MDP delivers an additional 37% acceleration with a +0.7 Top-1 accuracy improvement.",
                   [("ZmageNet", "Dataset"), ("MDP", "Method"), ("Top-1 accuracy", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("0.7", "delta")]


def test_a_hyphenated_random_guess_baseline_is_chance(make_doc):
    doc = make_doc("On ZedHerb, ZedVid reaches 41.5% accuracy, above the 20% random-guess baseline.",
                   [("ZedHerb", "Dataset"), ("ZedVid", "Model"), ("accuracy", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZedVid", "41.5")]


def test_a_top_share_of_samples_is_no_score(make_doc):
    doc = make_doc("ZedOIF achieves 91.1% accuracy in the top 1% prediction samples on ZedCIFAR.",
                   [("ZedOIF", "Model"), ("accuracy", "Metric"), ("ZedCIFAR", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZedOIF", "91.1")]


def test_a_whole_number_continuing_a_list_of_placed_scores_is_a_score(make_doc):
    doc = make_doc("ZedGen achieves FVD scores of 545 on ZedUCF and 539 on ZedMSR, trained on 700 videos.",
                   [("ZedGen", "Model"), ("FVD", "Metric"), ("ZedUCF", "Dataset"), ("ZedMSR", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedUCF", "545"), ("ZedMSR", "539")]
    doc = make_doc("ZedGen achieves an FVD of 545 on ZedUCF and 539 videos on ZedMSR.",
                   [("ZedGen", "Model"), ("FVD", "Metric"), ("ZedUCF", "Dataset"), ("ZedMSR", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedUCF", "545")]


def test_validity_and_similarity_end_an_untagged_measure(make_doc):
    doc = make_doc("On ZedGQL, a fine-tuned model reaches 45.1% EX, and 90.8% grammatical validity.",
                   [("ZedGQL", "Dataset"), ("EX", "Metric")])
    assert [(r.value, r.metric) for r in find_results(doc)] == [("45.1", "EX"), ("90.8", "grammatical validity")]
    doc = make_doc("ZedSeg attains strong results on ZedLVIS, achieving a semantic similarity of 89.7 and a semantic "
                   "IoU of 82.4.", [("ZedSeg", "Model"), ("ZedLVIS", "Dataset"), ("semantic IoU", "Metric")])
    assert [(r.value, r.metric) for r in find_results(doc)] == [("89.7", "semantic similarity"), ("82.4", "semantic IoU")]
