"""Reading a doc's entities and text without walking it token by token.

``doc.ents`` builds a Python ``Token`` for every token of the doc on each read; the rule
components read the entities about a dozen times per doc, which made those reads a sixth
of the extraction time. ``doc_entities`` reads the IOB and type columns as two arrays and
builds only the spans.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, SENT_START
from spacy.tokens import Doc, Span

__all__ = ["doc_entities", "doc_text", "marked_names", "plain_name", "sentence_bounds", "set_entities", "span_text",
           "strip_latex_markup"]

_BEGIN, _INSIDE = 3, 1
# arXiv abstracts keep TeX's text markup: "\textbf{H}andwritten", "\texttt{TexTeller}"
_LATEX_MARKUP = re.compile(r"\\(?:textbf|texttt|textit|textsc|textsf|textrm|emph|underline|mathrm|mathbf|mathsf|mathit"
                           r"|text)\{([^{}]*)\}")


def strip_latex_markup(text: str) -> str:
    r"""``text`` with TeX's text markup removed, its content kept ("\textbf{H}andwritten": "Handwritten")."""
    while True:  # nested: "\textbf{\underline{M}}odal"
        plain = _LATEX_MARKUP.sub(r"\1", text)
        if plain == text:
            return plain
        text = plain


_OPEN_COMMAND = re.compile(r"^\\[A-Za-z]+\{(?!.*\})")


def plain_name(name: str) -> str:
    r"""A name as the reader sees it: "\textbf{V}ision-\textbf{L}anguage" is "Vision-Language", and a
    command whose brace the name's span left out goes ("\textbf{Simple Cross-Tokenizer OPD")."""
    return _OPEN_COMMAND.sub("", strip_latex_markup(name)) if "\\" in name else name


def marked_names(doc: Doc) -> list[Span]:
    """The words TeX markup set apart in the text as written ("named \\textbf{uproof}"), which
    the pipeline reads without the markup (kg.extract.markup)."""
    spans = (doc.char_span(start, end) for start, end in doc.user_data.get("kg_marked", ()))
    return [span for span in spans if span is not None]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it from the tokens on every read)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the doc's cached text (``span.text`` builds a ``Token`` per
    word on every read, and the rules read entity texts many times per doc)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_entities(doc: Doc) -> list[Span]:
    """Same spans as ``list(doc.ents)``, in order."""
    if len(doc) == 0:
        return []
    cols = doc.to_array([ENT_IOB, ENT_TYPE])
    starts = numpy.flatnonzero(cols[:, 0] == _BEGIN).tolist()
    if not starts:
        return []
    iob, types, n = cols[:, 0].tolist(), cols[:, 1].tolist(), len(doc)
    out = []
    for start in starts:
        end = start + 1
        while end < n and iob[end] == _INSIDE:
            end += 1
        out.append(Span(doc, start, end, label=types[start]))
    return out


def set_entities(doc: Doc, ents: list[Span], before: list[Span]) -> None:
    """``doc.ents = ents``, skipped when ``ents`` are the spans ``before`` (read from the doc)
    with the same labels: most rules change nothing in most docs, and the setter rewrites
    every token's entity columns."""
    if len(ents) != len(before) or any(
            a.start != b.start or a.end != b.end or a.label != b.label for a, b in zip(ents, before)):
        doc.ents = ents


def sentence_bounds(doc: Doc, token_i: int) -> tuple[int, int]:
    """Character (start, end) of the sentence holding token ``token_i``; the whole doc when
    no sentence boundaries are set. The sentence starts are read once per doc (``span.sent``
    walks the doc on every call)."""
    if "kg_sent_starts" not in doc.user_data:
        starts = None  # no boundaries: the whole doc is the sentence
        if len(doc) and doc.has_annotation("SENT_START"):
            flags = doc.to_array(SENT_START).tolist()
            starts = [0] + [i for i, flag in enumerate(flags) if flag == 1 and i > 0]
        doc.user_data["kg_sent_starts"] = starts
    starts = doc.user_data["kg_sent_starts"]
    if starts is None:
        return (0, len(doc_text(doc)))
    k = bisect.bisect_right(starts, token_i) - 1
    first = doc[starts[k]]
    last = doc[(starts[k + 1] if k + 1 < len(starts) else len(doc)) - 1]
    return (first.idx, last.idx + len(last.text))
