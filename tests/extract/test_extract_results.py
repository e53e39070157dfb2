"""Result tuples read off sentences (kg.extract.results)."""

from __future__ import annotations

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


def test_no_dataset_no_result(make_doc):
    doc = make_doc("Our model achieves 71.8% accuracy.", [("accuracy", "Metric")])
    assert _tuples(doc) == []


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
    assert [r[3] for r in _tuples(doc)] == ["99.2"]


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
    doc = make_doc("It reaches state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%) and more.",
                   [("accuracy", "Metric"), ("CIFAR-100", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("CIFAR-100", "91.7")]
    doc = make_doc("It reaches state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%) and more.",
                   [("accuracy", "Metric"), ("CIFAR-100", "Dataset"), ("Flowers", "Dataset")])
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("CIFAR-100", "91.7"), ("Flowers", "98.8")]


def test_a_list_after_a_change_is_changes(make_doc):
    ents = [("COCO", "Dataset"), ("AP", "Metric"), ("mask AP", "Metric"), ("mIoU", "Metric")]
    doc = make_doc("On COCO it improves by 2.7 box AP, 2.6 mask AP and 3.2 mIoU.", ents)
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("2.7", "points"), ("2.6", "points"), ("3.2", "points")]
    doc = make_doc("On COCO it beats the previous state of the art by 2.7 box AP, 2.6 mask AP and 3.2 mIoU.", ents)
    assert _tuples(doc) == []  # the first is skipped after "previous", and so is the rest of its list
    doc = make_doc("On COCO it reaches 51.1 mask AP, 2.6 points above the baseline.", [("COCO", "Dataset"),
                                                                                        ("mask AP", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("51.1", ""), ("2.6", "points")]


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
    assert _tuples(doc) == []
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
    assert [(r[0], r[1], r[3]) for r in _tuples(doc)] == [(None, "GSM8K", "44.5"), (None, "MathQA", "36.2")]


def test_costs_are_not_scores(make_doc):
    doc = make_doc("The model reaches 61.2% accuracy on CoLA while being 40% faster, with 30% fewer parameters "
                   "and 12% less training time.", [("CoLA", "Dataset"), ("accuracy", "Metric")])
    assert [(r[3], r[4]) for r in _tuples(doc)] == [("61.2", "%")]


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
    assert [(r[1], r[3]) for r in _tuples(doc)] == [("QuizA", "60.4"), ("QuizB", "47.5")]
