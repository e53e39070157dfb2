"""Result rules of the thirty-fifth session (kg.extract.results, kg.extract.own_data): where a sentence
opens with its place after a lead-in, bounds and effect sizes that are no scores, the benchmark a
paper introduces. Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.own_data import own_benchmark
from kg.extract.results import find_results


def test_a_place_opened_after_a_lead_in_holds_for_a_score_run_on_a_model(make_doc):
    doc = make_doc("For example, on the WikiZext2 dataset, DBZQuant achieves a perplexity of 14.39 on LLaMZ2-13B with "
                   "6-bit activations, significantly outperforming BiZLM's 21.35.",
                   [("WikiZext2 dataset", "Dataset"), ("DBZQuant", "Method"), ("perplexity", "Metric"),
                    ("LLaMZ2-13B", "Model"), ("BiZLM", "Model")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("DBZQuant", "WikiZext2 dataset", "14.39"), ("BiZLM", "WikiZext2 dataset", "21.35")]


def test_without_an_opening_place_a_score_on_a_model_stays_unplaced(make_doc):
    doc = make_doc("DBZQuant achieves a perplexity of 14.39 on LLaMZ2-13B and 12.1 on the WikiZext2 dataset.",
                   [("DBZQuant", "Method"), ("perplexity", "Metric"), ("LLaMZ2-13B", "Model"),
                    ("WikiZext2 dataset", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["12.1"]


def test_a_value_within_a_margin_is_a_bound_not_a_score(make_doc):
    doc = make_doc("For example, on the COZO-Stuff benchmark, our HZC reduces the MACs by 63%, while keeping the "
                   "loss of semantic fidelity within 1.5%.",
                   [("COZO-Stuff benchmark", "Dataset"), ("HZC", "Method"), ("MACs", "Metric"),
                    ("semantic fidelity", "Metric")])
    assert "1.5" not in [r.value for r in find_results(doc)]


def test_an_effect_size_in_tex_is_no_score(make_doc):
    doc = make_doc("On REZOM, BERTScore precision ranks the models (raw $|d|$ up to 0.63), but then collapses to "
                   "$|d| = 0.09$ and its validity is weak ($d \\approx 0.8$), while ZedScore reaches 0.91.",
                   [("REZOM", "Dataset"), ("BERTScore precision", "Metric"), ("ZedScore", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.91"]


def test_a_benchmark_introduced_with_its_long_form_in_brackets_is_the_papers_own():
    assert own_benchmark("A study", "We introduce SPZRC (Spatial Pathfinding Reasoning Challenge), a dataset of 1,000 "
                                    "puzzles.") == "SPZRC"
    assert own_benchmark("A study", "We introduce CliZE (Climate Change Multimodal Evaluation), a first-of-its-kind "
                                    "multimodal dataset of posts.") == "CliZE"


def test_a_tool_made_for_data_is_no_benchmark():
    assert own_benchmark("A study", "We introduce ROZR (Robust Object Removal), a scalable framework for "
                                    "privacy-preserving dataset obfuscation.") is None
    assert own_benchmark("A study", "We present EZHO, a framework for constructing benchmarks from evidence.") is None
    assert own_benchmark("A study", "We introduce L0-Zench, a language model benchmark for testing.") == "L0-Zench"
    assert own_benchmark("A study", "We propose VZAS-Bench, a new framework and benchmark for assistants.") == "VZAS-Bench"


def test_a_title_word_glued_to_a_hyphen_names_no_benchmark():
    assert own_benchmark("Insights Zenerator: Systematic Corpus-Level Trace Diagnostics for Agents", "") is None
    assert own_benchmark("Zed-Bench: Benchmarking Models for 4D Object Understanding", "") == "Zed-Bench"


def test_values_listed_with_their_measures_before_one_change_noun_are_all_changes(make_doc):
    doc = make_doc("On HQZeg, ZedSAM shows the average 2.9% mIoU and 3.8% mBIoU absolute improvements.",
                   [("HQZeg", "Dataset"), ("ZedSAM", "Method"), ("mIoU", "Metric"), ("mBIoU", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("2.9", "delta"), ("3.8", "delta")]
    doc = make_doc("On HQZeg, ZedNet achieves 71.2% accuracy and 5% improvement over ZNet.",
                   [("HQZeg", "Dataset"), ("ZedNet", "Method"), ("accuracy", "Metric"), ("ZNet", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("71.2", "absolute"), ("5", "delta")]


def test_it_also_goes_on_with_results_on_the_place_the_sentence_before_opened_with(make_doc):
    doc = make_doc("On the SZED-DV dataset, DynaZind sets a new state of the art. It also achieves a leap in quality "
                   "with a 9.4% SSIM improvement.", [("SZED-DV dataset", "Dataset"), ("DynaZind", "Method"),
                                                     ("SSIM", "Metric")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [("SZED-DV dataset", "9.4", "delta")]
    doc = make_doc("We test DynaZind on the SZED-DV dataset. It also achieves a leap in quality with a 9.4% SSIM "
                   "improvement.", [("DynaZind", "Method"), ("SZED-DV dataset", "Dataset"), ("SSIM", "Metric")])
    assert find_results(doc) == []


def test_a_length_cut_by_a_value_is_a_cost_not_a_score(make_doc):
    doc = make_doc("On mMZrco, ZGR improves retrieval accuracy by 6.83%, while reducing document identifier length by "
                   "74.51%.", [("mMZrco", "Dataset"), ("ZGR", "Method"), ("retrieval accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["6.83"]


def test_the_hardware_a_model_ran_on_is_no_place_for_its_score(make_doc):
    doc = make_doc("For instance, on Ascend NPUs, Zangu-32B's 81.6 average score exceeds Zwen3-32B's 80.9 average score.",
                   [("Zangu-32B", "Model"), ("average score", "Metric"), ("Zwen3-32B", "Model"),
                    ("average score", "Metric")])
    assert [r.dataset for r in find_results(doc)] == [None, None]
    doc = make_doc("For instance, on ZedBench-X, Zangu-32B's 81.6 average score exceeds Zwen3-32B's 80.9 average score.",
                   [("Zangu-32B", "Model"), ("average score", "Metric"), ("Zwen3-32B", "Model"),
                    ("average score", "Metric")])
    assert [r.dataset for r in find_results(doc)] == ["ZedBench-X", "ZedBench-X"]


def test_a_change_listed_after_on_average_and_even_is_still_a_change_of_the_method(make_doc):
    doc = make_doc("Remarkably, TR-ZCRL improves Zwen2.5-7B by 21.23% on average on MedZA and even 137.59% on AIZE2024.",
                   [("TR-ZCRL", "Method"), ("Zwen2.5-7B", "Model"), ("MedZA", "Dataset"), ("AIZE2024", "Dataset")])
    assert [(r.method, r.dataset, r.value, r.kind) for r in find_results(doc)] == [
        ("TR-ZCRL", "MedZA", "21.23", "delta"), ("TR-ZCRL", "AIZE2024", "137.59", "delta")]


def test_a_name_described_between_commas_before_its_verb_owns_the_score(make_doc):
    doc = make_doc("We find that Zwen2.5-VL-72B, an open-source MLLM, achieves 73.35% accuracy on VideoZds, outperforming "
                   "GPT-4z (66.82%).", [("Zwen2.5-VL-72B", "Model"), ("MLLM", "Method"), ("accuracy", "Metric"),
                                        ("VideoZds", "Dataset"), ("GPT-4z", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("Zwen2.5-VL-72B", "73.35"), ("GPT-4z", "66.82")]
    doc = make_doc("Evaluations reveal that O3-zini, a proprietary reasoning-focused model, achieves 37.93% precision on "
                   "BioZopR.", [("reasoning-focused model", "Method"), ("precision", "Metric"), ("BioZopR", "Dataset")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("O3-zini", "37.93")]


def test_the_group_a_method_ranks_among_owns_none_of_its_score(make_doc):
    doc = make_doc("Experiments show that SZ-LKF ranks first among all vision-based methods on KIZTI with 79.59% HOTA.",
                   [("SZ-LKF", "Method"), ("vision-based methods", "Method"), ("KIZTI", "Dataset"), ("HOTA", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("SZ-LKF", "79.59")]


def test_a_title_phrase_before_a_benchmark_subtitle_names_no_benchmark():
    assert own_benchmark("Beyond Zoodhart's Law: A Dynamic Benchmark for Evaluating Compliance", "") is None
    assert own_benchmark("Towards Zobust Agents: A Benchmark for Tool Use", "") is None
    assert own_benchmark("The Zool Decathlon: A Benchmark for Language Agents", "") == "The Zool Decathlon"


def test_values_after_two_datasets_joined_with_their_modifiers_are_nobodys(make_doc):
    doc = make_doc("World4Zrive achieves state-of-the-art performance on both the open-loop nuZcenes and closed-loop "
                   "NavZim benchmarks, demonstrating a 46.7% lower collision rate.",
                   [("World4Zrive", "Method"), ("nuZcenes", "Dataset"), ("NavZim benchmarks", "Dataset"),
                    ("collision rate", "Metric")])
    assert find_results(doc) == []
    doc = make_doc("World4Zrive achieves state-of-the-art performance on the closed-loop NavZim benchmark, "
                   "demonstrating a 46.7% lower collision rate.",
                   [("World4Zrive", "Method"), ("NavZim benchmark", "Dataset"), ("collision rate", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("NavZim benchmark", "46.7")]


def test_what_a_method_beats_by_a_margin_is_no_place_for_the_margin(make_doc):
    doc = make_doc("HypoZval achieves state-of-the-art performance, on average outperforming G-Zval by 11.86%.",
                   [("HypoZval", "Method"), ("G-Zval", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("HypoZval achieves state-of-the-art performance, on average outperforming others on G-Zval by 11.86%.",
                   [("HypoZval", "Method"), ("G-Zval", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("G-Zval", "11.86")]


def test_an_untagged_word_before_a_measure_qualifies_it_and_names_no_place(make_doc):
    doc = make_doc("Our approach outperforms the strong GPV-Zose baseline by 3.2% on 3D IoU on the REAL2Z5 benchmark.",
                   [("GPV-Zose baseline", "Model"), ("IoU", "Metric"), ("REAL2Z5 benchmark", "Dataset")])
    assert [(r.dataset, r.metric, r.value) for r in find_results(doc)] == [("REAL2Z5 benchmark", "IoU", "3.2")]


def test_a_lower_cost_and_a_budget_are_no_scores(make_doc):
    doc = make_doc("Sparse Zorcing improves the VBench score by +0.26 over Self-Zorcing while delivering a 42% lower peak "
                   "KV-cache footprint.", [("Sparse Zorcing", "Method"), ("VBench", "Dataset"), ("Self-Zorcing", "Method")])
    assert [r.value for r in find_results(doc)] == ["0.26"]
    doc = make_doc("TGV-ZV reaches 61.2% accuracy on the VizZiz-VQA task with an extreme retention budget of 5%.",
                   [("TGV-ZV", "Method"), ("accuracy", "Metric"), ("VizZiz-VQA task", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["61.2"]
    doc = make_doc("On ZedB, ZNet achieves 12% lower error rate than ZOld.",
                   [("ZedB", "Dataset"), ("ZNet", "Method"), ("error rate", "Metric"), ("ZOld", "Method")])
    assert [r.value for r in find_results(doc)] == ["12"]
