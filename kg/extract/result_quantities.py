"""Numbers a sentence states that are no score (kg.extract.result_values asks these): a
cost's bracketed share ("fewer parameters ($9.3\\%$)"), a confidence interval's bounds, an open
bound ("above 90%", "out of 5.00") and the share of data a score was reached with ("with only
1% / 10% labeled data").
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["bracketed_after_a_cost", "in_an_interval", "is_bound", "a_share_of_data", "lower", "MARKUP_OPEN"]

# LaTeX markup around a value says nothing of it: "by \\textbf{7.3\\%} (...)"
MARKUP_OPEN = frozenset({"\\textbf{", "\\textit{", "\\emph{", "\\mathbf{", "\\underline{", "{", "$"})


def lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


_BOUNDS = frozenset({"above", "below", "over", "under", ">", "<", "≥", "≤", "exceeding", "exceeds", "exceed",
                     "\\ge", "\\geq", "\\le", "\\leq", "\\ge$", "\\geq$", "\\le$", "\\leq$", "$\\ge$",
                     "$\\geq$", "$\\le$", "$\\leq$"})
_BOUND_PAIRS = frozenset({("more", "than"), ("less", "than"), ("greater", "than"), ("fewer", "than"),
                          ("at", "least"), ("at", "most"),
                          ("out", "of")})  # "4.26 out of 5.00": the scale's maximum, no score


_BRACKETED_COSTS = frozenset({"parameters", "params", "data", "resources", "compute", "memory", "flops", "gflops",
                              "latency", "time", "tokens", "cost", "costs", "energy", "size"})


def bracketed_after_a_cost(doc: Doc, i: int) -> bool:
    """ "fewer parameters ($9.3\\%$), training data ($0.5\\%$)": a value in brackets after what a
    method costs is that cost's share."""
    j = i - 1
    while j > 0 and doc[j].text in MARKUP_OPEN:
        j -= 1
    return doc[j].text == "(" and j > 0 and doc[j - 1].lower_ in _BRACKETED_COSTS


_INTERVAL_WORDS = frozenset({"ci", "interval", "intervals", "ci:", "hdi", "iqr"})
_INTERVAL_GLUE = frozenset({"[", "(", ":", ",", "=", "-", "–", "—", "to", "$", "\\", "{"})


def in_an_interval(doc: Doc, i: int) -> bool:
    """ "ROC-AUC 0.682, 95% CI [0.546, 0.799]": the bounds of a confidence interval are no scores."""
    j = i - 1
    while j >= max(0, i - 6) and (doc[j].text in _INTERVAL_GLUE or doc[j].like_num):
        j -= 1
    return j >= 0 and j < i - 1 and doc[j].lower_ in _INTERVAL_WORDS


def is_bound(doc: Doc, i: int) -> bool:
    """ "above 90%", "more than 10 points": an open range, no single value."""
    prev, prev2 = lower(doc, i - 1), lower(doc, i - 2)
    return (prev in _BOUNDS and prev2 != "-") or (prev2, prev) in _BOUND_PAIRS  # "->" is an arrow


_DATA_SHARE_WORDS = frozenset({"of", "the", "labeled", "labelled", "annotated", "unlabeled", "unlabelled", "training",
                               "available", "paired", "real", "synthetic", "original"})
_DATA_SHARE_NOUNS = frozenset({"data", "labels", "annotations", "supervision", "dataset", "corpus"})


def a_share_of_data(doc: Doc, i: int) -> bool:
    """ "with only 1% / 10% labeled data", "using 3.9% of the data": how much data a score was
    reached with, from token ``i`` on (past a second share: "1% / 10%")."""
    while lower(doc, i) in ("/", "%", "\\%") or (0 <= i < len(doc) and doc[i].like_num):
        i += 1
    end = i + 3
    while i < min(end, len(doc)) and lower(doc, i) in _DATA_SHARE_WORDS:
        i += 1
    return lower(doc, i) in _DATA_SHARE_NOUNS
