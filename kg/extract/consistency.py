"""One name, one reading per paper: repeat a found entity wherever its name recurs.

In the gold data a string tagged once in a paper is tagged at nearly every other place it
occurs there (about 92% of occurrences on the training part; most of the rest sit inside a
longer entity). The NER, seeing a few words of context, misses some of those repeats; this
step adds them. It only adds spans on free tokens, never relabels or cuts a found entity.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

__all__ = ["entity_names", "repeat_names"]


def entity_names(ents: list[Span], min_chars: int = 2) -> dict[str, str]:
    """Entity text -> its majority label among ``ents`` (ties: the first seen)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        if len(ent.text) >= min_chars and any(c.isalpha() for c in ent.text):
            counts[ent.text][ent.label_] += 1
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


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
