"""What each tagged name of a value's sentence can be (kg.extract.results): a place, a measure,
an owner.

The NER's label is where this starts, not where it ends: a Dataset is no place when the text
counts it ("18 datasets") or only says its kind ("on a real-world AR dataset"), trained a model
on it, runs hardware on it, compares a score against it or only names a modality; a Metric is no measure when it is a capability or a unit; a Method
or Model owns no value when it is a part or a variant of another, a value's measure ("from 0.11
to 0.31 SPIDEr"), a label of data, negated or described; a coined subject of a verb of scoring
the NER left untagged owns its values.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.credited_names import names_a_method
from kg.extract.dataset_context import LIST_NOUNS, ONE_DATASET_NOUNS
from kg.extract.result_measures import a_measure_named
from kg.extract.result_names import (METHOD_LABELS, Name, a_modality_or_language, as_name, compared_against,
                                     model_headed, names_hardware, only_trained_on, whole_of_a_named_part)
from kg.extract.result_subjects import described_name, negated, reaches_a_score, untagged_beaten, untagged_subjects
from kg.extract.spans import doc_text
from kg.resolve.specificity import is_known

__all__ = ["measure_candidates", "owner_candidates", "place_candidates", "trained_on"]

_CAPABILITY_NOUNS = frozenset({"ability", "abilities", "capability", "capabilities", "skill", "skills",
                               "competence", "proficiency"})
_GLUED_VALUE = re.compile(r"\(\d")

# "21 benchmarks", "18 datasets": a count of data, no dataset a score can be placed on
# "5 benchmarks", "10-shot training": how many, not which
_COUNTED_DATA = re.compile(r"^(?:\d+\s+(?:[\w-]+\s+)?(?:benchmarks|datasets|tasks|corpora|suites)|\d+-shot\b.*)$", re.I)
_UNITS = frozenset({"percentage points", "percentage point", "points", "point", "percent", "percentage", "pp"})


# "captions from ResNet50 features", "the LLM variant achieves": a model's part or a variant of
# the paper's method, not a competitor owning the score
_PART_NOUNS = frozenset({"features", "feature", "embeddings", "representations", "activations", "variant",
                         "variants", "version"})


def _counted_before(ent: Span) -> bool:
    """ "on four HSI datasets", "across 11 biomedical QA benchmarks": a kind of data counted, its
    count before the words that describe it, is several datasets, none a score is placed on
    (not "on the COCO and LVIS datasets")."""
    if ent[-1].lower_ not in LIST_NOUNS:
        return False
    doc, i = ent.doc, ent.start - 1
    while (i >= max(0, ent.start - 6) and (doc[i].is_lower or doc[i].text == "-") and not doc[i].like_num
           and doc[i].lower_ not in ("and", "of")):
        i -= 1  # "three tool-integrated EO benchmarks"
    return i >= 0 and doc[i].like_num and not any(c in doc[i].text for c in ".%")


_PLACE_PREPOSITIONS = frozenset({"on", "in", "using", "across", "from"})


def _an_unnamed_kind(ent: Span) -> bool:
    """ "on a real-world industrial CSI dataset", "on a custom-curated DFU dataset": a kind of
    data after "a" is some dataset of that kind, no name a score can be looked up by (not "on
    a CHTN cohort": a cohort is named by where it was drawn)."""
    doc, i = ent.doc, ent.start - 1
    if ent[-1].lower_ not in ONE_DATASET_NOUNS and (ent.end >= len(doc) or doc[ent.end].lower_ not in ONE_DATASET_NOUNS):
        return False
    core = [t for t in ent if t.lower_ not in ONE_DATASET_NOUNS and not _a_count(t)]  # "a 300-persona ... benchmark"
    if is_known(" ".join(t.text for t in core)) or any(_coined_word(t.text) for t in core):
        return False  # "on a domain-shifted PneumoniaMNIST dataset": a name all the same
    while i >= max(1, ent.start - 6) and (doc[i].is_lower or doc[i].text == "-") and doc[i].lower_ not in ("a", "an"):
        i -= 1  # "a real-world industrial"
    return i >= 1 and doc[i].lower_ in ("a", "an") and doc[i - 1].lower_ in _PLACE_PREPOSITIONS


def _a_count(tok: Token) -> bool:
    """A number joined by a hyphen to the word after it ("300-persona"): how many, not a name."""
    doc = tok.doc
    return tok.like_num and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].is_lower


def _coined_word(word: str) -> bool:
    """A digit, or a capital after a small letter's word start ("PneumoniaMNIST"): no acronym of a
    field ("CSI", "AR") nor an English word."""
    return any(c.isdigit() for c in word) or (any(c.islower() for c in word) and any(c.isupper() for c in word[1:]))


def _measure_of_a_value(ent: Span) -> bool:
    """ "from 0.11 to 0.31 SPIDEr": a one-word name right after a value is its measure (the NER
    tags some measures as models), not a method owning the sentence's later scores."""
    doc, i = ent.doc, ent.start - 1
    after_in = i >= 1 and doc[i].lower_ == "in" and len(ent) <= 3  # "+3.1 in DET$_l$, +5.3 in TOP$_{ll}$"
    i -= after_in
    if i >= 0 and doc[i].text in ("%", "\\%"):
        i -= 1
    return (len(ent) == 1 or after_in) and i >= 0 and doc[i].like_num and ("." in doc[i].text or after_in) \
        and ent.label_ != "Dataset"


def _a_part_of_another(ent: Span) -> bool:
    doc = ent.doc
    return ent[-1].lower_ in _PART_NOUNS or (ent.end < len(doc) and doc[ent.end].lower_ in _PART_NOUNS)


def _a_label_of_data(ent: Span, s_ents: list[Span]) -> bool:
    """ "40% on GPQA (System-2) while retaining 90% on S1-Bench": a name bracketed right after a
    dataset labels that data (its track, setting or split), it scores nothing."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return any(e.label_ == "Dataset" and e.end == ent.start - 1 for e in s_ents)


def _what_a_placed_gain_is_in(ent: Span, s_ents: list[Span]) -> bool:
    """ "improvements across single-agent reasoning (+23.7% on MATH)": words that are no name,
    before a bracket that places its value itself, say what improved; they own nothing."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or names_a_method(ent):
        return False
    close = next((t.i for t in doc[ent.end:ent.sent.end] if t.text == ")"), ent.sent.end)
    return any(e.label_ == "Dataset" and ent.end < e.start < close and doc[e.start - 1].lower_ == "on" for e in s_ents)


def _what_a_value_is_for(ent: Span) -> bool:
    """ "84.60% for post-operative gliomas": the words after a value's "for" name what it was
    scored on, whatever the NER called them, not its measure."""
    doc, i = ent.doc, ent.start - 1 - (ent.start > 1 and ent.doc[ent.start - 1].lower_ == "the")
    return i >= 1 and doc[i].lower_ == "for" and (doc[i - 1].like_num or doc[i - 1].text in ("%", "\\%"))


def trained_on(ent: Span) -> bool:
    """ "fine-tuning LLaMA2-7B on the MetaMathQA dataset": data a model was trained on, no place."""
    text = doc_text(ent.doc)
    return only_trained_on(text[max(0, ent.start_char - 30):ent.start_char], text[ent.end_char:ent.end_char + 20])


def place_candidates(sent: Span, s_ents: list[Span]) -> list[Name]:
    """The sentence's Dataset entities that can be a value's place: not a count of data, data a
    model was trained on, a model's backbone, hardware, a baseline compared against, a modality."""
    # "fine-tuning LLaMA2-7B on the MetaMathQA dataset and validating on GSM8k"; "the OpenVLA backbone"
    return [as_name(e) for e in s_ents if e.label_ == "Dataset" and not _COUNTED_DATA.match(e.text)
            and not _counted_before(e)
            and not trained_on(e) and not model_headed(sent.doc, e.start, e.end) and not reaches_a_score(e)
            and not whole_of_a_named_part(e, s_ents) and not names_hardware(e) and not compared_against(e)
            and not a_modality_or_language(e) and not _an_unnamed_kind(e)]


def measure_candidates(s_ents: list[Span]) -> list[Span]:
    """The sentence's Metric entities that can be a value's measure: not a capability, a unit, the
    word "metrics", nor what a value is for."""
    # "improvements in reasoning ability (+1.1 on GSM8K)": a capability, not what was measured
    return [e for e in s_ents if e.label_ == "Metric" and e[-1].lower_ not in _CAPABILITY_NOUNS
            and e.text.lower() not in _UNITS  # "by 4 percentage points": a unit, no measure
            and e.text.lower() != "robustness"  # "validate the model's robustness, showing a 4.1% increase in mAP@0.5"
            and e[-1].lower_ not in ("metrics", "metric", "measures")  # "invisible to uncalibrated metrics"
            and not _what_a_value_is_for(e)]


def owner_candidates(sent: Span, s_ents: list[Span]) -> list[Span]:
    """The names that can own a value: Method and Model entities (and a Dataset that reaches a
    score) that are no part of another, measure, label of data or negated name, and the coined
    subjects of a verb of scoring the NER left untagged."""
    # "DPG(86.8": a name glued to its value is a dataset's score, never a method
    return [e for e in s_ents if (e.label_ in METHOD_LABELS or (e.label_ == "Dataset" and reaches_a_score(e)))
            and not _GLUED_VALUE.search(e.text) and not _a_part_of_another(e) and not _measure_of_a_value(e)
            and not a_measure_named(e) and not _a_label_of_data(e, s_ents)
            and not _what_a_placed_gain_is_in(e, s_ents) and not negated(e, sent)
            and not described_name(e, s_ents)] + untagged_subjects(sent, s_ents) + untagged_beaten(sent, s_ents)
