"""Values written joined by slashes, one per measure, variant or dataset that a slashed list
after them names in the same order ("48.7%/51.1%/52.3% mIoU", "2.06/0.32 IS/LPIPS",
"36.89/0.9516 and 30.54/0.8721 PSNR/SSIM", "76.79%/86.87% on A and 64.93%/76.60% on B",
"by 18%/50% on TUM/KITTI"). The tokenizer splits such values (kg.extract.tokenization); the
rules here keep each group together: its measures and datasets pair in order, a group takes
the dataset of its last value, and a whole number after a slash is the scale of the score
before it ("7.2/10").

Pure functions over spaCy tokens; kg.extract.results and kg.extract.result_places call them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from kg.extract.result_names import Name
    from kg.extract.result_values import Value

__all__ = ["a_scale", "slash_groups", "slashed", "slashed_measures", "slashed_places"]

# what may stand between a value and the slash after it: its unit
_UNITS = frozenset({"%", "\\%", "db"})
_SCALES = frozenset({"1", "5", "10", "100"})
_LIST_GLUE = frozenset({",", "and"})


def slashed(a: Token, b: Token) -> bool:
    """``b`` follows ``a`` across one slash, ``a``'s unit aside ("48.7%/51.1%", "35.0 dB/0.95")."""
    return [t.text for t in a.doc[a.i + 1:b.i] if t.lower_ not in _UNITS] == ["/"]


def a_scale(tok: Token) -> bool:
    """ "score: 7.2/10", "40.80/100": a whole number after a value and its slash is its scale."""
    doc, i = tok.doc, tok.i
    return tok.text in _SCALES and i >= 2 and doc[i - 1].text == "/" and not doc[i - 1].whitespace_ \
        and doc[i - 2].like_num and "." in doc[i - 2].text and not (i + 1 < len(doc) and doc[i + 1].text == "%")


def slash_groups(values: list[Value]) -> list[list[Value]]:
    """Runs of two or more values joined by slashes."""
    groups: list[list[Value]] = []
    for v in values:
        if groups and slashed(groups[-1][-1].tok, v.tok):
            groups[-1].append(v)
        else:
            groups.append([v])
    return [g for g in groups if len(g) > 1]


def _past_unit(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].lower_ in _UNITS:
        i += 1
    return i


def _slashed_words(doc: Doc, i: int, n: int) -> list[Span]:
    """The ``n`` parts of the slashed word list written from token ``i`` ("IS/LPIPS",
    "mAP50:95/mAP50"), or none when the words there are not such a list of ``n``."""
    end = i  # up to the first space or a comma, semicolon or bracket glued after the list
    while end < len(doc) and doc[end].text not in (",", ";", ")"):
        end += 1
        if doc[end - 1].whitespace_:
            break
    parts, start = [], i
    for j in range(i, end + 1):
        if j == end or doc[j].text == "/":
            parts.append(Span(doc, start, j, label="Metric") if j > start else None)
            start = j + 1
    if len(parts) != n or any(p is None or not p.text[:1].isalpha() for p in parts):
        return []
    return parts


def slashed_measures(values: list[Value]) -> dict[int, Span]:
    """Each value of a slashed group with the measure in its place in the slashed list after it
    (value token index -> measure); a group followed by "and" and another group of as many
    values takes the list written after that one ("36.89/0.9516 and 30.54/0.8721 PSNR/SSIM")."""
    out: dict[int, Span] = {}
    groups = slash_groups(values)
    for k, group in enumerate(groups):
        for later in groups[k:]:
            doc = later[-1].tok.doc
            measures = _slashed_words(doc, _past_unit(doc, later[-1].tok.i + 1), len(group))
            if measures:
                out.update({v.tok.i: m for v, m in zip(group, measures)})
                break
            if len(later) != len(group) or not _joined_to_next(later, groups):
                break
    return out


def _joined_to_next(group: list[Value], groups: list[list[Value]]) -> bool:
    following = [g for g in groups if g[0].tok.i > group[-1].tok.i]
    if not following:
        return False
    doc = group[-1].tok.doc
    between = doc[_past_unit(doc, group[-1].tok.i + 1):following[0][0].tok.i]
    return 0 < len(between) <= 2 and all(t.lower_ in _LIST_GLUE for t in between)


def slashed_places(values: list[Value], own: dict[int, Name | None], ents: list[Span]) -> dict[int, Name | Span]:
    """The dataset of each value of a slashed group: the one in its place in a slashed list of
    datasets after "on" ("by 18%/50% on TUM/KITTI"), else the place its last value has ("76.79%/
    86.87% on the A dataset and 64.93%/76.60% on the B dataset": 64.93 is B's)."""
    out: dict[int, Name | Span] = {}
    data = [e for e in ents if e.label_ == "Dataset"]
    for group in slash_groups(values):
        doc = group[-1].tok.doc
        i = _past_unit(doc, group[-1].tok.i + 1)
        i += i < len(doc) and doc[i].lower_ in ("on", "for", "in")
        i += i < len(doc) and doc[i].lower_ == "the"
        names = [_dataset_in(p, data, ents) for p in _slashed_words(doc, i, len(group))]
        if names and all(names):
            out.update({v.tok.i: n for v, n in zip(group, names)})
        elif own.get(group[-1].tok.i) is not None:
            out.update({v.tok.i: own[group[-1].tok.i] for v in group if own.get(v.tok.i) is None})
    return out


def _dataset_in(part: Span, data: list[Span], ents: list[Span]) -> Span | None:
    """The part of a slashed list as a dataset: itself, when a tagged dataset covers it or no
    entity does and it is written as a name ("on TUM/KITTI")."""
    covered = [e for e in ents if e.start < part.end and part.start < e.end]
    named = part.text[:1].isupper() or any(c.isdigit() for c in part.text)
    if any(d.start <= part.start and part.end <= d.end for d in data) or (not covered and named):
        return Span(part.doc, part.start, part.end, label="Dataset")
    return None
