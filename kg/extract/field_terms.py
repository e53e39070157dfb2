"""Terms of the field kept whole: "attack success rate", not "success rate".

The NER often tags the head of a term and leaves its first words out ("attack [success rate]",
"time series [forecasting]"): SciREX's annotators wrote the short forms of 2017-19. The terms
the 2025 corpus abbreviates paper after paper (``kg.corpus_names.field_terms``: "attack
success rate (ASR)") are whole names; an entity that is the end of such a term, in the text,
grows to the whole term and keeps its type. Where the NER tagged nothing, a term the corpus
types (``kg.corpus_names.term_types``: "test-time scaling" a Method) is added with that type
(``fill_terms``, the pipeline's ``term_types`` step).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kg.corpus_names import field_terms

__all__ = ["term_matches", "term_spans", "extend_to_terms", "fill_terms", "ends_phrase"]

_WORD = re.compile(r"[a-z0-9]+")
MAX_WORDS = 6
# a term stands as a noun phrase of its own when punctuation, a bracket, the text's end, a
# function word or a verb comes next ("test-time scaling (TTS)", "... with text-to-speech and");
# followed by a noun it modifies one ("plug-and-play module", "Stable Diffusion backbone")
_PHRASE_END = re.compile(r"(?:\s*(?:$|[,.;:()\[\]])|\s+(?:and|or|on|in|with|to|of|for|is|are|was|were|as|by|from|at|"
                         r"that|which|via|under|through|can|has|have|achieves|reaches|shows|outperforms|improves|"
                         r"enables|remains|yields)\b)")


def ends_phrase(text: str, end: int) -> bool:
    """Whether the word sequence ending at ``end`` of ``text`` ends its noun phrase."""
    return bool(_PHRASE_END.match(text, end))


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


def term_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) of the longest term starting at each word of ``text``, left to
    right; ``term`` is the table's normal form."""
    terms, prefixes = _prefixes()
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text.lower())]
    out, i = [], 0
    while i < len(words):
        found, joined = None, words[i][2]
        for j in range(i + 1, min(i + MAX_WORDS, len(words))):
            if joined not in prefixes:
                break
            joined = f"{joined} {words[j][2]}"
            form = next((form for form in _singulars(joined) if form in terms), None)
            if form is not None:
                found = (j, form)
        if found is not None:
            out.append((words[i][0], words[found[0]][1], found[1]))
            i = found[0] + 1
        else:
            i += 1
    return out


def term_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the longest term starting at each word of ``text``, left to right."""
    return [(start, end) for start, end, _ in term_matches(text)]


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


def fill_terms(ents: list, typed: list) -> list:
    """``ents`` (spaCy spans) with the typed terms (``typed``: labelled spans, their type
    from ``kg.corpus_names.term_types``) added where no entity touches them: "test-time
    scaling", "Stable Diffusion", which the NER, trained on 2017-19 text, leaves untagged.
    Tagged terms keep the NER's type: taking the table's type there as well cost 0.3 strict
    F1 on the held-aside SciREX abstracts (docs/experiments.md)."""
    added = [term for term in typed if not any(e.start < term.end and term.start < e.end for e in ents)]
    return sorted([*ents, *added], key=lambda span: span.start) if added else list(ents)
