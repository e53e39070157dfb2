"""Runs of words that can make a name: each word holds a capital or a digit and is no stop word
("BRATS 2015", "Market 1501", "T-LESS"); hyphens glue such words ("CACD - VS", "A-EQA",
"Needle-In-A-Haystack"). The dataset contexts (kg.extract.dataset_context,
kg.extract.data_sources) and the named-by-a-verb step (kg.extract.termed_names) read names so.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["HYPHENS", "coined", "is_name_word", "name_end", "name_start"]

_NOT_NAMES = frozenset({"our", "new", "large", "two", "three", "four", "five"})
HYPHENS = frozenset({"-", "–"})
_HYPHENS = HYPHENS


def is_name_word(tok: Token) -> bool:
    """A word that can be part of a dataset's name: a capital or a digit, not a stop word
    (unless written in capitals: the "LESS" of "T-LESS")."""
    text = tok.text
    return ((any(c.isupper() for c in text) or any(c.isdigit() for c in text))
            and (not tok.is_stop or (len(text) >= 3 and text.isupper()))
            and not tok.is_punct and tok.lower_ not in _NOT_NAMES)


def name_end(doc: Doc, start: int) -> int:
    """End of the name run starting at ``start`` (== start when there is none); a hyphen
    between two name words belongs to the name ("CACD - VS" as tokens), and so does a capital
    glued before one ("A-EQA")."""
    i = start
    while i < len(doc) and (is_name_word(doc[i]) or _after_glued_hyphen(doc, i, start)
                            or (i == start and _glued_capital(doc, i)) or (
            doc[i].text in _HYPHENS and start < i < len(doc) - 1
            and (is_name_word(doc[i + 1]) or _after_glued_hyphen(doc, i + 1, start)))):
        i += 1
    return i


def _glued_capital(doc: Doc, i: int) -> bool:
    return (doc[i].is_upper and not doc[i].whitespace_ and i + 2 < len(doc) and doc[i + 1].text in _HYPHENS
            and not doc[i + 1].whitespace_ and is_name_word(doc[i + 2]))


def _after_glued_hyphen(doc: Doc, i: int, start: int) -> bool:
    """ "Needle-In-A-Haystack": a capitalised word glued after a hyphen inside a name, stop word
    or not."""
    return (start < i - 1 and i < len(doc) and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_ and doc[i].text[:1].isupper())


def name_start(doc: Doc, end: int, connectors: bool = False) -> int:
    """Start of the name run ending just before ``end`` (with ``connectors``, "End-to-End" is one
    word of it: a challenge's name; before a benchmark noun "Text-to-CAD" is the task's)."""
    i = end
    while i > 0:
        if is_name_word(doc[i - 1]) or (doc[i - 1].text in _HYPHENS and i - 1 > 0
                                        and is_name_word(doc[i - 2]) and i < end):
            i -= 1
        elif connectors and i < end and _glued_connector(doc, i):
            i -= 3
        else:
            break
    return i


def _glued_connector(doc: Doc, i: int) -> bool:
    """ "-to-" in "End-to-End": a short lower-case word glued between hyphens after a name word."""
    return (i >= 4 and doc[i - 1].text in _HYPHENS and doc[i - 3].text in _HYPHENS and doc[i - 2].is_lower
            and len(doc[i - 2]) <= 3 and not any(t.whitespace_ for t in doc[i - 4:i - 1])
            and is_name_word(doc[i - 4]))


def coined(span: Span) -> bool:
    return any(c.isupper() or c.isdigit() for c in span.text[1:])
