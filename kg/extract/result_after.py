"""What a sentence writes right after a value: the place it was scored ("80.3% mIoU on
Cityscapes", "94.9% in the LIBERO simulator", "0.897 on an annotated in-domain CHTN subset"),
a model it was run on ("18.4 on SDXL"), or nothing a reader can place ("78.5% in real-world
tasks").

Pure functions over a spaCy sentence; kg.extract.result_places weighs them against the other
names of the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.result_changes import relative_change_bracket_end
from kg.extract.result_lists import CHANGE_AFTER, CHANGE_NOUNS, LIST_GLUE
from kg.extract.result_names import (DATA_PREPOSITIONS, METHOD_LABELS, PART_NOUNS, Name, as_name, benchmark_shaped,
                                     entity_at, model_like, name_at, part_of, several_at)
from kg.extract.result_values import RANGE_WORDS, VERSUS, Value, in_entity

__all__ = ["bracketed_changes_keep_their_place", "dataset_after", "measured_before_range", "model_after", "named_right_after",
           "scored_benchmark_after"]

_SPLIT_WORDS = frozenset({"portion", "subset", "split", "set", "partition", "track", "part", "benchmark", "dataset"})
_ARROWS = RANGE_WORDS | {"-", ">", "%", "\\%"}
_SPREAD = frozenset({"±", "\\pm", "$", "+", "/-"})


def _split_after(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """ "5.9% for the Switchboard portion", "36.2% for MathQA": a named part of the data, or a
    tagged dataset, after "for"."""
    name = name_at(doc, i, stop, ents)
    if name is None:
        return None
    ent = entity_at(ents, name.start)
    if (ent is not None and ent.label_ == "Dataset") or (name.end < stop and doc[name.end].lower_ in _SPLIT_WORDS):
        return name
    if (ent is None or ent.label_ == "Task") and any(c.isdigit() for c in name.text) and _scores_for_data(doc, ents):
        return name  # "0.94 for BraTS-GLI 2024, 0.82 for BraTS-MET 2024, 0.94 for BraTS 2021": one list of data
    return None


def _scores_for_data(doc: Doc, ents: list[Span]) -> bool:
    """The sentence writes another value "for" a tagged dataset: "... 0.94 for BraTS 2021"."""
    return any(e.label_ == "Dataset" and e.start >= 2 and doc[e.start - 1].lower_ == "for"
               and (_a_number(doc[e.start - 2]) or doc[e.start - 2].text in ("%", "\\%")) for e in ents)


def dataset_after(value: Value, sent: Span, ents: list[Span]) -> Name | None:
    """ "80.3% mean IoU on Cityscapes", "65.6% on TCE-normal": the name after "on" that follows
    the value and its metric words (at most five words, no punctuation between; a second
    value joined by "and" or "with" shares it: "92.8% accuracy and 92.5% F1 on HAM10000")."""
    found = _after_value(value, sent, ents)
    return found if isinstance(found, Name) else None


def named_right_after(value: Value, sent: Span, ents: list[Span], values: list[Value]) -> Name | None:
    """ "(8B: 80.2% AndroidWorld, 48.5% OSWorld, 62.6% ScreenShot-Pro)": an untagged name right
    after the value, where the sentence writes another value right before a tagged dataset."""
    start = _after_unit(value)
    if start >= sent.end or in_entity(sent.doc[start], ents):
        return None
    name = name_at(sent.doc, start, sent.end, ents)
    if name is None or (name.end < sent.end and not sent.doc[name.end].is_punct):
        return None
    tagged = {e.start for e in ents if e.label_ == "Dataset"}
    return name if any(_after_unit(v) in tagged for v in values if v is not value) else None


def scored_benchmark_after(value: Value, ents: list[Span]) -> Name | None:
    """ "0.87 GenEval score and 86.9 DPG overall score", "85.2 MMLU accuracy": a tagged dataset
    right after the value, its measure after it, is where the value was scored."""
    doc, start = value.tok.doc, _after_unit(value)
    ent = next((e for e in ents if e.start == start and e.label_ == "Dataset"), None)
    if ent is None or ent.end >= len(doc):
        return None
    measured = doc[ent.end].lower_ in ("score", "scores", "accuracy") or any(
        e.start == ent.end and e.label_ == "Metric" for e in ents)
    return as_name(ent, "Dataset") if measured else None


def measured_before_range(value: Value, ents: list[Span]) -> Name | None:
    """ "improve SpreadsheetBench Pass@1 from 0.397 to 0.505 and BigCodeBench Pass@1 from ...": a
    tagged dataset right before the measure a range opens after is that range's place."""
    doc, j = value.tok.doc, value.tok.i - 1
    if j < 1 or doc[j].lower_ != "from":
        return None
    metric = next((e for e in ents if e.end == j and e.label_ == "Metric"), None)
    if metric is None:
        return None
    ent = next((e for e in ents if e.end == metric.start and e.label_ == "Dataset"), None)
    return as_name(ent, "Dataset") if ent is not None else None


def _after_unit(value: Value) -> int:
    doc, i = value.tok.doc, value.tok.i + 1
    while i < len(doc) and doc[i].text in ("%", "\\%", "$", "}"):
        i += 1
    return i


def model_after(value: Value, sent: Span, ents: list[Span]) -> bool:
    """ "FID of 1.58 on ImageNet and 18.4 on SDXL": the second value is placed on a model the
    paper ran ("on GPT-4o", "on SDXL"), so it is no score on the sentence's other dataset."""
    return _after_value(value, sent, ents) is True


def _after_value(value: Value, sent: Span, ents: list[Span]) -> Name | bool | None:
    """What follows the value after "on": a dataset's Name, True for a tagged name that is
    no dataset (a model), None for nothing."""
    doc = value.tok.doc
    i, budget = value.tok.i + 1, 9
    while budget > 0:
        budget -= 1
        if i >= sent.end:
            return None
        word = doc[i]
        if word.text == "}" and budget > 3:
            i += 1  # "\\textbf{27.2}} on UI-Vision": the markup closing the value
            continue
        if (word.text in _SPREAD or (value.range_start and word.lower_ in _ARROWS)
                or (_a_number(word) and (value.range_start or doc[i - 1].text in _SPREAD))):  # "1.1 to 0.9", "0.8 ± 0.1"
            i += 1
            continue
        if word.lower_ in _JOINED_VALUES and i + 1 < sent.end and _a_number(doc[i + 1]) and budget > 3:
            if _own_place_after(doc, value, i, sent.end):
                return True  # "0.358 overall F1 and 0.342 on Hybrid": not on the second value's subset
            i, budget = i + 2, budget + 4  # "92.81% accuracy and 92.47% F1-score on HAM10000", "(0.88 vs. 0.61 AUC on X)"
            continue
        if word.text == "(" and _bracketed_values_end(doc, i, sent.end):
            i = _bracketed_values_end(doc, i, sent.end)  # "81.80% (78.57%) on MBPP (Plus)": the variant's value
            continue
        if word.text == "(" and _qualifier_end(doc, i, sent.end, ents):
            i = _qualifier_end(doc, i, sent.end, ents)  # "72.4% (not pretrained) on N-Caltech101"
            continue
        if word.text == "," and budget > 3 and _next_measured_value(doc, i, sent.end, ents):
            i, budget = _next_measured_value(doc, i, sent.end, ents), budget + 4  # "93.43% accuracy, 90.63% F1-score, and 96.56% AUROC on GenVideo"
            continue
        if word.lower_ in DATA_PREPOSITIONS:
            if several_at(doc, i + 1, sent.end):
                return None
            name = (name_at(doc, i + 1, sent.end, ents) or part_of(doc, i + 1, sent.end, ents)
                    or _tagged_after_modifiers(doc, i + 1, sent.end, ents))
            first = i + 2 if i + 2 < sent.end and doc[i + 1].lower_ == "the" else i + 1
            ent = entity_at(ents, first)
            if name is not None or ent is None or ent.label_ not in METHOD_LABELS or not model_like(ent.text):
                return name
            inside = entity_at(ents, ent.end + 1) if ent.end + 1 < sent.end and doc[ent.end].text == "(" else None
            return as_name(inside, "Dataset") if inside is not None and inside.label_ == "Dataset" else True  # "on DeiT (ImageNet-1K)"
        if word.lower_ == "in" and _tagged_after_modifiers(doc, i + 1, sent.end, ents) is not None:
            return _tagged_after_modifiers(doc, i + 1, sent.end, ents)  # "73.3 in the zero shot Ref-DAVIS17"
        if word.lower_ == "in" and _named_test_bed(doc, i + 1, sent.end, ents) is not None:
            return _named_test_bed(doc, i + 1, sent.end, ents)  # "94.9% in the LIBERO simulator"
        if word.lower_ == "in" and _unnamed_setting(doc, i + 1, sent.end):
            return True  # "78.5% progress in real-world tasks": scored where no name says
        if word.lower_ == "for" and _split_after(doc, i + 1, sent.end, ents) is not None:
            return _split_after(doc, i + 1, sent.end, ents)
        hyphen = word.text == "-" and not doc[i - 1].whitespace_  # "F1-score"
        named_change = value.kind == "delta" and word.lower_ in CHANGE_NOUNS  # "+1.75% F_0.5 improvement on X"
        if (word.text not in ("%", "\\%") and not hyphen and not named_change
                and (word.is_punct or _a_number(word) or word.lower_ in LIST_GLUE or word.lower_ in CHANGE_AFTER)):
            return None
        i += 1
    return None


def _tagged_after_modifiers(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """ "0.897 on an annotated in-domain CHTN subset": a dataset after an article and lower-case
    modifiers, tagged or named before a part noun (not "a private dataset")."""
    if i >= stop or doc[i].lower_ not in ("a", "an", "the"):
        return None
    j = i + 1
    while j < min(stop, i + 6) and (doc[j].text == "-" or (doc[j].is_lower and (
            not doc[j].is_stop or (not doc[j].whitespace_ and doc[j + 1].text == "-")))):  # "in-domain"
        j += 1
    if j == i + 1 or j >= stop:
        return None
    ent = entity_at(ents, j)
    if ent is not None:
        return as_name(ent) if ent.label_ == "Dataset" else None
    name = name_at(doc, j, stop, ents)
    if name is None or name.end >= stop:
        return None
    ends = doc[name.end].lower_ in PART_NOUNS | {"cohort"} or (doc[name.end].is_punct and benchmark_shaped(name.text))
    return name if ends else None  # "in the zero shot Ref-DAVIS17 (+2.7)"


def _bracketed_values_end(doc: Doc, i: int, stop: int) -> int:
    """Past a bracket at ``i`` that holds only values ("(78.57%)", "(+3.1pp)") or opens with the
    value compared ("99.25% (vs. 99.12% for Max Pooling) on MNIST Digits"), else 0."""
    if i + 2 < stop and doc[i + 1].lower_ in _VERSUS and _a_number(doc[i + 2]):
        close = next((j for j in range(i + 3, min(i + 10, stop)) if doc[j].text in "()"), None)
        return close + 1 if close is not None and doc[close].text == ")" else 0
    if (past := relative_change_bracket_end(doc, i, stop)) is not None:
        return past  # "52.5 (+6.8 relative) mIoU on X"
    close = next((j for j in range(i + 1, min(i + 6, stop)) if doc[j].text == ")"), None)
    inside = doc[i + 1:close] if close is not None else []
    if len(inside) and all(_a_number(t) or t.text in ("%", "\\%", "pp") or (t.text[:1] in "+-" and
                                                                          any(c.isdigit() for c in t.text))
                           for t in inside):
        return close + 1
    return 0


_VERSUS = frozenset({"vs.", "vs", "versus"})


def _qualifier_end(doc: Doc, i: int, stop: int, ents: list[Span]) -> int:
    """Past a bracket at ``i`` of a few words that qualify the value ("(not pretrained)",
    "(zero-shot)"), no number or tagged name in it (not "73% attack success rate (ASR) on RR"),
    else 0."""
    close = next((j for j in range(i + 1, min(i + 6, stop)) if doc[j].text in "()"), None)
    if close is None or doc[close].text != ")" or close == i + 1:
        return 0
    if not all(t.is_alpha or t.text in ("-", "/") for t in doc[i + 1:close]):
        return 0
    return 0 if any(i < e.start < close for e in ents) else close + 1


def _own_place_after(doc: Doc, value: Value, joint: int, stop: int) -> bool:
    """After a measured value, "and" a bare value placed by itself ("0.358 overall F1 and 0.342 on
    Hybrid"): that place is the second value's (a subset), not the first's; two measures share
    theirs ("92.8% accuracy and 92.5% F1 on HAM10000")."""
    after = joint + 2 + (joint + 2 < stop and doc[joint + 2].text in ("%", "\\%"))
    measured = any(t.is_alpha and t.lower_ not in ("on", "in") for t in doc[value.tok.i + 1:joint])
    if not (measured and after + 1 < stop and doc[after].lower_ in DATA_PREPOSITIONS):
        return False
    end = after + 1 + (doc[after + 1].lower_ == "the")
    while end < stop and not doc[end].is_punct and doc[end].lower_ not in ("and", "or"):
        end += 1
    return end >= stop or doc[end].lower_ not in ("and", "or")  # not "2.4% mAP and 0.6% on the Gen1 and 1 Mpx"


def _a_number(tok: Token) -> bool:
    return tok.like_num or bool(_TEX_PERCENT.match(tok.text))  # "93.43\\%" is one token


_TEX_PERCENT = re.compile(r"^\d+(?:\.\d+)?\\%$")


def _next_measured_value(doc: Doc, comma: int, stop: int, ents: list[Span]) -> int:
    """Past the value after a comma between two values each with its metric (0 if none): the
    list of measures goes on to one place, unlike a list of bare values ("90.0%, 75.4% and
    71.4% on A, B and C")."""
    at = comma + 1 + (comma + 1 < stop and doc[comma + 1].lower_ == "and")
    if at < stop and _a_number(doc[at]) and any(e.label_ == "Metric" and e.end == comma for e in ents):
        return at + 1
    return 0


_TEST_BEDS = frozenset({"simulator", "environment", "benchmark", "suite", "dataset", "challenge", "arena",
                        "leaderboard", "testbed"})


def _named_test_bed(doc: Doc, i: int, stop: int, ents: list[Span]) -> Name | None:
    """ "in the LIBERO simulator", "in the Simpler simulator": a name the kind of a test bed
    follows (or ends) is where a value was scored, whatever the NER called it."""
    i += i < stop and doc[i].lower_ == "the"
    ent = entity_at(ents, i)
    if ent is not None and ent.label_ != "Metric":
        end, name = ent.end, as_name(ent, "Dataset")
    else:
        name = name_at(doc, i, stop, ents)
        end = name.end if name is not None else i
    kind = doc[end - 1].lower_ if name is not None and doc[end - 1].lower_ in _TEST_BEDS else (
        doc[end].lower_ if end < stop else "")
    if kind in _PARTS_SCORED_IN and ent is not None and ent.label_ in METHOD_LABELS:
        return None  # "in the CoT setting" is a way of running, "in the Exos setting" a part of the data
    return name if name is not None and kind in _TEST_BEDS | _PARTS_SCORED_IN else None


_PARTS_SCORED_IN = frozenset({"setting", "track"})


# places, not conditions: "35% in multi-turn settings" is still on the sentence's benchmark
_SETTINGS = frozenset({"tasks", "environments"})


def _unnamed_setting(doc: Doc, i: int, stop: int) -> bool:
    """ "in real-world tasks", "in the simulated environments": lower-case words ending in a place."""
    i += i < stop and doc[i].lower_ == "the"
    for j in range(i, min(i + 4, stop)):
        if doc[j].lower_ in _SETTINGS:
            return j > i
        if not (doc[j].is_lower or doc[j].text == "-"):
            return False
    return False


_JOINED_VALUES = VERSUS | {"and", "with"}


def bracketed_changes_keep_their_place(values: list[Value], out: dict[int, Name]) -> None:
    """ "67.4 (+1.1 relative to fine-tuned methods) mIoU on GranDf": the change bracketed right
    after a score is measured where the score is."""
    for before, value in zip(values, values[1:]):
        doc, i = value.tok.doc, value.tok.i
        unit = i - 2 >= 0 and doc[i - 2].text in ("%", "\\%")
        if before.tok.i in out and value.kind == "delta" and doc[i - 1].text == "(" and before.tok.i == i - 2 - unit:
            out[value.tok.i] = out[before.tok.i]
