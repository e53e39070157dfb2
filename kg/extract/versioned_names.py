"""Versioned artefact names kept whole and typed by their family: "Qwen2.5-VL-7B-Instruct",
"Llama-3.1-8B", "GPT-4o-mini", "Gemini 2.5 Pro", "YOLOv8", "ImageNet-1k", "AIME24".

The NER learnt from papers of 2017-19 and has never seen most of today's model families; what
generalises is how the field *writes* versioned artefacts: a family name, a version (``2.5``,
``v8``, ``R1``), then pieces such as a size (``7B``), a modality (``VL``) or a variant
(``Instruct``, ``mini``, ``Pro``). Which families name models and which name datasets is
learned from the 2025 arXiv corpus by ``training/families/build_table.py`` (words after the
names, sizes, lists): ``data/versioned_families.tsv``. A new version of a known family
("Qwen4-14B") is found without any list change; a new family needs the table rebuilt.

A match replaces the entities it overlaps (the NER's "GPT-4 performance" becomes GPT-4), except
that a longer Dataset entity containing a dataset family's name keeps its span ("CIFAR-10
test set").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.family_names import (BARE_PATTERN, FAMILIES_FILE, NAME_PATTERN, O_SERIES, SIZE, SIZE_LETTER, family_key, family_type, read_bare_names,
                             read_families)

# the pattern and the family table live in the neutral core (kg.family_names), re-exported here
__all__ = ["FAMILIES_FILE", "NAME_PATTERN", "apply_versioned_names", "family_key", "family_type", "join_family_names", "read_bare_names",
           "read_families", "bare_name_spans", "sized_model_spans", "versioned_spans", "SIZE"]


def bare_name_spans(text: str, bare: dict[str, str], taken=()) -> list[tuple[int, int, str]]:
    """(start, end, label) of model family names written alone (exact spelling: "Qwen",
    "Gemini"), outside the ``taken`` (start, end) ranges of versioned names."""
    out = []
    for match in BARE_PATTERN.finditer(text):
        label = bare.get(match.group(0))
        if label and not any(s < match.end() and match.start() < e for s, e, *_ in taken):
            out.append((match.start(), match.end(), label))
    return out


# "InfiMed-Foundation-4B", "UI-TARS-72B": a coined name ending in a count of billions of
# parameters, whatever its family (in every 6th paper of 2025, 106 of 629 such names were untagged)
_BILLIONS = re.compile(r"(?<![\w.-])[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?B(?![\w-]|\.\w)")
_DATA_AFTER = re.compile(r"^\s+(?:dataset|corpus|data|images|image-text|pairs|samples|tokens)\b", re.I)
_TRAINED_BEFORE = re.compile(r"(?:trained|training|curated|filtered)\s+(?:on|from)\s+(?:the\s+)?$", re.I)


def sized_model_spans(text: str, taken=()) -> list[tuple[int, int, str]]:
    """(start, end, "Model") of coined names sized in billions of parameters that no family of
    the table names, outside the ``taken`` ranges; not data sized so ("LAION-5B", "DataComp-1B
    dataset", "trained on DataComp-1B")."""
    out = []
    for match in _BILLIONS.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e, *_ in taken) or family_type(match.group(0)) == "Dataset":
            continue
        if _DATA_AFTER.match(text[end:end + 20]) or _TRAINED_BEFORE.search(text[max(0, start - 30):start]):
            continue
        out.append((start, end, "Model"))
    return out


def versioned_spans(text: str, families: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the versioned names of known families in ``text``."""
    out = []
    for match in NAME_PATTERN.finditer(text):
        label = families.get(family_key(match["stem"], match["version"], match["sep"]))
        if label is not None:
            end = match.end()
            while text[end - 1] in ".,;:" and end > match.start():  # "SAM 2." at a sentence's end
                end -= 1
            end += _trailing_plus(text, end)
            out.append((match.start(), end, label))
    out += [(match.start(), match.end(), "Model") for match in O_SERIES.finditer(text)]
    out += [(match.start(), match.end(), "Model") for match in SIZE_LETTER.finditer(text)
            if families.get(match["stem"].lower()) == "Model"]  # "ConvNext-B", "Swin-T"
    return sorted(out)


def _trailing_plus(text: str, end: int) -> int:
    """The length of a "+" or "++" ending the name at ``end`` ("DeepLabv3+": a variant, not
    its base), never of a "+" joining two names ("YOLOv8+SAM")."""
    plus = len(text[end:end + 2]) - len(text[end:end + 2].lstrip("+"))
    return plus if plus and not text[end + plus:end + plus + 1].isalnum() else 0


def join_family_names(text: str, versioned: list, bare: list) -> tuple[list, list]:
    """A family's name right before a versioned name of the same type is one name ("Claude"
    + "Opus 4.6", "Gemini" + "Flash 2.0"): (versioned, bare) with such pairs joined."""
    starts = {start: (end, label) for start, end, label in versioned}
    joined, rest = {}, []
    for start, end, label in bare:
        nxt = starts.get(end + 1)
        if text[end:end + 1] == " " and nxt is not None and nxt[1] == label:
            joined[end + 1] = (start, nxt[0], label)
        else:
            rest.append((start, end, label))
    return [joined.get(start, (start, end, label)) for start, end, label in versioned], rest


def _keeps_own_span(ent, span) -> bool:
    """A Dataset entity around a dataset family's name keeps its span ("CIFAR-10 test set")."""
    return (span.label_ == "Dataset" and ent.label_ == "Dataset"
            and ent.start <= span.start and span.end <= ent.end)


def apply_versioned_names(ents: list, spans: list, bare: list = ()) -> list:
    """Entities after the versioned names ``spans`` (spaCy spans with labels) are put in:
    each replaces what it overlaps, unless a Dataset entity holds it (``_keeps_own_span``).
    A ``bare`` family name only relabels an entity of exactly its span or fills free text:
    inside a longer entity it is a word of another name ("Swin Transformer")."""
    spans = [s for s in spans if not any(_keeps_own_span(e, s) for e in ents)]
    spans += [b for b in bare if not any(e.start <= b.start and b.end <= e.end and (e.start, e.end) != (b.start, b.end)
                                         for e in ents)]
    kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    measures = [m for e in ents if e.label_ == "Metric" for s in spans for m in _measure_after(e, s)]
    return sorted(kept + spans + measures, key=lambda span: span.start)


def _measure_after(ent, span) -> list:
    """ "AIME2025 accuracy" tagged a Metric: the measure after the family's name stays one."""
    if not (ent.start == span.start and span.end < ent.end) or ent.doc[span.end:ent.end].text.lower() not in _MEASURES:
        return []  # not "GPT-4 performance"
    return [Span(ent.doc, span.end, ent.end, label="Metric")]


_MEASURES = frozenset({"accuracy", "top-1 accuracy", "error rate", "f1", "f1 score", "f1-score", "success rate",
                       "pass rate", "win rate", "pass@1", "exact match", "bleu", "auc"})
