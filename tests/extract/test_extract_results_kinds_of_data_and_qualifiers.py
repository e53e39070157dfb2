"""Result rules of the thirty-ninth session (kg.extract.results, kg.extract.head_types,
kg.extract.assemble): a value's qualifier in brackets before its place, a kind of data after "a"
that names no dataset, a method-typed name ending in one dataset's noun, a long name with its
short form bracketed after it, a name after "our", an average over several data, runs of values
each before its place. Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.assemble import paper_dataset
from kg.extract.head_types import retype_by_head
from kg.extract.results import find_results
from kg.records import Mention

from tests.extract.conftest import labels


def test_a_qualifier_in_brackets_leaves_the_value_its_place_after(make_doc):
    doc = make_doc("ZedNet reaches a Top-1 accuracy of 76.4% (pretrained) and 71.3% (not pretrained) on ZedDVS, "
                   "and 72.4% (not pretrained) on ZedCal.",
                   [("ZedNet", "Model"), ("Top-1 accuracy", "Metric"), ("ZedDVS", "Dataset"), ("ZedCal", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [
        ("ZedDVS", "76.4"), ("ZedDVS", "71.3"), ("ZedCal", "72.4")]


def test_a_tagged_name_in_brackets_is_no_qualifier(make_doc):
    doc = make_doc("ZedAttack reaches a 73% attack success rate (ASR) on RR and a 57% transfer ASR on ZedLat.",
                   [("attack success rate", "Metric"), ("ASR", "Metric"), ("RR", "Model"), ("ZedLat", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedLat", "73"), ("ZedLat", "57")]


def test_a_kind_of_data_after_a_names_no_place(make_doc):
    doc = make_doc("Experiments on a real-world AR dataset show that ZedPriv achieves an accuracy of 81.48%.",
                   [("AR dataset", "Dataset"), ("ZedPriv", "Model"), ("accuracy", "Metric")])
    assert find_results(doc) == []
    doc = make_doc("Further validation on a custom-curated DFU dataset shows ZedSeg reaching a DSC of 75%.",
                   [("DFU dataset", "Dataset"), ("ZedSeg", "Model"), ("DSC", "Metric")])
    assert find_results(doc) == []
    doc = make_doc("On a 300-persona life-simulation benchmark, ZedPol reaches a Spearman rho of 0.73.",
                   [("300-persona life-simulation benchmark", "Dataset"), ("ZedPol", "Model"), ("Spearman rho", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [(None, "0.73")]


def test_a_coined_or_known_name_after_a_is_a_place(make_doc):
    doc = make_doc("Experiments on a domain-shifted ZedMNIST dataset show that ZedCL achieves an accuracy of 88.66%.",
                   [("ZedMNIST dataset", "Dataset"), ("ZedCL", "Model"), ("accuracy", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedMNIST dataset", "88.66")]
    doc = make_doc("Experiments on a KITTI dataset show that ZedDet achieves an AP of 81.5%.",
                   [("KITTI dataset", "Dataset"), ("ZedDet", "Model"), ("AP", "Metric")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("KITTI dataset", "81.5")]


def test_a_method_named_as_one_dataset_is_a_dataset(make_doc):
    doc = make_doc("We present a full-page HDR dataset (FPHDR) and a real-world drone-view dataset, and the "
                   "Zed benchmarks.", [("full-page HDR dataset", "Model"), ("real-world drone-view dataset", "Method"),
                                       ("Zed benchmarks", "Method")])
    assert labels(retype_by_head(list(doc.ents), {})) == [
        ("full-page HDR dataset", "Dataset"), ("real-world drone-view dataset", "Method"), ("Zed benchmarks", "Method")]


def _dataset_mention(abstract: str, name: str) -> Mention:
    start = abstract.index(name)
    return Mention(name, "Dataset", "abstract", start, start + len(name), name)


def test_a_long_name_and_its_short_form_are_one_paper_dataset():
    abstract = ("In our proposed Code-Switching Speech-to-Speech Benchmark (ZS3-Bench), models drop by 66%. "
                "Our approach improves knowledge accuracy from 25.14% to 46.13%.")
    mentions = [_dataset_mention(abstract, "Code-Switching Speech-to-Speech Benchmark"),
                _dataset_mention(abstract, "ZS3-Bench")]
    assert paper_dataset(mentions, "Speech LLMs", abstract) == "ZS3-Bench"
    apart = abstract.replace("Benchmark (ZS3-Bench)", "Benchmark and ZS3-Bench")
    mentions = [_dataset_mention(apart, "Code-Switching Speech-to-Speech Benchmark"), _dataset_mention(apart, "ZS3-Bench")]
    assert paper_dataset(mentions, "Speech LLMs", apart) is None


def test_benchmarks_added_to_the_known_names_are_datasets(make_doc, blank_nlp):
    from kg.extract.components import KnownNamesComponent
    doc = KnownNamesComponent(blank_nlp)(make_doc("On Kodak, Tecnick and CLIC, ZedIC saves 18.06% BD-rate; "
                                                  "on SumMe and TVSum it reaches 57.58 F1.", [("SumMe", "Model")]))
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "Dataset"] == [
        ("Kodak", "Dataset"), ("Tecnick", "Dataset"), ("SumMe", "Dataset"), ("TVSum", "Dataset")]


def test_a_name_after_our_is_the_values_place(make_doc):
    doc = make_doc("ZedNet raises accuracy by 13.2% on the ZedCham dataset and 10.5% on our ZedRes-50K.",
                   [("ZedNet", "Model"), ("accuracy", "Metric"), ("ZedCham dataset", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedCham dataset", "13.2"), ("ZedRes-50K", "10.5")]


def test_an_average_over_several_data_takes_no_later_values_place(make_doc):
    ents = [("ZedDet", "Model"), ("F1 score", "Metric"), ("ZedFace", "Dataset")]
    doc = make_doc("Experiments on six benchmarks show that ZedDet achieves an average improvement of 28.36% in "
                   "F1 score, with up to 37.01% gain on ZedFace.", ents)
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedFace", "37.01")]
    doc = make_doc("ZedDet achieves an average improvement of 3.3% in F1 score and up to 2.5% on ZedFace.", ents)
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ZedFace", "3.3"), ("ZedFace", "2.5")]


def test_runs_of_values_each_before_its_place_keep_it_whatever_respectively_says(make_doc):
    doc = make_doc("ZedAD achieves image-level and pixel-level AUROC of 98.0% and 97.6% on the ZedMV dataset, and "
                   "93.3% and 98.3% on the ZedVisA dataset, respectively.",
                   [("ZedAD", "Model"), ("AUROC", "Metric"), ("ZedMV dataset", "Dataset"), ("ZedVisA dataset", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [
        ("ZedMV dataset", "98.0"), ("ZedMV dataset", "97.6"), ("ZedVisA dataset", "93.3"), ("ZedVisA dataset", "98.3")]


def test_a_version_glued_after_a_name_is_a_piece_of_it(make_doc):
    from kg.extract.joined_names import join_hyphenated
    doc = make_doc("On ZedChat, ZedTest-v2, and ZedBench we fine-tune ZedVA-v1.5.", [("ZedTest", "Dataset"), ("ZedVA", "Model")])
    assert [join_hyphenated(e).text for e in doc.ents] == ["ZedTest-v2", "ZedVA-v1.5"]
    doc = make_doc("A ZedNet-variant model.", [("ZedNet", "Model")])
    assert [join_hyphenated(e).text for e in doc.ents] == ["ZedNet"]


def test_a_source_and_a_described_kind_leave_the_named_paper_dataset():
    abstract = ("Posts were collected from ZedChat Official Accounts. Pairs in Chinese were written. The final "
                "ZedWeChat dataset holds 3,469 images. This study presents the first bilingual VQA benchmark.")
    names = ["ZedChat Official Accounts", "Chinese", "ZedWeChat dataset", "VQA benchmark"]
    assert paper_dataset([_dataset_mention(abstract, n) for n in names], "Eyes", abstract) == "ZedWeChat dataset"
    abstract = ("We evaluated four models on a curated brain tumor VQA benchmark derived from 3 Brain Tumor "
                "Segmentation (ZedBraTS) datasets.")
    names = ["VQA benchmark", "Brain Tumor Segmentation", "ZedBraTS"]
    assert paper_dataset([_dataset_mention(abstract, n) for n in names], "Tumors", abstract) == "ZedBraTS"
    abstract = "Posts were collected from ZedChat Official Accounts. The ZedWeChat and ZedEye datasets hold images."
    names = ["ZedChat Official Accounts", "ZedWeChat", "ZedEye datasets"]
    assert paper_dataset([_dataset_mention(abstract, n) for n in names], "Eyes", abstract) is None
    abstract = ("Models trained on datasets such as ZedMuS generalise. We present a new dataset derived from the "
                "ZedMMA corpus. Our model reaches a 6.7% CER.")
    names = ["ZedMuS", "ZedMMA corpus"]
    assert paper_dataset([_dataset_mention(abstract, n) for n in names], "Manuscripts", abstract) is None


def test_per_cent_written_apart_is_a_percentage_and_savings_a_cost(make_doc):
    doc = make_doc("ZedMoE achieves up to 16 per cent computational savings and delivers 2.8 per cent higher "
                   "accuracy on ZedReason.", [("ZedMoE", "Model"), ("accuracy", "Metric"), ("ZedReason", "Dataset")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [("ZedReason", "2.8", "delta")]
