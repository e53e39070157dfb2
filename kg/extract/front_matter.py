"""A paper's front matter that PDF extraction left glued after some SciREX abstracts
("TitouanParcollet, MohamedMorchid ... UniversitédeMontréal, LIA"): its words name nobody's
method, so kg.extract.boundaries keeps them from becoming mentions.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.spans import doc_text

__all__ = ["in_page_header"]


# A paper's front matter glued by PDF extraction after its abstract ("TitouanParcollet,
# MohamedMorchid ... Universitéd'Avignon, LIA", "WuzhenShi, FengJiang, DebinZhao SchoolofComputer
# ScienceandTechnology"): in a sentence holding an email or a glued affiliation, a glued
# word (a person's name, a title run together) names nobody's method.
_AFFILIATION = r"(?:Universit|Institut|School|Department|College|Laborator)"
_HEADER_CUE = re.compile(r"@[a-z][\w-]*\.[a-z]{2,}|\[reference\]|" + _AFFILIATION + r"\w*[A-Z]|[a-z]" + _AFFILIATION)
_GLUED_WORDS = re.compile(r"^[A-ZÀ-Ý][a-zß-ÿ]+(?:[A-ZÀ-Ý][a-zß-ÿ]+)+$"  # "MohamedMorchid"
                          r"|[a-z](?:of|and|for|with|the)[A-Z]|[A-Za-z]\d{4,}")  # "SchoolofComputer", "Harbin150001"


# "MachineReadingComprehension withCross-": a title run together
_RUN_TOGETHER = re.compile(r"(?:^|[a-z]{2})(?:of|and|for|with|the)[A-Z][a-z]")


def in_page_header(span: Span) -> bool:
    """A glued word of the front matter, or a one-word name among such words, in a sentence with an
    email or a glued affiliation."""
    glued = [tok.text for tok in span if _is_glued(tok.text)]
    if not glued and (len(span) > 1 or span[0].is_lower):
        return False  # the common case, before the doc's cues are looked for
    if glued and len(span.text) >= 20 and any(_RUN_TOGETHER.search(text) for text in glued):
        return True  # a title run together, wherever it stands
    cues = _header_cues(span.doc)
    if not cues or not span.doc.has_annotation("SENT_START"):
        return False
    sent = span.sent
    if not any(sent.start_char <= cue < sent.end_char for cue in cues):
        return False
    # a glued word there, or a one-word name among glued names: "... MohamedMorchid ... LIA, MILA"
    # (the keywords listed there, "Index Terms: deep learning", are the paper's)
    return bool(glued) or (len(span) == 1 and not span.text.islower()
                           and sum(_is_glued(tok.text) for tok in sent) >= _HEADER_GLUED_WORDS)


_HEADER_GLUED_WORDS = 3


def _is_glued(text: str) -> bool:
    return bool(_GLUED_WORDS.search(text) or _RUN_TOGETHER.search(text))


def _header_cues(doc) -> list[int]:
    """Where the doc's emails and glued affiliations are, found once per doc (spans ask often)."""
    if "kg_header_cues" not in doc.user_data:
        doc.user_data["kg_header_cues"] = [m.start() for m in _HEADER_CUE.finditer(doc_text(doc))]
    return doc.user_data["kg_header_cues"]
