"""Reading a doc's entities without walking it token by token.

``doc.ents`` builds a Python ``Token`` for every token of the doc on each read; the rule
components read the entities about a dozen times per doc, which made those reads a sixth
of the extraction time. ``doc_entities`` reads the IOB and type columns as two arrays and
builds only the spans.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

__all__ = ["doc_entities"]

_BEGIN, _INSIDE = 3, 1


def doc_entities(doc: Doc) -> list[Span]:
    """Same spans as ``list(doc.ents)``, in order."""
    if len(doc) == 0:
        return []
    cols = doc.to_array([ENT_IOB, ENT_TYPE])
    iob, types = cols[:, 0], cols[:, 1]
    starts = numpy.flatnonzero(iob == _BEGIN)
    out = []
    for start in starts.tolist():
        end = start + 1
        while end < len(doc) and iob[end] == _INSIDE:
            end += 1
        out.append(Span(doc, start, end, label=int(types[start])))
    return out
