"""Per-paper name consistency (kg.extract.consistency)."""

from __future__ import annotations

from kg.extract.consistency import entity_names, repeat_names


def test_repeats_found_names_on_free_tokens_only(make_doc):
    text = "Fast R-CNN improves R-CNN. We compare Fast R-CNN with R-CNN and R-CNNs."
    doc = make_doc(text, [("Fast R-CNN", "Method"), ("R-CNN", "Method")])
    ents = repeat_names(doc, list(doc.ents), entity_names(list(doc.ents)))
    assert [(e.text, e.start_char) for e in ents] == [
        ("Fast R-CNN", 0), ("R-CNN", 20), ("Fast R-CNN", 38), ("R-CNN", 54)]


def test_majority_label_wins_and_junk_names_are_skipped(make_doc):
    text = "accuracy, accuracy and accuracy; a 1 b"
    doc = make_doc(text, [("accuracy", "Metric"), ("accuracy", "Metric"), ("accuracy", "Task"), ("1", "Metric")])
    assert entity_names(list(doc.ents)) == {"accuracy": "Metric"}


def test_name_occurrences_whole_words_longest_first():
    from kg.extract.consistency import name_occurrences

    text = "Fast R-CNN beats R-CNN; R-CNNs and pre-R-CNN do not count."
    found = name_occurrences(text, ["R-CNN", "Fast R-CNN"])
    assert [(text[s:e], n) for s, e, n in found] == [("Fast R-CNN", "Fast R-CNN"), ("R-CNN", "R-CNN")]


def test_names_of_several_words_match_other_case_and_hyphens():
    from kg.extract.consistency import name_occurrences

    text = "Set to Set Recognition: set-to-set recognition beats Attention; attention is all."
    found = [(text[s:e], name) for s, e, name in name_occurrences(text, ["Set to Set Recognition", "Attention"])]
    assert found == [("Set to Set Recognition", "Set to Set Recognition"),
                     ("set-to-set recognition", "Set to Set Recognition"), ("Attention", "Attention")]


def test_coined_names_get_their_plural_or_singular_twin():
    from kg.extract.consistency import with_number_twins

    names = {"ReasoNet": "Method", "LSTMs": "Method", "CNN": "Method", "features": "Method",
             "ImageNet": "Dataset", "ImageNets": "Task", "FCOS": "Method"}
    twins = with_number_twins(names)
    assert twins["ReasoNets"] == "Method" and twins["LSTM"] == "Method" and twins["CNNs"] == "Method"
    assert "feature" not in twins and "FCO" not in twins and "FCOSs" not in twins
    assert twins["ImageNets"] == "Task"  # a name found itself keeps its own label


def test_a_variant_with_plus_marks_takes_its_base_names_label(make_doc):
    from kg.extract.consistency import with_variant_twins

    text = "ZINO and SZR help, ZINO+ more, and SZR++ most; our features+ and ZINO+Z are no variants."
    doc = make_doc(text, [("ZINO", "Model"), ("SZR", "Method")])
    names = with_variant_twins({"ZINO": "Model", "SZR": "Method", "features": "Method"}, text)
    assert names == {"ZINO": "Model", "SZR": "Method", "features": "Method", "ZINO+": "Model", "SZR++": "Method"}
    ents = repeat_names(doc, list(doc.ents), names)
    assert [(e.text, e.label_) for e in ents] == [("ZINO", "Model"), ("SZR", "Method"), ("ZINO+", "Model"),
                                                  ("SZR++", "Method")]
    assert with_variant_twins({"ZINO": "Model"}, "no plus here") == {"ZINO": "Model"}
    assert with_variant_twins({"ZINO": "Model", "ZINO+": "Dataset"}, text)["ZINO+"] == "Model"  # over the NER's


def test_twins_are_tagged_where_free(make_doc):
    from kg.extract.consistency import with_number_twins

    text = "We call it ReasoNet. ReasoNets stop reading; our features help."
    doc = make_doc(text, [("ReasoNet", "Method")])
    ents = repeat_names(doc, list(doc.ents), with_number_twins(entity_names(list(doc.ents))))
    assert [(e.text, e.label_) for e in ents] == [("ReasoNet", "Method"), ("ReasoNets", "Method")]


def test_a_tie_between_title_and_abstract_goes_to_the_abstracts_label(make_doc):
    from kg.extract.assemble import paper_record
    from kg.extract.components import ConsistencyComponent
    from kg.ingest.paper import Paper

    title, abstract = "Semantic parsing with trees", "We study Semantic parsing of questions."
    consistency = ConsistencyComponent()
    title_doc = consistency(make_doc(title, [("Semantic parsing", "Method")]))
    abstract_doc = consistency(make_doc(abstract, [("Semantic parsing", "Task")]))
    record = paper_record(Paper("p", title, abstract), title_doc, abstract_doc)
    assert [(m.field, m.text, m.type) for m in record.entities] == [
        ("title", "Semantic parsing", "Task"), ("abstract", "Semantic parsing", "Task")]


def test_a_majority_over_both_fields_beats_the_abstract(make_doc):
    from kg.extract.assemble import paper_record
    from kg.extract.components import ConsistencyComponent
    from kg.ingest.paper import Paper

    title = "Semantic parsing with trees, Semantic parsing again"
    abstract = "We study Semantic parsing of questions."
    consistency = ConsistencyComponent()
    title_doc = consistency(make_doc(title, [("Semantic parsing", "Method"), ("Semantic parsing", "Method")]))
    abstract_doc = consistency(make_doc(abstract, [("Semantic parsing", "Task")]))
    record = paper_record(Paper("p", title, abstract), title_doc, abstract_doc)
    assert {m.type for m in record.entities} == {"Method"}


def test_a_named_datasets_stem_is_the_dataset_but_a_kind_of_data_is_not(make_doc):
    from kg.extract.consistency import dataset_stems

    doc = make_doc("We use the ZRA5 dataset and a large-scale OOD dataset. When ZRA5 is used, OOD cases fail.",
                   [("ZRA5 dataset", "Dataset"), ("OOD dataset", "Dataset")])
    names = entity_names(list(doc.ents))
    stems = dataset_stems(list(doc.ents), names)
    assert stems == {"ZRA5": "Dataset"}
    tagged = repeat_names(doc, list(doc.ents), {**names, **stems})
    assert [(e.text, e.label_) for e in tagged][-1] == ("ZRA5", "Dataset")
