"""Names an apposition defines as data: "MultiLoKo, a new benchmark for ...", "Reasoning-TOFU
(R-TOFU), the first benchmark tailored to ...", "PEACH is a gold-standard corpus",
"BankerToolBench (BTB): an open-source benchmark", "\\textbf{Long-RVOS}, a large-scale
benchmark", "VSMRC, the Vietnamese Text Segmentation and ... Reading Comprehension Dataset".

In 4,000 abstracts of 2025 the NER had typed 180 of 308 such names as methods or models. A
definition holds for the whole text, so every occurrence of the name (and of its parenthesised
short form) becomes a Dataset (``apply_definitions``, which kg.extract.data_sources' contexts and
kg.extract.defined_ways' Methods use too). The contexts of a name written next to a dataset noun
live in kg.extract.dataset_context.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.abbreviations import LONG_FORM_MAX_TOKENS
from kg.extract.dataset_context import LIST_NOUNS, TEX_OPENER, noun_positions
from kg.extract.spans import marked_names
from kg.extract.name_runs import HYPHENS, is_name_word, name_start

__all__ = ["apply_definitions", "defined_dataset_names"]

_ARTICLES = frozenset({"a", "an", "the"})
# words that make the noun another thing's ("the best performer on our benchmark", "a suite of
# models for the benchmark"), not the name's definition
_NOT_MODIFIERS = frozenset({"of", "on", "in", "for", "our", "their", "its", "with", "to", "by", "that", "which",
                            "and", "or", "from", "as", "at", "this", "these", "is", "was"})
_MAX_MODIFIERS = 6
# a noun after the dataset noun heads the phrase: "a synthetic benchmark generator" is a tool;
# "the first dataset and model suite" is more than a dataset
_OTHER_HEADS = frozenset({"generator", "generation", "construction", "creation", "curation", "framework", "toolkit",
                          "platform", "pipeline", "tool", "method", "approach", "model", "harness", "design",
                          "suite", "library", "system", "engine", "agent", "paradigm", "protocol"})


def _definition_comma(doc: Doc, noun: int) -> int | None:
    """The comma (or "is", or a colon after a short form) before a definition ending in the
    singular dataset noun at ``noun``: ", a comprehensive multilingual benchmark", " is the first
    large-scale dataset", "BankerToolBench (BTB): an open-source benchmark"; a few
    modifiers may stand between the article and the noun, none that makes it another thing's."""
    if doc[noun].lower_ in LIST_NOUNS or (noun + 1 < len(doc) and doc[noun + 1].lower_ in _OTHER_HEADS | {"and", "or"}):
        return None
    modifiers = 0
    for i in range(noun - 1, max(1, noun - 2 - _MAX_MODIFIERS - _MAX_TITLE_WORDS), -1):
        tok = doc[i]
        if _a_title_word(doc, i):
            continue  # "VSMRC, the Vietnamese Text Segmentation and Multiple-Choice ... Dataset"
        modifiers += 1
        if modifiers > _MAX_MODIFIERS + 1:
            return None
        if tok.lower_ in _ARTICLES:
            if i > 2 and doc[i - 1].text == ":" and doc[i - 2].text == ")":
                return i - 1  # "BankerToolBench (BTB): an open-source benchmark", not a title's "Screams: A Dataset"
            return i - 1 if doc[i - 1].text in (",", "is") and i > 1 else None
        if tok.lower_ in _NOT_MODIFIERS or (tok.is_punct and tok.text not in HYPHENS):
            return None
    return None


_MAX_TITLE_WORDS = 10


def _a_title_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a name written out in title case, or the "and" / "of" inside one."""
    tok = doc[i]
    if tok.is_alpha and tok.text[0].isupper() and tok.lower_ not in _ARTICLES:
        return True
    return (tok.lower_ in ("and", "of", "for", "&") and 0 < i < len(doc) - 1 and doc[i - 1].text[:1].isupper()
            and doc[i + 1].text[:1].isupper())


def _short_form_before(doc: Doc, comma: int) -> tuple[int, Span | None]:
    """(end of the name, short form) for the name defined before the comma at ``comma``:
    "Reasoning-TOFU (R-TOFU), the first benchmark" has its short form in parentheses."""
    if doc[comma - 1].text != ")":
        return comma, None
    start = name_start(doc, comma - 1)
    if 1 < start < comma - 1 and doc[start - 1].text == "(":
        return start - 1, doc[start:comma - 1]
    # "CLASH (Character perspective-based LLM Assessments ...), a meticulously curated dataset":
    # the name stands before its words in brackets
    opening = next((i for i in range(comma - 2, max(0, comma - 2 - LONG_FORM_MAX_TOKENS), -1) if doc[i].text in "()"), None)
    if opening and doc[opening].text == "(" and is_name_word(doc[opening - 1]):
        return opening, None
    return comma, None



def _defined_name(doc: Doc, ents_by_end: dict[int, Span], end: int) -> Span | None:
    """The entity ending at ``end`` if it ends in a name word, else the run of name words."""
    ent = ents_by_end.get(end)
    if ent is not None and is_name_word(doc[end - 1]):
        return ent
    start = name_start(doc, end)
    if start == end or not any(c.isalpha() for c in doc[start:end].text):
        return None
    if start == end - 1 and doc[start].is_sent_start and doc[start].text[1:].islower():
        return None  # "Specifically, the dataset ...": a capital only because a sentence starts there
    return doc[start:end]


def _tex_marked_name(doc: Doc, end: int) -> Span | None:
    """The words inside TeX markup closed right before ``end``: "\\textbf{Long-RVOS}, a ...
    benchmark", "\\textit{CyberAgressionAdo-Large}, a French open-access dataset" (the markup
    marks the name, whatever its words look like)."""
    marked = next((span for span in marked_names(doc) if span.end == end), None)
    if marked is not None:  # the markup read away (kg.extract.markup)
        return marked if any(c.isalpha() for c in marked.text) and not marked[0].is_lower else None
    if end < 2 or doc[end - 1].text != "}":
        return None
    for i in range(end - 2, max(-1, end - 2 - _MAX_TEX_NAME_TOKENS), -1):
        if TEX_OPENER.match(doc[i].text):
            name = doc[i + 1:end - 1]
            return name if len(name) and any(c.isalpha() for c in name.text) and not name[0].is_lower else None
        if doc[i].text in "{}" or doc[i].is_punct and doc[i].text not in HYPHENS:
            return None
    return None


_MAX_TEX_NAME_TOKENS = 6


def defined_dataset_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The names (and their short forms) that an apposition defines as a dataset."""
    ends = {e.end: e for e in ents}
    out = []
    for noun in noun_positions(doc):
        comma = _definition_comma(doc, noun)
        if comma is None:
            continue
        end, short = _short_form_before(doc, comma)
        name = _tex_marked_name(doc, end) or _defined_name(doc, ends, end)
        if name is not None:
            out += [name] + ([short] if short is not None else [])
    return out


def apply_definitions(doc: Doc, ents: list[Span], defined: list[Span], label: str = "Dataset",
                      keep: frozenset[str] = frozenset()) -> list[Span]:
    """Every entity whose text is a defined name takes ``label`` (unless its label is in
    ``keep``: a Model named a method stays a model), and the defining occurrences are tagged
    where no entity is."""
    texts = {span.text for span in defined}
    out = [Span(doc, e.start, e.end, label=label) if e.text in texts and e.label_ not in keep | {label} else e
           for e in ents]
    for span in defined:
        if not any(e.start < span.end and span.start < e.end for e in out):
            out.append(Span(doc, span.start, span.end, label=label))
    return sorted(out, key=lambda e: e.start)
