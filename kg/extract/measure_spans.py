"""Boundary repairs of the NER's spans that read a measure's name against a dataset's: "UIQM
scores of 2.249" is a measure, "MMLU scores" the benchmark, the "accuracy" a dataset's span
ends in ("AIME2025 accuracy") a measure of its own (kg.extract.boundaries calls them per span).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.corpus_names import corpus_type
from kg.extract.spans import span_text
from kg.resolve.specificity import known_type

__all__ = ["a_benchmarks_scores", "benchmark_and_measure", "measure_cut_off", "scores_of_a_measure"]


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
