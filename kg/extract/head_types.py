"""The type a mention's head word implies, learned from the training part of the gold files.

The NER often has the span right and the type wrong: "3D CNNs" as a Task, "imitation learning
task" as a Method. In the gold data the last word of a mention says a lot about its type:
mentions ending in "networks" are Methods, in "recognition" Tasks, in "rate" Metrics, nearly
without exception. At training time ``training.head_table`` keeps the head words that are
frequent and pure among Method, Task and Metric (the table is stored in the model);
``retype_by_head`` gives an entity of one of those types its head's type. Datasets are mostly
left to the NER and the known-names list: their heads ("dataset", "benchmark") are the same
words annotators also use inside Task names; only a Method or Model the NER ended in one such
noun is taken for the dataset it names.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.dataset_context import ONE_DATASET_NOUNS

__all__ = ["HEAD_TYPES", "head_word", "retype_by_head"]

HEAD_TYPES = ("Method", "Task", "Metric")


def head_word(tokens) -> str | None:
    """Lower-cased last non-punctuation token of a span or token sequence."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return words[-1].lower_ if words else None


# "retrieval-augmented generation", "classifier-guided sampling": a way of doing a task, not the
# task (not "-based": the gold calls "keypoint-based detection" a task)
_TECHNIQUE = re.compile(r"^[\w-]+-(?:augmented|guided)\s+\w+$", re.IGNORECASE)


# heads that end only a measure's name (not "recall" or "precision": "factual recall", "mixed
# precision"; not "score": "SCoRe" names a method)
_MEASURE_HEADS = frozenset({"f1", "auc", "auroc", "auprc", "accuracy", "accuracies", "miou", "bleu", "kappa"})


def _named(ent: Span) -> bool:
    """A word of the span holds a capital or a digit: a name, not "a real-world drone-view dataset"."""
    return any(not t.is_lower and any(c.isupper() or c.isdigit() for c in t.text) for t in ent[:-1])


def retype_by_head(ents: list[Span], table: dict[str, str]) -> list[Span]:
    """Entities typed Method/Task/Metric take their head word's type from ``table``; one of
    several words ending in a measure's head (or in "metric") is a Metric; a Task written as a technique of a
    task ("Retrieval-Augmented Generation") is a Method; a Method or Model ending in one dataset's
    noun is a Dataset."""
    out = []
    for ent in ents:
        head = head_word(ent) or ""
        label = table.get(head) if ent.label_ in HEAD_TYPES else None
        if ent.label_ in ("Method", "Model", "Task") and len(ent) > 1 and head in _MEASURE_HEADS:
            label = "Metric"  # "per-class F1", "image-level AUROC", "Quadratic Weighted Kappa" (as a Model)
        if ent.label_ != "Metric" and len(ent) > 1 and head in ("metric", "metrics"):
            label = "Metric"  # "the MedCPT metric": whatever the NER called it
        if ent.label_ == "Task" and _TECHNIQUE.match(ent.text):
            label = "Method"
        if ent.label_ in ("Method", "Model") and len(ent) > 1 and head in ONE_DATASET_NOUNS and _named(ent):
            # "a full-page HDR dataset (FPHDR)" as a Model (not the plural: "text-to-SQL benchmarks" are a
            # task's data); in the gold files 469 spans so ended are Datasets, 3 Methods
            label = "Dataset"
        out.append(ent if label in (None, ent.label_) else Span(ent.doc, ent.start, ent.end, label=label))
    return out
