"""Names the text says its data came from, and short names of datasets (kg.extract.data_sources)."""

from __future__ import annotations

import spacy

from kg.extract.data_sources import (listed_after_data_colon, listed_with_a_dataset, measured_on, named_kind_of_data,
                                     short_names_of_datasets, sourced_from, valued_like_data)
from tests.extract.conftest import labels


def test_a_coined_name_data_was_taken_from_is_a_dataset(make_doc):
    doc = make_doc("We test on the 5-cuisine corpus from RecipeZB and 500 posts gathered from the RedZote platform.")
    assert labels(sourced_from(doc)) == [("RecipeZB", "Dataset"), ("RedZote", "Dataset")]
    doc = make_doc("Records were collected from MIZIC-IV, then data from UK Biobzank.")
    assert [s.text for s in sourced_from(doc)] == ["MIZIC-IV", "UK Biobzank"]


def test_other_things_after_from_are_no_source(make_doc):
    # a model, an organisation's plain words, a name modifying another noun, a "from" of no data
    doc = make_doc("Responses collected from GPT-4o, data collected from the Military Police of X, "
                   "data from GPT-4 outputs and a gain from FloZNet.")
    assert sourced_from(doc) == []


def test_the_short_name_after_a_dataset_with_its_noun_is_a_dataset(make_doc):
    doc = make_doc("We introduce the Synthetic Parts Detection dataset (SIP15-OD) of 15 objects.",
                   [("Synthetic Parts Detection dataset", "Dataset"), ("SIP15-OD", "Model")])
    assert labels(short_names_of_datasets(doc, list(doc.ents))) == [("SIP15-OD", "Dataset")]
    # not after a dataset written without its noun, nor after a plural, nor a value
    doc = make_doc("Accuracy on ImageNet (ViT-B) and the ZQA datasets (ZQA-1) and the ZQA benchmark (85.1%).",
                   [("ImageNet", "Dataset"), ("ZQA datasets", "Dataset"), ("ZQA benchmark", "Dataset")])
    assert short_names_of_datasets(doc, list(doc.ents)) == []


def test_the_short_name_after_a_plain_dataset_noun_is_a_dataset(make_doc):
    doc = make_doc("We constructed a comprehensive dataset (ZoolNet) of 115 tools.", [("ZoolNet", "Model")])
    assert labels(short_names_of_datasets(doc, list(doc.ents))) == [("ZoolNet", "Dataset")]
    # not after a capitalised name's noun (the abbreviations pair those), a plural, or a value
    doc = make_doc("We use the Zed Parts dataset (ZPD), two datasets (ZQA-1) and a dataset (85.1%).", [])
    assert short_names_of_datasets(doc, list(doc.ents)) == []


def test_a_source_is_a_dataset_everywhere_in_the_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_dataset_context_v1")
    nlp.add_pipe("kg_consistency_v1")  # tags the name's free occurrences with its one type
    doc = nlp("We use the corpus from RecipeZB. On it, RecipeZB scores rise.")
    assert labels(list(doc.ents)) == [("RecipeZB", "Dataset"), ("RecipeZB", "Dataset")]


def test_the_names_listed_with_a_dataset_are_data(make_doc):
    doc = make_doc("It wins by 14%, 23%, 9%, and 2% on HZ3D-OVON, GOAT-Bench, SZ3D, and A-EZA, respectively.",
                   [("HZ3D-OVON", "Model")])
    assert labels(listed_with_a_dataset(doc, list(doc.ents))) == [
        ("HZ3D-OVON", "Dataset"), ("GOAT-Bench", "Dataset"), ("SZ3D", "Dataset"), ("A-EZA", "Dataset")]
    # no item named as data, a value inside the list, a task there: nothing, or the task kept
    doc = make_doc("It runs on ZedNet and FooNet. Gains of 7.7% on GSZ8k and 12.5% on DZOP. It is on ZedQA, "
                   "NZR and FooQA.", [("GSZ8k", "Dataset"), ("ZedQA", "Dataset"), ("NZR", "Task")])
    assert labels(listed_with_a_dataset(doc, list(doc.ents))) == [("ZedQA", "Dataset"), ("FooQA", "Dataset")]


def test_a_coined_name_before_a_kind_of_data_is_a_dataset(make_doc):
    doc = make_doc("Enrollees in the MarkZtScan claims data and the UK Bioz imaging cohort; the GPT-4 generated data "
                   "and the Large Scale claims data.")
    assert labels(named_kind_of_data(doc)) == [("MarkZtScan", "Dataset"), ("UK Bioz", "Dataset")]


def test_a_measure_s_on_names_data_not_another_measure(make_doc):
    doc = make_doc("Zet reaches 0.8568 mIoU and 96.87% overall accuracy on LandZover.ai, and gains 3.48% on Recall@1.",
                   [("mIoU", "Metric"), ("accuracy", "Metric"), ("LandZover.ai", "Metric"), ("Recall@1", "Metric")])
    assert labels(measured_on(doc, list(doc.ents))) == [("LandZover.ai", "Dataset")]
    doc = make_doc("It reaches an 89.30% F1 score on the MedZPT metric.", [("F1 score", "Metric"), ("MedZPT metric", "Metric")])
    assert measured_on(doc, list(doc.ents)) == []  # a measure named as one


def test_a_measure_typed_name_after_its_value_among_datasets_so_written_is_data(make_doc):
    doc = make_doc("It scores (8B: 80.2% ZndroidWorld, 48.5% ZSWorld, 62.6% ZcreenShot-Pro, 61.3% BERTScore).",
                   [("ZndroidWorld", "Dataset"), ("ZSWorld", "Dataset"), ("ZcreenShot-Pro", "Metric"),
                    ("BERTScore", "Metric")])
    assert labels(valued_like_data(doc, list(doc.ents))) == [("ZcreenShot-Pro", "Dataset")]
    one = make_doc("It scores 80.2% ZndroidWorld and 62.6% ZcreenShot-Pro.",
                   [("ZndroidWorld", "Dataset"), ("ZcreenShot-Pro", "Metric")])
    assert valued_like_data(one, list(one.ents)) == []


def test_the_names_a_plural_data_noun_and_a_colon_announce_are_datasets(make_doc):
    doc = make_doc("It leads across four benchmark datasets: UvA-ZEMO (88.7 percent, +0.8), ZMI (99.7 percent), "
                   "ZPOS (98.5 percent), and ZBC (100 percent).", [("UvA-ZEMO", "Dataset"), ("ZPOS", "Model"),
                                                                  ("ZBC", "Model")])
    assert [s.text for s in listed_after_data_colon(doc, list(doc.ents))] == ["UvA-ZEMO", "ZMI", "ZPOS", "ZBC"]
    doc = make_doc("We use two datasets: ZalkMoves (teaching) and ZAGA22 (tutoring).")
    assert [s.text for s in listed_after_data_colon(doc, list(doc.ents))] == ["ZalkMoves", "ZAGA22"]
    # no plural data noun before the colon, a run that never reaches its "and", a task kept
    for text, ents, expected in [("Two settings: ZPOS (98.5 percent) and ZBC (100 percent).", [], []),
                                 ("Three datasets: ZPOS, ZBC. Then more.", [], []),
                                 ("Two benchmarks: ZPOS and image captioning.", [("image captioning", "Task")], [])]:
        doc = make_doc(text, ents)
        assert [s.text for s in listed_after_data_colon(doc, list(doc.ents))] == expected, text


def test_a_coined_name_before_two_words_of_its_data_or_after_one_plain_word_is_data(make_doc):
    doc = make_doc("We use the diverse mZRSET fundus dataset and the ZloudSEN12 cloud segmentation benchmark; "
                   "the standard GZI grounding benchmark and the large LZC barrier data are no names.")
    assert labels(named_kind_of_data(doc)) == [("mZRSET", "Dataset"), ("ZloudSEN12", "Dataset")]
