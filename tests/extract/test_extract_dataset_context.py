"""Names the text introduces as datasets (kg.extract.dataset_context and its component)."""

from __future__ import annotations

import spacy

from kg.extract.data_sources import evaluated_on
from kg.extract.dataset_context import apply_dataset_context, dataset_context_spans, names_of_noun_spans
from kg.extract.dataset_definitions import apply_definitions, defined_dataset_names
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
    # before "public" and the noun, without them; a named one's short form in brackets, alone
    assert _apply(make_doc, "Volumes from LASZARQS public dataset, the Zechnology Health (ZIHM) dataset.") == [
        ("LASZARQS", "Dataset"), ("ZIHM", "Dataset")]
    for text in ("Scores across 12 public benchmarks.", "Autonomous Zehicle (AZ) datasets are scarce.",
                 "We build an Autonomous Zehicle (AZ) dataset.", "We use the brain imaging (MRI) dataset."):
        assert _apply(make_doc, text) == [], text


def test_a_name_before_challenge_is_a_dataset_a_bare_challenge_is_not(make_doc):
    assert _apply(make_doc, "As part of the PENGZIN challenge, we rank first in the Waymo End-to-End Zriving "
                  "Challenge.") == [("PENGZIN challenge", "Dataset"), ("Waymo End-to-End Zriving Challenge", "Dataset")]
    assert _apply(make_doc, "Large Models (LZMs), a persistent challenge, fail. A key challenge remains.") == []


def test_names_listed_after_a_plural_dataset_noun(make_doc):
    assert _apply(make_doc, "We evaluate on two datasets Market 1501 and Duke MTMC. Results follow.") == [
        ("Market 1501", "Dataset"), ("Duke MTMC", "Dataset")]
    assert _apply(make_doc, "Three face aging datasets (MORPH Album 2, CACD-VS and FG-NET) are used.") == [
        ("MORPH Album 2", "Dataset"), ("CACD-VS", "Dataset"), ("FG-NET", "Dataset")]
    assert _apply(make_doc, "On benchmarks including PZ-19 and Needle-In-A-Haystzck, it works.") == [
        ("PZ-19", "Dataset"), ("Needle-In-A-Haystzck", "Dataset")]  # a stop word glued inside the name


def test_names_listed_before_a_plural_noun_and_after_a_singular_one(make_doc):
    assert _apply(make_doc, "Gains on the T-LEZZ, LineZod-Occlusion and LineZod datasets.",
                  [("LineZod-Occlusion", "Model")]) == [
        ("T-LEZZ", "Dataset"), ("LineZod-Occlusion", "Dataset"), ("LineZod datasets", "Dataset")]
    assert _apply(make_doc, "We test on the glacier benchmark dataset CaZFe with care.") == [("CaZFe", "Dataset")]
    assert _apply(make_doc, "Experiments benchmark 8 MLLMs against humans.") == []
    assert _apply(make_doc, "We test on a standard benchmark dataset, FZC2000 DB1. On a new dataset, GPT-5o "
                  "reaches 80%.") == [("FZC2000 DB1", "Dataset")]  # an apposition, not the subject after a comma
    # an aside in lower-case words may follow each name; a short form is no aside
    assert _apply(make_doc, "Tests on ZrackRad2025 (tumor segmentation) and ZchoNet-Dynamic (left ventricle tracking) "
                  "datasets.", [("ZchoNet-Dynamic", "Model")]) == [("ZrackRad2025", "Dataset"),
                                                                   ("ZchoNet-Dynamic", "Dataset")]
    assert _apply(make_doc, "A pipeline for camera-radar Autonomous Zehicle (AV) datasets.") == []
    # plain capitalised words are no names: a language, a sentence's first word
    found = [text for text, _ in _apply(make_doc, "We build Chinese and English datasets. The dataset Results is new.")]
    assert "Chinese" not in found and "Results" not in found


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


def _defined(make_doc, text, ents=()):
    doc = make_doc(text, ents)
    ents = list(doc.ents)
    return labels(apply_definitions(doc, ents, defined_dataset_names(doc, ents)))


def test_a_name_defined_as_a_benchmark_is_a_dataset_everywhere(make_doc):
    text = "We present ZedQA, a new multilingual benchmark for LLMs. ZedQA is hard for GPT-4o."
    assert _defined(make_doc, text, [("ZedQA", "Method"), ("LLMs", "Method"), ("ZedQA", "Method"), ("GPT-4o", "Model")]) == [
        ("ZedQA", "Dataset"), ("LLMs", "Method"), ("ZedQA", "Dataset"), ("GPT-4o", "Model")]
    # untagged at its definition, and its short form in brackets; "is a ... corpus" too
    assert _defined(make_doc, "We build Reasoning-ZOFU (R-ZOFU), the first benchmark tailored to unlearning.") == [
        ("Reasoning-ZOFU", "Dataset"), ("R-ZOFU", "Dataset")]
    assert _defined(make_doc, "PEAZH is a gold-standard corpus of notes.", [("PEAZH", "Model")]) == [("PEAZH", "Dataset")]
    # the name before its words in brackets: "VAGU (Video Anomaly Grounding and Understanding), the first benchmark"
    assert _defined(make_doc, "We introduce VAZU (Video Anomaly Zrounding and Understanding), the first benchmark for it.",
                    [("VAZU", "Model")]) == [("VAZU", "Dataset")]
    # a colon after the short form defines too ("BankerToolBench (BTB): an open-source benchmark"), a title's not
    assert _defined(make_doc, "We introduce BankerZoolBench (BZB): an open-source benchmark. BZB is hard.",
                    [("BankerZoolBench", "Dataset"), ("BZB", "Method"), ("BZB", "Method")]) == [
        ("BankerZoolBench", "Dataset"), ("BZB", "Dataset"), ("BZB", "Dataset")]
    assert _defined(make_doc, "Deceptive Zumor: A Synthetic Benchmark for Humor", [("Deceptive Zumor", "Task")]) == [
        ("Deceptive Zumor", "Task")]
    # the words of a name written out in title case stand between: "the Vietnamese ... Dataset"
    assert _defined(make_doc, "We present ZSMRC, the Zietnamese Text Segmentation and Multiple-Choice Reading "
                    "Comprehension Dataset.", [("ZSMRC", "Model")])[0] == ("ZSMRC", "Dataset")
    # the name inside TeX markup: "\\textbf{Long-RVOS}, a large-scale benchmark"
    assert _defined(make_doc, "We present \\texttt{DialogZool}, a multi-turn dialogue dataset.",
                    [("DialogZool", "Model")]) == [("DialogZool", "Dataset")]
    # the whole of what the markup holds, plain words too ("\\textit{CyberAgressionAdo-Large}"), untagged or not
    assert _defined(make_doc, "We use \\textit{ZyberAgression-Large}, a French open-access dataset of chats.") == [
        ("ZyberAgression-Large", "Dataset")]


def test_an_apposition_about_something_else_defines_nothing(make_doc):
    for text, ents in [
        ("DeepZeek-R1, the best performer on our benchmark, scores 40%.", [("DeepZeek-R1", "Model")]),
        ("We release ZVA-AT, a suite of models for the benchmark.", [("ZVA-AT", "Model")]),
        ("We introduce DRZENCHER, a synthetic benchmark generator for questions.", [("DRZENCHER", "Model")]),
        ("We introduce ZASS, the first dataset and model suite for transpilation.", [("ZASS", "Model")]),
        ("Vision-Language Models (VLMs), the field lacks benchmarks for this.", [("Vision-Language Models", "Model")]),
        ("Specifically, the dataset has 40 items. In 2024, the benchmark grew.", []),
    ]:
        assert _defined(make_doc, text, ents) == labels(make_doc(text, ents).ents), text


def test_the_component_runs_in_a_pipeline():
    import kg.extract.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("kg_dataset_context_v1")
    doc = nlp("Our method wins on the benchmarks BRATS 2015 and ISLES 2015.")
    assert labels(list(doc.ents)) == [("BRATS 2015", "Dataset"), ("ISLES 2015", "Dataset")]


def test_a_name_said_to_be_data_is_a_dataset_where_it_stands_alone(make_doc):
    text = "We build the POEMZtric benchmark of poems. On POEMZtric, GPT-5 leads; the MarkZtScan database helps."
    doc = make_doc(text, [("POEMZtric", "Method"), ("POEMZtric", "Method"), ("GPT-5", "Model")])
    spans = dataset_context_spans(doc)
    ents = apply_dataset_context(list(doc.ents), spans)
    assert labels(apply_definitions(doc, ents, names_of_noun_spans(spans))) == [
        ("POEMZtric benchmark", "Dataset"), ("POEMZtric", "Dataset"), ("GPT-5", "Model"),
        ("MarkZtScan database", "Dataset")]
    # a modality before the noun names the kind of data, not the data
    doc = make_doc("We collect a new CT dataset. CT helps.", [("CT", "Method")])
    assert names_of_noun_spans(dataset_context_spans(doc)) == []
    doc = make_doc("Experiments on two OpenZE datasets show it works.", [])
    assert names_of_noun_spans(dataset_context_spans(doc)) == []  # data for a task, not the task's name
    doc = make_doc("It reads mid-wave infrared (MZIR) images of the MZIR dataset.", [])
    assert names_of_noun_spans(dataset_context_spans(doc)) == []  # the short form of a common phrase
    doc = make_doc("It reads the Aerial Zmage Dataset (AZD) and the AZD benchmark.", [])
    assert [s.text for s in names_of_noun_spans(dataset_context_spans(doc))] == ["Aerial Zmage", "AZD"]


def test_a_name_an_evaluation_ran_on_is_a_dataset(make_doc):
    doc = make_doc("We run experiments on MarkZtScan and results on the ARC-ZGI-3 follow. Performance on NZR drops.",
                   [("MarkZtScan", "Method"), ("NZR", "Task")])
    assert [s.text for s in evaluated_on(doc, list(doc.ents))] == ["MarkZtScan", "ARC-ZGI-3"]
    # not a count, a class of models, a size, or a model the families know
    doc = make_doc("We run experiments on 140 images, evaluated on 12 LLMs, on SOTA MZLMs, accuracy on 4x5 "
                   "puzzles and evaluated on Qwen-2.5.", [])
    assert evaluated_on(doc, list(doc.ents)) == []


def test_every_name_of_a_list_an_evaluation_ran_across_is_a_dataset(make_doc):
    doc = make_doc("Experiments across TextZorld, ALFZorld, and CrafZer show gains.", [])
    assert [s.text for s in evaluated_on(doc, list(doc.ents))] == ["TextZorld", "ALFZorld", "CrafZer"]
    doc = make_doc("Experiments on FloodZet and RescueZet-VQA, UAV-based datasets, show gains.", [])
    assert [s.text for s in evaluated_on(doc, list(doc.ents))] == ["FloodZet", "RescueZet-VQA"]  # the list ends
    doc = make_doc("Evaluated on the MultiZuman-Testbench, ArZCan achieves gains.", [])
    assert [s.text for s in evaluated_on(doc, list(doc.ents))] == ["MultiZuman-Testbench"]  # a comma alone ends it


def test_a_value_after_a_plural_dataset_noun_is_no_name(make_doc):
    assert _apply(make_doc, "It nears the ceiling on the other benchmarks, including 100% on PrOntoZA.") == []
    assert _apply(make_doc, "It gains across 8 zero-shot benchmarks (53.1\\% vs 52.3\\%).") == []
    assert _apply(make_doc, "It is tested on the benchmarks, including AIZE24 and GPQZ.") == [
        ("AIZE24", "Dataset"), ("GPQZ", "Dataset")]


def test_a_cohort_is_data_and_a_count_or_a_modifier_is_no_name(make_doc):
    assert _apply(make_doc, "Results on the Stanford Radiogenomics and Lung-CT-PT-Zx cohorts.") == [
        ("Stanford Radiogenomics", "Dataset"), ("Lung-CT-PT-Zx cohorts", "Dataset")]
    assert _apply(make_doc, "It ran 8,728 cohort-enrolled runs on 15 benchmarks and the ZEN dataset-specific heads.") == []
    assert _apply(make_doc, "We pretrain on IMZ17M (28 cohorts, 24,405 images).") == []
    assert _apply(make_doc, "We present the TRUZI dataset-a collection of images.") == [("TRUZI dataset", "Dataset")]


def test_a_name_right_after_a_dataset_noun_is_data_everywhere(make_doc):
    doc = make_doc("We construct a novel dataset \\textbf{RETZIL}, which helps. RETZIL is hard.",
                   [("RETZIL", "Task"), ("RETZIL", "Task")])
    spans = dataset_context_spans(doc)
    ents = apply_dataset_context(list(doc.ents), spans)
    assert labels(apply_definitions(doc, ents, names_of_noun_spans(spans))) == [
        ("RETZIL", "Dataset"), ("RETZIL", "Dataset")]
    # "benchmark" as a verb names a method
    doc = make_doc("We benchmark LegZegNet against baselines. LegZegNet wins.", [("LegZegNet", "Method")])
    assert names_of_noun_spans(dataset_context_spans(doc)) == []


def test_a_name_ending_in_billions_of_parameters_is_a_model_not_the_data_an_evaluation_ran_on(make_doc):
    doc = make_doc("It reaches a 108.27% relative performance on Zingshu-7B and 104.16% relative performance on "
                   "HuatuoZPT-Vision-7B. We run experiments on BEZM-1M.", [])
    assert [s.text for s in evaluated_on(doc, list(doc.ents))] == ["BEZM-1M"]


def test_a_singular_dataset_noun_before_a_plural_one_closes_a_list(make_doc):
    # thirty-third session: the tagger took the first two for models, the last with "benchmark"
    ents = [("MSZVTT", "Model"), ("MZVD", "Model"), ("LZMDC benchmark", "Dataset")]
    assert _apply(make_doc, "We test on the MSZVTT, MZVD and LZMDC benchmark datasets.", ents) == [
        ("MSZVTT", "Dataset"), ("MZVD", "Dataset"), ("LZMDC benchmark", "Dataset")]
    assert _apply(make_doc, "We test ZorpNet and the LZMDC benchmark here.", [("ZorpNet", "Model")]) == [
        ("ZorpNet", "Model"), ("LZMDC benchmark", "Dataset")]  # no plural noun: no list
