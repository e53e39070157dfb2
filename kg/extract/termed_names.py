"""Names a text gives with "termed", "dubbed", "called" or "named": the noun before says what
the name is.

"we propose a topic-guided multi-agent framework, termed TGMA": the NER had typed TGMA a
dataset in both its occurrences, so the paper's results were placed on its own method. The
noun that heads the phrase before the verb ("framework", "approach", "strategy"; "dataset",
"benchmark") types the coined name wherever the text writes it: a definition, like
kg.extract.dataset_context's appositions. A determiner ends the look back ("on this dataset
verify that our solution, termed DC-NeRF" defines no data). On 2,020 abstracts of 2025 it
retyped 17 mentions (UniMC and PEP had been tasks, "Homogeneity Entropy", a strategy, a
metric; ImageNeXt and GenePerson, datasets, models) and tagged 10 the NER had left.
"""

from __future__ import annotations

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.extract.dataset_context import DATASET_NOUNS, DETERMINERS, TEX_OPENER, coined, name_end, positions
from kg.extract.spans import marked_names

__all__ = ["METHOD_NOUNS", "termed_names"]

_NAMING_VERBS = frozenset({"termed", "dubbed", "called", "named"})
_VERB_IDS = numpy.array(sorted(get_string_id(verb) for verb in _NAMING_VERBS), dtype=numpy.uint64)
METHOD_NOUNS = frozenset({"framework", "frameworks", "method", "methods", "approach", "approaches", "algorithm",
                          "algorithms", "model", "models", "network", "networks", "architecture", "module",
                          "modules", "strategy", "pipeline", "system", "agent", "technique", "mechanism",
                          "paradigm", "scheme", "procedure", "estimator", "optimizer", "policy", "encoder",
                          "decoder", "transformer", "adapter", "loss", "regularizer", "protocol"})
_LOOK_BACK = 8  # "a large-scale dataset for multi-modal pretraining, called ImageNeXt"


def termed_names(doc: Doc) -> list[Span]:
    """ "a ... framework, termed TGMA" -> TGMA a Method; "a ... dataset, called ImageNeXt" -> a
    Dataset (the coined name after the verb, labelled as the noun before it says)."""
    out = []
    for i in positions(doc, _VERB_IDS):
        start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "as")
        plain_marked = next((span for span in marked_names(doc) if span.start == start and len(span) <= 4
                             and not any(t.is_punct and t.text not in ("-", "_") for t in span)), None)
        marked = start < len(doc) and TEX_OPENER.match(doc[start].text) is not None
        start += marked
        end = plain_marked.end if plain_marked is not None else name_end(doc, start) if not marked \
            else _marked_end(doc, start)
        marked = marked or plain_marked is not None  # the markup read away (kg.extract.markup)
        label = _label_of_noun(doc, i)
        if end > start and label is not None and (coined(doc[start:end]) or marked):
            out.append(Span(doc, start, end, label=label))
    return out


def _marked_end(doc: Doc, start: int) -> int:
    """The end of a name set in TeX markup ("named \\textbf{uproof}"): the markup says it is a
    name, written in capitals or not; one to three words before the closing brace."""
    end = name_end(doc, start)
    if end > start:
        return end
    close = next((k for k in range(start, min(start + 4, len(doc))) if doc[k].text.startswith("}")), None)
    words = doc[start:close] if close is not None else []
    return close if close is not None and close > start and all(t.is_alpha or t.text in ("-", "_") for t in words) \
        else start


def _label_of_noun(doc: Doc, verb: int) -> str | None:
    for tok in reversed(doc[max(0, verb - _LOOK_BACK):verb]):
        if tok.lower_ in DATASET_NOUNS:
            return "Dataset"
        if tok.lower_ in METHOD_NOUNS:
            return "Method"
        if (tok.is_punct and tok.text not in (",", "-")) or tok.is_sent_end or tok.lower_ in DETERMINERS:
            return None  # "on this dataset verify that our solution, termed DC-NeRF": the phrase opens
    return None

