"""Well-known datasets, metrics, tasks and methods: a type the NER cannot know from a few words.

The NER reads "results on KITTI and LFW" and, never having seen either name in training,
often calls them methods; it misses "MCTS" or "RNNs" it never saw. The field's benchmark
and method names are public knowledge, so kg ships a list of them (``data/known_names.tsv``,
written by us, not taken from the gold files) and lets an exact, case-sensitive match
decide the type:

* an NER entity on exactly the same span takes the known type;
* a match with no entity over it becomes an entity;
* an NER entity that is only a piece of the match ("FACE" in "WIDER FACE") gives way to it;
* an NER entity that contains the match ("ImageNet classification") or crosses it is kept:
  the longer reading is usually what annotators tag; except a list of known names and
  nothing else ("MMLU and TruthfulQA"), or two of different types side by side ("ImageNet
  top-1 accuracy"), which is split into them.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from spacy.tokens import Doc, Span

from kg.extract.joined_names import glued, join_hyphenated

__all__ = ["KNOWN_NAMES_FILE", "read_known_names", "name_labels", "apply_known_names", "known_name_matches"]

KNOWN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "known_names.tsv"


def read_known_names(path: str | Path = KNOWN_NAMES_FILE) -> list[tuple[str, str]]:
    """(label, name) pairs of the list, in file order; ``#`` lines are comments."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, name = line.split("\t")
            out.append((label.strip(), name.strip()))
    return out


def name_labels(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Name -> label, with a capitalised twin of every lower-case name ("Neural machine
    translation" opening a sentence; not "iNaturalist"); a name listed in both forms keeps
    its own label."""
    labels = {name: label for label, name in pairs}
    for label, name in pairs:
        if name[:1].islower() and not any(c.isupper() for c in name[1:]):
            labels.setdefault(name[0].upper() + name[1:], label)
    return labels


def _decide(match: Span, overlapping: list[Span]) -> tuple[list[Span], Span | None]:
    """(entities to drop, span to add) for one known-name match."""
    if not overlapping:
        return [], match
    if any(e.start == match.start and e.end == match.end for e in overlapping):
        return overlapping, match
    if all(match.start <= e.start and e.end <= match.end for e in overlapping):
        return overlapping, match
    return [], None


_LIST_GLUE = frozenset({",", "and", "or", "&", "/"})


def _is_list_of(ent: Span, inside: list[Span]) -> bool:
    """True when ``ent`` is two or more of the ``inside`` spans joined by commas, "and", "or"
    ("MMLU and TruthfulQA"), or side by side when their types differ ("ImageNet top-1
    accuracy": a dataset and a metric, no one name)."""
    covered = {i for m in inside for i in range(m.start, m.end)}
    if len(inside) < 2 or not all(t.i in covered or t.lower_ in _LIST_GLUE for t in ent):
        return False
    return len(covered) < len(ent) or len({m.label_ for m in inside}) > 1


def _split_lists(ents: list[Span], matches: list[Span]) -> list[Span]:
    by_start = sorted(matches, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    out = []
    for ent in ents:
        first, last = bisect.bisect_left(starts, ent.start), bisect.bisect_left(starts, ent.end)
        inside = [m for m in by_start[first:last] if m.end <= ent.end]
        if not _is_list_of(ent, inside):
            out.append(ent)
    return out


def apply_known_names(ents: list[Span], matches: list[Span]) -> list[Span]:
    """``ents`` after the known-name matches (longest first, non-overlapping) are applied.

    The entities are indexed by token, so a long document with thousands of matches costs
    time in proportion to its matches, not to matches times entities."""
    kept = {(e.start, e.end): e for e in _split_lists(ents, matches)}
    owner = {i: key for key in kept for i in range(*key)}
    taken: set[int] = set()
    for match in sorted(matches, key=lambda s: (-(s.end - s.start), s.start)):
        tokens = range(match.start, match.end)
        if not taken.isdisjoint(tokens):
            continue
        keys = list(dict.fromkeys(owner[i] for i in tokens if i in owner))
        drop, add = _decide(match, [kept[key] for key in keys])
        if add is None:
            continue
        for ent in drop:
            del kept[(ent.start, ent.end)]
            for i in range(ent.start, ent.end):
                owner.pop(i, None)
        kept[(add.start, add.end)] = add
        owner.update((i, (add.start, add.end)) for i in tokens)
        taken.update(tokens)
    return sorted(kept.values(), key=lambda s: s.start)


def known_name_matches(doc: Doc, matcher, labels: dict[str, str]) -> list[Span]:
    """Matches of a PhraseMatcher whose match ids are the names, as labelled spans."""
    out = []
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        span = Span(doc, start, end, label=labels[name])
        if name in _MASKED_AUTOENCODER and join_hyphenated(span).start < start:
            continue  # "Point-MAE", "CAV-MAE", "ViT-MAE": a masked autoencoder, no error measure
        # a name written with an inner capital or a digit is part of the hyphenated name around it
        # ("Tiny-ImageNet"); a common word is not ("Accuracy" of "High-Accuracy"), but a phrase
        # starting inside a hyphenated word names the whole word's thing ("text-to-image generation")
        out.append(join_hyphenated(span) if _name_shaped(name) else _whole_first_word(span) if " " in name else span)
    return out


# a measure's short form that, written after a hyphenated prefix, names a model: "X-MAE" is a
# masked autoencoder in nearly all of the about 70 such words of the 2025 corpus (CAV-MAE, ViT-MAE, Point-MAE)
_MASKED_AUTOENCODER = frozenset({"MAE"})


def _whole_first_word(span: Span) -> Span:
    """``span`` widened to the start of the hyphenated word its first token ends: "image
    generation" of "text-to-image generation", "supervised learning" of "self-supervised learning"."""
    doc, start = span.doc, span.start
    while start >= 2 and glued(doc, start - 2, start):
        start -= 2
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _name_shaped(name: str) -> bool:
    return any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name)
