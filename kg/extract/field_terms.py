"""Terms of the field kept whole: "attack success rate", not "success rate".

The NER often tags the head of a term and leaves its first words out ("attack [success rate]",
"time series [forecasting]"): SciREX's annotators wrote the short forms of 2017-19. The terms
the 2025 corpus abbreviates paper after paper (``kg.corpus_names.field_terms``: "attack
success rate (ASR)") are whole names; an entity that is the end of such a term, in the text,
grows to the whole term and keeps its type. Nothing is added where the NER tagged nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kg.corpus_names import field_terms

__all__ = ["term_spans", "extend_to_terms"]

_WORD = re.compile(r"[a-z0-9]+")
MAX_WORDS = 6


@lru_cache(maxsize=1)
def _prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The terms and every word sequence a term starts with (to stop reading early)."""
    terms = field_terms()
    return terms, frozenset(" ".join(t.split(" ")[:k]) for t in terms for k in range(1, t.count(" ") + 1))


def _singulars(phrase: str):
    """The phrase and its last word made singular the ways normalise does it, cheaply."""
    yield phrase
    if phrase.endswith("ies"):
        yield phrase[:-3] + "y"
    if phrase.endswith("es"):
        yield phrase[:-2]
    if phrase.endswith("s"):
        yield phrase[:-1]


def term_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the longest term starting at each word of ``text``, left to right."""
    terms, prefixes = _prefixes()
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text.lower())]
    out, i = [], 0
    while i < len(words):
        found, joined = None, words[i][2]
        for j in range(i + 1, min(i + MAX_WORDS, len(words))):
            if joined not in prefixes:
                break
            joined = f"{joined} {words[j][2]}"
            if any(form in terms for form in _singulars(joined)):
                found = j
        if found is not None:
            out.append((words[i][0], words[found][1]))
            i = found + 1
        else:
            i += 1
    return out


def extend_to_terms(ents: list, spans: list) -> list:
    """``ents`` (spaCy spans) with each entity that ends a term's span (``spans``, labelled
    spans of the same doc) and lies inside it replaced by the term, with the entity's label;
    an entity that crosses a term's start, or two inside one term, leave it alone."""
    out = list(ents)
    for term in spans:
        inside = [k for k, e in enumerate(out) if e.start < term.end and term.start < e.end]
        if len(inside) != 1:
            continue
        ent = out[inside[0]]
        if ent.end == term.end and ent.start > term.start:
            out[inside[0]] = Span(ent.doc, term.start, term.end, label=ent.label_)
    return out
