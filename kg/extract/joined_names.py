"""Names the NER cut in two, joined (kg.extract.boundaries applies these per span): a name cut
at a hyphen inside it takes the whole word ("LSP" of "LSP-DETR"), and a Task closed before its
head noun takes it in ("Video Anomaly" + "Detection", "text-to-video" + "generation").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.resolve.specificity import MODIFIER_SUFFIXES, TASK_HEADS, is_task_term

__all__ = ["glued", "join_hyphenated", "join_task_heads", "name_piece"]

# what follows a name after a hyphen when the two make a modifier, not a longer name ("CLIP-Guided")
_GLUED_MODIFIERS = MODIFIER_SUFFIXES | frozenset(
    "powered assisted empowered only wise friendly ready compatible generated tuned trained".split())


def glued(doc, left: int, right: int) -> bool:
    """Tokens ``left`` and ``right`` are one word with a hyphen between them ("LSP", "-", "DETR")."""
    return (right == left + 2 and right < len(doc) and doc[left + 1].text == "-" and not doc[left].whitespace_
            and not doc[left + 1].whitespace_)


def name_piece(text: str) -> bool:
    """A word written as a name's piece: a capital or a digit first."""
    return text[:1].isupper() or text[:1].isdigit()


def _score_of(span: Span, word) -> bool:
    """ "per-class F1" + "-scores": a measure's glued "score" is its own (whatever the NER typed a
    span ending in "F1")."""
    return (span.label_ == "Metric" or span[-1].lower_ == "f1") and word.lower_ in ("score", "scores")


# "XSTest-v2", "LLaVA-v1.5": a version glued after a name is a piece of it
_VERSION = re.compile(r"^v\d+(?:\.\d+)*$")


def join_hyphenated(span: Span) -> Span:
    """A span cut at a hyphen inside a name takes the whole word: "LSP" of "LSP-DETR",
    "AoD" of "AoD-IP", "DETR" of "LSP-DETR" (a piece written with a capital or a digit on
    each side, or a version after it: "XSTest-v2"; not "CLIP-Guided", nor "few-shot")."""
    doc, start, end = span.doc, span.start, span.end
    while (glued(doc, end - 1, end + 1) and (name_piece(doc[end + 1].text) or _VERSION.match(doc[end + 1].text)
                                             or _score_of(span, doc[end + 1]))
           and doc[end + 1].lower_ not in _GLUED_MODIFIERS):
        end += 2
    while start >= 2 and glued(doc, start - 2, start) and name_piece(doc[start - 2].text) and name_piece(doc[start].text):
        start -= 2
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _grown_head(ent: Span, taken: int) -> Span:
    """A Task that is a bare head noun takes in the words naming what it is of: the hyphenated
    word before it ("text-to-video" + "generation") or a word that makes a task the field names
    ("code" + "generation", kg.resolve.specificity.is_task_term); ``taken``: where the entity
    before it ends."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "Task" or len(ent) != 1 or ent[0].lower_ not in TASK_HEADS or start < 1 or start - 1 < taken:
        return ent
    word = start - 1
    while word >= 2 and glued(doc, word - 2, word) and word - 2 >= taken:
        word -= 2
    if word < start - 1 and "-to-" in doc[word:start].text:
        return Span(doc, word, ent.end, label="Task")
    if doc[start - 1].is_alpha and is_task_term(f"{doc[start - 1].text} {ent.text}"):
        return Span(doc, start - 1, ent.end, label="Task")
    return ent


def join_task_heads(ents: list[Span]) -> list[Span]:
    """Two Tasks one space apart, the second starting with a task's head noun, are one Task;
    a bare head noun takes in what it is of (``_grown_head``)."""
    out: list[Span] = []
    for ent in ents:
        ent = _grown_head(ent, out[-1].end if out else 0)
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "Task" and last.end == ent.start
                and last.doc[last.end - 1].whitespace_ and ent[0].lower_ in TASK_HEADS):
            out[-1] = Span(ent.doc, last.start, ent.end, label="Task")
        else:
            out.append(ent)
    return out
