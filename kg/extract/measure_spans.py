"""Boundary repairs of the NER's spans that read a measure's name against a dataset's: "UIQM
scores of 2.249" is a measure, "MMLU scores" the benchmark, the "accuracy" a dataset's span
ends in ("AIME2025 accuracy") a measure of its own (kg.extract.boundaries calls them per span).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.corpus_names import corpus_type
from kg.family_names import family_type
from kg.extract.spans import span_text
from kg.resolve.specificity import known_type

__all__ = ["a_benchmarks_scores", "benchmark_and_measure", "measure_after_value", "measure_cut_off", "scores_of_a_measure"]


def scores_of_a_measure(span: Span) -> Span:
    """ "UIQM scores of 2.249": a Dataset span of a name and "scores" that a value follows is a
    measure's name, unless the name is a known benchmark's ("GLUE score of 80.5")."""
    doc, end = span.doc, span.end
    if span.label_ != "Dataset" or len(span) < 2 or span[-1].lower_ not in ("score", "scores") or end >= len(doc):
        return span
    value_at = end + (doc[end].lower_ == "of")
    name = span_text(span[:-1])
    if value_at >= len(doc) or not doc[value_at].like_num or "Dataset" in (known_type(name), corpus_type(name)):
        return span
    return Span(doc, span.start, span.end, label="Metric")


def a_benchmarks_scores(span: Span) -> Span:
    """ "a 16% improvement in MMLU scores": a Metric span of a known benchmark's name and "scores"
    is the benchmark (the measure is unnamed)."""
    if span.label_ != "Metric" or len(span) < 2 or span[-1].lower_ not in ("score", "scores"):
        return span
    name = span[:-1]
    return Span(span.doc, name.start, name.end, label="Dataset") if known_type(span_text(name)) == "Dataset" else span


def measure_cut_off(piece: Span, trimmed: Span) -> list[Span]:
    """ "AIME2025 accuracy": the measure a dataset's span loses is a Metric of its own (the
    trailing "score" or "results" is no name)."""
    if piece.label_ != "Dataset" or trimmed.end >= piece.end:
        return []
    word = piece.doc[trimmed.end]
    return [Span(piece.doc, word.i, word.i + 1, label="Metric")] if word.lower_ == "accuracy" else []


_MEASURE_ENDS = frozenset({"score", "scores", "accuracy", "accuracies", "rate", "rates"})


def benchmark_and_measure(span: Span) -> list[Span]:
    """ "86.9 DPG overall score", "COCO mAP accuracy": a Metric span opened by a known
    benchmark's one-word name is that benchmark and the measure after it, so the value is placed
    on it (it had gone to the sentence's other dataset)."""
    if span.label_ != "Metric" or len(span) < 3 or span[-1].lower_ not in _MEASURE_ENDS or not span[1].is_lower:
        return [span]  # not "AIME 2024 accuracy": the measure starts with a word
    name = span_text(span[:1])
    if "Dataset" not in (known_type(name), corpus_type(name)):
        return [span]
    doc = span.doc
    return [Span(doc, span.start, span.start + 1, label="Dataset"), Span(doc, span.start + 1, span.end, label="Metric")]


# a score: a decimal, or a whole number with its percent sign
_DECIMAL = re.compile(r"^[+\-−]?\d+\.\d+$")
_WHOLE = re.compile(r"^[+\-−]?\d+$")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9@.\-]{2,10}$")
_CLASS = re.compile(r"^(?:[A-Z]*(?:LLM|LM|VLM|LVLM|MLLM|VLA|LRM|SLM)s?)$")
_AVERAGE_WORDS = frozenset({"avg", "avg.", "average", "mean"})


def measure_after_value(span: Span) -> Span:
    """ "reaching 27.2 PQ, 17.0 mAP", "89.3% Avg RI", "a +13.12% RAI improvement": a one-word acronym
    the NER typed a model or method, written right after a score, is that score's measure (it had
    owned the sentence's values). Not a version's words ("Gemini 3.1 Flash-Lite": a name before
    the number), a class of models ("VLM") or a name the field knows as a model or method ("95%
    k-NN")."""
    if span.label_ not in ("Model", "Method") or len(span) != 1 or not _ACRONYM.match(span.text) \
            or _CLASS.match(span.text):
        return span
    doc, j = span.doc, span.start - 1
    j -= j >= 0 and doc[j].lower_ in _AVERAGE_WORDS
    tex = j >= 1 and doc[j].text == "$"  # "$27.2$ PQ"
    j -= tex
    percent = j >= 0 and doc[j].text in ("%", "\\%")
    j -= percent
    if j < 0 or not (_DECIMAL.match(doc[j].text) or (percent and _WHOLE.match(doc[j].text))):
        return span
    j -= tex and j > 0 and doc[j - 1].text == "$"
    if j > 0 and (doc[j - 1].text[:1].isupper() or not doc[j - 1].whitespace_):
        return span  # "Gemini 3.1 Flash-Lite", "Phi-3.5 VLM": the number is a version
    if "Model" in _types(span.text) or "Method" in _types(span.text):
        return span  # "95% k-NN": a method the field knows
    return Span(doc, span.start, span.end, label="Metric")


def _types(name: str) -> tuple[str | None, ...]:
    return known_type(name), corpus_type(name), family_type(name)
