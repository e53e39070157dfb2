"""Terms of the field kept whole (kg.extract.field_terms)."""

from __future__ import annotations

from kg.corpus_names import field_terms, term_types
from kg.extract.field_terms import extend_to_terms, ends_phrase, fill_terms, term_matches, term_spans


def test_terms_the_field_abbreviates_are_found_but_not_classes_or_fields():
    text = "The attack success rates of time-series forecasting and in-context learning in large language models."
    assert [text[s:e] for s, e in term_spans(text)] == ["attack success rates", "time-series forecasting",
                                                        "in-context learning"]


def test_an_entity_ending_a_term_grows_to_it_and_keeps_its_type(make_doc):
    doc = make_doc("We report the attack success rate of multiple object tracking and time series forecasting.",
                   [("success rate", "Metric"), ("tracking", "Task"), ("time series", "Dataset")])
    terms = [doc.char_span(s, e, label="TERM") for s, e in term_spans(doc.text)]
    out = extend_to_terms(list(doc.ents), [t for t in terms if t is not None])
    # "time series" starts the term, it does not end it: left alone; nothing is added
    assert [(e.text, e.label_) for e in out] == [("attack success rate", "Metric"), ("multiple object tracking", "Task"),
                                                 ("time series", "Dataset")]


def test_term_matches_give_the_tables_normal_form():
    text = "Test-time scaling helps; Stable Diffusion models do not."
    assert [(text[s:e], term) for s, e, term in term_matches(text)] == [
        ("Test-time scaling", "test time scaling"), ("Stable Diffusion", "stable diffusion")]


def test_untagged_terms_are_filled_with_their_type_and_tagged_ones_left_alone(make_doc):
    doc = make_doc("We apply test-time scaling to speculative decoding and text-to-speech.",
                   [("speculative decoding", "Task"), ("text", "Dataset")])
    types = {"test time scaling": "Method", "speculative decoding": "Method", "text to speech": "Task"}
    typed = [doc.char_span(s, e, label=types[term]) for s, e, term in term_matches(doc.text)]
    assert len(typed) == 3 and None not in typed
    out = fill_terms(list(doc.ents), typed)
    # "speculative decoding" was tagged (whatever its type) and "text" touches text-to-speech: kept as tagged
    assert [(e.text, e.label_) for e in out] == [("test-time scaling", "Method"), ("speculative decoding", "Task"),
                                                 ("text", "Dataset")]


def test_the_shipped_table_types_terms_of_the_field():
    types = term_types()
    assert types, "kg/extract/data/term_types.tsv is missing or empty"
    assert set(types.values()) <= {"Method", "Model", "Task", "Dataset", "Metric"}
    assert set(types) <= field_terms()


def test_a_tagged_task_outweighs_the_words_written_after_it():
    from collections import Counter

    from training.families.build_term_types import decide

    # "TTS model" is a model for the task: the tags say Task
    assert decide(Counter(Task=15, Method=3), Counter(Model=8, Method=3, tool=3)) == "Task"
    # "test-time scaling method": the words after it outweigh a tagger that calls it a Metric
    assert decide(Counter(Metric=17, Task=5), Counter(Method=49, tool=31)) == "Method"
    assert decide(Counter(Task=3, Method=3), Counter(Task=2, Method=3)) is None
    # "plug-and-play module": a term followed by a noun three times in four is a modifier
    assert decide(Counter(), Counter(Method=214, all=1155, alone=127)) is None
    # "quality control method": the words after it say Method, but the NER tags it in 2 of 89 occurrences
    assert decide(Counter(Method=2, all=89), Counter(Method=12, all=260, alone=150)) is None


def test_a_term_is_a_phrase_of_its_own_only_before_punctuation_function_words_or_verbs():
    text = "A plug-and-play module for test-time scaling (TTS), and text-to-speech improves."
    ends = {text[s:e]: ends_phrase(text, e) for s, e, _ in term_matches(text)}
    assert ends == {"plug-and-play": False, "test-time scaling": True, "text-to-speech": True}


def test_the_term_step_fills_untagged_terms_where_they_end_their_phrase(make_doc, tmp_path):
    from kg.extract.components import TermTypesComponent

    table = tmp_path / "term_types.tsv"
    table.write_text("# test table\nterm\ttype\ttags\tcues\ntest time scaling\tMethod\t9\t9\n"
                     "stable diffusion\tModel\t9\t9\n", encoding="utf-8")
    doc = make_doc("Test-time scaling improves Stable Diffusion, but not a test-time scaling module.", [])
    doc = TermTypesComponent(str(table))(doc)
    # a Model goes in as a Method (model_vs_method decides); the modifier of "module" is left alone
    assert [(e.text, e.label_) for e in doc.ents] == [("Test-time scaling", "Method"), ("Stable Diffusion", "Method")]


def test_the_packaged_pipeline_runs_the_term_step_after_the_name_lexicon(packaged_nlp):
    names = packaged_nlp.pipe_names
    assert names.index("name_lexicon") < names.index("term_types") < names.index("model_vs_method")
