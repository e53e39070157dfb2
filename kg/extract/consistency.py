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

__all__ = ["entity_names", "name_counts", "majority", "unify_labels", "repeat_names"]


def name_counts(ents: list[Span], min_chars: int = 2) -> dict[str, Counter]:
    """Entity text -> how often it got each label (names without letters are skipped)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        if len(ent.text) >= min_chars and any(c.isalpha() for c in ent.text):
            counts[ent.text][ent.label_] += 1
    return dict(counts)


def majority(counts: dict[str, Counter]) -> dict[str, str]:
    """Name -> its most frequent label (ties: the label seen first)."""
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


def entity_names(ents: list[Span], min_chars: int = 2) -> dict[str, str]:
    """Entity text -> its majority label among ``ents``."""
    return majority(name_counts(ents, min_chars))


def unify_labels(ents: list[Span], names: dict[str, str]) -> list[Span]:
    """Each entity relabelled with its name's label in ``names`` (others unchanged)."""
    out = []
    for ent in ents:
        label = names.get(ent.text, ent.label_)
        out.append(ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label=label))
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
    # one pass: alternatives longest first, so at each place the longest name wins
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    for m in re.finditer(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(taken[span.start:span.end]):
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        out.append(Span(doc, span.start, span.end, label=names[m.group(0)]))
    out.sort(key=lambda s: s.start)
    return out
