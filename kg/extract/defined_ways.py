"""Coined names the NER typed as a task, a dataset or a measure that the text itself defines as
a way of doing things or a model: "CaptchaMind, an RL-based solver ..." aside, "Self-Grounded
Verification (SGV), a lightweight method", "VideoForest, a novel framework", "TinyViT, a new
family of tiny and efficient small vision transformers".

kg.extract.defined_kinds reads the same definitions to tell a Model from a Method, but only
for names already typed one of the two, after the results are read; a paper's own method typed
a Dataset or a Task there never owned its scores ("TinyViT can reach 86.5% accuracy" was lost,
"VideoForest" stood as data). On the 2,020-paper sample of 2025 this retypes 59 mentions (36
Tasks, 19 Datasets, 4 Metrics) of 29 names in 21 papers, read one by one: all are the papers'
methods or models (two with the NER's span a word too long: "named FAC Synthesis").

A definition counts here when an indefinite article (or "the first") opens it right after the
name and its head noun is a way's or a model's (kg.extract.defined_kinds.WAY_HEADS,
MODEL_HEADS); not when the phrase or the name says evaluation data ("an agentic evaluation
framework", "a benchmark transformation protocol", "MiniAppEval"), and not a title's subject
before its colon when the NER read it as a task ("Building Roof Type Classification: A
Domain-Specific Self-Supervised Approach": the approach has no name). Every occurrence of the
name then becomes a Method (kg.extract.assemble decides Model or Method from the same head).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.dataset_context import DATASET_NOUNS
from kg.extract.defined_kinds import definition_after, head_before, head_kind, phrase_head

__all__ = ["defined_ways"]

_RETYPED = frozenset({"Task", "Dataset", "Metric"})
# what an evaluation resource's definition says (such a "framework" is where scores are
# measured), or a task's ("a novel task requiring models to ...")
_NOT_A_WAY = frozenset({"benchmark", "benchmarks", "benchmarking", "dataset", "datasets", "evaluation", "corpus",
                        "leaderboard", "testbed", "test", "suite", "environment", "simulator", "simulation",
                        "task", "problem", "challenge", "setting"})
_DATA_NAME = re.compile(r"(?:Bench|Eval|Arena|QA|Set|Gym)$", re.IGNORECASE)
_INDEFINITE = frozenset({"a", "an"})
_JOINING = frozenset({"for", "of", "in", "on", "via", "with", "to"})


def defined_ways(doc: Doc, ents: list[Span], data_names: frozenset[str] = frozenset()) -> list[Span]:
    """The Task-, Dataset- or Metric-typed entities whose definition right after them names a way
    or a model (none of ``data_names``: the names a dataset context already defined)."""
    return [ent for ent in ents if ent.label_ in _RETYPED and ent.text not in data_names and _coined(ent)
            and any(_defined_as_a_way(doc, occurrence) for occurrence in _occurrences(doc, ent))]


def _occurrences(doc: Doc, ent: Span) -> list[Span]:
    """The entity and every other place its words stand alone: the NER, reading a few words at a
    time, may leave a name untagged where the paper defines it ("we propose AnalogAgent, a
    training-free agentic framework") and type it data where it scores ("Across established
    benchmarks, AnalogAgent achieves ...")."""
    words, n = [t.text for t in ent], len(ent)
    return [ent] + [doc[i:i + n] for i in range(len(doc) - n + 1)
                    if i != ent.start and doc[i].text == words[0] and [t.text for t in doc[i:i + n]] == words
                    and _standing_alone(doc, i, i + n)]


def _standing_alone(doc: Doc, start: int, end: int) -> bool:
    """Not glued to a longer name: the "MAE" of "MPL-MAE", the "SR" of "PBR-SR"."""
    glued_before = start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text in ("-", "–")
                                                                     or doc[start - 1].is_alpha)
    glued_after = end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in ("-", "–")
    return not glued_before and not glued_after


def _coined(ent: Span) -> bool:
    """A name the paper writes with a capital after its first letter or a digit, not data by its
    spelling ("AgentComm-Bench") or its kind noun, nor a field the 2025 corpus knows as a task."""
    text = ent.text
    return (bool(re.search(r"[A-Z0-9]", text[1:])) and not _DATA_NAME.search(text)
            and ent[-1].lower_ not in DATASET_NOUNS  # "a synthetic ABSA corpus, a documented procedure, ..."
            and corpus_type(text) != "Task")  # "... language processing (NLP), an AI paradigm"


def _defined_as_a_way(doc: Doc, ent: Span) -> bool:
    if ent.start and doc[ent.start - 1].lower_ in _JOINING:
        return False  # the tail of a longer name: "Knowledge Distillation for Fake News Detection (KD-FND), a"
    phrase = definition_after(doc, ent)
    if phrase is None:
        return head_kind(head_before(doc, ent)) is not None  # "a unified model, Magiv3"
    if head_kind(phrase_head(phrase)) is None:
        return False
    if ent.label_ == "Task" and doc[phrase.start - 1].text == ":":
        return False  # a title's subject: "Video Anomaly Detection: A Unified Framework"
    opening = phrase[0].lower_ in _INDEFINITE or (phrase[0].lower_ == "the" and len(phrase) > 1
                                                  and phrase[1].lower_ == "first")
    return opening and not any(tok.lower_ in _NOT_A_WAY for tok in phrase)
