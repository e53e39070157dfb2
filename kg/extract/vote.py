"""Several NER models vote on each span; a span stays when enough of them found it.

The NER is trained on about 400 abstracts, so two runs that differ only in their random
seed disagree on many spans, and each run's mistakes are partly its own. Keeping the spans
(start, end, label) that most runs predict exactly removes much of that noise: on our
validation part a majority of three seeds scores higher than any one of them. Overlapping
winners are resolved by votes, then length, then position.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

__all__ = ["SpanKey", "span_keys", "majority_spans", "voted_entities"]

SpanKey = tuple[int, int, str]  # token start, token end, label


def span_keys(spans: Iterable[Span]) -> list[SpanKey]:
    return [(s.start, s.end, s.label_) for s in spans]


def majority_spans(votes: list[list[SpanKey]], min_votes: int) -> list[SpanKey]:
    """The non-overlapping spans found by at least ``min_votes`` of the voters."""
    counts = Counter(key for voter in votes for key in set(voter))
    ranked = sorted((k for k, n in counts.items() if n >= min_votes),
                    key=lambda k: (-counts[k], -(k[1] - k[0]), k[0], k[2]))
    taken: set[int] = set()
    out = []
    for start, end, label in ranked:
        if taken.isdisjoint(range(start, end)):
            out.append((start, end, label))
            taken.update(range(start, end))
    return sorted(out)


def voted_entities(doc: Doc, votes: list[list[SpanKey]], min_votes: int) -> list[Span]:
    return [Span(doc, s, e, label=label) for s, e, label in majority_spans(votes, min_votes)]
