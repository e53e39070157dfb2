"""One name, one reading per paper: the same label everywhere, and every occurrence tagged.

In the gold data a string tagged once in a paper is tagged at nearly every other place it
occurs there (about 92% of occurrences on the training part; most of the rest sit inside a
longer entity), and with the same type (6 of 1596 SciREX names per paper have two types).
The NER, seeing a few words of context, misses some repeats and types others differently;
this step gives every occurrence of a name the name's majority label in the paper and tags
its free occurrences. It never cuts or moves a found span.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from kg.extract.own_data import WE_PRESENT
from kg.extract.spans import doc_text, span_text

__all__ = ["entity_names", "name_counts", "name_occurrences", "majority", "number_twin", "unify_labels",
           "repeat_names", "dataset_stems", "with_number_twins", "with_variant_twins"]


def name_counts(ents: list[Span], min_chars: int = 2) -> dict[str, Counter]:
    """Entity text -> how often it got each label (names without letters are skipped)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        text = span_text(ent)
        if len(text) >= min_chars and any(c.isalpha() for c in text):
            counts[text][ent.label_] += 1
    return dict(counts)


def majority(counts: dict[str, Counter]) -> dict[str, str]:
    """Name -> its most frequent label (ties: the label seen first)."""
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


def entity_names(ents: list[Span], min_chars: int = 2) -> dict[str, str]:
    """Entity text -> its majority label among ``ents``."""
    return majority(name_counts(ents, min_chars))


def _is_coined(name: str) -> bool:
    return any(ch.isupper() for ch in name[1:]) or any(ch.isdigit() for ch in name)


def number_twin(name: str) -> str | None:
    """The plural of a name ("CNN" -> "CNNs") or the singular of a plural ("ReasoNets" ->
    "ReasoNet"); None where neither is safe to form (short names, a final capital S)."""
    if name.endswith("s") and len(name) > 3:
        return name[:-1]
    if name[-1].isalnum() and not name.endswith(("s", "S")):
        return name + "s"
    return None


def with_number_twins(names: dict[str, str]) -> dict[str, str]:
    """``names`` plus the plural of each coined name and the singular of each coined plural
    ("ReasoNet" and "ReasoNets", "CNN" and "CNNs"), with the same label. Coined names only
    (a capital after the first letter, or a digit): in the training parts of both gold files
    59 of 65 such twins outside longer mentions are gold mentions of the name's type;
    ordinary words ("features") are much less reliable."""
    out = dict(names)
    for name, label in names.items():
        twin = number_twin(name) if _is_coined(name) else None
        if twin is not None and twin not in out:
            out[twin] = label
    return out


def with_variant_twins(names: dict[str, str], text: str) -> dict[str, str]:
    """``names`` plus the "+" and "++" variants the text writes of each coined name, with the
    same label ("WINO" and "WINO+", "SSR" and "SSR++", "RefCOCO" and "RefCOCO+"): 908 abstracts
    of 2025 name such a variant, and the NER, which never saw the mark, left it untagged where
    its base was a method or data (a variant's result then went to the base), or gave it
    another type ("WINO+" a dataset beside the method WINO)."""
    if "+" not in text:
        return names
    out = dict(names)
    for name, label in names.items():
        if not _is_coined(name):
            continue
        for variant in (name + "+", name + "++"):
            if _written(text, variant):
                out[variant] = label  # also over the NER's own type for it ("WINO+" a dataset)
    return out


def _written(text: str, variant: str) -> bool:
    """``variant`` stands in ``text`` as a whole name ("SZR+" is not written in "SZR++")."""
    start = text.find(variant)
    while start >= 0:
        after = text[start + len(variant):start + len(variant) + 1]
        if not after or not (after.isalnum() or after == "+"):
            return True
        start = text.find(variant, start + 1)
    return False


def dataset_stems(ents: list[Span], names: dict[str, str]) -> dict[str, str]:
    """The coined stem of each dataset named with its kind noun, as a Dataset name ("the ERA5
    dataset" tagged, "When ERA5 is used as a reference, ... 0.438 m" is on it too); not a kind
    of data ("a large-scale OOD dataset"), a stem the paper tags otherwise, nor the system it
    presents ("we present OccSim", whose output is "the OccSim dataset")."""
    out = {}
    for ent in ents:
        stem, _, noun = span_text(ent).rpartition(" ")
        if ent.label_ == "Dataset" and noun.lower() in _KIND_NOUNS and _is_coined(stem) and " " not in stem \
                and len(stem) >= 4 and stem[0].isalpha() and stem not in names and not _indefinite(ent) \
                and not _presented(ent.doc, stem):  # not "ToM", "ALS", "300k+": a concept's or a count's
            out[stem] = "Dataset"
    return out


def _presented(doc: Doc, stem: str) -> bool:
    return re.search(WE_PRESENT + re.escape(stem) + r"\b", doc_text(doc)) is not None


def _indefinite(ent: Span) -> bool:
    i = ent.start - 1
    while i >= 0 and (ent.doc[i].is_lower or ent.doc[i].text == "-") and ent.doc[i].lower_ not in ("a", "an"):
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in ("a", "an")


_KIND_NOUNS = frozenset({"dataset", "benchmark", "corpus", "database"})


def unify_labels(ents: list[Span], names: dict[str, str]) -> list[Span]:
    """Each entity relabelled with its name's label in ``names`` (others unchanged)."""
    out = []
    for ent in ents:
        label = names.get(span_text(ent), ent.label_)
        out.append(ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label=label))
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _fold(text: str) -> str:
    """Lower case, hyphens as spaces, same length (so offsets hold): "Set-to-Set Recognition"
    and "set to set recognition" fold alike."""
    folded = text.lower().replace("-", " ")
    return folded if len(folded) == len(text) else text


def name_occurrences(text: str, names) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word occurrences of the names, left to right, the longest
    name winning where several start at the same place (str.find, no regex: the names
    change with every doc, so a compiled pattern would never be reused). Names of several
    words also match with other case and hyphens ("set-to-set recognition"); one-word names
    only as written ("Attention" is not "attention")."""
    found = []
    folded_text = None
    for name in names:
        haystack, needle = text, name
        if " " in name.strip() or "-" in name:
            folded_text = _fold(text) if folded_text is None else folded_text
            haystack, needle = folded_text, _fold(name)
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(name)
            if (start == 0 or not _is_word_char(text[start - 1])) and \
                    (end == len(text) or not _is_word_char(text[end])):
                found.append((start, end, name))
            start = haystack.find(needle, start + 1)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    out, last_end = [], -1
    for start, end, name in found:
        if start >= last_end:
            out.append((start, end, name))
            last_end = end
    return out


def repeat_names(doc: Doc, ents: list[Span], names: dict[str, str]) -> list[Span]:
    """``ents`` plus every free, token-aligned occurrence of a name in ``names``.

    At each place the longest name wins, so "Fast R-CNN" beats the "R-CNN" inside it.
    """
    if not names:
        return list(ents)
    taken = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
    out = list(ents)
    for start, end, name in name_occurrences(doc_text(doc), names):
        span = doc.char_span(start, end)
        if span is None or any(taken[span.start:span.end]):
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        out.append(Span(doc, span.start, span.end, label=names[name]))
    out.sort(key=lambda s: s.start)
    return out
