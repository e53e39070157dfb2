"""Result tuples read off sentences (kg.extract.results)."""

from __future__ import annotations

from kg.extract.result_values import find_values
from kg.extract.results import find_results


def _tuples(doc):
    return [(r.method, r.dataset, r.metric, r.value, r.unit) for r in find_results(doc)]


def test_percent_score_with_metric_and_dataset(make_doc):
    doc = make_doc("Our FRRN achieves 71.8% mIoU on Cityscapes.",
                   [("FRRN", "Model"), ("mIoU", "Metric"), ("Cityscapes", "Dataset")])
    assert _tuples(doc) == [("FRRN", "Cityscapes", "mIoU", "71.8", "%")]


def test_score_before_metric_and_dataset_with_year(make_doc):
    doc = make_doc("The Transformer reaches 28.4 BLEU on WMT 2014 English-to-German.",
                   [("Transformer", "Method"), ("BLEU", "Metric"), ("WMT 2014 English-to-German", "Dataset")])
    assert _tuples(doc) == [("Transformer", "WMT 2014 English-to-German", "BLEU", "28.4", "")]


def test_improvement_is_kept_as_points(make_doc):
    doc = make_doc("It improves BLEU by 1.1 over the baseline on WMT14.", [("BLEU", "Metric"), ("WMT14", "Dataset")])
    assert _tuples(doc) == [(None, "WMT14", "BLEU", "1.1", "points")]


def test_respectively_pairs_values_and_datasets_in_order(make_doc):
    doc = make_doc("We improve perplexity on Penn Treebank and WikiText-2 to 47.69 and 40.68 respectively.",
                   [("perplexity", "Metric"), ("Penn Treebank", "Dataset"), ("WikiText-2", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Penn Treebank", "47.69"), ("WikiText-2", "40.68")]


def test_baseline_after_than_is_not_the_method(make_doc):
    doc = make_doc("Compared to ResNet, we obtain 80.1% accuracy on ImageNet.",
                   [("ResNet", "Model"), ("accuracy", "Metric"), ("ImageNet", "Dataset")])
    assert _tuples(doc) == [(None, "ImageNet", "accuracy", "80.1", "%")]


def test_no_dataset_leaves_the_dataset_to_the_paper(make_doc):
    doc = make_doc("Our model achieves 71.8% accuracy.", [("accuracy", "Metric")])
    assert _tuples(doc) == [(None, None, "accuracy", "71.8", "%")]
    doc = make_doc("Our model achieves an improvement of 3.5 points.", [])
    assert _tuples(doc) == []  # a change with no dataset is nobody's


def test_counts_years_and_numbers_in_names_are_not_values(make_doc):
    doc = make_doc("We train ResNet-50 for 90 epochs on 8 GPUs with 25.6 million parameters in 2019 on ImageNet.",
                   [("ResNet-50", "Model"), ("ImageNet", "Dataset")])
    assert _tuples(doc) == []


def test_evidence_is_the_sentence(make_doc):
    text = "Intro sentence here. We get 90.5% accuracy on MNIST. Another one."
    doc = make_doc(text, [("accuracy", "Metric"), ("MNIST", "Dataset")])
    (res,) = find_results(doc)
    assert text[res.sentence[0]:res.sentence[1]] == "We get 90.5% accuracy on MNIST."


def test_baseline_values_are_skipped_but_from_to_keeps_the_new_one(make_doc):
    doc = make_doc("BigGAN reaches an IS of 166.5 on ImageNet, improving over the previous best IS of 52.52.",
                   [("BigGAN", "Model"), ("IS", "Metric"), ("ImageNet", "Dataset"), ("IS", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["166.5"]
    doc = make_doc("Accuracy on MNIST rises from 97.1% to 99.2%.", [("Accuracy", "Metric"), ("MNIST", "Dataset")])
    assert [(r.value, r.baseline) for r in find_results(doc)] == [("97.1", True), ("99.2", False)]


def test_relative_changes_and_data_shares_are_not_scores(make_doc):
    from kg.extract.results import find_results

    doc = make_doc("SimCLR reaches 76.5% top-1 accuracy on ImageNet, a 7% relative improvement. "
                   "With only 1% of ImageNet labels, SimCLR reaches 85.8% top-5 accuracy on ImageNet.",
                   [("SimCLR", "Method"), ("top-1 accuracy", "Metric"), ("ImageNet", "Dataset"),
                    ("ImageNet", "Dataset"), ("SimCLR", "Method"), ("top-5 accuracy", "Metric"),
                    ("ImageNet", "Dataset")])
    found = {(r.value, r.unit) for r in find_results(doc)}
    assert ("76.5", "%") in found and ("85.8", "%") in found
    assert ("7", "%") not in found and ("1", "%") not in found
    assert ("7", "points") in found  # the change is kept, off the leaderboards


def test_each_value_takes_the_metric_written_next_to_it(make_doc):
    doc = make_doc("GLAD obtains 74.5% joint goal accuracy and 97.5% request accuracy on DSTC2.",
                   [("GLAD", "Model"), ("joint goal accuracy", "Metric"), ("request accuracy", "Metric"),
                    ("DSTC2", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("joint goal accuracy", "74.5"), ("request accuracy", "97.5")]
    doc = make_doc("On ImageNet we reach an Inception Score (IS) of 166.5 and a Frechet Inception Distance of 7.4.",
                   [("ImageNet", "Dataset"), ("Inception Score", "Metric"), ("IS", "Metric"),
                    ("Frechet Inception Distance", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("IS", "166.5"), ("Frechet Inception Distance", "7.4")]


def test_an_untagged_metric_next_to_the_value_beats_a_tagged_one_further_on(make_doc):
    doc = make_doc("An ensemble achieves 4.9% top-5 validation error on ImageNet, surpassing human-level accuracy.",
                   [("ImageNet", "Dataset"), ("accuracy", "Metric")])
    assert [r[2] for r in _tuples(doc)] == ["top-5 validation error"]
    doc = make_doc("It reaches 5.8% on Switchboard, where the word error rate of humans is higher.",
                   [("Switchboard", "Dataset"), ("word error rate", "Metric")])
    assert [r[2] for r in _tuples(doc)] == ["word error rate"]  # no evaluation noun right after the value


def test_a_tagged_metric_takes_the_modifiers_the_ner_left_out(make_doc):
    doc = make_doc("GLAD obtains 88.1% joint goal accuracy and 97.1% request accuracy on WoZ.",
                   [("joint goal accuracy", "Metric"), ("accuracy", "Metric"), ("WoZ", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("joint goal accuracy", "88.1"), ("request accuracy", "97.1")]
    doc = make_doc("On LEGO it obtains 36.5 points higher accuracy than random sampling.",
                   [("LEGO", "Dataset"), ("accuracy", "Metric")])
    assert [(r[2], r[4]) for r in _tuples(doc)] == [("accuracy", "points")]  # "points higher" is no modifier


def test_a_bracketed_value_after_an_untagged_name_gets_no_other_dataset(make_doc):
    doc = make_doc("On ZedEmo it scores 0.61 F1 overall, best for Fear (0.73) and Joy (0.70).",
                   [("ZedEmo", "Dataset"), ("F1", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZedEmo", "0.61")]  # emotions, no other dataset's
    doc = make_doc("It reaches state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%) and more.",
                   [("accuracy", "Metric"), ("CIFAR-100", "Dataset"), ("Flowers", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("CIFAR-100", "91.7"), ("Flowers", "98.8")]


def test_a_list_after_a_change_is_changes(make_doc):
    ents = [("COCO", "Dataset"), ("AP", "Metric"), ("mask AP", "Metric"), ("mIoU", "Metric")]
    doc = make_doc("On COCO it improves by 2.7 box AP, 2.6 mask AP and 3.2 mIoU.", ents)
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("2.7", "points"), ("2.6", "points"), ("3.2", "points")]
    doc = make_doc("On COCO it beats the previous state of the art by 2.7 box AP, 2.6 mask AP and 3.2 mIoU.", ents)
    # a change over the previous best is the gain of the one who beats it (the paper's method here)
    assert [(r[0], r[3], r[4]) for r in _tuples(doc)] == [(None, "2.7", "points"), (None, "2.6", "points"),
                                                          (None, "3.2", "points")]
    doc = make_doc("On COCO it reaches 51.1 mask AP, 2.6 points above the baseline.", [("COCO", "Dataset"),
                                                                                        ("mask AP", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("51.1", ""), ("2.6", "points")]


def test_an_advantage_or_margin_is_a_change(make_doc):
    doc = make_doc("It keeps a consistent advantage of 19.5 AUC points on ZedQA.", [("AUC", "Metric"), ("ZedQA", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("19.5", "points")]
    doc = make_doc("It keeps a margin of 3.1 AUC on ZedQA.", [("AUC", "Metric"), ("ZedQA", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("3.1", "points")]


def test_changes_drops_and_counts_in_trillions(make_doc):
    doc = make_doc("On BIG-bench it wins on average by 8.4% and 9.7% points, respectively.", [("BIG-bench", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("8.4", "points"), ("9.7", "points")]
    doc = make_doc("SFT leads to an average performance drop of up to 4.4 on MMLU.", [("MMLU", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("4.4", "points")]
    doc = make_doc("The models are trained on up to 1.4 trillion tokens from Wikipedia.", [("Wikipedia", "Dataset")])
    assert _tuples(doc) == []


def test_compared_to_marks_the_baseline_value(make_doc):
    doc = make_doc("We reach SOTA results on WikiText103 (10.8 compared to SOTA perplexity of 15.8).",
                   [("WikiText103", "Dataset"), ("perplexity", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["10.8"]
    # forty-third session: the list the cue opens goes on after a setting's words and "and"
    doc = make_doc("ZedMTV achieves 50% on ZedWiz compared to 55% non-private and 35% zero-shot.",
                   [("ZedMTV", "Model"), ("ZedWiz", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["50"]


def test_the_method_is_the_variant_written_next_to_the_tagged_family(make_doc):
    doc = make_doc("EfficientNet-B7 reaches 84.3% top-1 accuracy on ImageNet.",
                   [("EfficientNet", "Model"), ("top-1 accuracy", "Metric"), ("ImageNet", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["EfficientNet-B7"]
    doc = make_doc("EfficientNet reaches 84.3% top-1 accuracy on ImageNet-1k.",
                   [("EfficientNet", "Model"), ("top-1 accuracy", "Metric"), ("ImageNet-1k", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["EfficientNet"]


def test_a_dataset_in_another_clause_is_not_the_values(make_doc):
    doc = make_doc("We obtain a new best result on Flowers with 99.76% top-1 accuracy, and improve upon the "
                   "baseline on ImageNet.", [("top-1 accuracy", "Metric"), ("ImageNet", "Dataset")])
    assert _tuples(doc) == []  # never ImageNet; an untagged English word after "on" places nothing
    doc = make_doc("It reaches 91.2% accuracy on CIFAR-10, and 75.1% on CIFAR-100.",
                   [("accuracy", "Metric"), ("CIFAR-10", "Dataset"), ("CIFAR-100", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("CIFAR-10", "91.2"), ("CIFAR-100", "75.1")]


def test_respectively_pairs_a_list_of_changes(make_doc):
    doc = make_doc("On VIPeR, GRID and CUHK03 it improves rank-1 rates by 2.2%, 4.88% and 31.55%, respectively.",
                   [("VIPeR", "Dataset"), ("GRID", "Dataset"), ("CUHK03", "Dataset"), ("rank-1 rates", "Metric")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("VIPeR", "2.2", "points"), ("GRID", "4.88", "points"), ("CUHK03", "31.55", "points")]


def test_improvements_up_to_and_shares_of_parameters_are_not_scores(make_doc):
    doc = make_doc("On ImageNet it yields accuracy improvements up to 29% and 82.7% accuracy with 29% as many "
                   "parameters.", [("ImageNet", "Dataset"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("29", "points"), ("82.7", "%")]


def test_ranges_and_far_baseline_cues(make_doc):
    doc = make_doc("Compared to training with MLE, we improve accuracy from 35.5% to 44.5% on GSM8K, "
                   "and 27.6% to 36.2% on MathQA.",
                   [("MLE", "Method"), ("accuracy", "Metric"), ("GSM8K", "Dataset"), ("MathQA", "Dataset")])
    assert [(r.method, r.dataset, r.value, r.baseline) for r in find_results(doc)] == [
        (None, "GSM8K", "35.5", True), (None, "GSM8K", "44.5", False),
        (None, "MathQA", "27.6", True), (None, "MathQA", "36.2", False)]


def test_costs_are_not_scores(make_doc):
    doc = make_doc("The model reaches 61.2% accuracy on CoLA while being 40% faster, with 30% fewer parameters "
                   "and 12% less training time.", [("CoLA", "Dataset"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("61.2", "%")]
    doc = make_doc("On ZedBench it scores 0.82 and gives a 2.4 wall-clock speedup.", [("ZedBench", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["0.82"]
    # "8.27G FLOPs": the tokenizer splits the magnitude's letter off, as "0.87M"'s
    doc = make_doc("It reaches 73.6% mIoU on ZedVid, with 0.87M parameters and 8.27G FLOPs.",
                   [("mIoU", "Metric"), ("ZedVid", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("73.6", "%")]


def test_a_list_of_values_pairs_with_a_list_of_datasets_in_order(make_doc):
    doc = make_doc("ZetaNet reaches 68.3 and 49.9 exact match on QuizA and QuizB, beating DPR.",
                   [("ZetaNet", "Model"), ("exact match", "Metric"), ("QuizA", "Dataset"), ("QuizB", "Dataset"),
                    ("DPR", "Model")])
    assert [(r[0], r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("ZetaNet", "QuizA", "exact match", "68.3"), ("ZetaNet", "QuizB", "exact match", "49.9")]


def test_without_a_list_the_nearest_dataset_still_decides(make_doc):
    doc = make_doc("ZetaNet reaches 68.3 on QuizA with tuning and 49.9 on QuizB without.",
                   [("ZetaNet", "Model"), ("QuizA", "Dataset"), ("QuizB", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("QuizA", "68.3"), ("QuizB", "49.9")]


def test_an_arrow_marks_the_old_value(make_doc):
    doc = make_doc("Our tuning moves accuracy 58.1 → 60.4 on QuizA and 40.2 -> 47.5 on QuizB today.",
                   [("accuracy", "Metric"), ("QuizA", "Dataset"), ("QuizB", "Dataset")])
    assert [(r.dataset, r.value, r.baseline) for r in find_results(doc)] == [
        ("QuizA", "58.1", True), ("QuizA", "60.4", False), ("QuizB", "40.2", True), ("QuizB", "47.5", False)]


def test_an_arrow_glued_to_its_values_marks_the_old_value(make_doc):
    doc = make_doc("Our tuning moves accuracy (66.3 %$\\rightarrow$73.4 % on QuizA, 13%->20.4% on Wo-Quiz).",
                   [("accuracy", "Metric"), ("QuizA", "Dataset")])
    assert [(r.dataset, r.value, r.baseline) for r in find_results(doc)] == [
        ("QuizA", "66.3", True), ("QuizA", "73.4", False), ("Wo-Quiz", "13", True), ("Wo-Quiz", "20.4", False)]


def test_a_capitalised_stop_word_glued_to_a_name_opens_it(make_doc):
    doc = make_doc("It reaches 71.5% on QuizA and 62.9% on We-Quiz.", [("QuizA", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("QuizA", "71.5"), ("We-Quiz", "62.9")]


def test_a_name_after_on_is_the_dataset_whatever_its_tag(make_doc):
    doc = make_doc("Our agent scores 71.5% on QuestBench-7 and 44.0% on the Deep-Set benchmark.",
                   [("QuestBench-7", "Model")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("QuestBench-7", "71.5"), ("Deep-Set", "44.0")]


def test_latex_percent_and_glued_signs(make_doc):
    doc = make_doc(r"On FooSet it reaches 76.5\% accuracy, a gain of +2.1\% and +0.8pp F1.",
                   [("FooSet", "Dataset"), ("accuracy", "Metric"), ("F1", "Metric")])
    assert [(r.value, r.unit, r.kind) for r in find_results(doc)] == [
        ("76.5", "%", "absolute"), ("2.1", "points", "delta"), ("0.8", "points", "delta")]


def test_bracketed_values_in_a_list_after_on_belong_to_the_names(make_doc):
    doc = make_doc("It leads on AlphaEval(61.2), BetaBench (70.4) and GammaQA (55.0).", [])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("AlphaEval", "61.2"), ("BetaBench", "70.4"), ("GammaQA", "55.0")]


def test_a_bracketed_or_colon_value_belongs_to_the_method_before_it(make_doc):
    doc = make_doc("On ZedQA the strongest system, OmegaLM, is followed by SigmaLM (48.2) and TauLM: 40.1.",
                   [("ZedQA", "Dataset"), ("OmegaLM", "Model"), ("SigmaLM", "Model"), ("TauLM", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("SigmaLM", "48.2"), ("TauLM", "40.1")]


def test_from_to_credits_the_old_value_to_the_baseline_named_after_for(make_doc):
    doc = make_doc("On ZedQA our loss lifts accuracy from 50.5% to 61.0% for AlphaLM-Base.",
                   [("ZedQA", "Dataset"), ("accuracy", "Metric"), ("AlphaLM-Base", "Model")])
    assert [(r.method, r.value, r.baseline) for r in find_results(doc)] == [
        ("AlphaLM-Base", "50.5", True), (None, "61.0", False)]


def test_a_possessive_baseline_value_goes_to_its_owner(make_doc):
    doc = make_doc("Our model reaches 94.1% on ZedQA, surpassing OmegaLM's 93.3%.",
                   [("ZedQA", "Dataset"), ("OmegaLM", "Model")])
    assert [(r.method, r.value, r.baseline) for r in find_results(doc)] == [
        (None, "94.1", False), ("OmegaLM", "93.3", True)]


def test_an_unnamed_previous_best_is_still_skipped(make_doc):
    doc = make_doc("It reaches 80.2% on ZedQA, above the previous best of 78.0%.", [("ZedQA", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["80.2"]


def test_respectively_without_a_dataset_takes_the_previous_sentences(make_doc):
    doc = make_doc("We test on AlphaSet and BetaSet. The model achieves accuracies of 90.1% and 80.2%, respectively.",
                   [("AlphaSet", "Dataset"), ("BetaSet", "Dataset"), ("accuracies", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("AlphaSet", "90.1"), ("BetaSet", "80.2")]
    # the sentence's own pair of names is what "respectively" pairs the values with
    doc = make_doc("We test on AlphaSet and BetaSet. It reaches 0.846 and 0.883 for KRZS and EGZR, respectively.",
                   [("AlphaSet", "Dataset"), ("BetaSet", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [(None, "0.846"), (None, "0.883")]


def test_a_version_inside_a_name_and_a_spread_are_not_values(make_doc):
    doc = make_doc(r"Zeta 2.5 Pro reaches AUC $0.81 \pm 0.02$ on Val-Set.", [("AUC", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Val-Set", "0.81")]


def test_paper_dataset_is_the_only_one_named_or_the_titles_benchmark():
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    one = [Mention("ZedQA", "Dataset", "abstract", 0, 5, "ZedQA")]
    two = one + [Mention("BetaSet", "Dataset", "abstract", 9, 16, "BetaSet")]
    assert paper_dataset(one, "A study of things") == "ZedQA"
    assert paper_dataset(two, "A study of things") is None
    assert paper_dataset([], "OmegaBench: A Benchmark for Hard Questions") == "OmegaBench"
    # "the MZIR dataset" and "MZIR" are one dataset, named in full
    forms = [Mention("MZIR dataset", "Dataset", "abstract", 0, 12, "MZIR dataset"),
             Mention("MZIR", "Dataset", "abstract", 20, 24, "MZIR")]
    assert paper_dataset(forms, "A study of things") == "MZIR dataset"
    # a challenge named with and without its year is one dataset
    forms = [Mention("PENGZIN 2024 Challenge", "Dataset", "title", 0, 22, "PENGZIN 2024 Challenge"),
             Mention("PENGZIN challenge", "Dataset", "abstract", 4, 21, "PENGZIN challenge")]
    assert paper_dataset(forms, "Summary of the PENGZIN 2024 Challenge") == "PENGZIN 2024 Challenge"
    # a dataset a result places, though untagged, is a second one: a bare value is nobody's
    assert paper_dataset(one, "A study of things", placed=frozenset({"ZedQA"})) == "ZedQA"
    assert paper_dataset(one, "A study of things", placed=frozenset({"PBEZench-Hard"})) is None
    # data a model was pretrained on places no score: "pretrained on the generic ...", "... pretraining"
    text = "Models pretrained on the generic ZmageNet dataset lag. We compare to ZmageNet pretraining."
    trained = [Mention("ZmageNet dataset", "Dataset", "abstract", 33, 49, "ZmageNet dataset"),
               Mention("ZmageNet", "Dataset", "abstract", 69, 77, "ZmageNet")]
    assert [text[m.start:m.end] for m in trained] == ["ZmageNet dataset", "ZmageNet"]
    assert paper_dataset(trained, "A study of things", text) is None
    # ... wherever else the text names it: "such as ZmageNet" is the same data
    text = "Models pretrained on image datasets such as ZmageNet lag. The ZmageNet-pretrained model stalls."
    named = [Mention("ZmageNet", "Dataset", "abstract", 44, 52, "ZmageNet"),
             Mention("ZmageNet", "Dataset", "abstract", 62, 70, "ZmageNet")]
    assert [text[m.start:m.end] for m in named] == ["ZmageNet", "ZmageNet"]
    assert paper_dataset(named, "A study of things", text) is None
    # data a model was only trained on is the paper's test data when it names no other
    text = "The models were trained on the ZFMiD dataset of 3,200 images."
    trained = [Mention("ZFMiD dataset", "Dataset", "abstract", 31, 44, "ZFMiD dataset")]
    assert text[31:44] == "ZFMiD dataset" and paper_dataset(trained, "A study of things", text) == "ZFMiD dataset"
    # of several datasets, the one the evaluation is said to run on; not the first of a list
    text = "Prior work studied ZIMIC-CXR. We benchmark nine methods on the Zut-VLM dataset, a VQA set."
    built = [Mention(n, "Dataset", "abstract", text.index(n), text.index(n) + len(n), n)
             for n in ("ZIMIC-CXR", "Zut-VLM dataset")]
    assert paper_dataset(built, "A study of things", text) == "Zut-VLM dataset"
    text = "We evaluate four models on ZedQA, BetaSet and GammaQA."
    listed = [Mention(n, "Dataset", "abstract", text.index(n), text.index(n) + len(n), n)
              for n in ("ZedQA", "BetaSet", "GammaQA")]
    assert paper_dataset(listed, "A study of things", text) is None


def test_old_records_without_kind_load_with_a_kind():
    from kg.records import Result

    assert Result.from_dict({"method": None, "dataset": "D", "metric": None, "value": "1.1", "unit": "points",
                             "evidence": "e"}).kind == "delta"
    assert Result.from_dict({"method": None, "dataset": "D", "metric": None, "value": "71", "unit": "%",
                             "evidence": "e"}).kind == "absolute"


def test_a_share_of_parameters_is_a_cost(make_doc):
    doc = make_doc("It reaches 85.0% accuracy on ZedNet-1K using only 11% parameters.",
                   [("accuracy", "Metric"), ("ZedNet-1K", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["85.0"]


def test_hedged_and_named_changes_are_deltas(make_doc):
    doc = make_doc("ZedNet outperforms a template model by nearly 15 BLEU on WikiBio.",
                   [("ZedNet", "Model"), ("BLEU", "Metric"), ("WikiBio", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("15", "points")]
    doc = make_doc("On ImageNet, ZedNet achieves a 0.5% accuracy improvement and 26.4% over the best baseline.",
                   [("ImageNet", "Dataset"), ("ZedNet", "Model"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("0.5", "points"), ("26.4", "points")]
    doc = make_doc("ZedNet improves over the baseline on WMT15 by up to 1.1 and 1.3 BLEU, respectively.",
                   [("ZedNet", "Model"), ("WMT15", "Dataset"), ("BLEU", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("1.1", "points"), ("1.3", "points")]


def test_spans_of_values_are_not_scores(make_doc):
    doc = make_doc("BigZed reaches top-1 accuracies ranging from 76.5% to 80.9% on ImageNet.",
                   [("BigZed", "Model"), ("top-1 accuracies", "Metric"), ("ImageNet", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("It yields BD-Rate gains of 7.13-10.87% on CLIC and accuracy between 80% and 90% on Kodak.",
                   [("BD-Rate", "Metric"), ("CLIC", "Dataset"), ("accuracy", "Metric"), ("Kodak", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("Accuracy on MNIST rises from 97.1% to 99.2%.", [("Accuracy", "Metric"), ("MNIST", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["97.1", "99.2"]  # a change, not a span: both stay


def test_costs_and_annotator_agreement_are_not_scores(make_doc):
    doc = make_doc("On VisDrone, QZed achieves a 12.3% GFLOPs reduction.", [("VisDrone", "Dataset"), ("QZed", "Model")])
    assert _tuples(doc) == []
    doc = make_doc("On ImageNet it cuts MACs and model size by 36% and 32%, respectively.",
                   [("ImageNet", "Dataset"), ("model size", "Metric")])
    assert _tuples(doc) == []
    doc = make_doc("The ZedSpeech dataset has high inter-annotator agreement (Fleiss Kappa = 0.8574).",
                   [("ZedSpeech", "Dataset"), ("Fleiss Kappa", "Metric")])
    assert _tuples(doc) == []


def test_a_bare_number_needs_a_word_of_scores(make_doc):
    doc = make_doc("colourdef rgb0.57, 0.36, 0.51 labelsep.", [])
    assert _tuples(doc) == []
    doc = make_doc("The best model, ZedLM, attains 62.8 overall.", [("ZedLM", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("ZedLM", None, "62.8")]


def test_a_sized_model_or_a_letter_is_no_dataset(make_doc):
    doc = make_doc("ZedTrust reaches a peak AUC of 93.0 on MedZed-4B.", [("ZedTrust", "Method"), ("AUC", "Metric"),
                                                                          ("MedZed-4B", "Model")])
    assert [r[1] for r in _tuples(doc)] == [None]  # for the paper's dataset, if it names one
    doc = make_doc("MoZed reaches 13.9% on H and 24.3% on K.", [("MoZed", "Method")])
    assert [r[1] for r in _tuples(doc)] == [None, None]


def test_a_name_stops_at_a_missed_sentence_end(make_doc):
    doc = make_doc("Gemini 9 Pro achieves a record score of 97.6% on Level I. Performance is strong.",
                   [("Gemini 9 Pro", "Model"), ("score", "Metric")])
    assert [r[1] for r in _tuples(doc)][:1] == ["Level I"]


def test_the_subject_of_a_participle_clause_owns_the_value(make_doc):
    doc = make_doc("To this end, ZedAgent boosts a base model in only 510 RL steps, achieving 80.6% pass@1 on AIME24.",
                   [("ZedAgent", "Model"), ("RL", "Method"), ("pass@1", "Metric"), ("AIME24", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ZedAgent"]
    doc = make_doc("We show gains by using PDR with a mixture-of-softmaxes, achieving a perplexity of 53.8 on PTB.",
                   [("PDR", "Method"), ("mixture-of-softmaxes", "Method"), ("perplexity", "Metric"), ("PTB", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == [None]  # tools of the paper's method: the paper fills it in
    doc = make_doc("To this end, zStar boosts a base model in only 510 RL steps, achieving 80.6% pass@1 on AIME24.",
                   [("RL", "Method"), ("pass@1", "Metric"), ("AIME24", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["zStar"]  # "RL" opens no clause: the untagged subject of "boosts" owns it


def test_a_pronoun_after_a_name_points_to_the_papers_method(make_doc):
    doc = make_doc("Trained with Notably, it achieves 73.8 on TIIF.", [("Notably", "Method"), ("TIIF", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == [None]
    doc = make_doc("ResNet-50 trained with our method reaches 77.5% top-1 accuracy on ImageNet.",
                   [("ResNet-50", "Model"), ("top-1 accuracy", "Metric"), ("ImageNet", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ResNet-50"]  # "with our" is a tool, not a subject


def test_the_benchmark_a_paper_introduces_takes_its_bare_values():
    from kg.extract.assemble import paper_dataset
    from kg.extract.own_data import own_benchmark
    from kg.records import Mention

    two = [Mention("ZedQA", "Dataset", "abstract", 0, 5, "ZedQA"), Mention("BetaSet", "Dataset", "abstract", 9, 16,
                                                                        "BetaSet")]
    assert own_benchmark("Lost in Space: The Zed-SpatialVQA Benchmark for Models", "") == "Zed-SpatialVQA"
    assert own_benchmark("A study", "Here we introduce STALZ, a benchmark of 400 scenarios.") == "STALZ"
    assert own_benchmark("A study", 'We introduce "Mind\'s Zed", a multiple-choice benchmark.') == "Mind's Zed"
    assert own_benchmark("A study", "We propose ZedNet, a network for parsing.") is None
    assert own_benchmark("A study", "(1) We construct a style dataset named ArchZed, which has images.") == "ArchZed"
    assert own_benchmark("A study", "We construct a novel dataset \\textbf{RETZIL}, which helps.") == "RETZIL"
    assert own_benchmark("A study", "We curate a new lunar dataset, LUZID (Lunar Images), of 96k images.") == "LUZID"
    assert own_benchmark("A study", "We build a model named ZedModel.") is None
    assert paper_dataset(two, "A study", "We introduce ZedArena, a novel, large-scale synthetic benchmark.") == "ZedArena"
    assert paper_dataset(two, "A study", "We propose ZedNet.") is None


def test_percent_written_out_is_a_percentage(make_doc):
    doc = make_doc("ZedAug achieved 99.1 percent accuracy on ZedSent.", [("ZedAug", "Method"), ("accuracy", "Metric"),
                                                                         ("ZedSent", "Dataset")])
    assert _tuples(doc) == [("ZedAug", "ZedSent", "accuracy", "99.1", "%")]


def test_a_numbered_part_is_part_of_the_name(make_doc):
    doc = make_doc("Our system reaches an F1-score of 0.762 on Subtask 1, 0.587 on Subtask 2.", [("F1-score", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Subtask 1", "0.762"), ("Subtask 2", "0.587")]


def test_a_list_of_names_then_as_many_values_pair_in_order(make_doc):
    doc = make_doc("On ZedVQA, the best models, Claude-9, Gemini-9-Pro, and GPT-9, reach only 57.2%, 55.3%, and "
                   "54.9% accuracy.", [("ZedVQA", "Dataset"), ("Claude-9", "Model"), ("Gemini-9-Pro", "Model"),
                                       ("GPT-9", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Claude-9", "57.2"), ("Gemini-9-Pro", "55.3"), ("GPT-9", "54.9")]
    doc = make_doc("On ZedVQA, Claude-9 and GPT-9 trail ZedNet that reaches 57.2% and 55.3% accuracy.",
                   [("ZedVQA", "Dataset"), ("Claude-9", "Model"), ("GPT-9", "Model"), ("ZedNet", "Model"),
                    ("accuracy", "Metric")])
    assert {r[0] for r in _tuples(doc)} == {"ZedNet"}  # another name between: no pairing


def test_a_generic_only_dataset_places_no_bare_value():
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    generic = [Mention("English sentences", "Dataset", "abstract", 0, 17, "English sentences")]
    named = [Mention("BUSI dataset", "Dataset", "abstract", 0, 12, "BUSI dataset")]
    assert paper_dataset(generic, "A study") is None
    assert paper_dataset(named, "A study") == "BUSI dataset"
    assert paper_dataset(generic + named, "A study") == "BUSI dataset"  # the generic phrase does not count


def test_an_untagged_name_after_on_places_the_sentence_s_values(make_doc):
    doc = make_doc("Our method achieves state-of-the-art results on ZedStereo4K, improving depth, reaching 0.0291 "
                   "AbsRel.", [("AbsRel", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZedStereo4K", "0.0291")]


def test_the_name_before_a_range_is_its_measure_or_its_starting_method(make_doc):
    doc = make_doc("ZedGT reduces ZedRel from 0.0582 to 0.0291 on ZedStereo.",
                   [("ZedGT", "Model"), ("ZedRel", "Method"), ("ZedStereo", "Dataset")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [(None, "ZedRel", "0.0582"), ("ZedGT", "ZedRel", "0.0291")]
    doc = make_doc("RAZ improves the Codez baseline from 71.75% to 81.36% on Oolong-Zed.",
                   [("RAZ", "Method"), ("Codez baseline", "Method"), ("Oolong-Zed", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Codez", "71.75"), ("RAZ", "81.36")]
    doc = make_doc("Tuning improves Llama-9 from 40.1% to 60.2% on ZedQA.", [("Llama-9", "Model"), ("ZedQA", "Dataset")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [("Llama-9", None, "40.1"), (None, None, "60.2")]


def test_a_model_named_by_for_after_a_range_owns_its_first_value(make_doc):
    # the first value is the model's before the change, the new one the subject's; with no dataset
    # in the sentence both wait for the paper's
    doc = make_doc("Accuracy improves from 54.04% to 66.14% for ZaraGPT-Base, and from 59.16% to 67.18% for "
                   "ZaraGPT-Medium.", [("ZaraGPT-Base", "Model"), ("ZaraGPT-Medium", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [
        ("ZaraGPT-Base", None, "54.04"), (None, None, "66.14"), ("ZaraGPT-Medium", None, "59.16"), (None, None, "67.18")]


def test_our_findings_are_no_subject_and_a_glued_name_no_method(make_doc):
    doc = make_doc("Our results show that ZedTrust achieves the highest AUC, reaching a peak AUC of 93.0 on Gut-Zed.",
                   [("ZedTrust", "Method"), ("AUC", "Metric"), ("AUC", "Metric"), ("Gut-Zed", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ZedTrust"]
    doc = make_doc("Notably, it reaches SOTA on TIIZ(73.8), DPZ(86.8), CompZed(88.5).", [("DPZ(86.8", "Method")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [(None, "TIIZ"), (None, "DPZ"), (None, "CompZed")]


def test_the_improved_method_owns_the_start_of_the_range(make_doc):
    doc = make_doc("For instance, APZ enhances GPT-9 agreement rate on Reward Zench from 87.2% to 90.5%.",
                   [("APZ", "Model"), ("GPT-9", "Model"), ("agreement rate", "Metric")])
    assert [(r[0], r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("GPT-9", "Reward Zench", "agreement rate", "87.2"), ("APZ", "Reward Zench", "agreement rate", "90.5")]
    doc = make_doc("Tuning improves the accuracy of Llama-9 on ZedQA from 40.1% to 60.2%.",
                   [("accuracy", "Metric"), ("Llama-9", "Model"), ("ZedQA", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("Llama-9", "ZedQA", "40.1"), (None, "ZedQA", "60.2")]


def test_after_on_a_model_is_no_dataset_but_an_unknown_tagged_name_is(make_doc):
    doc = make_doc("The attack reaches 86.75% success on GPT-4o.", [("GPT-4o", "Model")])
    assert [r[1] for r in _tuples(doc)] == [None]
    doc = make_doc("On DanceZed, MATZ reaches a new state-of-the-art score of 71.3 with extra data.",
                   [("DanceZed", "Model"), ("MATZ", "Model")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [("MATZ", "DanceZed")]


def test_respectively_without_a_list_before_leaves_the_dataset_to_the_paper(make_doc):
    doc = make_doc("The best baselines and ZedNet reach 74.57% and 78.62% accuracy, respectively.",
                   [("ZedNet", "Model"), ("accuracy", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [(None, "78.62")]  # the first is the baselines'


def test_a_metric_or_a_long_title_phrase_is_no_dataset(make_doc):
    from kg.extract.own_data import own_benchmark

    doc = make_doc("Our lexicon reaches 50.7 on Recall@100.", [])
    assert [r[1] for r in _tuples(doc)] == [None]
    assert own_benchmark("The Validity Gap in Health AI Evaluation: A Cross-Sectional Analysis of Benchmark Use", "") is None
    assert own_benchmark("ZedNLI: Novel Dataset for Financial Inference", "") == "ZedNLI"
    assert own_benchmark("A study", "For evaluation, we further establish ZioVista, a comprehensive benchmark.") == "ZioVista"
    assert own_benchmark("A study", "We also present Zisraj-DocOCR, a high-quality, expert-verified benchmark.") == \
        "Zisraj-DocOCR"


def test_a_coined_word_after_the_value_is_its_metric(make_doc):
    doc = make_doc("Notably, it achieves 91.3% mIoU and 97.1% clDice on DeepZed.", [("mIoU", "Metric"), ("DeepZed", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("mIoU", "91.3"), ("clDice", "97.1")]


def test_the_name_a_passive_by_gives_owns_the_score(make_doc):
    doc = make_doc("On ZedUrdu, the highest F1 score of 91.45 was attained by Meta ZLaMA 3 8B, followed by Zistral 7B "
                   "at 89.66.", [("ZedUrdu", "Dataset"), ("F1 score", "Metric"), ("ZLaMA 3 8B", "Model"),
                                 ("Zistral 7B", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZLaMA 3 8B", "91.45"), ("Zistral 7B", "89.66")]


def test_a_description_or_a_base_model_is_not_the_method(make_doc):
    doc = make_doc("Notably, our aligned policy model based on Qwen9-Coder-7B achieves 68.9% accuracy on BIRZ.",
                   [("aligned policy model", "Model"), ("Qwen9-Coder-7B", "Model"), ("accuracy", "Metric"),
                    ("BIRZ", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == [None]  # the paper's own method fills it in
    doc = make_doc("The ZEDBERT model reaches a macro F1 of 0.69 on MLADZ.", [("ZEDBERT model", "Model"),
                                                                             ("macro F1", "Metric"), ("MLADZ", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ZEDBERT model"]
    doc = make_doc("Gemini 9.0 Pro achieves 97.6% on Level I.", [("Gemini 9.0 Pro", "Model")])
    assert [r[0] for r in _tuples(doc)] == ["Gemini 9.0 Pro"]
    # the model a method runs on is not the owner of a later score
    doc = make_doc("For example, ZooGuide attains an ImageReward of 0.81 and HPS v2 of 0.301 on SDXL, while raising "
                   "text alignment accuracy on GenEval to 61.2%.", [("ZooGuide", "Model"), ("SDXL", "Model"),
                                                                    ("text alignment accuracy", "Metric"),
                                                                    ("GenEval", "Dataset")])
    assert [r[0] for r in _tuples(doc) if r[3] == "61.2"] == ["ZooGuide"]


def test_bracketed_values_in_a_list_with_a_tagged_dataset_are_all_datasets(make_doc):
    doc = make_doc("It improves reasoning benchmarks: GSM8K (+4.9%), HumanEval (+4.3%), SciZ (+1.7%).",
                   [("GSM8K", "Dataset"), ("HumanEval", "Dataset"), ("SciZ", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [(None, "GSM8K", "4.9"), (None, "HumanEval", "4.3"),
                                                          (None, "SciZ", "1.7")]


def test_untagged_hyphenated_names_in_a_bracketed_list_after_on_are_datasets(make_doc):
    doc = make_doc("It sets records on ZiniF2F-Test (69.8% pass@32), Zneq-Comp-Seed (52.2% pass@32), and "
                   "Zneq-Comp-Transformed (34.0% pass@32).", [("ZiniF2F-Test", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZiniF2F-Test", "69.8"), ("Zneq-Comp-Seed", "52.2"),
                                                    ("Zneq-Comp-Transformed", "34.0")]


def test_a_unit_after_the_value_is_no_metric(make_doc):
    doc = make_doc("On ZSRD, the PSNR of novel view synthesis reaches 28.36 dB.", [("ZSRD", "Dataset"), ("PSNR", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("PSNR", "28.36")]
    # a value in decibels takes a measure in decibels, not the nearest one
    doc = make_doc("On ZOMO, ZedSR reaches 37.75 dB PSNR and 0.020 LPIPS, and the 2.5D variant 35.82 dB.",
                   [("ZOMO", "Dataset"), ("ZedSR", "Method"), ("PSNR", "Metric"), ("LPIPS", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("PSNR", "37.75"), ("LPIPS", "0.020"), ("PSNR", "35.82")]
    doc = make_doc("On ZOMO, ZedSR reaches 0.020 LPIPS and 35.82 dB.", [("ZOMO", "Dataset"), ("ZedSR", "Method"),
                                                                       ("LPIPS", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("LPIPS", "0.020"), (None, "35.82")]


def test_a_title_name_typed_a_task_is_the_papers_method(make_doc):
    from kg.extract.own_method import title_task_name

    title = make_doc("ZEARLi: Decoupled Enhancement for Panoptic Segmentation", [("ZEARLi", "Task")])
    assert title_task_name(title, "We propose ZEARLi, which ...") == "ZEARLi"
    assert title_task_name(title, "We introduce a benchmark for segmentation (ZEARLi).") is None
    assert title_task_name(title, "ZEARLi, a new benchmark of 5k images.") is None
    known = make_doc("ZEARLi: Decoupled Enhancement for Panoptic Segmentation", [("ZEARLi", "Method")])
    assert title_task_name(known, "") is None  # typed otherwise: not this rule's
    phrase = make_doc("Zed Shared Task: Overview", [("Zed Shared Task", "Task")])
    assert title_task_name(phrase, "") is None


def test_a_capitalised_head_after_a_dataset_names_a_part_of_it_and_a_metric_no_place(make_doc):
    doc = make_doc("ZUA-RL achieves 28.4 on ZFCL-V3, and 82.5 on ZCEBench Agent -- outperforming larger models.",
                   [("ZUA-RL", "Model"), ("ZFCL-V3", "Dataset"), ("ZCEBench", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZFCL-V3", "28.4"), ("ZCEBench", "82.5")]
    doc = make_doc("It achieved an 89.30% F1 score on the MedZPT metric.", [("F1 score", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [(None, "89.30")]


def test_the_title_names_the_method_of_unowned_results(blank_nlp):
    from kg.extract.own_method import title_method

    assert title_method(blank_nlp("Understanding-in-Zeneration: Reinforcing Models"), None) == "Understanding-in-Zeneration"
    assert title_method(blank_nlp("Reasoning Zectors: Transferring Chain-of-Thought"), None) == "Reasoning Zectors"
    assert title_method(blank_nlp("ZedBench: A Benchmark for Agents"), "ZedBench") is None
    assert title_method(blank_nlp("Go with Your Gut: Scaling Confidence"), None) is None
    assert title_method(blank_nlp("Beyond Ten Turns: Unlocking Long-Horizon Search"), None) is None  # a phrase


def test_a_list_of_values_each_with_its_measure_before_gains_is_changes(make_doc):
    doc = make_doc("FTKZ achieves up to 1.3 mAP and 1.3 NDS gains on the nuZcenes dataset.",
                   [("FTKZ", "Method"), ("mAP", "Metric"), ("NDS", "Metric"), ("nuZcenes", "Dataset")])
    assert {(r[3], r[4]) for r in _tuples(doc)} == {("1.3", "points")}  # neither is a score of 1.3
    doc = make_doc("FTKZ achieves up to 1.3 mAP and 1.7 NDS gains on the nuZcenes dataset.",
                   [("FTKZ", "Method"), ("mAP", "Metric"), ("nuZcenes", "Dataset")])  # "NDS" left untagged
    assert [(r[2], r[3], r[4]) for r in _tuples(doc)] == [("mAP", "1.3", "points"), ("NDS", "1.7", "points")]
    doc = make_doc("FTKZ achieves up to 1.3 mAP and 1.7 NDS gains on the nuZcenes dataset.",
                   [("FTKZ", "Method"), ("mAP", "Metric"), ("NDS", "Model"), ("nuZcenes", "Dataset")])  # or tagged a Model
    assert [(r[2], r[3], r[4]) for r in _tuples(doc)] == [("mAP", "1.3", "points"), ("NDS", "1.7", "points")]
    doc = make_doc("ZetNet reaches 85.2% accuracy and a 3.1 points gain on ZIFAR.",
                   [("ZetNet", "Model"), ("accuracy", "Metric"), ("ZIFAR", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("85.2", "%"), ("3.1", "points")]  # a measure in lower case


def test_lists_of_changes_and_their_datasets(make_doc):
    doc = make_doc("On MATH-900, AIMZ and GPQA-Zed it shows 2.08%, 2.23% and 3.99% improvements over the baseline.",
                   [("AIMZ", "Dataset"), ("GPQA-Zed", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("MATH-900", "2.08", "points"), ("AIMZ", "2.23", "points"),
                                                          ("GPQA-Zed", "3.99", "points")]
    doc = make_doc("ScalingZ improves base models by 12.5% on GenZval and 15.2% on TIIZ-Bench.",
                   [("ScalingZ", "Model"), ("GenZval", "Dataset"), ("TIIZ-Bench", "Dataset")])
    assert [(r[0], r[1], r[4]) for r in _tuples(doc)] == [("ScalingZ", "GenZval", "points"),
                                                          ("ScalingZ", "TIIZ-Bench", "points")]
    doc = make_doc("On ZMATH it gives 9.5% and 6.5% absolute accuracy gains for DeepZeek and QwenZ respectively.",
                   [("ZMATH", "Dataset"), ("accuracy", "Metric"), ("DeepZeek", "Model"), ("QwenZ", "Model")])
    assert [(r[0], r[4]) for r in _tuples(doc)] == [(None, "points"), (None, "points")]  # improved models, not owners
    doc = make_doc("It keeps reasoning, with 1.1% and 0.9% drops on GSMZ and MMLZ, respectively.",
                   [("GSMZ", "Dataset"), ("MMLZ", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("GSMZ", "1.1", "points"), ("MMLZ", "0.9", "points")]


def test_values_joined_by_and_share_the_dataset_after_them(make_doc):
    doc = make_doc("It shows 92.81% accuracy and 92.47% F1-score on the HAMZ dataset, 97.83% accuracy and 97.83% "
                   "F1-score on the PAD-ZEF dataset.", [("accuracy", "Metric"), ("F1-score", "Metric"),
                                                         ("HAMZ dataset", "Dataset"), ("accuracy", "Metric"),
                                                         ("F1-score", "Metric"), ("PAD-ZEF dataset", "Dataset")])
    assert [r[1] for r in _tuples(doc)] == ["HAMZ dataset", "HAMZ dataset", "PAD-ZEF dataset", "PAD-ZEF dataset"]


def test_the_default_method_is_never_the_paper_s_benchmark(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("HueZanity: Probing Perception in MLLMs")
    assert default_method(["HueZanity"], title, "HueZanity") is None
    assert default_method([], title, None) == "HueZanity"
    assert default_method(["ZedNet"], title, "HueZanity") == "ZedNet"


def test_the_default_method_is_never_a_measure_the_paper_proposes(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("How Tokenization Limits Phonological Knowledge in Language Models")
    assert default_method(["syllabification-tokenization alignment distance"], title, None) is None
    assert default_method(["alignment distance", "PhonoZune"], title, None) == "PhonoZune"


def test_the_default_method_is_a_name_when_one_is_written(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("World-Model-Augmented Web Agents with Action Correction")
    abstract = "To address these challenges, we propose WAZ, a web agent that integrates model collaboration."
    assert default_method(["web agent"], title, None, abstract) == "WAZ"
    assert default_method(["web agent"], title, None, "We study agents.") == "web agent"  # nothing better
    # a name introduced as a benchmark is not the method
    assert default_method([], title, None, "We introduce ZASS-Bench, a curated benchmark of GPU tasks.") is None
    # the name introduced goes before the first entity found after the cue ("MLLM")
    abstract = "We present GZhinker (General Thinker), a novel reasoning MLLM."
    assert default_method(["MLLM"], title, None, abstract) == "GZhinker"
    assert default_method(["LMs"], blank_nlp("Phonology for all"), None, "We tune LMs.") is None  # a class of models
    assert default_method(["dual-branch"], blank_nlp("Phonology for all"), None, "We tune it.") is None  # a modifier


def test_a_name_the_abstract_introduces_is_a_method_span(blank_nlp):
    from kg.extract.own_method import introduced_names

    doc = blank_nlp("We present GZhinker (General Thinker), a novel reasoning MLLM. We introduce ZASS-Bench, a benchmark.")
    assert [(s.text, s.label_) for s in introduced_names(doc)] == [("GZhinker", "Method")]


def test_a_subtitle_naming_a_model_and_a_named_split_after_for(blank_nlp, make_doc):
    from kg.extract.own_method import title_method

    assert title_method(blank_nlp("Breaking the Zed Bottleneck: A High-Rank RNN Language Model"), None) == \
        "High-Rank RNN Language Model"
    assert title_method(blank_nlp("studying zeds: A Unified Framework for Things"), None) is None
    doc = make_doc("Its error rate is 5.9% for the Zwitchboard portion and 11.3% for the CallZome portion.",
                   [("error rate", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Zwitchboard", "5.9"), ("CallZome", "11.3")]


def test_own_benchmarks_in_latex_markup_after_a_question_or_built():
    from kg.extract.own_data import own_benchmark

    assert own_benchmark("Do Models Know? Zalshibench: A New Benchmark for Calibration", "") == "Zalshibench"
    assert own_benchmark("ZASS: Transpilation", r"we introduce \texttt{ZASS-Bench}, a curated benchmark") == "ZASS-Bench"
    assert own_benchmark("A study", "We built EnterpriseZocBench to take a swing at it.") == "EnterpriseZocBench"
    assert own_benchmark("A study", "We built ZedNet to take a swing at it.") is None


def test_a_modality_or_a_language_heads_no_leaderboard_of_bare_values():
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    for name in ("CT", "MRI", "English"):
        assert paper_dataset([Mention(name, "Dataset", "abstract", 0, len(name), name)], "A study") is None
    for name in ("GSM8K", "Cityscapes", "Penn Treebank"):
        assert paper_dataset([Mention(name, "Dataset", "abstract", 0, len(name), name)], "A study") == name


def test_settings_averages_and_applied_bases_are_no_results_of_their_own(make_doc):
    doc = make_doc("For MobileZet, PDZ achieves 68.2% top-1 accuracy on ImageNet at 86.6% sparsity.",
                   [("MobileZet", "Model"), ("PDZ", "Method"), ("top-1 accuracy", "Metric"), ("ImageNet", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["68.2"]
    doc = make_doc("Standard SFZ leads to an average drop of up to 4.4 on multiple benchmarks, such as MMLU.",
                   [("SFZ", "Method"), ("MMLU", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("ComPEFZ applied to LLaMZ outperforms QLoRZ by 4.16% on MMLU.",
                   [("ComPEFZ", "Method"), ("LLaMZ", "Model"), ("QLoRZ", "Method"), ("MMLU", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ComPEFZ"]


def test_a_metric_with_a_cutoff_before_from_is_the_range_s_measure(make_doc):
    doc = make_doc("We improve PASS@100 from 35.5% to 44.5% on GSM8K.", [("GSM8K", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("PASS@100", "35.5"), ("PASS@100", "44.5")]


def test_a_benchmark_shaped_name_beats_a_modality_and_a_class_places_nothing(make_doc):
    doc = make_doc("On ACDZ cardiac MRI, it improves mean DSC to 0.769.", [("MRI", "Dataset"), ("mean DSC", "Metric")])
    assert [r[1] for r in _tuples(doc)] == ["ACDZ"]
    doc = make_doc("The gain is largest on Decreased, where IoU reaches 74.8%.", [("IoU", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]


def test_settings_statistics_confidence_and_extra_costs_are_no_scores(make_doc):
    doc = make_doc("It reaches AUROC 0.878 at threshold 0.8 on ZedBench (p = 0.012).", [("AUROC", "Metric"),
                                                                                        ("ZedBench", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["0.878"]
    doc = make_doc("ZedNet reaches F1 = 0.795 (95% bootstrap CI) on ZedSet with only 1.1% extra FLOPs.",
                   [("ZedNet", "Model"), ("F1", "Metric"), ("ZedSet", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["0.795"]
    doc = make_doc("LLMs reach some competency on ZedRead (accuracy 49.7% - 69.7%).", [("ZedRead", "Dataset"),
                                                                                        ("accuracy", "Metric")])
    assert _tuples(doc) == []
    doc = make_doc("Transfer to MMLU shows a 47% accuracy degradation.", [("MMLU", "Dataset"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("47", "points")]
    doc = make_doc("On ZedMT, scores fall in a range with a standard deviation of 2.29.", [("ZedMT", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("Items were drawn for an error margin of 11% and a confidence level of 90%. It reaches error "
                   "rates of 5.8% on ZedMath.", [("error rates", "Metric"), ("ZedMath", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["5.8"]
    doc = make_doc("Generated trajectories achieve near-nominal 90% credible interval coverage.")
    assert _tuples(doc) == []
    doc = make_doc("On ZedQA, ZedNet reaches 45.1 R1@IoU=0.5 with only 8% additional learnable parameters.",
                   [("ZedQA", "Dataset"), ("ZedNet", "Model"), ("R1@IoU", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("R1@IoU", "45.1")]  # a threshold, an extra cost
    doc = make_doc("ZedNet reaches recall of 91.2% on ZedSet at 40% symmetric label noise and (>=98%) on ZedSet-2.",
                   [("ZedNet", "Model"), ("recall", "Metric"), ("ZedSet", "Dataset"), ("ZedSet-2", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["91.2"]  # a share of corrupted labels, a bound


def test_a_margin_is_a_change(make_doc):
    doc = make_doc("On ZedFC it beats the baselines with a margin up to 16.39% and by a margin of 2.1 points in "
                   "macro-F1.", [("ZedFC", "Dataset"), ("macro-F1", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("16.39", "points"), ("2.1", "points")]


def test_a_cutoff_metric_is_no_dataset_and_for_a_tagged_dataset_places_the_value(make_doc):
    doc = make_doc("We improve PASS@100 from 35.5% to 44.5% for GSM9K, and 27.6% to 36.2% PASS@80 for MathZA.",
                   [("PASS@100", "Dataset"), ("GSM9K", "Dataset"), ("MathZA", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("GSM9K", "PASS@100", "35.5"), ("GSM9K", "PASS@100", "44.5"),
                                                          ("MathZA", "PASS@80", "27.6"), ("MathZA", "PASS@80", "36.2")]


def test_training_data_and_unnamed_baselines_head_no_leaderboard(make_doc):
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    abstract = "A ViT pre-trained on ImageNet-21k classifies tumours."
    at = abstract.index("ImageNet-21k")
    assert paper_dataset([Mention("ImageNet-21k", "Dataset", "abstract", at, at + 12, "ImageNet-21k")],
                         "A study", abstract) is None
    doc = make_doc("On GSM9K our system reaches 93.0% accuracy, matching the Oracle baseline (98.0%) while "
                   "reducing compute costs by 61%.", [("GSM9K", "Dataset"), ("accuracy", "Metric"),
                                                      ("Oracle baseline", "Method")])
    assert [r[3] for r in _tuples(doc)] == ["93.0"]


def test_respectively_pairs_names_and_values_far_apart(make_doc):
    doc = make_doc("ZedT5-small and CANINZ outperform token-based counterparts and achieve new state-of-the-art "
                   "performance, improving accuracy by 0.77% and 0.49% on the News Zeadlines and Twitter Zarcasm "
                   "datasets, respectively.", [("ZedT5-small", "Model"), ("CANINZ", "Model"), ("accuracy", "Metric"),
                                               ("News Zeadlines", "Dataset"), ("Twitter Zarcasm datasets", "Dataset")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("ZedT5-small", "News Zeadlines", "0.77"),
                                                          ("CANINZ", "Twitter Zarcasm datasets", "0.49")]


def test_bounds_shares_lists_of_changes_and_agreement(make_doc):
    doc = make_doc("ZedNet outperforms the baselines on ZedQA by at least 15.00% and by $\\ge$ 1.1% on ZedVQA.",
                   [("ZedNet", "Model"), ("ZedQA", "Dataset"), ("ZedVQA", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("It keeps mIoU on ZedObj with only 50.0%, 21.5% and 23.1% of FLOPs.", [("mIoU", "Metric"),
                                                                                         ("ZedObj", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("It gives improvements of 11.1% Acc@0.5 on ZedRefer, 14.6 BLEU-1 on ZedDialog.",
                   [("ZedRefer", "Dataset"), ("BLEU-1", "Metric"), ("ZedDialog", "Dataset")])
    assert [(r[1], r[4]) for r in _tuples(doc)] == [("ZedRefer", "points"), ("ZedDialog", "points")]
    doc = make_doc("ZedAgent achieves 24% to 40% task success rate improvement on ZedUI.", [("ZedAgent", "Method"),
                                                                                           ("ZedUI", "Dataset")])
    assert _tuples(doc) == []  # a span of changes
    doc = make_doc("The ZedSent dataset reaches a 0.667 Krippendorf Alpha value.", [("ZedSent", "Dataset")])
    assert _tuples(doc) == []


def test_a_version_after_a_name_is_no_score(make_doc):
    doc = make_doc("It beats Seedzeam 4.0 and reaches 2.5 FID on ZedNet.", [("FID", "Metric"), ("ZedNet", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["2.5"]
    doc = make_doc("On ZedNet the FID is low, with FID 2.5 for our model.", [("ZedNet", "Dataset"), ("FID", "Metric"),
                                                                           ("FID", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["2.5"]  # after a metric it is a score


def test_data_a_model_was_trained_on_places_no_later_score(make_doc):
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    abstract = "We compare twelve ImageNet pre-trained models on electronic components."
    at = abstract.index("ImageNet")
    assert paper_dataset([Mention("ImageNet", "Dataset", "abstract", at, at + 8, "ImageNet")], "A study", abstract) is None
    doc = make_doc("A ViT pretrained on ImageNet-21k is the backbone. It reaches a test accuracy of 99.29% and "
                   "perfect recall on both healthy and tumour classes.",
                   [("ViT", "Model"), ("ImageNet-21k", "Dataset"), ("test accuracy", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]


def test_a_pointer_needs_a_data_noun_to_point_back(make_doc):
    doc = make_doc("We evaluate on ZetaQA. The scores reach 81.2% F1 on both short and long questions.",
                   [("ZetaQA", "Dataset"), ("F1", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]
    doc = make_doc("We evaluate on ZetaQA. The scores reach 81.2% F1 on both benchmarks' test sets.",
                   [("ZetaQA", "Dataset"), ("F1", "Metric")])
    assert [r[1] for r in _tuples(doc)] == ["ZetaQA"]


def test_a_measure_set_equal_to_the_value_is_its_metric(make_doc):
    doc = make_doc("Even the best model (Zorp 4.5, ECE=0.120) on QuuxBench shows calibration errors in accuracy.",
                   [("Zorp 4.5", "Model"), ("QuuxBench", "Dataset"), ("accuracy", "Metric")])
    assert _tuples(doc) == [("Zorp 4.5", "QuuxBench", "ECE", "0.120", "")]


def test_the_model_an_opening_using_names_is_not_the_scores_owner(make_doc):
    ents = [("Zorp3.2", "Model"), ("QuuxQA", "Dataset"), ("accuracy", "Metric")]
    opening = make_doc("For instance, using Zorp3.2 on QuuxQA, the model reaches an accuracy of 78.9%.", ents)
    assert _tuples(opening) == [(None, "QuuxQA", "accuracy", "78.9", "%")]  # the paper's method, filled later
    inside = make_doc("We evaluate using Zorp3.2, which reaches an accuracy of 78.9% on QuuxQA.", ents)
    assert _tuples(inside) == [("Zorp3.2", "QuuxQA", "accuracy", "78.9", "%")]


def test_a_share_of_another_methods_performance_is_no_score(make_doc):
    ents = [("Zorp-Select", "Method"), ("QBench", "Dataset"), ("AesBench", "Dataset")]
    listed = make_doc("Zorp-Select reaches 102.1% and 103.7% performance of full fine-tuning on QBench and AesBench "
                      "respectively.", ents)
    single = make_doc("Zorp-Select reaches 98.5% performance of full fine-tuning on QBench.", ents[:2])
    scored = make_doc("Zorp-Select reaches 71.2% accuracy on QBench.", ents[:2])
    assert _tuples(listed) == [] and _tuples(single) == []
    assert [r[3] for r in _tuples(scored)] == ["71.2"]


def test_a_task_named_before_leaderboard_is_where_the_score_is(make_doc):
    doc = make_doc("On the ZADI leaderboard, our ZorpBERT model achieves a macro F1 of 0.69.",
                   [("ZADI", "Task"), ("ZorpBERT", "Model"), ("macro F1", "Metric")])
    assert _tuples(doc) == [("ZorpBERT", "ZADI", "macro F1", "0.69", "")]


def test_a_name_glued_to_a_participle_or_trained_on_places_no_score(make_doc):
    doc = make_doc("A model trained only on Zorp-DDPM-generated scans reached a Dice score of 0.616.",
                   [("Dice score", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]  # the paper's dataset, filled later
    trained = make_doc("A model trained only on QuuxSet reached a Dice score of 0.616.", [("Dice score", "Metric")])
    assert [r[1] for r in _tuples(trained)] == [None]


def test_a_lower_case_piece_after_a_hyphen_ends_the_name(make_doc):
    doc = make_doc("We find that models score 65.6% on ZCE-normal, and 7.5% on ZCE-hard.", [])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZCE-normal", "65.6"), ("ZCE-hard", "7.5")]


def test_a_hyphenated_chain_stays_one_name(make_doc):
    doc = make_doc("It reaches 61.2% on Zaymo End-to-End Driving.", [])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Zaymo End-to-End Driving", "61.2")]


def test_a_value_placed_on_a_model_is_no_score_on_the_sentences_dataset(make_doc):
    doc = make_doc("Our method reaches an FID of 1.58 on ImageNet and 18.4 on Qwen2.5-7B.",
                   [("FID", "Metric"), ("ImageNet", "Dataset"), ("Qwen2.5-7B", "Model")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ImageNet", "1.58")]


def test_a_model_with_its_dataset_in_brackets_places_the_value_on_the_dataset(make_doc):
    doc = make_doc("DART improves accuracy by 2.1% on Qwen2.5-7B (ImageNet-1K).",
                   [("DART", "Method"), ("accuracy", "Metric"), ("Qwen2.5-7B", "Model"), ("ImageNet-1K", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ImageNet-1K", "2.1")]


def test_a_class_of_methods_is_nobodys_score():
    from kg.extract.results import method_name_ok
    assert not method_name_ok("FF-based methods") and not method_name_ok("CLIP-like models")
    assert method_name_ok("LAHJATBERT model") and method_name_ok("Codex coding-agent baseline")


def test_the_last_item_of_a_list_of_measures_stays_on_the_list(make_doc):
    doc = make_doc(r"On the GasSet dataset it reaches an AP of 29.8\%, an AP50 of 84.3\%, and a small-object AP of "
                   r"25.3\%, beating the baseline by 3.0\%, 6.5\%, and 5.3\%, respectively.",
                   [("GasSet dataset", "Dataset"), ("AP", "Metric"), ("AP50", "Metric"), ("small-object AP", "Metric")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("GasSet dataset", "29.8", "%"), ("GasSet dataset", "84.3", "%"), ("GasSet dataset", "25.3", "%"),
        ("GasSet dataset", "3.0", "points"), ("GasSet dataset", "6.5", "points"), ("GasSet dataset", "5.3", "points")]
    doc = make_doc("On GasSet it reaches 29.8 AP, and a later run on other data gives 25.3 AP.",
                   [("GasSet", "Dataset"), ("AP", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["29.8"]
    # forty-third session: ", and the MR by 20%" closes a list of "by" changes, no new clause
    doc = make_doc("On ZedVerse 1 our method reduces the minADE by 4.35%, the minFDE by 8.74%, and the MR by 20%.",
                   [("ZedVerse 1", "Dataset"), ("minADE", "Metric"), ("minFDE", "Metric"), ("MR", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("ZedVerse 1", "minADE", "4.35"), ("ZedVerse 1", "minFDE", "8.74"), ("ZedVerse 1", "MR", "20")]


def test_one_value_over_a_list_of_datasets_is_none_of_theirs(make_doc):
    doc = make_doc("Experiments on RoadSet and CitySet show that it reaches about 98% attribute agreement.",
                   [("RoadSet", "Dataset"), ("CitySet", "Dataset"), ("attribute agreement", "Metric")])
    assert _tuples(doc) == []
    doc = make_doc("Experiments on RoadSet and Waymo show that it reaches about 98% attribute agreement.",
                   [("RoadSet", "Dataset"), ("attribute agreement", "Metric")])
    assert _tuples(doc) == []  # the NER left Waymo untagged: still a list
    doc = make_doc("Experiments on RoadSet show that it reaches about 98% attribute agreement.",
                   [("RoadSet", "Dataset"), ("attribute agreement", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("RoadSet", "98")]


def test_an_average_across_benchmarks_does_not_break_the_pairing_of_a_list(make_doc):
    doc = make_doc("On average, it shows a 3.85% improvement over zero-shot baselines across benchmarks, and on "
                   "MathSet, AimeSet and GpqaSet it shows 2.08%, 2.23% and 3.99% improvements.",
                   [("MathSet", "Dataset"), ("AimeSet", "Dataset"), ("GpqaSet", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("MathSet", "2.08"), ("AimeSet", "2.23"), ("GpqaSet", "3.99")]


def test_two_measures_over_one_list_of_datasets_go_round_the_list(make_doc):
    doc = make_doc("On DriveSet, StareSet, and ChaseSet it reaches dice scores of 83.28, 87.44, and 84.50% and "
                   "Jaccard indices of 72.85, 79.31, and 74.70%, respectively.",
                   [("DriveSet", "Dataset"), ("StareSet", "Dataset"), ("ChaseSet", "Dataset"),
                    ("dice scores", "Metric"), ("Jaccard indices", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [
        ("DriveSet", "83.28"), ("StareSet", "87.44"), ("ChaseSet", "84.50"),
        ("DriveSet", "72.85"), ("StareSet", "79.31"), ("ChaseSet", "74.70")]
    # four values, two datasets tagged: the list of four names says which is which
    doc = make_doc("It wins by 14%, 23%, 9%, and 2% in success rate on NavSet, GoatSet, Sg3d, and Aeqa, respectively.",
                   [("NavSet", "Dataset"), ("GoatSet", "Dataset"), ("success rate", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("NavSet", "14"), ("GoatSet", "23"), ("Sg3d", "9"), ("Aeqa", "2")]
    # ... but not a list that ends in no name: no guessing which is which
    doc = make_doc("It wins by 14%, 23%, 9%, and 2% in success rate on NavSet, GoatSet and two more suites, "
                   "respectively.", [("NavSet", "Dataset"), ("GoatSet", "Dataset"), ("success rate", "Metric")])
    assert _tuples(doc) == []


def test_a_spread_after_plus_minus_is_no_score(make_doc):
    doc = make_doc("It reaches a Dice of 89.0 +/- 0.9% on ProstSet.", [("Dice", "Metric"), ("ProstSet", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["89.0"]


def test_an_average_across_tasks_of_one_dataset_is_its_score(make_doc):
    doc = make_doc("On NyuSet, it achieves a +9.7% average relative improvement across tasks.", [("NyuSet", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("NyuSet", "9.7")]


def test_respectively_pairs_with_the_list_of_as_many_datasets(make_doc):
    doc = make_doc("On benchmarks (e.g., AimeSet and AmcSet), it gains 10 and 15 points on AimeSet and AmcSet, "
                   "respectively.", [("AimeSet", "Dataset"), ("AmcSet", "Dataset"), ("AimeSet", "Dataset"),
                                     ("AmcSet", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("AimeSet", "10"), ("AmcSet", "15")]


def test_a_capability_is_not_the_metric(make_doc):
    doc = make_doc("It leads to consistent improvements in reasoning ability (+1.1 on MathSet).",
                   [("reasoning ability", "Metric"), ("MathSet", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("MathSet", None, "1.1")]


def test_parallel_lists_pair_the_scores_and_the_gains_after_them(make_doc):
    doc = make_doc("It achieves 71.6 and 54.4 exact match scores on TriviaSet and WebSet, outperforming the "
                   "pipeline by +4.0 and +3.9.", [("exact match", "Metric"), ("TriviaSet", "Dataset"),
                                                   ("WebSet", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("TriviaSet", "71.6", ""), ("WebSet", "54.4", ""), ("TriviaSet", "4.0", "points"), ("WebSet", "3.9", "points")]


def test_a_class_opening_a_list_of_models_is_not_one_of_them(make_doc):
    doc = make_doc("On MedSet, the best closed-source models, Claude-4.6-Opus, Gemini-3-Pro, and GPT-5.2-xhigh, reach "
                   "only 57.2%, 55.3%, and 54.9% accuracy.",
                   [("MedSet", "Dataset"), ("closed-source models", "Method"), ("Claude-4.6-Opus", "Model"),
                    ("Gemini-3-Pro", "Model"), ("GPT-5.2-xhigh", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [
        ("Claude-4.6-Opus", "57.2"), ("Gemini-3-Pro", "55.3"), ("GPT-5.2-xhigh", "54.9")]


def test_hours_are_no_score(make_doc):
    doc = make_doc("On FleurSet the WER gap is near zero by 2500 h.", [("FleurSet", "Dataset"), ("WER", "Metric")])
    assert _tuples(doc) == []


def test_changes_after_by_and_quoted_lists_of_models(make_doc):
    doc = make_doc("Our models outperform the instruct models by 9.03% and 9.44% on CvSet.", [("CvSet", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("9.03", "points"), ("9.44", "points")]
    doc = make_doc("On IqSet, models such as `o4-mini`, `gemini-2.5-flash`, and `claude-3.7-sonnet` achieve the highest "
                   "accuracies of 0.615, 0.578, and 0.548, respectively.",
                   [("IqSet", "Dataset"), ("o4-mini", "Model"), ("gemini-2.5-flash", "Model"),
                    ("claude-3.7-sonnet", "Model"), ("accuracies", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [
        ("o4-mini", "0.615"), ("gemini-2.5-flash", "0.578"), ("claude-3.7-sonnet", "0.548")]


def test_respectively_pairs_every_run_of_values_with_the_listed_models(make_doc):
    doc = make_doc("On OpinSet, o1 and DeepSeek-R1 reach 0.809 and 0.814 in selection, and F1 scores of 0.622 and "
                   "0.635 in detection, respectively.",
                   [("OpinSet", "Dataset"), ("o1", "Model"), ("DeepSeek-R1", "Model"), ("F1 scores", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [
        ("o1", "0.809"), ("DeepSeek-R1", "0.814"), ("o1", "0.622"), ("DeepSeek-R1", "0.635")]


def test_an_arrow_in_latex_is_a_range_and_markup_hides_no_change(make_doc):
    doc = make_doc("On OffSet, it improves accuracy by \\textbf{7.3\\%} (60.6\\% $\\to$ 67.9\\%), and on SeaSet it yields a "
                   "\\textbf{12.1\\%} gain.", [("OffSet", "Dataset"), ("accuracy", "Metric"), ("SeaSet", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("OffSet", "7.3", "points"), ("OffSet", "60.6", "%"), ("OffSet", "67.9", "%"), ("SeaSet", "12.1", "points")]
    assert [r.value for r in find_results(doc) if r.baseline] == ["60.6"]  # the range's start


def test_a_value_in_brackets_takes_the_metric_of_its_brackets(make_doc):
    doc = make_doc("We reach SOTA on WikiZed (10.8 compared to SOTA perplexity of 15.8) and LAMBZA (66.5% compared to "
                   "SOTA accuracy of 63.2%).", [("WikiZed", "Dataset"), ("perplexity", "Metric"), ("LAMBZA", "Dataset"),
                                                ("accuracy", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc) if r[3] in ("10.8", "66.5")] == [
        ("WikiZed", "perplexity", "10.8"), ("LAMBZA", "accuracy", "66.5")]


def test_respectively_pairs_ranges_with_the_listed_models(make_doc):
    doc = make_doc("The top-1 accuracy on ImageZed of MobileZed-large and ResZed-D improves from 75.2% to 79% and 79.1% "
                   "to 83%, respectively.", [("top-1 accuracy", "Metric"), ("ImageZed", "Dataset"),
                                             ("MobileZed-large", "Model"), ("ResZed-D", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [
        ("MobileZed-large", "75.2"), ("MobileZed-large", "79"), ("ResZed-D", "79.1"), ("ResZed-D", "83")]


def test_a_long_list_after_outperforms_is_the_baselines(make_doc):
    doc = make_doc("On ZedBench, the 11B-sized Flipzed outperforms zero-shot T0-11B and even a 16 times larger 3-shot "
                   "GPT-3 (175B) on average by 8.4% and 9.7% points, respectively.",
                   [("ZedBench", "Dataset"), ("Flipzed", "Model"), ("GPT-3", "Model")])
    assert {r[0] for r in _tuples(doc)} == {"Flipzed"}


def test_vs_inside_a_name_is_no_baseline_cue(make_doc):
    from kg.extract.result_owners import after_baseline_cue
    doc = make_doc("VS-DDPM reaches 0.83 on BraZed while GPT-5 vs Claude differ.", [("BraZed", "Dataset"), ("GPT-5", "Model"),
                                                                                  ("Claude", "Model")])
    ents = {e.text: e for e in doc.ents}
    assert not after_baseline_cue(ents["BraZed"]) and after_baseline_cue(ents["Claude"])


def test_a_change_named_after_its_value_keeps_the_dataset_after_it(make_doc):
    doc = make_doc("We achieve +1.1% averaged gain on the GLZ benchmark and +1.75% F_0.5 score improvement on CoNZ2014 "
                   "dataset.", [("GLZ benchmark", "Dataset"), ("CoNZ2014 dataset", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("GLZ benchmark", "1.1", "points"), ("CoNZ2014 dataset", "1.75", "points")]


def test_a_count_of_benchmarks_is_no_dataset(make_doc):
    doc = make_doc("Evaluations on 21 benchmarks show that PCZ improves FT approaches by up to 20.1%.",
                   [("21 benchmarks", "Dataset"), ("PCZ", "Method"), ("FT", "Method")])
    assert [r[1] for r in _tuples(doc)] == []


def test_the_data_a_named_model_is_fine_tuned_on_places_no_score(make_doc):
    doc = make_doc("When fine-tuning LLaMZ-7B on the MetaZed dataset and validating on GSMZ and math benchmarks, Bonz "
                   "achieved scores of 49.36 and 8.8, respectively.",
                   [("LLaMZ-7B", "Model"), ("MetaZed dataset", "Dataset"), ("GSMZ", "Dataset"), ("Bonz", "Method")])
    # the second value is on the untagged "math benchmarks", not on GSMZ
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("GSMZ", "49.36")]


def test_a_respectively_list_of_datasets_before_their_noun_pairs_in_order(make_doc):
    doc = make_doc("GZPOSE shows accuracy improvements of 1.4%, 2.8% and 2.5% on the T-LEZZ, LineZod-Occlusion and "
                   "LineZod datasets, respectively.", [("GZPOSE", "Model"), ("accuracy", "Metric"), ("T-LEZZ", "Dataset"),
                                                      ("LineZod-Occlusion", "Dataset"), ("LineZod datasets", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [
        ("T-LEZZ", "1.4"), ("LineZod-Occlusion", "2.8"), ("LineZod datasets", "2.5")]


def test_changes_listed_over_places_written_in_lower_case_stay_changes(make_doc):
    doc = make_doc("On LIBZO, RobustZLA delivers gains of 12.6% on the pi0 backbone and 10.4% on the OpenZLA backbone.",
                   [("LIBZO", "Dataset"), ("RobustZLA", "Model"), ("pi0 backbone", "Model"), ("OpenZLA", "Model")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("LIBZO", "12.6", "points"), ("LIBZO", "10.4", "points")]


def test_a_name_heading_a_backbone_or_baseline_is_no_dataset(make_doc):
    doc = make_doc("PolarZLM surpasses the RGB baseline, reaching 71.2% accuracy.",
                   [("PolarZLM", "Model"), ("RGB baseline", "Dataset"), ("accuracy", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]


def test_a_dataset_tagged_name_that_reaches_the_score_owns_it(make_doc):
    doc = make_doc("On the nuZcenes benchmark, MS-Ozz achieves an IoU of 32.1%.",
                   [("nuZcenes benchmark", "Dataset"), ("MS-Ozz", "Dataset"), ("IoU", "Metric")])
    assert _tuples(doc) == [("MS-Ozz", "nuZcenes benchmark", "IoU", "32.1", "%")]


def test_percentage_points_is_a_unit_not_a_metric(make_doc):
    doc = make_doc("SAZ-DPO improves AIZE24 by 10 percentage points.",
                   [("SAZ-DPO", "Method"), ("AIZE24", "Dataset"), ("percentage points", "Metric")])
    assert _tuples(doc) == [("SAZ-DPO", "AIZE24", None, "10", "points")]


def test_a_numbered_split_is_no_dataset(make_doc):
    doc = make_doc("On ScenZ3D, our method improves AP50 by 3.23 on Split 0 and 3.7 on Split 1.",
                   [("ScenZ3D", "Dataset"), ("AP50", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ScenZ3D", "3.23"), ("ScenZ3D", "3.7")]


def test_versions_settings_and_spans_of_signed_changes_are_no_scores(make_doc):
    doc = make_doc("We build on Hunyuaz3D 2.1 and test dubbing setting 2.0 on ZV2C.", [("Hunyuaz3D", "Model"),
                                                                                      ("ZV2C", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("ZwNV improves accuracy on ZBench by +1.3 to +3.9 pp.", [("accuracy", "Metric"), ("ZBench", "Dataset")])
    assert _tuples(doc) == []


def test_a_metric_written_in_after_the_value_is_its_metric(make_doc):
    doc = make_doc("On Kubriz-4D, we achieve improvements of 21.57% in PSNR and 7.31% in SSIM.",
                   [("Kubriz-4D", "Dataset"), ("PSNR", "Metric"), ("SSIM", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("PSNR", "21.57"), ("SSIM", "7.31")]


def test_respectively_with_a_dataset_missing_places_none_of_the_list(make_doc):
    doc = make_doc("PRIZM reaches 90.0%, 75.4%, and 71.4% on AIMZ25, HMMZ25, and the diamond split, respectively.",
                   [("PRIZM", "Method"), ("AIMZ25", "Dataset"), ("HMMZ25", "Dataset")])
    assert _tuples(doc) == []
    # a list of names read whole pairs in order, whatever the NER typed its last name
    doc = make_doc("PRIZM reaches 90.0%, 75.4%, and 71.4% on AIMZ25, HMMZ25, and GPQZ Diamond, respectively.",
                   [("PRIZM", "Method"), ("AIMZ25", "Dataset"), ("HMMZ25", "Dataset"), ("GPQZ Diamond", "Model")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("AIMZ25", "90.0"), ("HMMZ25", "75.4"), ("GPQZ Diamond", "71.4")]


def test_a_verb_of_change_right_before_the_value_makes_a_change(make_doc):
    doc = make_doc("On nuZcenes, it improves the baseline, significantly improving 2.89% mIoU.",
                   [("nuZcenes", "Dataset"), ("mIoU", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("2.89", "points")]
    doc = make_doc("On ZVTec-AD, our method improves mean AUC to 98.35%.", [("ZVTec-AD", "Dataset"), ("mean AUC", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("98.35", "%")]  # "to": the score reached


def test_a_modality_is_nobody_s_score(make_doc):
    doc = make_doc("Lesion-DZPM scans evaluated on real MRIs reached a Dice score of 0.616 on ZSLesSeg.",
                   [("MRIs", "Method"), ("Dice score", "Metric"), ("ZSLesSeg", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == [None]


def test_costs_counts_and_classes_of_measures_are_no_scores(make_doc):
    doc = make_doc("We propose the ZultureLens benchmark with 4000 prompts and 3 evaluation metrics.",
                   [("ZultureLens benchmark", "Dataset"), ("evaluation metrics", "Metric")])
    assert _tuples(doc) == []
    doc = make_doc("On SQuZD, throughput remains approximately 0.231 queries per second.", [("SQuZD", "Dataset")])
    assert _tuples(doc) == []


def test_a_name_is_not_both_the_method_and_its_dataset_or_metric(blank_nlp):
    from kg.extract.assemble import _results
    from kg.extract.results import RawResult

    abstract = blank_nlp("The GRIZ pipeline reaches 84.62% on GRIZ. AEZ brings a 1.4 percent AEZ gain on SWE-Zench.")
    abstract._.kg_results = [RawResult("GRIZ", "GRIZ", None, "84.62", "%", (0, 41), 26, "absolute", False),
                             RawResult("AEZ", "SWE-Zench", "AEZ", "1.4", "points", (42, 88), 57, "delta", False)]
    title = blank_nlp("A study")
    title._.kg_results = []
    results = _results({"title": title, "abstract": abstract}, "ZedNet", None)
    assert [(r.method, r.dataset, r.metric) for r in results] == [("ZedNet", "GRIZ", None), ("AEZ", "SWE-Zench", None)]
    # the paper's own method as the place of its score: the data is not named, no result
    assert [r.method for r in _results({"title": title, "abstract": abstract}, "GRIZ", None)] == ["AEZ"]


def test_a_name_inside_a_modifier_describes_a_method_it_does_not_name():
    from kg.extract.results import method_name_ok

    assert not method_name_ok("GRPO-aligned policy model") and not method_name_ok("CLIP-guided diffusion")
    assert method_name_ok("RL-trained Qwen") and method_name_ok("Reward-SQL")


def test_an_untagged_name_written_like_a_tagged_owner_owns_its_value(make_doc):
    doc = make_doc("On ALFZorld, PatchZoard achieves an 84.6% success rate, compared with 30.8% for LangZraph and 61.6% "
                   "for Flozk.", [("ALFZorld", "Dataset"), ("PatchZoard", "Model"), ("success rate", "Metric"),
                                  ("LangZraph", "Method")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("PatchZoard", "84.6"), ("LangZraph", "30.8"), ("Flozk", "61.6")]


def test_a_model_s_features_or_a_variant_owns_no_score(make_doc):
    doc = make_doc("It generates captions from ResZet50 features on COZO2017 with ROUGE-L scores up to 0.52.",
                   [("ResZet50", "Model"), ("COZO2017", "Dataset"), ("ROUGE-L scores", "Metric")])
    assert [r[0] for r in _tuples(doc)] == [None]
    doc = make_doc("On KIZ-ML, the LLM variant achieves 24.3% R@1.", [("KIZ-ML", "Dataset"), ("LLM variant", "Model"),
                                                                    ("R@1", "Metric")])
    assert [r[0] for r in _tuples(doc)] == [None]


def test_people_beside_the_models_own_their_scores(make_doc):
    doc = make_doc("On HueZ, human participants achieved near-perfect scores (100% and 95.6%).", [("HueZ", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("human participants", "100"), ("human participants", "95.6")]
    doc = make_doc("On RadZ, radiologists achieved the highest accuracy (83%), outperforming trainees (45%).",
                   [("RadZ", "Dataset"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("radiologists", "83"), ("trainees", "45")]
    doc = make_doc("The error rate of professional transcribers is 5.9% on SwitchZoard.",
                   [("error rate", "Metric"), ("SwitchZoard", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("professional transcribers", "5.9")]


def test_responses_per_question_are_a_count(make_doc):
    doc = make_doc("On the ScienZQA dataset, the model requires an average of 2.57 responses per question.",
                   [("ScienZQA dataset", "Dataset")])
    assert _tuples(doc) == []


def test_a_pipeline_named_after_on_is_no_data_and_a_dataset_in_a_phrase_is_no_subject(make_doc):
    doc = make_doc("We evaluate ZHARM across LangZhain agentic pipeline configurations, achieving an 89.4% detection rate.",
                   [("ZHARM", "Model"), ("LangZhain", "Method"), ("detection rate", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]
    doc = make_doc("Evaluation on the VisZrone benchmark demonstrates that QZOLOv8n loses only 0.4 pp mAP@50.",
                   [("VisZrone benchmark", "Dataset"), ("QZOLOv8n", "Model"), ("mAP@50", "Metric")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [("QZOLOv8n", "VisZrone benchmark")]


def test_lists_after_a_change_noun_are_changes_and_lists_before_a_count_are_counts(make_doc):
    doc = make_doc("On ZLP, it yields gains of 2.1% and 1.2% in segment-level metrics.", [("ZLP", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("2.1", "points"), ("1.2", "points")]
    doc = make_doc("ID-Zlign achieves a 6.09% enhancement on MMZench.", [("ID-Zlign", "Method"), ("MMZench", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("6.09", "points")]
    doc = make_doc("It achieves 2.16 and 2.05 times speedups on CogZideo and Wan2.1.", [("CogZideo", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("The OmniZench data reach a 91% human acceptance rate.", [("OmniZench", "Dataset")])
    assert _tuples(doc) == []


def test_tex_math_values_and_bracketed_costs(make_doc):
    doc = make_doc("Ferret-ZI attains scores of $91.6\\%$ and $53.3\\%$ on ScreenZpot-V2 and ScreenZpot-Pro, respectively.",
                   [("Ferret-ZI", "Model"), ("ScreenZpot-V2", "Dataset"), ("ScreenZpot-Pro", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("ScreenZpot-V2", "91.6", "%"), ("ScreenZpot-Pro", "53.3", "%")]
    doc = make_doc("On VBench-Z, it needs fewer parameters ($9.3\\%$) and training data ($0.5\\%$).", [("VBench-Z", "Dataset")])
    assert _tuples(doc) == []


def test_a_value_in_markup_opens_a_range_and_our_benchmark_is_the_paper_s(make_doc):
    doc = make_doc("Tuning QZen on LandZat boosts VQA accuracy from \\textbf{0.74} to 0.87.",
                   [("QZen", "Model"), ("LandZat", "Dataset"), ("VQA accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["0.74", "0.87"]
    doc = make_doc("Current MLLMs lack emotional intelligence, the best reaching 39.3% on our benchmark.",
                   [("MLLMs", "Model"), ("emotional intelligence", "Dataset")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [(None, None)]  # the paper's own benchmark fills it


def test_a_coined_measure_right_after_a_value_is_its_metric(make_doc):
    doc = make_doc("On DIZ2K, VARestozer reaches 72.32 MUSZQ and 0.7669 CLIPZQA.",
                   [("DIZ2K", "Dataset"), ("VARestozer", "Model"), ("MUSZQ", "Model"), ("CLIPZQA", "Method")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [("VARestozer", "MUSZQ", "72.32"), ("VARestozer", "CLIPZQA", "0.7669")]
    doc = make_doc("Tuning QZen on LandZat improves captioning from 0.11 to 0.31 SPIDZr and VQA accuracy from 0.74 to 0.87.",
                   [("QZen", "Model"), ("LandZat", "Dataset"), ("SPIDZr", "Model"), ("VQA accuracy", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("SPIDZr", "0.11"), ("SPIDZr", "0.31"), ("VQA accuracy", "0.74"),
                                                    ("VQA accuracy", "0.87")]
    assert "SPIDZr" not in [r[0] for r in _tuples(doc)]


def test_an_untagged_name_right_after_a_value_in_a_list_of_such_pairs(make_doc):
    doc = make_doc("Step-ZUI leads (8B: 80.2% AndroidZorld, 48.5% OSZorld, 62.6% ScreenZhot-Pro).",
                   [("Step-ZUI", "Model"), ("AndroidZorld", "Dataset"), ("OSZorld", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("AndroidZorld", "80.2"), ("OSZorld", "48.5"),
                                                    ("ScreenZhot-Pro", "62.6")]


def test_spans_that_ranged_and_shares_of_a_cost_are_no_scores(make_doc):
    doc = make_doc("On USZLE, the accuracy of the physicians ranged from 50% to 70%.", [("USZLE", "Dataset"),
                                                                                   ("accuracy", "Metric")])
    assert _tuples(doc) == []
    doc = make_doc("Despite token compression of up to 96\\%, accuracy holds on VQZ.", [("accuracy", "Metric"),
                                                                                  ("VQZ", "Dataset")])
    assert _tuples(doc) == []


def test_a_dataset_defined_with_a_short_form_is_placed_under_it(make_doc):
    from kg.extract.assemble import paper_dataset
    from kg.records import Mention

    doc = make_doc("Results on the German Traffic Zign Recognition Benchmark (GTZRB) show 91.25% accuracy for HOZ-SVM.",
                   [("German Traffic Zign Recognition Benchmark", "Dataset"), ("GTZRB", "Dataset"),
                    ("accuracy", "Metric"), ("HOZ-SVM", "Model")])
    assert [r[1] for r in _tuples(doc)] == ["GTZRB"]
    long = "German Traffic Zign Recognition Benchmark"
    mentions = [Mention(long, "Dataset", "abstract", 0, 41, long), Mention("GTZRB", "Dataset", "abstract", 43, 48, long)]
    assert paper_dataset(mentions, "A study", "") == "GTZRB"


def test_an_untagged_measure_before_of_names_the_value_s_metric(make_doc):
    doc = make_doc("Ferret-ZI achieves success rates of $28.0\\%$ on AndroidZorld.", [("Ferret-ZI", "Model"),
                                                                                   ("AndroidZorld", "Dataset")])
    assert [r[2] for r in _tuples(doc)] == ["success rates"]
    for text in ("Ferret-ZI attains scores of 91.6% on AndroidZorld.",
                 "Ferret-ZI reaches a record score of 97.6% on AndroidZorld."):
        doc = make_doc(text, [("Ferret-ZI", "Model"), ("AndroidZorld", "Dataset")])
        assert [r[2] for r in _tuples(doc)] == [None], text


def test_a_model_s_untagged_measure_from_x_to_y_over_a_baseline(make_doc):
    doc = make_doc("On ZextVis, our framework increases GPT-4o's pass rate from 26% to 42% over the direct approach.",
                   [("ZextVis", "Dataset"), ("GPT-4o", "Model"), ("direct approach", "Method")])
    # the old value is GPT-4o's; the new one is the subject's (the paper's framework, unnamed here)
    assert [(r[0], r[2], r[3], r[4]) for r in _tuples(doc)] == [("GPT-4o", "pass rate", "26", "%"),
                                                              (None, "pass rate", "42", "%")]


def test_a_size_owns_no_score_and_a_loss_is_a_change(make_doc):
    doc = make_doc("On SugarZane, this 9.26 MB model achieved an F1-score of 0.98.",
                   [("SugarZane", "Dataset"), ("MB model", "Model"), ("F1-score", "Metric")])
    assert [r[0] for r in _tuples(doc)] == [None]
    doc = make_doc("On When2Zool, it cuts tool calls with only 1.7% accuracy loss.", [("When2Zool", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("1.7", "points")]


def test_an_untagged_measure_changed_to_or_defined_before_the_value(make_doc):
    doc = make_doc("On ACZC, it improves mean DSC to 0.769 and reduces SDLogZ to 0.11. On ACZC, the lowest deviation "
                   "(SDLogZ) of 0.08 stands.", [("ACZC", "Dataset"), ("mean DSC", "Metric"), ("ACZC", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("mean DSC", "0.769"), ("SDLogZ", "0.11"), ("SDLogZ", "0.08")]
    doc = make_doc("On ACZC, it exceeds reported inter-expert agreement levels (91.2%).", [("ACZC", "Dataset")])
    assert _tuples(doc) == []


def test_a_value_after_rose_or_fell_is_a_change(make_doc):
    doc = make_doc("The share of such terms rose 48% in OpenZlex.", [("OpenZlex", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("48", "points")]


def test_a_model_trained_on_our_dataset_scores_on_the_named_benchmark(make_doc):
    doc = make_doc("A ViZ-H trained on our dataset achieves 83.0% zero-shot accuracy on ImageZet.",
                   [("ViZ-H", "Model"), ("zero-shot accuracy", "Metric"), ("ImageZet", "Dataset")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [("ViZ-H", "ImageZet")]


def test_a_range_s_end_measures_what_its_start_does(make_doc):
    doc = make_doc("On SketchZraphs, it reduces Frechet Inception Distance (FID) from 16.04 to 7.80 and negative "
                   "log-likelihood (NLL) from 84.8 to 81.33.",
                   [("SketchZraphs", "Dataset"), ("Frechet Inception Distance", "Metric"), ("FID", "Metric"),
                    ("negative log-likelihood", "Metric"), ("NLL", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("FID", "16.04"), ("FID", "7.80"), ("NLL", "84.8"),
                                                    ("NLL", "81.33")]


def test_the_model_a_range_is_measured_on_owns_its_old_value(make_doc):
    # the name as the subject owns both values, as written
    doc = make_doc("On ALFZorld, Reflexion's success rate rises from 41% to 88%, while ReZct improves from 20% to 60%.",
                   [("ALFZorld", "Dataset"), ("success rate", "Metric"), ("ReZct", "Method")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Reflexion", "41"), ("Reflexion", "88"), ("ReZct", "20"),
                                                    ("ReZct", "60")]
    doc = make_doc("Fine-tuning of Qwen2.5-ZL-7B on LandsatZ improves captioning performance from 0.11 to 0.31 SPIDEr.",
                   [("Qwen2.5-ZL-7B", "Model"), ("LandsatZ", "Dataset"), ("SPIDEr", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Qwen2.5-ZL-7B", "0.11"), ("Qwen2.5-ZL-7B", "0.31")]
    # as the object, the old value only: the new one is the subject's
    doc = make_doc("Applied to Qwen3-30Z, MarsZL improves AIME2025 accuracy from 86.5% to 93.3%.",
                   [("Qwen3-30Z", "Model"), ("MarsZL", "Method"), ("AIME2025", "Dataset"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Qwen3-30Z", "86.5"), ("MarsZL", "93.3")]
    doc = make_doc("For example, Qwen2.5-7Z with SLOZ achieves an accuracy gain of 8.6% on GSM8Z from 57.54% to 66.19%.",
                   [("Qwen2.5-7Z", "Model"), ("SLOZ", "Method"), ("accuracy", "Metric"), ("GSM8Z", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("SLOZ", "8.6"), ("Qwen2.5-7Z", "57.54"), ("SLOZ", "66.19")]
    doc = make_doc("On GSM8Z, it improves accuracy from 30.2% to 35.0%.", [("GSM8Z", "Dataset"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "30.2"), (None, "35.0")]  # nobody named: unnamed


def test_the_value_a_score_is_set_against_is_a_baseline_s(make_doc):
    doc = make_doc("On EnterpriseZB, hybrid retrieval narrowly beats BZ25 (nDCG@5 of 0.92 vs. 0.91).",
                   [("EnterpriseZB", "Dataset"), ("hybrid retrieval", "Method"), ("BZ25", "Method"),
                    ("nDCG@5", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "0.92"), ("BZ25", "0.91")]  # a description: no name
    doc = make_doc("On RecipeZB, the approach improves BERTScore (0.92 vs 0.72) over the best recurrent baseline.",
                   [("RecipeZB", "Dataset"), ("BERTScore", "Metric")])
    found = find_results(doc)
    assert [(r.method, r.value, r.baseline) for r in found] == [(None, "0.92", False), (None, "0.72", True)]
    doc = make_doc("It is better than the CoZ (47.5% compared to 26.67%) on MATZ.",
                   [("CoZ", "Method"), ("MATZ", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "47.5"), ("CoZ", "26.67")]  # the first: the subject's
    doc = make_doc("GPT-Z (52.3% vs. 40.1%) leads on MATZ.", [("GPT-Z", "Model"), ("MATZ", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("GPT-Z", "52.3"), (None, "40.1")]
    doc = make_doc("On BoolZ, the previous best of 42.9% stands.", [("BoolZ", "Dataset")])
    assert _tuples(doc) == []  # an unnamed baseline's value with no score beside it is still nobody's


def test_a_score_set_against_one_with_the_same_unit_is_a_baseline_s(make_doc):
    doc = make_doc("Our model beats the previous best on BrnoZpeed in median speed error (0.58 km/h vs. 0.60 km/h).",
                   [("BrnoZpeed", "Dataset"), ("median speed error", "Metric")])
    found = find_results(doc)
    assert [(r.value, r.baseline) for r in found] == [("0.58", False), ("0.60", True)]
    doc = make_doc("Our model reaches 0.58 km/h on BrnoZpeed vs. 0.60 seconds of latency.",
                   [("BrnoZpeed", "Dataset")])
    assert "0.60" not in [r.value for r in find_results(doc)]  # no score before the "vs." it could be set against


def test_a_score_set_against_waits_for_the_paper_s_dataset(make_doc):
    doc = make_doc("Hybrid retrieval narrowly beats BZ25 (nDCG@5 of 0.92 vs. 0.91).",
                   [("Hybrid retrieval", "Method"), ("BZ25", "Method"), ("nDCG@5", "Metric")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [(None, None, "0.92"), ("BZ25", None, "0.91")]
    doc = make_doc("A model trained on our scans reached a Dice score of 0.616 compared with 0.569 for the best "
                   "competing dataset.", [("Dice score", "Metric")])
    found = find_results(doc)
    assert [(r.value, r.baseline) for r in found] == [("0.616", False), ("0.569", True)]
    doc = make_doc("The previous best of 42.9% stands.", [])
    assert find_results(doc) == []  # an unnamed baseline's value with no score beside it is still nobody's


def test_a_list_of_datasets_whose_first_the_ner_mistyped_pairs_with_its_values(make_doc):
    doc = make_doc("Evaluated on UCF-Zrime, ShanghaiZech, and CUHK Zvenue, VigilZormer achieves AUC scores of 87.83%, "
                   "97.21%, and 89.74% respectively, at 41.5 FPS on a single GPU.",
                   [("UCF-Zrime", "Task"), ("ShanghaiZech", "Dataset"), ("CUHK Zvenue", "Dataset"),
                    ("VigilZormer", "Model"), ("AUC scores", "Metric"), ("FPS", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("UCF-Zrime", "AUC scores", "87.83"), ("ShanghaiZech", "AUC scores", "97.21"),
        ("CUHK Zvenue", "AUC scores", "89.74")]  # the later clause's FPS measures none of them
    doc = make_doc("Across 13 NER benchmarks, ToZMeR achieves 93% recall.",
                   [("13 NER benchmarks", "Dataset"), ("ToZMeR", "Dataset"), ("recall", "Metric")])
    assert _tuples(doc) == []  # "Across A, B achieves": no list; a recall over 13 benchmarks is none of theirs


def test_the_k_of_a_metric_s_name_is_no_count(make_doc):
    doc = make_doc("On ImageZet-256, CAT-H/2 achieves an FID-50K of 1.56 with one-step inference.",
                   [("ImageZet-256", "Dataset"), ("CAT-H/2", "Model")])
    assert [(r[0], r[1], r[2], r[3]) for r in _tuples(doc)] == [("CAT-H/2", "ImageZet-256", "FID-50K", "1.56")]
    doc = make_doc("On OAZ, the hybrid path reached a test QWK of 0.8436 and 12 of 30 wins.", [("OAZ", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("QWK", "0.8436")]
    doc = make_doc("On ImageZet-256, it cuts the number of tokens of 45%.", [("ImageZet-256", "Dataset")])
    assert _tuples(doc) == []


def test_a_value_before_and_then_another_measure_s_to_starts_no_range(make_doc):
    doc = make_doc("On MVTec-ZD, our method improves mean AUC to 98.35% and AP to 66.54%.",
                   [("MVTec-ZD", "Dataset"), ("mean AUC", "Metric"), ("AP", "Metric")])
    assert [(r.metric, r.value, r.baseline) for r in find_results(doc)] == [("mean AUC", "98.35", False),
                                                                             ("AP", "66.54", False)]
    doc = make_doc("On MVTec-ZD, it raises PSNR from 23.36 dB to 28.51 dB.",
                   [("MVTec-ZD", "Dataset"), ("PSNR", "Metric")])
    assert [(r.value, r.baseline) for r in find_results(doc)] == [("23.36", True), ("28.51", False)]


def test_a_comparison_closed_by_its_change_or_a_semicolon_makes_no_more_baselines(make_doc):
    doc = make_doc("VELZ reaches 80.4% on MVTec-ZD, exceeding the prior baselines by 5%, and 84% on MVTec-ZC.",
                   [("VELZ", "Model"), ("MVTec-ZD", "Dataset"), ("MVTec-ZC", "Dataset")])
    assert [(r.dataset, r.value, r.baseline) for r in find_results(doc) if r.kind == "absolute"] == [
        ("MVTec-ZD", "80.4", False), ("MVTec-ZC", "84", False)]
    doc = make_doc("On ZHB, it drops compared to the base (SFT: 35.7% vs. 65.2%; GRPO: 18.7% vs. 32.0%).",
                   [("ZHB", "Dataset")])
    (sent,) = doc.sents
    assert [(v.text, v.baseline) for v in find_values(sent, list(doc.ents))] == [
        ("35.7", False), ("65.2", True), ("18.7", False), ("32.0", True)]


def test_a_score_set_against_after_a_comma_is_a_baseline_s(make_doc):
    doc = make_doc("On the MLZDI leaderboard, our LAHJATZERT achieves a macro F1 of 0.69, compared to 0.55 for the "
                   "strongest previously reported system.",
                   [("MLZDI", "Dataset"), ("LAHJATZERT", "Model"), ("macro F1", "Metric")])
    assert [(r.method, r.value, r.baseline) for r in find_results(doc)] == [("LAHJATZERT", "0.69", False),
                                                                             (None, "0.55", True)]


def test_a_score_out_of_its_scale_is_the_score(make_doc):
    doc = make_doc("On SimZench the best LLMs reach a score of 40.80/100. "
                   "It gets 7.2/10 on MT-Zench; it solved 3/5 tasks.",
                   [("SimZench", "Dataset"), ("MT-Zench", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("SimZench", "40.80"), ("MT-Zench", "7.2")]


def test_a_named_part_of_a_dataset_places_on_the_dataset_and_a_size_places_nothing(make_doc):
    doc = make_doc("It attains 95.1% accuracy on ModelZet40 and 92.75% accuracy on the most challenging split of "
                   "ScanObjectZN.", [("accuracy", "Metric"), ("ModelZet40", "Dataset"), ("accuracy", "Metric"),
                                    ("ScanObjectZN", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ModelZet40", "95.1"), ("ScanObjectZN", "92.75")]
    doc = make_doc("Our method reduces registration error to 1.88 pixels on 2912x2912 images.",
                   [("registration error", "Metric")])
    assert [r[1] for r in _tuples(doc)] == [None]  # the paper's data, if it names one


def test_an_untagged_coined_subject_of_a_scoring_verb_owns_the_score_and_a_ruled_out_name_none(make_doc):
    doc = make_doc("With a simple design and no external LLMs, ASearcher-Zeb-QwQ achieves Avg@4 scores of 42.1 "
                   "on xZench.",
                   [("external LLMs", "Model"), ("Avg@4", "Metric"), ("xZench", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ASearcher-Zeb-QwQ", "42.1")]
    doc = make_doc("Our resulting model, SearchZwarm-30B-A3B, achieves 68.1 on BrowseZomp.",
                   [("BrowseZomp", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("SearchZwarm-30B-A3B", "68.1")]
    doc = make_doc("Experiments achieve 68.1 on BrowseZomp.", [("BrowseZomp", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == [None]  # an English word is no name
    doc = make_doc("At 1024px, Atlaz-B achieves 91.04% accuracy on ZmageNet.", [("ZmageNet", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["Atlaz-B"]  # a size letter after a hyphen


def test_a_measure_written_in_tex_measures_its_value_and_the_values_listed_after(make_doc):
    doc = make_doc("SPEGZet achieves 0.887 $S_\\alpha$ on CAZO, 0.890 on COD10Z, and 0.895 on NC4Z, with real-time "
                   "inference speed.", [("SPEGZet", "Model"), ("CAZO", "Dataset"), ("COD10Z", "Dataset"),
                                        ("NC4Z", "Dataset"), ("inference speed", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("CAZO", "S_\\alpha", "0.887"), ("COD10Z", "S_\\alpha", "0.890"), ("NC4Z", "S_\\alpha", "0.895")]


def test_a_share_of_items_that_are_something_is_no_score(make_doc):
    doc = make_doc("We introduce SEA-ZED, a benchmark of 169 datasets, where 71% are formulated by humans.",
                   [("SEA-ZED", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("On SEA-ZED, accuracies of 90% and 85% are achieved.", [("SEA-ZED", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["90", "85"]


def test_a_change_noun_after_a_measure_is_not_the_measure_s_name(make_doc):
    doc = make_doc("ORDZR reaches 6.0% Dice improvement on MK-ZNet (81.3% vs. 75.3%).",
                   [("ORDZR", "Model"), ("Dice improvement", "Metric"), ("MK-ZNet", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("Dice", "6.0"), ("Dice", "81.3"), ("Dice", "75.3")]
    doc = make_doc("On NYUZ-v2, it achieves a +9.7% average relative improvement and a 2.25% log loss reduction.",
                   [("NYUZ-v2", "Dataset"), ("average relative improvement", "Metric"), ("log loss reduction", "Metric")])
    assert [r[2] for r in _tuples(doc)] == ["average relative improvement", "log loss"]


def test_an_untagged_acronym_before_a_colon_measures_the_value(make_doc):
    doc = make_doc("On IUZC, our solution achieved ACC: 0.9452, F1: 0.9225, DSC: 0.918, HD: 19.73 and SFZ: 35.7%.",
                   [("IUZC", "Dataset"), ("F1", "Metric"), ("DSC", "Metric"), ("SFZ", "Method")])
    assert [(r[2], r[3]) for r in _tuples(doc)][:4] == [("ACC", "0.9452"), ("F1", "0.9225"), ("DSC", "0.918"),
                                                        ("HD", "19.73")]
    assert [r[2] for r in _tuples(doc)][4] != "SFZ"  # a tagged name before its colon is no measure


def test_an_untagged_measure_at_a_cut_off_after_the_value_measures_it(make_doc):
    doc = make_doc("On BioZci, FigZx2 achieves a superior 0.726 mAP@0.5:0.95 for detection and 0.51 in METEOR.",
                   [("BioZci", "Dataset"), ("FigZx2", "Model"), ("METEOR", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("mAP@0.5:0.95", "0.726"), ("METEOR", "0.51")]


def test_the_model_the_paper_s_own_system_is_built_on_owns_none_of_its_scores(make_doc):
    doc = make_doc("Through RL training, our prompt-based QwZ-32B agent achieves 46.7% and 20.8% Avg@4 on xZench "
                   "and GAZA, respectively.", [("QwZ-32B", "Model"), ("Avg@4", "Metric"), ("xZench", "Dataset"),
                                              ("GAZA", "Dataset")])
    assert [(r[0], r[1]) for r in _tuples(doc)] == [(None, "xZench"), (None, "GAZA")]  # the paper's method fills it
    doc = make_doc("The QwZ-32B agent achieves 46.7% on xZench.", [("QwZ-32B", "Model"), ("xZench", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["QwZ-32B"]


def test_the_last_change_of_a_list_after_a_comma_and_is_a_change(make_doc):
    doc = make_doc("CoZwin achieves improvements of 2.17% on CIFAR-1Z, 0.26% on SVHZ, and 4.47% on Tiny ImageZet over "
                   "the baseline.", [("CoZwin", "Model"), ("CIFAR-1Z", "Dataset"), ("SVHZ", "Dataset"),
                                     ("Tiny ImageZet", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("2.17", "delta"), ("0.26", "delta"), ("4.47", "delta")]


def test_an_untagged_kappa_measures_its_value_beside_a_tagged_measure(make_doc):
    doc = make_doc("On ODIZ, our framework achieves 0.707 accuracy and a Cohen's kappa of 0.528, and 86.1% recall and "
                   "83.8% Cohen's kappa.", [("ODIZ", "Dataset"), ("accuracy", "Metric"), ("recall", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("accuracy", "0.707"), ("Cohen's kappa", "0.528"),
                                                    ("recall", "86.1"), ("Cohen's kappa", "83.8")]


def test_a_check_of_the_data_is_no_score(make_doc):
    doc = make_doc("On MZLD, the categories were validated by human annotators with 83% rationality ratings.",
                   [("MZLD", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("Validation used GPT-4z on CQ-Zench, with 98.2% human-model agreement.",
                   [("GPT-4z", "Model"), ("CQ-Zench", "Dataset")])
    assert _tuples(doc) == []
    # only the value the check is about: the score beside it stays
    doc = make_doc("ZIKU-PAL reaches human-level accuracy (68.5% on MZLD) and consistency (0.93 Fleiss kappa score), "
                   "above reported inter-expert agreement levels (61.2%).",
                   [("ZIKU-PAL", "Model"), ("human-level accuracy", "Metric"), ("MZLD", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["68.5"]


def test_a_value_listed_after_another_is_measured_like_it(make_doc):
    doc = make_doc("Ferret-ZI achieves success rates of $28.0\\%$ on AndroidZorld and $19.8\\%$ on OSZorld.",
                   [("Ferret-ZI", "Model"), ("AndroidZorld", "Dataset"), ("OSZorld", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("AndroidZorld", "success rates", "28.0"),
                                                          ("OSZorld", "success rates", "19.8")]
    doc = make_doc("Ferret-ZI achieves success rates of 28.0% on AndroidZorld, while it needs 19.8% on OSZorld.",
                   [("Ferret-ZI", "Model"), ("AndroidZorld", "Dataset"), ("OSZorld", "Dataset")])
    assert [r[2] for r in _tuples(doc)][1] is None  # a verb between: another statement


def test_a_score_relative_to_another_is_no_change(make_doc):
    doc = make_doc("On MarketZcan, it increased explained variance from 0.28 to 0.37 relative to LightZBM.",
                   [("MarketZcan", "Dataset"), ("LightZBM", "Model")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("0.28", ""), ("0.37", "")]
    doc = make_doc("On MarketZcan, it cuts errors by 77.2% relative to LightZBM and 57.2% relative to XZBoost.",
                   [("MarketZcan", "Dataset"), ("LightZBM", "Model"), ("XZBoost", "Model")])
    assert [r[4] for r in _tuples(doc)] == ["points", "points"]  # a share relative to another: a change


def test_the_measure_after_higher_or_lower_is_the_value_s(make_doc):
    doc = make_doc("On MZTec, it reaches up to 8.08% higher AUROC and 10.37% higher AUPRC, and 2.2 lower FID.",
                   [("MZTec", "Dataset"), ("AUROC", "Metric"), ("AUPRC", "Metric"), ("FID", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("AUROC", "8.08"), ("AUPRC", "10.37"), ("FID", "2.2")]


def test_a_range_with_no_place_waits_for_the_paper_s_dataset_and_its_model_after_for_the(make_doc):
    doc = make_doc("It improves accuracy from 34% to 50% for the LLaZA2-70b model.",
                   [("accuracy", "Metric"), ("LLaZA2-70b", "Model")])
    found = find_results(doc)
    assert [(r.method, r.dataset, r.value, r.baseline) for r in found] == [("LLaZA2-70b", None, "34", True),
                                                                           (None, None, "50", False)]
    doc = make_doc("It improves accuracy from 34% to 50%.", [("accuracy", "Metric")])
    assert [(r.method, r.value, r.baseline) for r in find_results(doc)] == [(None, "34", True), (None, "50", False)]


def test_the_place_a_sentence_opens_with_holds_for_each_clause(make_doc):
    doc = make_doc("On the CPZ benchmark, humans achieved 95.6%, and a fine-tuned ResZet50 model reached 96.5%.",
                   [("CPZ benchmark", "Dataset"), ("ResZet50", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("humans", "CPZ benchmark", "95.6"),
                                                          ("ResZet50", "CPZ benchmark", "96.5")]
    doc = make_doc("Humans achieved 95.6% on the CPZ benchmark, and a fine-tuned ResZet50 model reached 96.5%.",
                   [("CPZ benchmark", "Dataset"), ("ResZet50", "Model")])
    assert [r[3] for r in _tuples(doc)] == ["95.6"]  # a place inside a clause is that clause's


def test_a_second_range_of_the_same_subject_is_the_subject_s(make_doc):
    doc = make_doc("Fine-tuning of Qwen2.5-ZL-7B on LandsatZ improves SPIDEr from 0.11 to 0.31 and boosts VQA accuracy "
                   "from 0.74 to 0.87.", [("Qwen2.5-ZL-7B", "Model"), ("LandsatZ", "Dataset"), ("SPIDEr", "Metric"),
                                          ("VQA accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Qwen2.5-ZL-7B", "0.11"), ("Qwen2.5-ZL-7B", "0.31"),
                                                    ("Qwen2.5-ZL-7B", "0.74"), ("Qwen2.5-ZL-7B", "0.87")]


def test_a_name_bracketed_after_a_range_s_old_value_owns_it_only(make_doc):
    doc = make_doc("On SWE-bench Zite, the firewall reduces fabrication from 33.7% (StateZlow) to 0.67%.",
                   [("SWE-bench Zite", "Dataset"), ("StateZlow", "Method")])
    found = find_results(doc)
    assert [(r.method, r.value, r.baseline) for r in found] == [("StateZlow", "33.7", True), (None, "0.67", False)]


def test_shares_of_data_and_interval_bounds_are_no_scores(make_doc):
    doc = make_doc("On ImageNet-1Z, it achieves 80.7% / 84.9% Top-1 accuracy using only 1% / 10% labeled data.",
                   [("ImageNet-1Z", "Dataset"), ("Top-1 accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["80.7", "84.9"]
    doc = make_doc("On MedZA, it reaches 27% accuracy while using only 3.9% of the data.",
                   [("MedZA", "Dataset"), ("accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["27"]
    doc = make_doc("On LIDZ, the CNN reaches a ROC-AUC of 0.682 (95% CI [0.546, 0.799]) and 0.71 on NLZT.",
                   [("LIDZ", "Dataset"), ("CNN", "Method"), ("ROC-AUC", "Metric"), ("NLZT", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["0.682", "0.71"]


def test_a_name_for_which_a_bracketed_value_is_stated_owns_it(make_doc):
    doc = make_doc("CornerNet-Zqueeze improves the detector YOLOZ3 (34.4% AP at 34ms for CornerNet-Zqueeze compared to "
                   "33.0% AP at 39ms for YOLOZ3 on COCZ).",
                   [("CornerNet-Zqueeze", "Model"), ("YOLOZ3", "Model"), ("AP", "Metric"), ("CornerNet-Zqueeze", "Model"),
                    ("YOLOZ3", "Model"), ("COCZ", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("CornerNet-Zqueeze", "34.4"), ("YOLOZ3", "33.0")]


def test_ranges_pair_with_their_datasets_in_order(make_doc):
    doc = make_doc("Experiments on BraZS19 and FLAZE21 show it reduces the DSC from 80.0% to near 0.0% and from 88.6% "
                   "to 6.8%, respectively.", [("BraZS19", "Dataset"), ("FLAZE21", "Dataset"), ("DSC", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("BraZS19", "80.0"), ("BraZS19", "0.0"), ("FLAZE21", "88.6"),
                                                    ("FLAZE21", "6.8")]


def test_a_judge_owns_no_score_and_a_scale_s_maximum_is_none(make_doc):
    from kg.extract.own_data import own_benchmark
    doc = make_doc("On POEMZtric, the top model reached 4.26 out of 5.00 (with Gemini-2.5-Zro as a judge).",
                   [("POEMZtric", "Dataset"), ("Gemini-2.5-Zro", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "4.26")]
    assert own_benchmark("A study", "We introduce POEMZtric, the first comprehensive framework for poetry "
                                    "evaluation.") == "POEMZtric"
    assert own_benchmark("A study", "We introduce ZedNet, a framework for efficient inference.") is None


def test_two_names_side_by_side_are_no_list(make_doc):
    doc = make_doc("On HueZanity, a fine-tuned ResZet50 model reached accuracies of 96.5% and 94.5%.",
                   [("HueZanity", "Dataset"), ("fine-tuned", "Method"), ("ResZet50", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ResZet50", "96.5"), ("ResZet50", "94.5")]


def test_a_range_s_new_value_is_on_its_old_value_s_dataset(make_doc):
    doc = make_doc("Our method boosts MATZ500 from 60.2% to 70.1% and AIMZ24 from 10.0% to 20.0%.",
                   [("MATZ500", "Dataset"), ("AIMZ24", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("MATZ500", "60.2"), ("MATZ500", "70.1"), ("AIMZ24", "10.0"),
                                                    ("AIMZ24", "20.0")]


def test_a_language_tagged_a_dataset_places_no_score(make_doc):
    doc = make_doc("Our classifier achieves 92.3 percent accuracy and an F1-score of 0.89 in English.",
                   [("accuracy", "Metric"), ("F1-score", "Metric"), ("English", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("Our classifier achieves an F1-score of 0.89 on QuizA.", [("F1-score", "Metric"), ("QuizA", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("QuizA", "0.89")]


def test_what_a_value_is_for_is_not_its_measure(make_doc):
    doc = make_doc("It reaches a Dice score of 88.6% for meningiomas and 84.6% for post-operative gliomas on BraZS.",
                   [("Dice score", "Metric"), ("post-operative gliomas", "Metric"), ("BraZS", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [("Dice score", "88.6"), ("Dice score", "84.6")]


def test_values_bracketed_after_the_names_of_a_list_share_its_measure(make_doc):
    doc = make_doc("ZopRAG achieves Recall@5 results on ZopQA (55.3%), ZotpotQA (97.0%), and ZuSiQue (77.3%), "
                   "alongside top F1 scores (e.g., 52.4% on ZuSiQue).",
                   [("ZopRAG", "Method"), ("Recall@5", "Metric"), ("ZopQA", "Dataset"), ("ZotpotQA", "Dataset"),
                    ("ZuSiQue", "Dataset"), ("F1 scores", "Metric"), ("ZuSiQue", "Dataset")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [
        ("Recall@5", "55.3"), ("Recall@5", "97.0"), ("Recall@5", "77.3"), ("F1 scores", "52.4")]


def test_a_relative_clause_s_verb_of_scoring_credits_the_name_before_it(make_doc):
    doc = make_doc("Compared to the fully-supervised ZeiT-Huge, which achieves 84.8% top-1 accuracy on ZmageNet, "
                   "our method is better.", [("top-1 accuracy", "Metric"), ("ZmageNet", "Dataset")])
    assert [(r.method, r.value, r.baseline) for r in find_results(doc)] == [("ZeiT-Huge", "84.8", True)]
    doc = make_doc("On ZFMiD, ZobileNet reaches 90.8%, outperforming ZASNetMobile, which achieved 89.5% accuracy.",
                   [("ZFMiD", "Dataset"), ("ZobileNet", "Model"), ("ZASNetMobile", "Dataset"), ("accuracy", "Metric")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [
        ("ZobileNet", "ZFMiD", "90.8"), ("ZASNetMobile", "ZFMiD", "89.5")]


def test_the_size_of_a_change_named_before_it_is_a_change(make_doc):
    doc = make_doc("With the maximum drop reaching 49.89% on ZedMath and 35.40% on ZedProof, and a loss of "
                   "accuracy of 1.7% on Vim-Z, the models fall.",
                   [("ZedMath", "Dataset"), ("ZedProof", "Dataset"), ("accuracy", "Metric"), ("Vim-Z", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("ZedMath", "49.89", "points"), ("ZedProof", "35.40", "points"), ("Vim-Z", "1.7", "points")]
    doc = make_doc("Post-training added 13.8 percentage points on ZedScan; ZedNet reaches an accuracy of 81.2% on ZedQA.",
                   [("ZedScan", "Dataset"), ("ZedNet", "Model"), ("accuracy", "Metric"), ("ZedQA", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("ZedScan", "13.8", "points"), ("ZedQA", "81.2", "%")]


def test_a_hedged_second_change_of_a_list_of_places_is_a_change(make_doc):
    doc = make_doc("ZedDiff reduces RMSE by up to 93% on ZedALS and up to 47% on ZedUSGS.",
                   [("ZedDiff", "Model"), ("RMSE", "Metric"), ("ZedALS", "Dataset"), ("ZedUSGS", "Dataset")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("ZedALS", "93", "points"), ("ZedUSGS", "47", "points")]


def test_a_run_as_long_as_the_list_pairs_though_another_value_stands_apart(make_doc):
    doc = make_doc("ZedPO achieves an average boost of up to 21.3 percentage points, with notable improvements of 10 "
                   "and 15 points on ZedAIME and ZedAMC, respectively.",
                   [("ZedPO", "Method"), ("ZedAIME", "Dataset"), ("ZedAMC", "Dataset")])
    assert [(r[0], r[1], r[3], r[4]) for r in _tuples(doc)] == [
        ("ZedPO", "ZedAIME", "10", "points"), ("ZedPO", "ZedAMC", "15", "points")]


def test_a_sum_written_without_spaces_is_no_change(make_doc):
    doc = make_doc("ZedLogic holds 128+1024 puzzles; ZedNet improves accuracy on ZedLogic by +5.3%.",
                   [("ZedLogic", "Dataset"), ("ZedNet", "Model"), ("accuracy", "Metric"), ("ZedLogic", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("5.3", "points")]


def test_a_chance_level_is_no_score(make_doc):
    doc = make_doc("On ZedBench, ZedNet reaches 61.2% accuracy, far above random guessing (33.3%) and a chance "
                   "level of 25%.", [("ZedBench", "Dataset"), ("ZedNet", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZedNet", "61.2")]


def test_a_span_of_gains_is_no_score(make_doc):
    # "by 8.7% to 23.3%" is how the 2025 corpus writes a span of changes (a random 25 of its
    # "by X% to Y%" were all spans): no single value, as the annotation guidelines skip ranges
    doc = make_doc("On ZedEval we observe gains of 4% to 8%, and ZedNet lowers its error by 8.7% to 23.3%.",
                   [("ZedEval", "Dataset"), ("ZedNet", "Model")])
    assert _tuples(doc) == []


def test_a_list_of_changes_named_at_its_end_reads_past_tex_markup(make_doc):
    doc = make_doc("On ZedDrone, ZedDETR achieves a 5.1\\% AP$_{50}$ and 3.8\\% AP increase over the baseline.",
                   [("ZedDrone", "Dataset"), ("ZedDETR", "Model"), ("AP", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("5.1", "points"), ("3.8", "points")]


def test_names_after_their_values_pair_in_order_with_respectively(make_doc):
    doc = make_doc("On ZedOTDR, it achieves accuracies of 98.84% and 98.24% with the ZedNetB0 and ZedNet121 models, "
                   "respectively.", [("ZedOTDR", "Dataset"), ("ZedNetB0", "Model"), ("ZedNet121", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZedNetB0", "98.84"), ("ZedNet121", "98.24")]


def test_a_measuring_protocol_owns_no_score_and_a_coined_measure_before_of_is_one(make_doc):
    doc = make_doc("On ZedOTDR, a 5-fold cross-validation process confirms it, with test accuracy rates of 99.07%.",
                   [("ZedOTDR", "Dataset"), ("5-fold cross-validation process", "Method")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "99.07")]
    doc = make_doc("On ZedPENS, it improves factual consistency (ZactCC of 87.50).",
                   [("ZedPENS", "Dataset"), ("factual consistency", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("ZactCC", "87.50")]


def test_the_place_of_the_reported_experiments_holds_for_each_clause(make_doc):
    doc = make_doc("Experiments on the ZedDR dataset demonstrate that ZedLVLM achieves an F1 of 79.92% for diagnosis, "
                   "and superior results for concept detection (66.88% F1).",
                   [("ZedDR", "Dataset"), ("ZedLVLM", "Model"), ("F1", "Metric"), ("F1", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZedDR", "79.92"), ("ZedDR", "66.88")]


def test_a_metric_measured_in_a_physical_unit_is_a_score(make_doc):
    doc = make_doc("On CaZFe, ZookNet reaches an IoU of 78.2 and a HD95 of 1,318 m, and lowers "
                   "the mean angular error from 23.36 degrees to 18.51 degrees.",
                   [("CaZFe", "Dataset"), ("ZookNet", "Model"), ("IoU", "Metric"), ("HD95", "Metric"),
                    ("mean angular error", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("IoU", "78.2"), ("HD95", "1,318"),
                                                      ("mean angular error", "23.36"), ("mean angular error", "18.51")]
    # a count, a size in millions or a metre with no metric before it stays no score
    doc = make_doc("We collect 1,318 images on CaZFe, and ZookNet, with 31 M parameters, runs on a 2 m grid "
                   "with a latency of 12 m.", [("CaZFe", "Dataset"), ("ZookNet", "Model"), ("latency", "Metric")])
    assert _tuples(doc) == []


def test_the_results_a_sentence_announces_on_a_dataset_are_placed_on_it(make_doc):
    doc = make_doc("Our method achieves state-of-the-art results on ZnrealStereo, reducing AbsRel from 0.058 to "
                   "0.029, and lowering RMSE from 2.17 to 1.31.",
                   [("ZnrealStereo", "Dataset"), ("AbsRel", "Metric"), ("RMSE", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZnrealStereo", v) for v in ("0.058", "0.029", "2.17", "1.31")]


def test_the_default_method_is_the_coined_name_heading_the_title(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("ZRO: Doppler-Aware Direct Radar Odometry")
    assert default_method(["SE(2)", "automotive platform"], title, None, "We estimate SE(2) motion.") == "ZRO"
    # a name the abstract introduces still goes first
    abstract = "We propose ZRO-Lite, a radar odometry method."
    assert default_method(["SE(2)"], title, None, abstract) == "ZRO-Lite"
    # a title not headed by a coined name leaves the proposed name first
    assert default_method(["SE(2)"], blank_nlp("Radar Odometry for Cars"), None, "We estimate it.") == "SE(2)"


def test_the_first_of_a_bracketed_pair_after_a_comparison_is_the_winner_s(make_doc):
    doc = make_doc("ZEGA is even much better than the CoT (47.5% compared to 26.67%) on the MAZH dataset.",
                   [("ZEGA", "Model"), ("CoT", "Method"), ("MAZH dataset", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZEGA", "47.5"), ("CoT", "26.67")]
    doc = make_doc("On ZBench, our ZapNet beats GPT-4o in accuracy (81.2% vs. 77.5%).",
                   [("ZBench", "Dataset"), ("ZapNet", "Method"), ("GPT-4o", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZapNet", "81.2"), ("GPT-4o", "77.5")]
    # a pair after another bracket's "vs." is no comparison of the names around it
    doc = make_doc("ZapNet improves detection (0.88 vs. 0.61 AUC on ZumEdits) and unsafe model inputs "
                   "(0.93 vs. 0.90 on ZEGIS).", [("ZapNet", "Method"), ("AUC", "Metric"), ("ZumEdits", "Dataset"),
                                                 ("unsafe model", "Method"), ("ZEGIS", "Dataset")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)][2:] == [("ZapNet", "ZEGIS", "0.93"), (None, "ZEGIS", "0.90")]


def test_a_measure_in_a_later_bracket_of_values_is_only_its_own(make_doc):
    doc = make_doc("On ZENS, ZapNet improves personalization (Pc(avg) 2.73) and content coverage "
                   "(ROUGE-1 26.55, ROUGE-L 23.01).", [("ZENS", "Dataset"), ("ZapNet", "Method"),
                                                        ("ROUGE-1", "Metric"), ("ROUGE-L", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [(None, "2.73"), ("ROUGE-1", "26.55"), ("ROUGE-L", "23.01")]
    # an earlier bracket's measure carries on, and so does a defined one
    doc = make_doc("ZapNet improves detection (0.88 vs. 0.61 AUC on ZumEdits) and hate speech (0.98 vs. 0.92 on "
                   "ZoxiGen).", [("ZapNet", "Method"), ("AUC", "Metric"), ("ZumEdits", "Dataset"),
                                 ("ZoxiGen", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)][2:] == [("ZoxiGen", "AUC", "0.98"), ("ZoxiGen", "AUC", "0.92")]


def test_a_title_headed_by_a_phrase_gives_no_first_name(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("Revisiting Cross-Architecture Distillation: A Study")
    assert default_method(["ZapNet"], title, None, "We study it.") == "ZapNet"


def test_settings_intervals_and_differences_are_no_scores_of_a_name(make_doc):
    doc = make_doc("On ZmageNet, ZapNet reaches an FID of 1.32 with two steps (NFE=2) and 1.76 with one step (NFE=1).",
                   [("ZmageNet", "Dataset"), ("ZapNet", "Method"), ("FID", "Metric"), ("NFE", "Method"),
                    ("NFE", "Method")])
    assert [r[0] for r in _tuples(doc)] == ["ZapNet", None]  # the setting's name owns nothing
    doc = make_doc("On ZSM8K, the best ensemble reaches accuracy 0.660 [0.635, 0.686].",
                   [("ZSM8K", "Dataset"), ("accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["0.660"]  # its interval's bounds are no scores
    doc = make_doc("On ZSM8K, systems with only a 2.1% difference in accuracy differ in style.",
                   [("ZSM8K", "Dataset"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("2.1", "points")]


def test_a_dataset_scored_with_a_judge_model_still_places_values(make_doc):
    doc = make_doc("ZoT surpasses ToT on reasoning (91.0\\% vs.\\ 88.0\\% on ZotpotQA with LLM-as-Judge).",
                   [("ZoT", "Model"), ("ToT", "Method"), ("ZotpotQA", "Dataset"), ("LLM-as-Judge", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)][:1] == [("ZoT", "ZotpotQA", "91.0")]


def test_a_change_in_a_measure_of_a_value_is_a_change(make_doc):
    doc = make_doc("On ZISHELL, ZapNet achieves relative reductions in the named entity character error rate of "
                   "17.96% and an accuracy of 81.2%.", [("ZISHELL", "Dataset"), ("ZapNet", "Method"),
                                                         ("character error rate", "Metric"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("17.96", "points"), ("81.2", "%")]


def test_values_on_unnamed_data_are_nobody_s_to_fill(make_doc):
    doc = make_doc("On a real-world polyurethane cutting dataset, the variant attains 92.6% I-AUROC.",
                   [("I-AUROC", "Metric")])
    assert _tuples(doc) == []  # not the paper's one named dataset either
    doc = make_doc("The variant attains 92.6% I-AUROC.", [("I-AUROC", "Metric")])
    assert _tuples(doc) == [(None, None, "I-AUROC", "92.6", "%")]  # left for the paper to place


def test_a_cost_written_as_a_compound_is_no_score(make_doc):
    doc = make_doc("On ZQA, ZapNet cuts 50% cache memory and 40% GPU hours while reaching 81.2% accuracy.",
                   [("ZQA", "Dataset"), ("ZapNet", "Method"), ("accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["81.2"]


def test_a_cost_past_a_dash_is_not_the_value_s_measure(make_doc):
    doc = make_doc("Our solver scores 94.5% on Zort-of-ARC -- outperforming GPT-4 at a fraction of the "
                   "computational cost.", [("Zort-of-ARC", "Model"), ("GPT-4", "Model"),
                                           ("computational cost", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("Zort-of-ARC", None, "94.5")]
    doc = make_doc("On ZQA, the time of our method was 44.6% shorter.", [("ZQA", "Dataset"), ("time", "Metric")])
    assert _tuples(doc) == []  # in its own clause, a cost still makes the value none


def test_our_named_method_after_that_owns_the_participle_s_value(make_doc):
    doc = make_doc("We also show that our ZRNN achieves state-of-the-art performance, reaching 8.45% CER on ZHATT.",
                   [("ZRNN", "Model"), ("CER", "Metric"), ("ZHATT", "Dataset")])
    assert [r[0] for r in _tuples(doc)] == ["ZRNN"]
    doc = make_doc("We fine-tune ZLaMA on ZSM8K, achieving 80.1% accuracy.",
                   [("ZLaMA", "Model"), ("ZSM8K", "Dataset"), ("accuracy", "Metric")])
    assert [r[0] for r in _tuples(doc)] == [None]  # the paper's own method, a tool before it


def test_a_named_test_bed_after_in_places_values_and_an_unnamed_setting_none(make_doc):
    doc = make_doc("ZepthVLA reaches 78.5% progress in real-world tasks, 94.9% in the ZIBERO simulator, and 74.8% "
                   "in the Zimpler simulator.", [("ZepthVLA", "Model"), ("ZIBERO simulator", "Model")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZIBERO simulator", "94.9"), ("Zimpler", "74.8")]


def test_names_listed_after_tasks_such_as_are_data(make_doc):
    doc = make_doc("Zlaude achieves near-ceiling performance on tasks such as ZQA (99.13% accuracy), ZocVQA (96.87%), "
                   "and ZMCoQA (75.28 ROUGE-L).", [("Zlaude", "Model"), ("ZQA", "Model"), ("accuracy", "Metric"),
                                                    ("ZocVQA", "Dataset"), ("ZMCoQA", "Model"), ("ROUGE-L", "Metric")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("Zlaude", "ZQA", "99.13"), ("Zlaude", "ZocVQA", "96.87"),
                                                          ("Zlaude", "ZMCoQA", "75.28")]


def test_a_lower_case_phrase_is_no_dataset_and_human_performance_is_people_s(make_doc):
    doc = make_doc("Evaluations on ZTR-Bench show that Zemini (34.9%) lags behind human performance (78.61%) on "
                   "geo-temporal reasoning.", [("ZTR-Bench", "Dataset"), ("Zemini", "Model"),
                                               ("geo-temporal reasoning", "Method")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("Zemini", "ZTR-Bench", "34.9"),
                                                          ("human performance", "ZTR-Bench", "78.61")]
    doc = make_doc("Even the strongest model, ZPT-5, achieves only 37.20% accuracy on ZRIEDA, far below human "
                   "performance of 84.87%.", [("ZPT-5", "Model"), ("accuracy", "Metric"), ("ZRIEDA", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZPT-5", "37.20"), ("human performance", "84.87")]


def test_a_numbered_generic_part_is_no_dataset_name(make_doc):
    doc = make_doc("Z3-mini achieves 37.93% precision on 1-hop tasks and 14.57% on 2-hop tasks.",
                   [("precision", "Metric"), ("1-hop tasks", "Task"), ("2-hop tasks", "Task")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [(None, "37.93"), (None, "14.57")]  # the paper's benchmark fills


def test_a_change_named_after_a_bracketed_measure_is_a_change(make_doc):
    doc = make_doc("On ZmageNet, it corresponds to a 0.65 (MS-SSIM) increase over baseline.",
                   [("ZmageNet", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("0.65", "points")]


def test_measures_listed_with_commas_share_the_place_after_them(make_doc):
    doc = make_doc(r"It reaches 95.31\% Top-1 accuracy on ZenVidBench and 93.43\% accuracy, 90.63\% F1-score, and "
                   r"96.56\% AUROC on ZenVideo.", [("Top-1 accuracy", "Metric"), ("ZenVidBench", "Dataset"),
                                                   ("accuracy", "Metric"), ("F1-score", "Metric"), ("AUROC", "Metric"),
                                                   ("ZenVideo", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [
        ("ZenVidBench", "Top-1 accuracy", "95.31"), ("ZenVideo", "accuracy", "93.43"),
        ("ZenVideo", "F1-score", "90.63"), ("ZenVideo", "AUROC", "96.56")]


def test_bare_values_listed_with_commas_do_not_skip_to_a_later_place(make_doc):
    doc = make_doc("Zodel scores 90.0%, 75.4% and 71.4% on ZIME25, ZMMT25 and ZPQA, respectively.",
                   [("Zodel", "Model"), ("ZIME25", "Dataset"), ("ZMMT25", "Dataset"), ("ZPQA", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZIME25", "90.0"), ("ZMMT25", "75.4"), ("ZPQA", "71.4")]


def test_a_baseline_that_scores_owns_its_score(make_doc):
    doc = make_doc("A zero-shot Zistral 7B baseline on 100 cases gives 57.3% accuracy and 37.0% macro-F1 on ZTI-Bench, "
                   "well above the majority-class baseline of 14.3% macro-F1.",
                   [("Zistral 7B", "Model"), ("accuracy", "Metric"), ("macro-F1", "Metric"), ("ZTI-Bench", "Dataset"),
                    ("majority-class baseline", "Method"), ("macro-F1", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Zistral 7B", "57.3"), ("Zistral 7B", "37.0")]


def test_a_lower_case_word_glued_to_a_camel_cased_name_opens_it(make_doc):
    doc = make_doc("It achieves 67.7% accuracy on ZrowseComp and 83% on xbench-ZeepSearch, and 40% on non-IID data.",
                   [("accuracy", "Metric"), ("ZrowseComp", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)][:2] == [("ZrowseComp", "67.7"), ("xbench-ZeepSearch", "83")]
    assert "non-IID" not in {r[1] for r in _tuples(doc)}


def test_a_dataset_after_an_article_and_modifiers_is_the_place(make_doc):
    doc = make_doc("ZSTRA achieves a mean Dice of 0.897 on an annotated in-domain ZHTN subset (n = 380) and 0.738 on "
                   "an external ZCGA cohort (n = 1,686).", [("ZSTRA", "Model"), ("mean Dice", "Metric"),
                                                            ("ZCGA cohort", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZHTN", "0.897"), ("ZCGA cohort", "0.738")]


def test_a_privacy_budget_spelled_out_is_a_setting_and_what_is_improved_over_a_baseline(make_doc):
    doc = make_doc("On the ZSUN Bedroom dataset, ZPTI attains an FID of 26.71 under epsilon equal to 1.0, improving "
                   "over Private Evolution FID of 40.36.", [("ZSUN Bedroom dataset", "Dataset"), ("ZPTI", "Method"),
                                                            ("FID", "Metric"), ("FID", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZPTI", "26.71")]


def test_two_values_joined_by_a_comma_and_and_are_two_clauses_not_shares(make_doc):
    doc = make_doc("On ZiveBench, the best model achieves only 39.2%, and 84% of models degrade.",
                   [("ZiveBench", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["39.2"]
    shares = make_doc("Pruning removes 50.0%, 21.5%, and 23.1% of FLOPs on ZmageNet.", [("ZmageNet", "Dataset")])
    assert _tuples(shares) == []


def test_a_value_before_as_is_a_score_unless_as_many(make_doc):
    doc = make_doc("On ZciBench, success rates fall from 60.6% to 30.9% as horizons extend, with 20% as many labels.",
                   [("ZciBench", "Dataset"), ("success rates", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["60.6", "30.9"]


def test_a_measure_falling_from_a_to_b_is_one_systems_both_times(make_doc):
    doc = make_doc("Even for a leading model like ZPT-5, success rates drop sharply from 60.6% to 30.9% on ZciBench.",
                   [("ZPT-5", "Model"), ("success rates", "Metric"), ("ZciBench", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZPT-5", "60.6"), ("ZPT-5", "30.9")]
    raised = make_doc("On ZATH, our method improves Zwen-7B from 60.1% to 70.2%.",
                      [("ZATH", "Dataset"), ("Zwen-7B", "Model")])
    assert [(r[0], r[3]) for r in _tuples(raised)] == [("Zwen-7B", "60.1"), (None, "70.2")]


def test_an_unnamed_best_model_is_not_the_papers_method(make_doc):
    doc = make_doc("On ZiveBench, even the best-performing model achieves only 39.2%. On ZMLU, our best model achieves "
                   "80.2%.", [("ZiveBench", "Dataset"), ("ZMLU", "Dataset")])
    assert [(r.value, r.baseline) for r in find_results(doc)] == [("39.2", True), ("80.2", False)]


def test_a_named_setting_or_track_is_the_place_unless_a_method_names_it(make_doc):
    doc = make_doc("ZkillMoV reaches 50.17% overall accuracy in the Exos setting.",
                   [("ZkillMoV", "Model"), ("overall accuracy", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Exos", "50.17")]
    run = make_doc("ZPT-4 reaches 50.17% accuracy in the ZoT setting on ZMLU.",
                   [("ZPT-4", "Model"), ("accuracy", "Metric"), ("ZoT", "Method"), ("ZMLU", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(run)] == [("ZMLU", "50.17")]


def test_a_bracketed_change_after_a_value_keeps_the_measure_after_it(make_doc):
    doc = make_doc("On ZRON, ZRONet reaches 82.93%(+1.19%) IoU and 90.66%(+0.71%) F1 score.",
                   [("ZRON", "Dataset"), ("ZRONet", "Model"), ("IoU", "Metric"), ("F1 score", "Metric")])
    assert [(r[2], r[3], r[4]) for r in _tuples(doc)] == [("IoU", "82.93", "%"), ("IoU", "1.19", "points"),
                                                          ("F1 score", "90.66", "%"), ("F1 score", "0.71", "points")]


def test_a_measure_in_metres_reached_is_a_score(make_doc):
    doc = make_doc("When using buoy data from ZDBC, the average RMSE reaches 0.432 m.",
                   [("ZDBC", "Dataset"), ("RMSE", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("ZDBC", "RMSE", "0.432")]


def test_an_edge_device_is_no_dataset(make_doc):
    doc = make_doc("On Raspberry Pi 4B, Zinkuba reaches a BLEU score of 0.688.",
                   [("Raspberry Pi 4B", "Dataset"), ("Zinkuba", "Model"), ("BLEU score", "Metric")])
    assert _tuples(doc) == []


def test_a_sentence_over_several_unnamed_benchmarks_is_no_papers_dataset(make_doc):
    doc = make_doc("We evaluate ZRISM on four benchmarks from the literature, reaching an average accuracy of 81.60%.",
                   [("ZRISM", "Model"), ("accuracy", "Metric")])
    assert _tuples(doc) == []
    alone = make_doc("ZRISM reaches an average accuracy of 81.60%.", [("ZRISM", "Model"), ("accuracy", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(alone)] == [(None, "81.60")]  # the paper's dataset may fill it


def test_a_name_before_set_and_a_benchmarks_task_are_places(make_doc):
    doc = make_doc("On the ZKP set the current state of the art approach, using CNNs, achieves an accuracy of 99.2%.",
                   [("ZKP", "Model"), ("CNNs", "Method"), ("accuracy", "Metric")])
    assert [(r.dataset, r.value, r.baseline) for r in find_results(doc)] == [("ZKP", "99.2", True)]  # not the paper's
    task = make_doc("Evaluated on the LegalBench hearsay task, o1 reaches an F1 score of 0.929.",
                    [("LegalBench hearsay task", "Task"), ("o1", "Model"), ("F1 score", "Metric")])
    assert [(r[0], r[1], r[3]) for r in _tuples(task)] == [("o1", "LegalBench hearsay task", "0.929")]
    split = make_doc("On the Original set, Zo1-preview scores 41.9%.", [("Zo1-preview", "Model")])
    assert [(r[1], r[3]) for r in _tuples(split)] == [(None, "41.9")]  # a plain word's set: the paper's benchmark
    ours = make_doc("On ZD-FSS, our method surpasses the state-of-the-art method by 2.69% MIoU.",
                    [("ZD-FSS", "Dataset"), ("MIoU", "Metric")])
    assert [(r.value, r.baseline) for r in find_results(ours)] == [("2.69", False)]


def test_a_variants_bracketed_value_does_not_hide_the_place_after_it(make_doc):
    doc = make_doc("ZeflexiCoder-8B achieves 94.51% (87.20%) on ZumanEval (Plus), 81.80% (78.57%) on ZBPP (Plus).",
                   [("ZeflexiCoder-8B", "Model"), ("ZumanEval", "Dataset"), ("ZBPP", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZumanEval", "94.51"), ("ZumanEval", "87.20"),
                                                    ("ZBPP", "81.80"), ("ZBPP", "78.57")]


def test_a_depth_or_a_measures_qualifier_is_nobodys_method(make_doc):
    doc = make_doc("On ZineWeb-Edu, a 1-layer ZPN reaches a perplexity of 18.06.",
                   [("ZineWeb-Edu", "Dataset"), ("1-layer", "Model"), ("perplexity", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "18.06")]
    doc = make_doc("On ZITTI, it reaches a VRU recall of 24.2%.", [("ZITTI", "Dataset"), ("VRU", "Method"),
                                                                    ("recall", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "24.2")]


def test_a_measured_value_does_not_take_the_place_of_a_bare_value_after_and(make_doc):
    doc = make_doc("The best baseline (ZAG-Both) achieves 0.358 overall F1 and 0.342 on Zybrid.",
                   [("F1", "Metric"), ("Zybrid", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("Zybrid", "0.342")]
    pair = make_doc("ZSER achieves improvements of 2.4% mAP and 0.6% on the Zen1 and 1 Mpx datasets.",
                    [("ZSER", "Model"), ("mAP", "Metric"), ("Zen1", "Dataset"), ("1 Mpx datasets", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(pair)][0] == ("Zen1", "2.4")  # a list after "on": still shared


def test_a_value_in_an_untagged_benchmark_after_modifiers_is_placed_there(make_doc):
    doc = make_doc("ZlowRVS achieves 51.1 in ZeViS (+1.6 over prior SOTA) and 73.3 in the zero shot Zef-DAVIS17 (+2.7).",
                   [("ZlowRVS", "Model"), ("ZeViS", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZeViS", "51.1"), ("ZeViS", "1.6"), ("Zef-DAVIS17", "73.3"),
                                                    ("Zef-DAVIS17", "2.7")]


def test_points_of_a_measure_compared_are_a_change_and_the_measure_drops_points(make_doc):
    doc = make_doc("On ZMT14, our model is 3.2 BLEU points better than the Transformer, and we obtain 31.2 BLEU "
                   "points on newstest2014.", [("ZMT14", "Dataset"), ("BLEU points", "Metric"),
                                               ("Transformer", "Method"), ("BLEU points", "Metric")])
    assert [(r[1], r[2], r[3], r[4]) for r in _tuples(doc)] == [("ZMT14", "BLEU", "3.2", "points"),
                                                                ("newstest2014", "BLEU", "31.2", "")]


def test_a_respectively_list_pairs_the_names_the_ner_left_untagged(make_doc):
    doc = make_doc("ZooNet achieves 81.2%, 75.3% and 64.1% on ZmageNet, Places and SUN respectively.",
                   [("ZooNet", "Model"), ("ZmageNet", "Dataset"), ("SUN", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZmageNet", "81.2"), ("Places", "75.3"), ("SUN", "64.1")]
    runs = make_doc("It reaches AUC of 99.7%, 100% and 98.6% and AUPR of 99.8%, 100%, and 96.3% on Zovid-19, "
                    "Tuberculosis and Zetina collection, respectively.", [("AUC", "Metric"), ("AUPR", "Metric"),
                                                                    ("Zovid-19", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _tuples(runs)] == [
        ("Zovid-19", "AUC", "99.7"), ("Tuberculosis", "AUC", "100"), ("Zetina collection", "AUC", "98.6"),
        ("Zovid-19", "AUPR", "99.8"), ("Tuberculosis", "AUPR", "100"), ("Zetina collection", "AUPR", "96.3")]


def test_a_span_is_no_score_whether_it_starts_below_zero_or_is_joined_by_a_tilde(make_doc):
    doc = make_doc("On ZedQA, moderate rewards (r_abs $\\approx -0.25$ to 0.3) help.", [("ZedQA", "Dataset")])
    assert _tuples(doc) == []
    tilde = make_doc("On ZSM8K, ZUAD reaches 94% ~ 96% accuracy and gains 4 $\\sim$ 6x.",
                     [("ZSM8K", "Dataset"), ("ZUAD", "Model"), ("accuracy", "Metric")])
    assert _tuples(tilde) == []
    change = make_doc("ZooNet lifts the correlation on ZedQA from -0.12 to 0.45.", [("ZooNet", "Model"),
                                                                                    ("ZedQA", "Dataset")])
    assert [r[3] for r in _tuples(change)] == ["0.45"]


def test_a_range_in_tex_dollars_keeps_its_old_value_and_the_measure_before_an_aside(make_doc):
    doc = make_doc("On ZelebA-HQ, Zarcee reduces FID from $82.81$ to $15.33$.",
                   [("ZelebA-HQ", "Dataset"), ("Zarcee", "Model"), ("FID", "Metric")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [(None, "FID", "82.81"), ("Zarcee", "FID", "15.33")]
    aside = make_doc("On ZAGE, it boosts the Autonomous Success Rate (resolving tasks without any user help) from "
                     "42.86% to 71.43%, while maintaining high precision.", [("ZAGE", "Dataset"),
                                                                              ("precision", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(aside)] == [("Autonomous Success Rate", "42.86"),
                                                      ("Autonomous Success Rate", "71.43")]


def test_the_engine_a_system_is_powered_by_or_run_with_owns_none_of_its_scores(make_doc):
    doc = make_doc("ZOTCAgent powered by Baichuan-Z2 achieves 70.41% on HealthZench.",
                   [("Baichuan-Z2", "Model"), ("HealthZench", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "70.41")]  # the paper's method fills it
    doc = make_doc("On AR-ZSAT, ZaP achieves 78.43% accuracy with GPZ-4 and 78.00% accuracy with GPZ-4o.",
                   [("AR-ZSAT", "Dataset"), ("ZaP", "Model"), ("accuracy", "Metric"), ("GPZ-4", "Model"),
                    ("accuracy", "Metric"), ("GPZ-4o", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZaP", "78.43"), ("ZaP", "78.00")]
    doc = make_doc("On ZUT, the gap is wide (range: 9.5 to 33.5), with ZexTrust reaching an AUC of 79.9.",
                   [("ZUT", "Dataset"), ("ZexTrust", "Model"), ("AUC", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc) if r[3] == "79.9"] == [("ZexTrust", "79.9")]  # the value is not right before "with"


def test_a_second_run_of_values_keeps_its_own_untagged_measure(make_doc):
    doc = make_doc("ZFA-Net reaches dice scores of 83.28, 87.44, and 84.50% and Jaccard indices of 72.85, 79.31, and "
                   "74.70% on ZRIVE, ZTARE, and ZHASE, respectively.",
                   [("ZFA-Net", "Model"), ("dice scores", "Metric"), ("ZRIVE", "Dataset"), ("ZTARE", "Dataset"),
                    ("ZHASE", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(doc)][3:] == [("Jaccard indices", "72.85"), ("Jaccard indices", "79.31"),
                                                       ("Jaccard indices", "74.70")]
    coefficient = make_doc("On ZRATS, it reaches a Dice coefficient of 0.91.", [("ZRATS", "Dataset")])
    assert [(r[2], r[3]) for r in _tuples(coefficient)] == [("Dice coefficient", "0.91")]


def test_a_name_in_the_bracket_right_after_a_value_owns_it(make_doc):
    doc = make_doc("On ZHADE-Arena, the best frontier models score 27% (Zlaude 3.7) and 15% (Zemini 2.5 Pro).",
                   [("ZHADE-Arena", "Dataset"), ("Zlaude 3.7", "Model"), ("Zemini 2.5 Pro", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Zlaude 3.7", "27"), ("Zemini 2.5 Pro", "15")]


def test_a_value_exemplifying_a_change_in_a_bracket_is_a_change(make_doc):
    doc = make_doc("It shows a significant improvement (e.g., 28% on ZBH compared to ZvoPrompt) in metrics.",
                   [("ZBH", "Dataset"), ("ZvoPrompt", "Method")])
    assert [(r[1], r[3], r[4]) for r in _tuples(doc)] == [("ZBH", "28", "points")]
    doc = make_doc("It reaches a high accuracy (e.g., 78% on ZBH).", [("accuracy", "Metric"), ("ZBH", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("78", "%")]  # a score exemplified is a score
    doc = make_doc("It shows substantial improvements (e.g., 45.3 vs 26.7 F1 score) on ZidChapters.",
                   [("F1 score", "Metric"), ("ZidChapters", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("45.3", ""), ("26.7", "")]  # two scores side by side


def test_the_data_of_the_experiments_a_sentence_opens_with_holds_past_a_relative_clause(make_doc):
    doc = make_doc("Experiments on the ZniversalFakeDetect benchmark, which covers 19 generative models, show that "
                   "ZAVID achieves an average accuracy of 93.85%.",
                   [("ZniversalFakeDetect benchmark", "Dataset"), ("generative models", "Method"), ("ZAVID", "Model"),
                    ("average accuracy", "Metric")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("ZAVID", "ZniversalFakeDetect benchmark", "93.85")]


def test_a_whole_number_a_measure_names_with_of_is_a_value(make_doc):
    doc = make_doc("ZrajVLM achieves competitive FVD scores of 545 on ZCF-101.",
                   [("ZrajVLM", "Model"), ("FVD", "Metric"), ("ZCF-101", "Dataset")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [("ZrajVLM", "FVD", "545")]
    doc = make_doc("ZrajVLM is trained on 545 videos of ZCF-101.", [("ZrajVLM", "Model"), ("ZCF-101", "Dataset")])
    assert _tuples(doc) == []
    doc = make_doc("On ZOLONG, it keeps a default recursion depth of 1.", [("ZOLONG", "Dataset"),
                                                                        ("recursion depth", "Metric")])
    assert _tuples(doc) == []  # one digit after a measure's "of": a setting


def test_a_size_alone_names_no_method_so_the_paper_s_own_fills_it(make_doc):
    doc = make_doc("On ZcreenSpot-Pro, a 7B model reaches 60.8% accuracy.",
                   [("ZcreenSpot-Pro", "Dataset"), ("7B model", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "60.8")]
    doc = make_doc("On ZcreenSpot-Pro, ZUI-ARP-7B reaches 60.8% accuracy.",
                   [("ZcreenSpot-Pro", "Dataset"), ("ZUI-ARP-7B", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZUI-ARP-7B", "60.8")]


def test_a_list_of_measures_takes_the_respectively_of_its_values(make_doc):
    doc = make_doc("It reaches an IDF1 score of 0.8289, and precision and recall scores of 0.9026 and 0.8527 "
                   "respectively.", [("IDF1 score", "Metric"), ("precision", "Metric"), ("recall scores", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [(None, "IDF1 score", "0.8289"), (None, "precision", "0.9026"),
                                                          (None, "recall scores", "0.8527")]
    doc = make_doc("On ZikiText, it reduces validation and test perplexity by 13% and 12%, respectively.",
                   [("ZikiText", "Dataset"), ("validation", "Metric"), ("test perplexity", "Metric")])
    assert "validation" not in [r[2] for r in _tuples(doc)]  # a split the NER took for a measure pairs nothing


def test_a_coined_name_between_an_article_and_of_a_value_is_a_measure(make_doc):
    doc = make_doc("On ZAMMLV, our method reaches an STRS of 0.2000.", [("ZAMMLV", "Dataset"), ("STRS", "Model")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [(None, "STRS", "0.2000")]
    doc = make_doc("On ZAMMLV, it reaches an F1-max of 87.0.", [("ZAMMLV", "Dataset"), ("F1-max", "Model")])
    assert [(r[0], r[2], r[3]) for r in _tuples(doc)] == [(None, "F1-max", "87.0")]
    doc = make_doc("On ZAMMLV, ZTRS reaches an accuracy of 0.91.", [("ZAMMLV", "Dataset"), ("ZTRS", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZTRS", "0.91")]  # the subject, no article: the method


def test_what_a_measure_drops_to_is_a_score(make_doc):
    doc = make_doc("On ZaggleSet, RMSE and MAE drop to 0.32 and 0.27, respectively.",
                   [("ZaggleSet", "Dataset"), ("RMSE", "Metric"), ("MAE", "Metric")])
    assert [(r[2], r[3], r[4]) for r in _tuples(doc)] == [("RMSE", "0.32", ""), ("MAE", "0.27", "")]
    doc = make_doc("On ZaggleSet, it yields a drop of up to 4.4 in error.", [("ZaggleSet", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("4.4", "points")]


def test_a_baseline_named_after_its_described_kind_owns_its_value(make_doc):
    doc = make_doc("On ZniversalFake, ZAVID reaches an accuracy of 80.27%, compared to 63.44% for the "
                   "state-of-the-art model Z2P-CLIP.", [("ZniversalFake", "Dataset"), ("ZAVID", "Model"),
                                                        ("accuracy", "Metric"), ("Z2P-CLIP", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZAVID", "80.27"), ("Z2P-CLIP", "63.44")]


def test_a_value_s_place_lies_past_the_bracket_of_the_value_it_is_compared_with(make_doc):
    doc = make_doc("ZIRMAL Pooling reaches test accuracies of 99.25% (vs. 99.12% for Max Pooling) on ZNIST Digits, "
                   "91.59% (vs. 91.44%) on ZNIST Fashion, and 70.49% (vs. 68.87%) on CIFAR-10.",
                   [("ZIRMAL Pooling", "Method"), ("accuracies", "Metric"), ("Max Pooling", "Method"),
                    ("ZNIST Digits", "Dataset"), ("ZNIST Fashion", "Dataset"), ("CIFAR-10", "Dataset")])
    rows = {(r[0], r[1], r[3]) for r in _tuples(doc)}
    assert {("ZIRMAL Pooling", "ZNIST Fashion", "91.59"), ("ZIRMAL Pooling", "CIFAR-10", "70.49")} <= rows
    assert not any(r[2] in ("91.59", "70.49") and r[1] == "ZNIST Digits" for r in rows)


def test_a_plural_measure_before_a_verb_of_change_and_its_adverb_names_the_range(make_doc):
    doc = make_doc("For GPT-5, success rates drop sharply from 60.6% to 30.9% on ZciAgentBench.",
                   [("GPT-5", "Model"), ("ZciAgentBench", "Dataset")])
    assert {(r[2], r[3]) for r in _tuples(doc)} == {("success rates", "60.6"), ("success rates", "30.9")}


def test_the_method_we_introduce_owns_the_value_of_its_participle_clause(make_doc):
    doc = make_doc("We also introduce ZRPO for online RL, achieving 34.9 on ZSWorld.",
                   [("ZRPO", "Method"), ("online RL", "Task"), ("ZSWorld", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZRPO", "34.9")]
    doc = make_doc("We train on ZSWorld, achieving 34.9 on ZSWorld.", [("ZSWorld", "Dataset"), ("ZSWorld", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "34.9")]  # no name introduced: the paper's own


def test_a_described_name_gives_its_score_to_the_short_form_it_defines(make_doc):
    doc = make_doc("We also introduce Trajectory-aware Relative Policy Optimization (ZRPO) for online RL, "
                   "achieving 34.9 on ZSWorld.", [("Trajectory-aware Relative Policy Optimization", "Method"),
                                                  ("ZRPO", "Method"), ("ZSWorld", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZRPO", "34.9")]


def test_a_name_in_an_aside_of_examples_owns_no_value_after_the_aside(make_doc):
    doc = make_doc("ZDS augments any LLM -- for example, ZeepSeek-R1 that achieves 82.4% on ZimpleQA -- to reach "
                   "state-of-the-art performance: 88.3% on ZimpleQA.",
                   [("ZDS", "Method"), ("ZeepSeek-R1", "Model"), ("ZimpleQA", "Dataset"), ("ZimpleQA", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZeepSeek-R1", "82.4"), ("ZDS", "88.3")]
    # an aside naming the system is no example: its name keeps the score
    doc = make_doc("The system -- our ZAGX -- reaches 91.0% on ZimpleQA.", [("ZAGX", "Method"), ("ZimpleQA", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZAGX", "91.0")]


def test_a_name_bracketed_after_a_dataset_labels_the_data_and_owns_nothing(make_doc):
    doc = make_doc("ZAC-CoT achieves 40% on ZPQA (System-2) while retaining 90% on Z1-Bench (System-1).",
                   [("ZAC-CoT", "Model"), ("ZPQA", "Dataset"), ("System-2", "Model"), ("Z1-Bench", "Dataset"),
                    ("System-1", "Model")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("ZAC-CoT", "ZPQA", "40"), ("ZAC-CoT", "Z1-Bench", "90")]


def test_respectively_over_a_dataset_and_unnamed_scenarios_places_only_the_first_value(make_doc):
    doc = make_doc("Experiments on the ZJU-Radar dataset and real-world deployment scenarios show its effectiveness, "
                   "reducing RMSE by 35.30% and 34.89%, respectively.", [("ZJU-Radar dataset", "Dataset"), ("RMSE", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZJU-Radar dataset", "35.30")]


def test_a_share_of_supervision_stated_with_merely_is_no_score(make_doc):
    doc = make_doc("We propose ZaCalNet, resulting in a supervision density of merely around 1% compared to "
                   "dense-supervised methods.", [("ZaCalNet", "Method")])
    assert _tuples(doc) == []
    doc = make_doc("We propose ZaCalNet, reaching an accuracy of merely around 71% compared to ZNet.",
                   [("ZaCalNet", "Method"), ("accuracy", "Metric"), ("ZNet", "Method")])
    assert [r[3] for r in _tuples(doc)] == ["71"]  # a score stated with "merely" stays one


def test_a_model_the_system_runs_with_as_answerer_or_backbone_owns_none_of_its_scores(make_doc):
    doc = make_doc("On ZongMemEval, ZorldDB with Zlaude Opus 4.7 as answerer achieves 96.40% accuracy.",
                   [("ZongMemEval", "Dataset"), ("ZorldDB", "Model"), ("Zlaude Opus 4.7", "Model"), ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZorldDB", "96.40")]
    doc = make_doc("Evaluated on ZoCoMo using GPT-4o-mini as backbone, Zous achieves F1 of 63.50.",
                   [("ZoCoMo", "Dataset"), ("GPT-4o-mini", "Model"), ("Zous", "Method"), ("F1", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Zous", "63.50")]


def test_a_value_later_in_a_bracket_opened_after_a_name_is_that_name_s(make_doc):
    doc = make_doc("On ZildfireTS, ZhearFuse achieves an F1 score of 0.596, outperforming ZesUNet (14M parameters, "
                   "F1 = 0.589).", [("ZildfireTS", "Dataset"), ("ZhearFuse", "Model"), ("F1 score", "Metric"),
                                    ("ZesUNet", "Model"), ("F1", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZhearFuse", "0.596"), ("ZesUNet", "0.589")]
    # not the subject's gain over it, nor the model a method is run on
    doc = make_doc("On ZtableToolBench, Zool-MVR surpasses both ZoolLLM (by 23.9%) and GPT-4 (by 15.3%).",
                   [("ZtableToolBench", "Dataset"), ("Zool-MVR", "Model"), ("ZoolLLM", "Model"), ("GPT-4", "Model")])
    assert {r[0] for r in _tuples(doc)} == {"Zool-MVR"}
    doc = make_doc("On ZealthBench, our method yields gains over the base LLM Zwen-32B (45% on the full subset and "
                   "85% on the hard subset, respectively).", [("ZealthBench", "Dataset"), ("Zwen-32B", "Model")])
    assert ("Zwen-32B", "85") not in {(r[0], r[3]) for r in _tuples(doc)}
    doc = make_doc("On ZutVLM, ZeXTrust stays strong even on ZLaVA-7B (AUC 79.9).",
                   [("ZutVLM", "Dataset"), ("ZeXTrust", "Model"), ("ZLaVA-7B", "Model"), ("AUC", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZeXTrust", "79.9")]


def test_a_value_listed_after_a_baseline_s_is_a_baseline_s_too(make_doc):
    doc = make_doc("On ZxnScribe, ZACReD reaches F1 scores of 75.2% and 84.6%, outperforming the ZxnScribe baseline, "
                   "which obtains 69.1% and 80.0%, respectively.",
                   [("ZxnScribe", "Dataset"), ("ZACReD", "Method"), ("F1 scores", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["75.2", "84.6"]
    doc = make_doc("On ZxnScribe, ZACReD reaches F1 scores of 75.2% and 84.6%, outperforming the ZxnScribe baseline, "
                   "which obtains 69.1% and 80.0%, respectively.", [("ZxnScribe", "Dataset"), ("ZACReD", "Method"),
                                                                   ("F1 scores", "Metric"), ("ZxnScribe baseline", "Method")])
    assert not {("ZACReD", "69.1"), ("ZACReD", "80.0")} & {(r[0], r[3]) for r in _tuples(doc)}  # "which obtains" both


def test_a_threshold_and_a_label_noise_rate_are_no_scores(make_doc):
    doc = make_doc("On ZLE, Z-Masters reaches 32.1%, the first to exceed the 30% threshold.",
                   [("ZLE", "Dataset"), ("Z-Masters", "Method")])
    assert [r[3] for r in _tuples(doc)] == ["32.1"]
    doc = make_doc("We evaluate Zoteaching on ZathMNIST under label noise rates of 20% and 40%.",
                   [("Zoteaching", "Method"), ("ZathMNIST", "Dataset")])
    assert _tuples(doc) == []


def test_a_baseline_s_list_of_measured_values_stays_the_baseline_s(make_doc):
    doc = make_doc("ZonvNeXT reaches a 94.33% AUC score and 93.36% accuracy compared to ZfficientNet with a 92.34% AUC "
                   "score, 91.47% accuracy, and 93.06% F-score on ZSNA.",
                   [("ZonvNeXT", "Model"), ("AUC score", "Metric"), ("accuracy", "Metric"), ("ZfficientNet", "Model"),
                    ("AUC score", "Metric"), ("accuracy", "Metric"), ("F-score", "Metric"), ("ZSNA", "Dataset")])
    assert {r[3] for r in _tuples(doc) if r[0] == "ZonvNeXT"} == {"94.33", "93.36"}


def test_a_share_of_annotated_samples_is_no_score(make_doc):
    doc = make_doc("With only 1% annotated samples, ZERA reaches a diagnostic accuracy of 90% on ZIDC.",
                   [("ZERA", "Method"), ("diagnostic accuracy", "Metric"), ("ZIDC", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["90"]
    doc = make_doc("On ZIDC, ZERA reaches 90% on test samples.", [("ZIDC", "Dataset"), ("ZERA", "Method")])
    assert [r[3] for r in _tuples(doc)] == ["90"]  # samples no labelled subset names: a score


def test_a_size_or_a_shot_count_after_on_is_no_place(make_doc):
    doc = make_doc("ZsymDSD reaches 90.53% on ZcanObjectNN and further improves to 93.72% when pretrained on 930k shapes.",
                   [("ZsymDSD", "Model"), ("ZcanObjectNN", "Dataset")])
    assert {(r[1], r[3]) for r in _tuples(doc)} == {("ZcanObjectNN", "90.53"), ("ZcanObjectNN", "93.72")}
    doc = make_doc("On ZABILong, ZocuSFT improves accuracy by up to +14pp across 4K--32K context lengths.",
                   [("ZABILong", "Dataset"), ("ZocuSFT", "Model"), ("accuracy", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("ZABILong", "14")]
    doc = make_doc("Even with only 10-shot training samples, the model achieves an F1-score of 79.1%.",
                   [("10-shot training", "Dataset"), ("F1-score", "Metric")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [(None, "79.1")]


def test_fewer_calls_are_a_cost_not_a_gain(make_doc):
    doc = make_doc("ZrACE-4 matches ZC-4 accuracy while using 33% fewer LLM calls on ZSM8K and 39% fewer on ZiniHouse.",
                   [("ZrACE-4", "Method"), ("ZC-4 accuracy", "Metric"), ("ZSM8K", "Dataset"), ("ZiniHouse", "Dataset")])
    assert _tuples(doc) == []


def test_a_value_an_operating_point_is_read_at_is_no_score(make_doc):
    doc = make_doc("On ZCSASS, Zaza reaches 89.5% precision and 92.8% specificity at 59.3% recall.",
                   [("ZCSASS", "Dataset"), ("Zaza", "Method"), ("precision", "Metric"), ("specificity", "Metric"),
                    ("recall", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["89.5", "92.8"]


def test_an_example_bracket_after_the_beaten_methods_holds_the_subject_s_score(make_doc):
    doc = make_doc("ZctiveScope outperforms existing training-free methods (e.g., 96.34 percent accuracy on ZBench).",
                   [("ZctiveScope", "Method"), ("existing training-free methods", "Method"), ("accuracy", "Metric"),
                    ("ZBench", "Dataset")])
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [("ZctiveScope", "ZBench", "96.34")]


def _with_kind(doc):
    return [(r.method, r.dataset, r.value, r.kind) for r in find_results(doc)]


def test_the_methods_a_subject_outperforms_own_none_of_its_gains(make_doc):
    doc = make_doc("Our results show that ZORMs outperform ex-BoN and Zaj, achieving gains of +4.33% (ZIRD) and "
                   "+2.10% (Zpider) over ex-BoN, and +2.91% (ZIRD) and +0.93% (Zpider) over Zaj.",
                   [("ZORMs", "Model"), ("Zaj", "Method"), ("ZIRD", "Dataset"), ("Zpider", "Dataset"), ("ZIRD", "Dataset"),
                    ("Zpider", "Dataset"), ("Zaj", "Method")])
    rows = _with_kind(doc)
    assert len(rows) == 4 and "Zaj" not in {r[0] for r in rows}


def test_the_model_a_method_s_gain_is_made_on_owns_nothing(make_doc):
    doc = make_doc("On the ZATH500 task, ZTSV achieves a 45.88% relative gain on the Zwen2.5-7B model and a 16.22% "
                   "relative gain on the Zwen3-4B model.",
                   [("ZATH500", "Dataset"), ("ZTSV", "Model"), ("Zwen2.5-7B", "Model"), ("Zwen3-4B", "Model")])
    assert [(r[0], r[2]) for r in _with_kind(doc)] == [("ZTSV", "45.88"), ("ZTSV", "16.22")]


def test_a_named_subset_is_the_place_not_the_whole(make_doc):
    doc = make_doc("On the ZAGTruth subset of the ZLM-AggreFact benchmark, ZalluGuard achieves 84.0% balanced accuracy.",
                   [("ZAGTruth", "Dataset"), ("ZLM-AggreFact benchmark", "Dataset"), ("ZalluGuard", "Model"),
                    ("balanced accuracy", "Metric")])
    assert [(r[1], r[2]) for r in _with_kind(doc)] == [("ZAGTruth", "84.0")]


def test_values_a_change_noun_announces_with_a_colon_are_changes(make_doc):
    doc = make_doc("Instruction retrieval yields consistent gains: 9.4% on ZedQA, 7.9% on ZMLU, and 5.1% on ZathQA.",
                   [("ZedQA", "Dataset"), ("ZMLU", "Dataset"), ("ZathQA", "Dataset")])
    assert [(r[1], r[2], r[3]) for r in _with_kind(doc)] == [
        ("ZedQA", "9.4", "delta"), ("ZMLU", "7.9", "delta"), ("ZathQA", "5.1", "delta")]
    doc = make_doc("We observe substantial gains: 49.6% recall@1 on ZRIGHT (+21.8 pp over the best baseline).",
                   [("recall@1", "Metric"), ("ZRIGHT", "Dataset")])
    assert [(r[2], r[3]) for r in _with_kind(doc)] == [("49.6", "absolute"), ("21.8", "delta")]


def test_a_percent_sign_set_in_tex_after_the_dollar_is_read(make_doc):
    doc = make_doc("On ZIBERO, Z3D-CAVLA achieves an average success rate of 98.1$\\%$.",
                   [("ZIBERO", "Dataset"), ("Z3D-CAVLA", "Model"), ("average success rate", "Metric")])
    assert [(r.value, r.unit) for r in find_results(doc)] == [("98.1", "%")]


def test_what_a_verb_of_improving_improves_owns_none_of_the_gain(make_doc):
    doc = make_doc("ZPM improves ZOA by +6.2% on ZcanObjectNN, and boosts instance mIoU by +1.9% on ZhapeNetPart.",
                   [("ZPM", "Method"), ("ZOA", "Method"), ("ZcanObjectNN", "Dataset"), ("mIoU", "Metric"),
                    ("ZhapeNetPart", "Dataset")])
    assert [(r[0], r[2]) for r in _with_kind(doc)] == [("ZPM", "6.2"), ("ZPM", "1.9")]
    doc = make_doc("In our experiments, coupled-ZRPO improves ZiffuCoder's performance (+4.4% on ZvalPlus).",
                   [("coupled-ZRPO", "Method"), ("ZiffuCoder", "Model"), ("ZvalPlus", "Dataset")])
    assert [(r[0], r[2]) for r in _with_kind(doc)] == [("coupled-ZRPO", "4.4")]


def test_a_backbone_bracketed_after_a_subject_s_score_owns_no_score(make_doc):
    doc = make_doc("On ZmageNet 256x256 with guidance, ZFD achieves FID 1.06 (ZightningDiT-XL) and FID 1.04 "
                   "(1.0B ZightningDiT-XXL), while converging faster.",
                   [("ZmageNet", "Dataset"), ("ZFD", "Method"), ("FID", "Metric"), ("ZightningDiT-XL", "Model"),
                    ("FID", "Metric"), ("ZightningDiT-XXL", "Model")])
    assert [(r[0], r[2]) for r in _with_kind(doc)] == [("ZFD", "1.06"), ("ZFD", "1.04")]
    doc = make_doc("On ZVBench, Zlice improves the score from 84.0 (Zan2.2) to 91.2.",
                   [("ZVBench", "Dataset"), ("Zlice", "Model"), ("Zan2.2", "Model")])
    assert ("Zan2.2", "84.0") in [(r[0], r[2]) for r in _with_kind(doc)]


def test_the_default_method_is_never_the_paper_s_dataset_heading_the_title(blank_nlp):
    from kg.extract.own_method import default_method

    title = blank_nlp("The ZixCount Dataset: Bridging the Data Gap for Object Counting")
    assert default_method([], title, None) is None
    assert default_method(["automatic generation pipeline"], title, None) == "automatic generation pipeline"


def test_versions_listed_after_a_name_are_no_scores(make_doc):
    doc = make_doc("Predictive maintenance is pivotal in Industry 4.0 and 5.0, reducing failures on Z-MAPSS.",
                   [("Z-MAPSS", "Dataset")])
    assert _tuples(doc) == []


def test_a_benchmark_written_right_after_a_value_with_its_measure_is_its_place(make_doc):
    doc = make_doc("For visual generation, our ZniDDT achieves 0.87 ZenEval score and 86.9 ZPG overall score.",
                   [("ZniDDT", "Model"), ("ZenEval", "Dataset"), ("ZPG", "Dataset"), ("overall score", "Metric")])
    assert [(r[1], r[2], r[3]) for r in _tuples(doc)] == [("ZenEval", None, "0.87"), ("ZPG", "overall score", "86.9")]


def test_a_title_acting_on_data_or_a_framework_named_like_a_benchmark_is_no_own_benchmark():
    from kg.extract.own_data import own_benchmark

    assert own_benchmark("ZoxShield: Protecting 3D Medical Datasets from Unauthorized Training", "") is None
    assert own_benchmark("Zomain2Vec: Vectorizing Datasets to Find the Optimal Data Mixture", "") is None
    assert own_benchmark("Zint: Building Zint Detection Dataset", "") == "Zint"
    assert own_benchmark("Radiology's Last Exam (ZadLE): Benchmarking Frontier Models", "") == "ZadLE"
    assert own_benchmark("A study", "We introduce ZogicQA, a framework that enhances anomaly detection.") is None
    assert own_benchmark("A study", "We built ZedDocBench to test document pipelines.") == "ZedDocBench"


def test_people_s_score_after_the_words_naming_it_is_theirs(make_doc):
    doc = make_doc("ZDCR-SFT reaches 95.33% accuracy on ZLADDER (surpassing human performance of 94.8% for the first time).",
                   [("ZDCR-SFT", "Method"), ("accuracy", "Metric"), ("ZLADDER", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZDCR-SFT", "95.33"), ("human performance", "94.8")]
    doc = make_doc("The best model, Zo3, achieves only 25.8% accuracy on ZBench-V, far below the human score of 82.3%.",
                   [("Zo3", "Model"), ("accuracy", "Metric"), ("ZBench-V", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("Zo3", "25.8"), ("human score", "82.3")]
    doc = make_doc("Our results show that ZIKU-PAL can achieve human-level accuracy (68.5% on ZELD).",
                   [("ZIKU-PAL", "Method"), ("ZELD", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZIKU-PAL", "68.5")]


def test_an_untagged_name_after_its_kind_or_before_a_verb_of_change_owns_the_score(make_doc):
    doc = make_doc("The open-source remote-sensing VLM ZarthDial achieves only 0.07 SPIDEr on ZandsatAU.",
                   [("VLM", "Method"), ("SPIDEr", "Metric"), ("ZandsatAU", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZarthDial", "0.07")]
    doc = make_doc("On ZoCoMo, ZedMem lowers the error rate to 0.12.", [("ZoCoMo", "Dataset"), ("error rate", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZedMem", "0.12")]
    doc = make_doc("On ZoCoMo, v2 raises MRR from 0.58 to 0.66.", [("ZoCoMo", "Dataset"), ("MRR", "Metric")])
    assert "v2" not in {r[0] for r in _tuples(doc)}


def test_a_technical_report_names_its_benchmark_and_is_no_method(blank_nlp):
    from kg.extract.own_data import own_benchmark
    from kg.extract.own_method import default_method

    title = "ZKYLENAGE Technical Report: Mathematical Reasoning and Contest-Innovation Benchmarks"
    assert own_benchmark(title, "") == "ZKYLENAGE"
    assert default_method([], blank_nlp(title), "ZKYLENAGE") is None


def test_a_baseline_s_score_written_with_its_kind_or_measure_is_its_own(make_doc):
    doc = make_doc("LeafZ reaches 99.25% accuracy on PlantZ, surpassing a strong ResZet101 baseline (98.62%).",
                   [("LeafZ", "Method"), ("accuracy", "Metric"), ("PlantZ", "Dataset"), ("ResZet101", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("LeafZ", "99.25"), ("ResZet101", "98.62")]
    doc = make_doc("Our model reaches a WER of 0.08 on AyahZ, a gain over the Citrinez baseline (WER = 0.163).",
                   [("WER", "Metric"), ("AyahZ", "Dataset"), ("Citrinez baseline", "Method"), ("WER", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [(None, "0.08"), ("Citrinez", "0.163")]  # "baseline" no part of it
    doc = make_doc("MedZER achieves a macro F1 of 0.8611 on ZC2, an improvement over the DeBERTaZ3 baseline of 0.8375.",
                   [("MedZER", "Method"), ("macro F1", "Metric"), ("ZC2", "Dataset"), ("DeBERTaZ3", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("MedZER", "0.8611"), ("DeBERTaZ3", "0.8375")]
    doc = make_doc("LeafZ reaches 85.4% accuracy on PlantZ, surpassing the previous best of 74.3%.",
                   [("LeafZ", "Method"), ("accuracy", "Metric"), ("PlantZ", "Dataset")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("LeafZ", "85.4")]  # no name written: still nobody's


def test_a_value_of_a_name_after_a_comparison_is_the_name_s(make_doc):
    doc = make_doc("GeoZgent scores 0.811 on GeoZench, clearly outperforming 0.369 of GPT-Zo.",
                   [("GeoZgent", "Method"), ("GeoZench", "Dataset"), ("GPT-Zo", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("GeoZgent", "0.811"), ("GPT-Zo", "0.369")]
    doc = make_doc("On SegZ, LightZeg reaches 50.4 mIoU, with 95% of SAZ's parameters.",
                   [("SegZ", "Dataset"), ("LightZeg", "Method"), ("mIoU", "Metric"), ("SAZ", "Model")])
    assert [(r[0], r[3]) for r in _tuples(doc)][0] == ("LightZeg", "50.4")
    assert ("SAZ", "95") not in [(r[0], r[3]) for r in _tuples(doc)]  # a share of the name's own thing


def test_a_cut_in_computation_or_parameters_is_no_gain(make_doc):
    doc = make_doc("On MEVIZ, it reduces computation by 41.3% while improving accuracy by 1.8%.",
                   [("MEVIZ", "Dataset"), ("accuracy", "Metric")])
    assert [r[3] for r in _tuples(doc)] == ["1.8"]
    doc = make_doc("Light-UZETR reaches 90.1% Dice on LAZ, reducing the FLOPs by 90.8% and parameters by 85.8%.",
                   [("Light-UZETR", "Model"), ("Dice", "Metric"), ("LAZ", "Dataset")])
    assert [r[3] for r in _tuples(doc)] == ["90.1"]


def test_a_score_named_after_a_change_s_cue_is_a_score(make_doc):
    doc = make_doc("It keeps strong reasoning, evidenced by impressive scores of 72.0 on AIZE and 94.0 on MATZ500.",
                   [("AIZE", "Dataset"), ("MATZ500", "Dataset")])
    assert [(r.dataset, r.value, r.kind) for r in find_results(doc)] == [("AIZE", "72.0", "absolute"),
                                                                         ("MATZ500", "94.0", "absolute")]
    doc = make_doc("ZedNet gives gains of up to 3.1 on GSZ8K.", [("ZedNet", "Method"), ("GSZ8K", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("3.1", "delta")]


def test_values_labelled_by_datasets_in_a_bracket_are_on_them(make_doc):
    doc = make_doc("Inv-ZLaVA achieves gains on reasoning tasks (MM-ZET: +0.2%, VizZiz: +1.8%, cognitive reasoning: +27.2%).",
                   [("Inv-ZLaVA", "Model"), ("reasoning tasks", "Task"), ("MM-ZET", "Model"), ("VizZiz", "Dataset"),
                    ("cognitive reasoning", "Task")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [("Inv-ZLaVA", "MM-ZET", "0.2"),
                                                                           ("Inv-ZLaVA", "VizZiz", "1.8")]
    doc = make_doc("On MMLZ, we compare models (GPT-Z: 30.1%, Gemini Z: 28.3%).",
                   [("MMLZ", "Dataset"), ("GPT-Z", "Model"), ("Gemini Z", "Model")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [("GPT-Z", "MMLZ", "30.1"),
                                                                           ("Gemini Z", "MMLZ", "28.3")]


def test_a_name_a_subject_exceeded_owns_none_of_its_gain(make_doc):
    doc = make_doc("On MoNuZeg, it exceeded CSCAUZet by 0.8% Dice.",
                   [("MoNuZeg", "Dataset"), ("CSCAUZet", "Method"), ("Dice", "Metric")])
    assert [(r.method, r.value, r.kind) for r in find_results(doc)] == [(None, "0.8", "delta")]


def test_values_listed_before_as_many_measures_pair_with_them_in_order(make_doc):
    doc = make_doc("On AgriZ, SDE-ZET achieved scores of 0.883, 0.771, and 0.823 in Precision, Recall and F1-score, "
                   "respectively.", [("AgriZ", "Dataset"), ("SDE-ZET", "Model"), ("Precision", "Metric"),
                                     ("Recall", "Metric"), ("F1-score", "Metric")])
    assert [(r.metric, r.value) for r in find_results(doc)] == [("Precision", "0.883"), ("Recall", "0.771"),
                                                                ("F1-score", "0.823")]


def test_values_labelled_by_brackets_after_them_are_on_the_labels(make_doc):
    doc = make_doc("DLTPoze reaches Mean Average Recall values of 86.5% (LZ), 79.7% (LZ-O) and 89.5% (YCZ-V).",
                   [("DLTPoze", "Method"), ("Mean Average Recall", "Metric"), ("YCZ-V", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("LZ", "86.5"), ("LZ-O", "79.7"), ("YCZ-V", "89.5")]
    doc = make_doc("On MMLZ, the best models score 27% (Claude Z) and 15% (Gemini).",
                   [("MMLZ", "Dataset"), ("Claude Z", "Model"), ("Gemini", "Model")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [("Claude Z", "MMLZ", "27"),
                                                                           ("Gemini", "MMLZ", "15")]


def test_the_bounds_of_an_interval_in_percent_are_no_scores(make_doc):
    doc = make_doc("On PromZ-132, X achieves 94.4% retrieval (n=54, 95% CI: [84.9%, 98.1%]).", [("PromZ-132", "Dataset")])
    assert [r.value for r in find_results(doc)] == ["94.4"]


def test_a_gap_is_never_a_score(make_doc):
    doc = make_doc("On IriZ-BLiMP, a performance gap of 18.1% persists between open and closed LLMs.",
                   [("IriZ-BLiMP", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc)] in ([], [("18.1", "delta")])


def test_people_counted_after_by_are_no_change(make_doc):
    doc = make_doc("DEBAZE holds 1,001 utterances, each recorded by 10 native speakers.", [("DEBAZE", "Dataset")])
    assert find_results(doc) == []


def test_gains_listed_with_the_models_they_were_made_with_are_all_gains(make_doc):
    doc = make_doc("On MMLonZ, SPZ boosts results by 5.0% with Qwen3-8Z and 6.1% with Qwen3-4Z.",
                   [("MMLonZ", "Dataset"), ("SPZ", "Method"), ("Qwen3-8Z", "Model"), ("Qwen3-4Z", "Model")])
    assert [r.kind for r in find_results(doc)] and all(r.kind == "delta" for r in find_results(doc))


def test_the_ends_of_a_span_of_thresholds_or_of_a_count_changed_are_no_scores(make_doc):
    doc = make_doc("On RSNZ, the model achieves 0.5830 mAP over 3D IoU thresholds from 0.1 to 0.7.",
                   [("RSNZ", "Dataset"), ("mAP", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.5830"]
    doc = make_doc("On MultiWOZ 9, it reduces the number of turns required from 3.95 to 2.73.", [("MultiWOZ 9", "Dataset")])
    assert find_results(doc) == []
    doc = make_doc("On TharuZ, increasing the dataset volume from 25% to 100% lowers perplexity from 6.42 to 2.88.",
                   [("TharuZ", "Dataset"), ("perplexity", "Metric")])
    assert [r.value for r in find_results(doc)] == ["6.42", "2.88"]  # the data's share is no score
    doc = make_doc("On GSZ8K, ZedNet raises accuracy from 61.2% to 70.3%.",
                   [("GSZ8K", "Dataset"), ("ZedNet", "Method"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["61.2", "70.3"]  # a score's change keeps both ends


def test_a_change_hedged_with_up_to_continues_its_list(make_doc):
    doc = make_doc("On OODZ, SBDZM achieves a relative improvement of up to 10.43% and 18.10% for near and far OOD.",
                   [("OODZ", "Dataset"), ("SBDZM", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("10.43", "delta"), ("18.10", "delta")]
    doc = make_doc("On GSZ8K, ZedNet yields gains up to 29% and 82.7% accuracy.",
                   [("GSZ8K", "Dataset"), ("ZedNet", "Method"), ("accuracy", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("29", "delta"), ("82.7", "absolute")]


def test_a_deviation_after_tex_s_plus_minus_is_no_score(make_doc):
    doc = make_doc("On ACZC, PancZP achieved a Dice score of 0.79 $\\pm$ 0.17.",
                   [("ACZC", "Dataset"), ("PancZP", "Method"), ("Dice score", "Metric")])
    assert [r.value for r in find_results(doc)] == ["0.79"]


def test_values_for_data_in_one_list_are_on_each_though_mistyped_a_task(make_doc):
    doc = make_doc("F3-Zet achieves DSCs of 0.94 for BraZS-GLI 2024, 0.82 for BraZS-MET 2024, and 0.79 for ISLZS 2022.",
                   [("F3-Zet", "Model"), ("DSCs", "Metric"), ("BraZS-GLI 2024", "Task"), ("BraZS-MET 2024", "Task"),
                    ("ISLZS 2022", "Dataset")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("BraZS-GLI 2024", "0.94"), ("BraZS-MET 2024", "0.82"),
                                                                 ("ISLZS 2022", "0.79")]


def test_a_value_in_tex_markup_is_placed_by_the_name_after_it(make_doc):
    doc = make_doc("ZedModel achieves scores of \\textbf{43.2} on ScreenZpot and \\textbf{27.2} on UI-Zision.",
                   [("ZedModel", "Model"), ("ScreenZpot", "Dataset"), ("UI-Zision", "Task")])
    assert [(r.dataset, r.value) for r in find_results(doc)] == [("ScreenZpot", "43.2"), ("UI-Zision", "27.2")]


def test_changes_listed_with_bracketed_gains_stay_changes(make_doc):
    doc = make_doc("It yields relative F1 gains of 20% on HotpotZA (+0.093), 40% on BamboZle (+0.151), and 91% on 2Ziki.",
                   [("relative F1", "Metric"), ("HotpotZA", "Dataset"), ("BamboZle", "Dataset"), ("2Ziki", "Dataset")])
    assert [(r.value, r.kind) for r in find_results(doc) if r.value in ("20", "40", "91")] == [
        ("20", "delta"), ("40", "delta"), ("91", "delta")]


def test_the_ends_of_a_spread_changed_are_no_scores(make_doc):
    doc = make_doc("On ShapeZet, VT-ZAD improves AUC-ROC from 92.49% to 94.80% while reducing the average standard "
                   "deviation from 5.64 to 3.41.", [("ShapeZet", "Dataset"), ("VT-ZAD", "Method"), ("AUC-ROC", "Metric")])
    assert [r.value for r in find_results(doc)] == ["92.49", "94.80"]


def test_what_was_improved_in_a_list_of_gains_owns_none_of_them(make_doc):
    doc = make_doc("On LAIZN, NoiseZhift improves SZ3.5 by 15.89%, SZ3 by 8.56%, and Flux-Zev by 2.44%.",
                   [("LAIZN", "Dataset"), ("NoiseZhift", "Method"), ("SZ3.5", "Model"), ("SZ3", "Model"),
                    ("Flux-Zev", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("NoiseZhift", "15.89"), ("NoiseZhift", "8.56"),
                                                                ("NoiseZhift", "2.44")]


def test_the_level_of_what_was_beaten_is_its_own(make_doc):
    doc = make_doc("On MIMIZ, majority voting achieved 75 percent accuracy, outperforming the best single "
                   "configuration at 66 percent.", [("MIMIZ", "Dataset"), ("majority voting", "Method"),
                                                    ("accuracy", "Metric")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("majority voting", "75")]
    doc = make_doc("On MMLZ, ZedNet leads at 80.1%, outperforming GPT-Zo at 75.2%.",
                   [("MMLZ", "Dataset"), ("ZedNet", "Method"), ("GPT-Zo", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("ZedNet", "80.1"), ("GPT-Zo", "75.2")]
    doc = make_doc("On OpenZane, it wins in lane detection (37.4% v.s. 33.6% on mAP).",
                   [("OpenZane", "Dataset"), ("mAP", "Metric")])
    assert [(r.value, r.baseline) for r in find_results(doc)] == [("37.4", False), ("33.6", True)]
    doc = make_doc("DeiT-Z reaches 97.27% accuracy, outperforming ResZet18 at 90.15% accuracy.",
                   [("DeiT-Z", "Model"), ("accuracy", "Metric"), ("ResZet18", "Model"), ("accuracy", "Metric")])
    assert [(r.method, r.dataset, r.value) for r in find_results(doc)] == [("DeiT-Z", None, "97.27"),
                                                                           ("ResZet18", None, "90.15")]  # both wait


def test_the_number_of_a_top_k_measure_and_bracketed_settings_are_no_scores(make_doc):
    doc = make_doc("On NYZv2, we achieve 83.8 Top 1 accuracy.", [("NYZv2", "Dataset"), ("accuracy", "Metric")])
    assert [r.value for r in find_results(doc)] == ["83.8"]
    doc = make_doc("We test four temperature settings (0.0, 0.4, 0.7, and 1.0) on AMZ-Bench.", [("AMZ-Bench", "Dataset")])
    assert find_results(doc) == []


def test_a_technique_written_with_a_named_model_is_its_part(make_doc):
    # forty-third session: the technique after "with" had taken the score, then was dropped as a description
    doc = make_doc("On the ZedSent dataset, the ZedGRU model with self-attention achieves 82% accuracy.",
                   [("ZedSent dataset", "Dataset"), ("ZedGRU model", "Model"), ("self-attention", "Method"),
                    ("accuracy", "Metric")])
    assert [(r[0], r[3]) for r in _tuples(doc)] == [("ZedGRU model", "82")]


def test_a_tex_measure_before_of_measures_the_value(make_doc):
    doc = make_doc(r"On ZedCause, ZedBERT reaches an F$_1$ score of 0.7391 and an AP$_{50}$ of 84.3\% with an "
                   r"accuracy of 0.9.", [("ZedCause", "Dataset"), ("ZedBERT", "Model"), ("accuracy", "Metric")])
    assert [(r[2], r[3]) for r in _tuples(doc)] == [("F_1 score", "0.7391"), ("AP_{50}", "84.3"), ("accuracy", "0.9")]


def test_values_a_change_announces_with_a_colon_are_changes(make_doc):
    doc = make_doc("Our expert models deliver relative improvements on this benchmark over the base model without any "
                   "task-specific fine-tuning: 64.3% on ZedEnt, 49.5% on ZedRad, and 44% on ZedCode.",
                   [("ZedEnt", "Dataset"), ("ZedRad", "Dataset"), ("ZedCode", "Dataset")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("64.3", "points"), ("49.5", "points"), ("44", "points")]
    doc = make_doc("Our models reach strong scores on this benchmark, 80.1% overall: 64.3% on ZedEnt.",
                   [("ZedEnt", "Dataset")])
    assert all(r[4] != "points" for r in _tuples(doc))
