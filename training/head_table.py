"""The head-word table of the ``head_types`` component, learned from the training part of the
gold files (``kg train`` stores it in the model; ``kg.extract.head_types`` applies it at run
time). Kept here because only training computes it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.language import Language

from kg.extract.head_types import HEAD_TYPES, head_word

__all__ = ["head_type_table"]


def head_type_table(records: Iterable[dict], nlp: Language, min_count: int = 5,
                    min_purity: float = 0.85) -> dict[str, str]:
    """Head word -> type, for heads frequent and pure enough in the records' gold mentions."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        for ent in rec["entities"]:
            if ent["type"] in HEAD_TYPES or ent["type"] == "Dataset":
                head = head_word(nlp.make_doc(ent["text"]))
                if head is not None:
                    counts[head][ent["type"]] += 1
    table = {}
    for head, by_type in sorted(counts.items()):
        label, n = by_type.most_common(1)[0]
        total = sum(by_type.values())
        if label in HEAD_TYPES and total >= min_count and n / total >= min_purity:
            table[head] = label
    return table
