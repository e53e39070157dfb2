"""Well-known benchmark, metric, task and method names (kg.extract.known_names) and coined
names: a "Name: subtitle" title's, an abstract's "our approach, Name" (kg.extract.assemble)."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.assemble import introduced_names, title_name
from kg.extract.components import KnownNamesComponent
from kg.extract.known_names import KNOWN_NAMES_FILE, name_labels, read_known_names




def labels(spans):
    return [(s.text, s.label_) for s in spans]


@pytest.fixture(scope="module")
def known(blank_nlp):
    return KnownNamesComponent(blank_nlp)


def test_the_shipped_list_is_well_formed():
    pairs = read_known_names()
    assert len(pairs) > 300
    assert {label for label, _ in pairs} == {"Dataset", "Metric", "Task", "Method"}
    names = [name for _, name in pairs]
    assert len(names) == len(set(names)), "a name is listed twice"
    assert all(name == name.strip() and name for name in names)
    assert KNOWN_NAMES_FILE.is_file()


def test_exact_span_takes_the_known_type(make_doc, known):
    doc = known(make_doc("We report results on KITTI and LFW.", [("KITTI", "Method"), ("LFW", "Task")]))
    assert labels(doc.ents) == [("KITTI", "Dataset"), ("LFW", "Dataset")]


def test_free_match_is_added_and_fragment_gives_way(make_doc, known):
    doc = known(make_doc("Trained on CelebA, tested on WIDER FACE with mAP.", [("FACE", "Method")]))
    assert labels(doc.ents) == [("CelebA", "Dataset"), ("WIDER FACE", "Dataset"), ("mAP", "Metric")]


def test_a_known_name_inside_a_hyphenated_name_takes_the_whole_name(make_doc, known):
    doc = known(make_doc("Results on CIFAR-100 and Tiny-ImageNet, with ImageNet-pretrained backbones.", []))
    assert ("Tiny-ImageNet", "Dataset") in labels(doc.ents) and ("ImageNet", "Dataset") in labels(doc.ents)
    # a common word the list holds is no piece of a name: "High-Accuracy" is no metric
    doc = known(make_doc("High-Accuracy Lung Cancer Detection", []))
    assert ("High-Accuracy", "Metric") not in labels(doc.ents)


def test_a_known_phrase_starting_inside_a_hyphenated_word_takes_the_whole_word(make_doc, known):
    doc = known(make_doc("We study text-to-image generation and self-supervised learning.", []))
    assert ("text-to-image generation", "Task") in labels(doc.ents)
    assert not any(text == "image generation" for text, _ in labels(doc.ents))


def test_longer_and_crossing_entities_are_kept(make_doc, known):
    doc = known(make_doc("Strong ImageNet classification results and top-1 accuracy gains.",
                         [("ImageNet classification", "Task"), ("accuracy gains", "Metric")]))
    assert labels(doc.ents) == [("ImageNet classification", "Task"), ("accuracy gains", "Metric")]


def test_a_list_of_known_names_is_split_a_name_with_more_is_kept(make_doc, known):
    doc = known(make_doc("Scores on CIFAR-10, SVHN and MMLU, and on Daily News and GSM8K too.",
                         [("CIFAR-10, SVHN and MMLU", "Dataset"), ("Daily News and GSM8K", "Dataset")]))
    assert labels(doc.ents) == [("CIFAR-10", "Dataset"), ("SVHN", "Dataset"), ("MMLU", "Dataset"),
                                ("Daily News and GSM8K", "Dataset")]


def test_known_names_of_two_types_side_by_side_are_split_of_one_type_kept(make_doc, known):
    doc = known(make_doc("It reaches higher ImageNet top-1 accuracy than CIFAR-10 SVHN baselines.",
                         [("ImageNet top-1 accuracy", "Metric"), ("CIFAR-10 SVHN", "Dataset")]))
    assert labels(doc.ents) == [("ImageNet", "Dataset"), ("top-1 accuracy", "Metric"), ("CIFAR-10 SVHN", "Dataset")]


def test_a_dataset_match_takes_its_head_noun_like_an_ner_span(make_doc, known):
    doc = known(make_doc("Results on the TIMIT corpus and on SVHN digits."))
    assert labels(doc.ents) == [("TIMIT corpus", "Dataset"), ("SVHN", "Dataset")]


def test_lower_case_names_also_match_capitalised():
    labels = name_labels([("Task", "machine translation"), ("Dataset", "iNaturalist"), ("Dataset", "ImageNet"),
                          ("Task", "dropout"), ("Method", "Dropout")])
    assert labels["Machine translation"] == "Task"
    assert "INaturalist" not in labels and "Imagenet" not in labels
    assert labels["Dropout"] == "Method"


def test_matching_is_case_sensitive(make_doc, known):
    doc = known(make_doc("the kitti of cora and Cora"))
    assert labels(doc.ents) == [("Cora", "Dataset")]


@pytest.mark.parametrize("title, name", [
    ("ReasoNets: Learning to Stop Reading in Machine Comprehension", "ReasoNets"),
    ("Faster R-CNN: Towards Real-Time Object Detection", "Faster R-CNN"),
    ("BERT: Pre-training of Deep Bidirectional Transformers", "BERT"),
    ("V2V-PoseNet: Voxel-to-Voxel Prediction Network", "V2V-PoseNet"),
    ("zStar3-Agent: Agentic Reasoning Technical Report", "zStar3-Agent"),
    ("deep learning: a survey", None),
    ("Breaking the Softmax Bottleneck: A High-Rank RNN Language Model", None),
    ("TYING WORD VECTORS AND WORD CLASSIFIERS: A LOSS FRAMEWORK", None),
    ("Ask, Attend and Answer: Exploring Question-Guided Attention", None),
    ("Deep Residual Learning for Image Recognition", None),
])
def test_title_name(title, name):
    span = title_name(spacy.blank("en")(title))
    assert (span.text if span is not None else None) == name
    if span is not None:
        assert span.label_ == "Method" and span.start_char == 0


def test_title_name_reaches_the_abstract(packaged_nlp):
    from kg.extract import extract_records
    from kg.ingest.paper import Paper

    paper = Paper(id="p1", title="ZorbNet: Learning to Zorb Quickly",
                  abstract="We present a zorbing model. Experiments show ZorbNet works well on CIFAR-10.")
    rec = next(extract_records([paper], nlp=packaged_nlp))
    found = {(m.text, m.field) for m in rec.entities}
    assert ("ZorbNet", "title") in found and ("ZorbNet", "abstract") in found
    assert ("CIFAR-10", "abstract") in found


@pytest.mark.parametrize("text, names", [
    ("We describe our proposed approach, Zorblat, which ranks passages.", ["Zorblat"]),
    ("We build a new framework called Quill Net for parsing.", ["Quill Net"]),
    ("the proposed system Zed-2 wins", ["Zed-2"]),
    ("Our model, The best of both, wins.", []),      # a stop word is no name
    ("Our model achieves 3% more.", []),
    ("Older models, Zorblat among them, fail.", []),   # not introduced as the paper's own
])
def test_introduced_names(text, names):
    assert [s.text for s in introduced_names(spacy.blank("en")(text))] == names


def test_an_introduced_name_is_the_method_of_a_result_without_one(packaged_nlp):
    from kg.extract import extract_records
    from kg.ingest.paper import Paper

    paper = Paper(id="p1", title="Better ranking for everyone",
                  abstract="Ranking is hard. We describe our proposed approach, Zorblat, which learns to rank "
                           "passages. It reaches 81.2% accuracy on CIFAR-10, above prior work.")
    rec = next(extract_records([paper], nlp=packaged_nlp))
    assert [(r.method, r.dataset, r.value) for r in rec.results] == [("Zorblat", "CIFAR-10", "81.2")]


def test_the_area_under_a_curve_is_a_metric(packaged_nlp):
    doc = packaged_nlp("This approach achieved an Area Under the Receiver Operating Characteristic Curve (AUROC) = 0.99.")
    assert ("Area Under the Receiver Operating Characteristic Curve", "Metric") in [(e.text, e.label_) for e in doc.ents]
