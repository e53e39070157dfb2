"""The type a mention's head word implies, learned from the training part of the gold files.

The NER often has the span right and the type wrong: "3D CNNs" as a Task, "imitation learning
task" as a Method. In the gold data the last word of a mention says a lot about its type:
mentions ending in "networks" are Methods, in "recognition" Tasks, in "rate" Metrics, nearly
without exception. ``head_type_table`` keeps the head words that are frequent (``min_count``
gold mentions) and pure (``min_purity`` of them of one type) among Method, Task and Metric;
``retype_by_head`` gives an entity of one of those types its head's type. Datasets are left
to the NER and the known-names list: their heads ("dataset", "benchmark") are the same words
annotators also use inside Task names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Span

__all__ = ["HEAD_TYPES", "head_word", "head_type_table", "retype_by_head"]

HEAD_TYPES = ("Method", "Task", "Metric")


def head_word(tokens) -> str | None:
    """Lower-cased last non-punctuation token of a span or token sequence."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return words[-1].lower_ if words else None


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


def retype_by_head(ents: list[Span], table: dict[str, str]) -> list[Span]:
    """Entities typed Method/Task/Metric take their head word's type from ``table``."""
    out = []
    for ent in ents:
        label = table.get(head_word(ent) or "") if ent.label_ in HEAD_TYPES else None
        out.append(ent if label in (None, ent.label_) else Span(ent.doc, ent.start, ent.end, label=label))
    return out
