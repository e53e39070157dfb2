"""The measure a verb of change names before its "from" and "to" values
(kg.extract.result_changed_measures), untagged by the NER, and the model a change was reached on
as the new value's method when the paper names none (kg.extract.results, kg.extract.assemble); a
value right after a verb of loss is a change (kg.extract.result_changes).
Each sentence is written for the test."""

from __future__ import annotations

from kg.extract.results import find_results


def _measures(doc):
    return [(r.value, r.metric) for r in find_results(doc)]


def test_the_object_of_a_change_verb_measures_its_from_and_to_values(make_doc):
    doc = make_doc("On ZedBench, the guard reduces fabrication from 33.7% (ZedFlow) to 0.67%, with an F1 of 0.81.",
                   [("ZedBench", "Dataset"), ("ZedFlow", "Model"), ("F1", "Metric")])
    assert _measures(doc) == [("33.7", "fabrication"), ("0.67", "fabrication"), ("0.81", "F1")]


def test_a_model_before_the_measure_is_its_owner(make_doc):
    doc = make_doc("ZedJudge enhances GPT-4o agreement rate on ZedReward from 87.2% to 90.5% while its F1 is 0.7.",
                   [("ZedJudge", "Model"), ("GPT-4o", "Model"), ("ZedReward", "Dataset"), ("F1", "Metric")])
    assert [(r.method, r.value, r.metric) for r in find_results(doc)][:2] == [
        ("GPT-4o", "87.2", "agreement rate"), ("ZedJudge", "90.5", "agreement rate")]


def test_each_item_of_a_list_of_changes_has_its_own_measure(make_doc):
    doc = make_doc("On ZedEval, injecting knowledge raised technical validation success to 75.3% and overall "
                   "success to 62.6%, while the baseline F1 was 0.4.",
                   [("ZedEval", "Dataset"), ("F1", "Metric")])
    assert _measures(doc)[:2] == [("75.3", "technical validation success"), ("62.6", "overall success")]


def test_a_tagged_measure_of_the_clause_wins(make_doc):
    doc = make_doc("Our method raises the overall mIoU score on ZedSeg from 35.0 to 36.4.",
                   [("mIoU", "Metric"), ("ZedSeg", "Dataset")])
    assert _measures(doc) == [("35.0", "mIoU"), ("36.4", "mIoU")]


def test_no_measure_from_a_bound_a_subject_or_a_system(make_doc):
    doc = make_doc("ZedRM improves generalization, with up to 9.94 points of accuracy gain on ZedReward.",
                   [("ZedRM", "Model"), ("accuracy", "Metric"), ("ZedReward", "Dataset")])
    assert _measures(doc) == [("9.94", "accuracy")]
    doc = make_doc("ZedPro reaches 56.3% overall accuracy on ZedGaia, which falls significantly to 23.0% on ZedHard.",
                   [("ZedPro", "Model"), ("overall accuracy", "Metric"), ("ZedGaia", "Dataset"), ("ZedHard", "Dataset")])
    assert _measures(doc) == [("56.3", "overall accuracy"), ("23.0", "overall accuracy")]
    doc = make_doc("On ZedQA, ZedTune improves performance from 41.2% to 48.9% in accuracy.",
                   [("ZedQA", "Dataset"), ("ZedTune", "Model"), ("accuracy", "Metric")])
    assert [m for _, m in _measures(doc)] == ["accuracy", "accuracy"]


def test_words_joined_by_and_are_no_list_without_a_value_before(make_doc):
    doc = make_doc("On ZedFace, ZedViT reduces the ACER gap between African and East Asian subjects to 0.13% "
                   "with an HTER of 2.1.", [("ZedFace", "Dataset"), ("ZedViT", "Model"), ("HTER", "Metric")])
    assert ("0.13", "East Asian subjects") not in _measures(doc)


def test_the_model_a_change_was_reached_on_is_the_new_values_fallback(make_doc):
    doc = make_doc("On ZedPrivQA, our framework improves ZedGPT-mini's zero-shot accuracy from 0.394 to 0.601.",
                   [("ZedPrivQA", "Dataset"), ("ZedGPT-mini", "Model"), ("accuracy", "Metric")])
    assert [(r.method, r.value, r.fallback_method) for r in find_results(doc)] == [
        ("ZedGPT-mini", "0.394", None), (None, "0.601", "ZedGPT-mini")]


def test_a_named_subject_or_the_papers_method_comes_before_the_fallback(packaged_nlp):
    from spacy.tokens import Span

    from kg.extract.assemble import paper_record
    from kg.ingest import Paper
    abstract = "On ZedPrivQA, our framework improves ZedGPT's zero-shot accuracy from 0.394 to 0.601."
    labels = {"ZedPrivQA": "Dataset", "ZedGPT": "Model", "accuracy": "Metric", "ZedTool": "Method"}

    def record(title):
        doc = packaged_nlp(abstract)
        doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
        doc._.kg_results = find_results(doc)
        title_doc = packaged_nlp(title)
        title_doc.ents = [Span(title_doc, t.i, t.i + 1, label=labels[t.text]) for t in title_doc if t.text in labels]
        return paper_record(Paper(id="p", title=title, abstract=abstract), title_doc, doc)

    assert [(r.method, r.value) for r in record("Private answers").results] == [
        ("ZedGPT", "0.394"), ("ZedGPT", "0.601")]
    assert [(r.method, r.value) for r in record("ZedTool: private answers with tools").results] == [
        ("ZedGPT", "0.394"), ("ZedTool", "0.601")]


def test_a_value_a_model_is_losing_is_a_change(make_doc):
    doc = make_doc("On ZedCOD, motion blur causes the largest drops, with ZedSINet losing 18.5 Dice points.",
                   [("ZedCOD", "Dataset"), ("ZedSINet", "Model"), ("Dice", "Metric")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("18.5", "delta")]


def test_a_hyphenated_first_word_stays_in_the_measure_before_from(make_doc):
    doc = make_doc("On ZedBench, ZedSpeech improves knowledge accuracy from 25.14% to 46.13%, with open-ended "
                   "understanding rate from 64.5% to 86.5%.", [("ZedBench", "Dataset"), ("ZedSpeech", "Model"),
                                                               ("knowledge accuracy", "Metric")])
    assert [r.metric for r in find_results(doc)][2:] == ["open-ended understanding rate"] * 2


def test_the_data_named_before_the_measure_is_its_place_not_its_name(make_doc):
    doc = make_doc("On ZedOmni, ZedBridge raises scaffold-free ZedSafeBench SAR from 14.6% to 40.3%.",
                   [("ZedOmni", "Model"), ("ZedBridge", "Model"), ("ZedSafeBench", "Dataset")])
    assert [(r.dataset, r.metric, r.value) for r in find_results(doc)] == [
        ("ZedSafeBench", "SAR", "14.6"), ("ZedSafeBench", "SAR", "40.3")]


def test_a_state_of_the_art_changed_is_no_measure(make_doc):
    doc = make_doc("ZedASR reaches 3.24% WER on ZedVoice, reducing prior academic SOTA from 8.3% to 3.24%.",
                   [("ZedASR", "Model"), ("WER", "Metric"), ("ZedVoice", "Dataset")])
    assert {r.metric for r in find_results(doc)} == {"WER"}


def test_a_change_listed_with_at_items_is_a_change_too(make_doc):
    doc = make_doc("On ZedScenes, ZedContour reduces failures by 80% at close ranges and 60% at far ranges.",
                   [("ZedScenes", "Dataset"), ("ZedContour", "Method")])
    assert [(r.value, r.kind) for r in find_results(doc)] == [("80", "delta"), ("60", "delta")]


def test_a_list_of_changes_for_parts_named_with_stop_words_stays_changes(make_doc):
    doc = make_doc("On ZedBraTS, ZedMamba achieves Dice improvements of 0.10% for whole tumor, 1.75% for tumor "
                   "core, and 0.93% for enhancing tumor.", [("ZedBraTS", "Dataset"), ("ZedMamba", "Model"),
                                                            ("Dice", "Metric")])
    assert {r.kind for r in find_results(doc)} == {"delta"}


def test_a_hyphenated_or_number_word_counts_as_one_word_of_the_changed_measure(make_doc):
    doc = make_doc("On ZAMSum, our method increases the zero-shot cosine similarity score of Zlama 3.1 from 66.2% to 76%.",
                   [("ZAMSum", "Dataset"), ("Zlama 3.1", "Model")])
    assert _measures(doc) == [("66.2", "zero-shot cosine similarity score"), ("76", "zero-shot cosine similarity score")]
    doc = make_doc("On ZmniEAR, fine-tuning improves single-agent tasks dramatically (0.6% to 76.3%).", [("ZmniEAR", "Dataset")])
    assert [metric for _, metric in _measures(doc)] == [None, None]


def test_the_object_of_a_change_verb_measures_its_by_value(make_doc):
    # forty-third session: the nearest tagged measure ("latency") was another value's, and made it a cost
    doc = make_doc("On ZedFact, it improves edit success by up to 17.1%, reduces latency by 41.6%.",
                   [("ZedFact", "Dataset"), ("latency", "Metric")])
    assert _measures(doc) == [("17.1", "edit success")]
    doc = make_doc("On ZedFact, ZedEdit improves the ZedFact score by 0.26 while its latency is 3 ms.",
                   [("ZedFact", "Dataset"), ("ZedEdit", "Model"), ("latency", "Metric")])
    assert ("0.26", "score") not in _measures(doc)  # the benchmark's own score: no measure of its own


def test_a_by_change_takes_no_object_across_a_clause(make_doc):
    doc = make_doc("ZedCoR improves cooperative reasoning, outperforming the strongest baseline by +3.87% on "
                   "ZedHab with an F1 of 0.5.", [("ZedCoR", "Model"), ("ZedHab", "Dataset"), ("F1", "Metric")])
    assert ("3.87", "cooperative reasoning") not in _measures(doc)


def test_the_model_a_range_was_reached_on_had_its_old_value(make_doc):
    # forty-third session: "from 0.68 to 0.79 on GPT-5-mini" had left the old value unowned
    doc = make_doc("On ZedChest, ZedAgent raises accuracy from 0.68 to 0.79 on GPT-4o-mini.",
                   [("ZedChest", "Dataset"), ("ZedAgent", "Model"), ("accuracy", "Metric"), ("GPT-4o-mini", "Model")])
    assert [(r.method, r.value) for r in find_results(doc)] == [("GPT-4o-mini", "0.68"), ("ZedAgent", "0.79")]
