"""Boundary repairs the gold data justifies, applied to NER output.

In the training part of the gold files no mention starts with a determiner or possessive
("the", "our", ...) and only 0.3% contain a parenthesis; mentions never begin or end with
punctuation. A predicted span that breaks these habits is nearly always too long, so it is
cut: leading determiners, edge punctuation and word fragments ("-shot") are dropped, and a span is split at
parentheses ("Online Instance Matching (OIM) loss" -> "Online Instance Matching",
"OIM", "loss"), each piece keeping the label when it still holds a word.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["fix_boundaries", "LEADING_WORDS"]

LEADING_WORDS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "those", "that",
                           "his", "her", "my", "your", "such", "each", "every", "both"})
_BRACKETS = frozenset("()[]{}")
_FRAGMENT_START = frozenset("-–—/")  # a token like "-shot" is the tail of a cut word
_EDGE_PUNCT = frozenset(",.;:!?\"'`“”‘’()[]{}-–—/&")


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].text in _EDGE_PUNCT
                           or doc[start].is_space or doc[start].text[0] in _FRAGMENT_START):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    if start >= end or not any(t.is_alpha or any(c.isalpha() for c in t.text) for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=span.label_)


def _split_at_brackets(span: Span) -> list[Span]:
    pieces, start = [], span.start
    for tok in span:
        if tok.text in _BRACKETS:
            if tok.i > start:
                pieces.append(Span(span.doc, start, tok.i, label=span.label_))
            start = tok.i + 1
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


def fix_boundaries(ents: list[Span]) -> list[Span]:
    """The entities with the repairs of the module doc applied (never longer, never new text)."""
    out = []
    for ent in ents:
        for piece in _split_at_brackets(ent):
            trimmed = _trim(piece)
            if trimmed is not None:
                out.append(trimmed)
    return out
