"""A value whose own place, written right after it, has no name: "30% on a customized
simulation benchmark", "19% on mathematical reasoning". Such a value does not take the place of
a sibling value ("8% on CALVIN, 15% on LIBERO, and 30% on a customized simulation benchmark":
30% is not LIBERO's; "by 10% on STEM and 19% on mathematical reasoning": 19% is not STEM's).
It may still take data named apart from the values: an unnamed place is often a part of it
("Evaluated on ToolQA, SEER improves ... 4.7% on hard questions"; "images from the ISIC
database ... 94% on a dataset of 560 images").

Pure functions over spaCy tokens; kg.extract.result_places asks before it gives a value the
nearest dataset.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.result_values import Value

__all__ = ["averaged_value", "unnamed_place"]

# "on a new benchmark", "on an in-house dataset": nouns of data written without a name
_DATA_NOUNS = frozenset({"benchmark", "benchmarks", "dataset", "datasets", "corpus", "cohort", "collection",
                         "database", "testbed", "suite"})
# "on mathematical reasoning", "on open-ended question answering": a task written in common words
_TASK_HEADS = frozenset({"reasoning", "classification", "detection", "segmentation", "generation", "recognition",
                         "retrieval", "translation", "summarization", "understanding", "answering", "prediction",
                         "tasks", "problems", "questions"})
_CLAUSE_GLUE = frozenset({"and", "or", "while", "whereas", "with", "compared", "over", "than", "respectively"})
_MAX_WORDS = 5


def unnamed_place(value: Value, ents: list[Span]) -> bool:
    """A place without a name follows the value after "on": an indefinite data noun or a task in
    lower-case words, no tagged dataset among them."""
    doc = value.tok.doc
    i = value.tok.i + 1
    while i < len(doc) and doc[i].text in ("%", "\\%"):
        i += 1
    i = next((e.end for e in ents if e.label_ == "Metric" and e.start == i), i)  # "98.3% mAP@50 on an ..."
    if i + 1 >= len(doc) or doc[i].lower_ != "on":
        return False
    data = [e for e in ents if e.label_ == "Dataset"]
    if doc[i + 1].lower_ in ("a", "an"):
        return _indefinite_data(doc, i + 2, data)
    return _common_task(doc, i + 1, data)


def _indefinite_data(doc: Doc, start: int, data: list[Span]) -> bool:
    """ "a customized simulation benchmark": up to five words to a data noun, none of them data."""
    for k in range(start, min(start + _MAX_WORDS + 1, len(doc))):
        if any(e.start <= k < e.end for e in data) or (doc[k].is_punct and doc[k].text != "-"):
            return False
        if doc[k].lower_ in _DATA_NOUNS:
            return True
    return False


def _common_task(doc: Doc, start: int, data: list[Span]) -> bool:
    """ "mathematical reasoning" and then the clause or list goes on: lower-case words ending in
    a task's head noun."""
    end = start
    while end < len(doc) and end - start < _MAX_WORDS and doc[end].lower_ not in _CLAUSE_GLUE and (
            doc[end].text == "-" or (doc[end].is_alpha and doc[end].is_lower)):
        end += 1
    if end == start or doc[end - 1].lower_ not in _TASK_HEADS or any(start <= e.start < end for e in data):
        return False
    return end >= len(doc) or doc[end].is_punct or doc[end].lower_ in _CLAUSE_GLUE


_AVERAGES = frozenset({"average", "averaged", "mean", "overall"})


def averaged_value(value: Value) -> bool:
    """ "Experiments on six benchmarks show ... an average improvement of 28.36% in F1 score, with
    up to 37.01% gain on DarkFace": a value averaged ("average ... of", at most two words between)
    over the several data the sentence names (kg.extract.result_places asks) is not the place of
    a sibling value named after it."""
    doc, i = value.tok.doc, value.tok.i
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    return any(doc[k].lower_ in _AVERAGES for k in range(max(0, i - 4), i - 1))
