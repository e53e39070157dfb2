"""Whether a value is a change rather than a score reached (kg.extract.result_values): a "by" or a
verb of change before it ("improves BLEU by 1.1", "improving 2.89%"), a change noun before or
after it ("a drop of 4%", "0.5% accuracy improvement"), points of a compared measure ("3.2 BLEU
points better"), "up to" after a change noun ("gains of up to 3.1"), or a percentage opening the
bracket that exemplifies a change ("improvement (e.g., 28% on BBH ...)").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.result_lists import CHANGE_AFTER, CHANGE_NOUNS, CHANGE_VERBS
from kg.extract.result_quantities import MARKUP_OPEN, before_hedges

__all__ = ["DELTA_BEFORE", "POINT_WORDS", "VERSUS", "after_up_to_improvement", "change_named_after",
           "delta_cue_before", "hyphenated_points_change", "lower_at", "points_of_a_measure",
           "relative_change_bracket_end"]

DELTA_BEFORE = frozenset({"by", "+", "gain", "gains", "improvement", "improvements", "margin", "margins"})
POINT_WORDS = frozenset({"point", "points", "pp", "pts"})
# "0.92 vs. 0.91"; "vs.\\ " is TeX's space after a period
VERSUS = frozenset({"vs", "vs.", "vs.\\", "versus", "v.s.", "v.s"})  # "(37.4% v.s. 33.6% on mAP)"
_CHANGE_NOUNS = frozenset({"drop", "drops", "reduction", "reductions", "increase", "increases", "decrease",
                           "decreases", "degradation", "degradations"})  # "minor degradations of up to 5.56%"


def lower_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


_POINTS_CHANGES = CHANGE_NOUNS | {"margin", "lead", "jump"}


def hyphenated_points_change(doc: Doc, i: int) -> bool:
    """ "a 3.27-point improvement", "a 10.4-point absolute gain", "a 4-percentage-point drop":
    points written joined to their value are a change when a change noun follows within a few
    words (not "a 5-point Likert scale", "a 34.9-point gap between open and closed models")."""
    j = i + 1
    if lower_at(doc, j) == "-" and lower_at(doc, j + 1) == "percentage":
        j += 2
    if lower_at(doc, j) != "-" or lower_at(doc, j + 1) not in POINT_WORDS:
        return False
    for t in doc[j + 2:j + 6]:
        if t.lower_ in _POINTS_CHANGES:
            return True
        if t.is_punct or t.lower_ in ("scale", "gap", "on", "in", "over"):
            return False
    return False


def points_of_a_measure(doc: Doc, i: int, ents: list[Span]) -> bool:
    """ "3.2 BLEU points better", "outperforms the baseline up to 2 Dice points": points of the
    measure after the value, compared, are a change ("we obtain 31.2 BLEU points" is a score)."""
    metric = next((e for e in ents if e.label_ == "Metric" and e.start == i), None)
    if metric is None:
        return False
    end = metric.end + (lower_at(doc, metric.end) in POINT_WORDS)
    if metric[-1].lower_ not in POINT_WORDS and end == metric.end:
        return False
    value = i - 1 - (lower_at(doc, i - 1) in ("%", "\\%"))
    return lower_at(doc, end) in CHANGE_AFTER or (lower_at(doc, value - 1), lower_at(doc, value - 2)) == ("to", "up")


def delta_cue_before(doc: Doc, i: int) -> bool:
    """ "by 1.1", "by nearly 15", "by an average of 2.3": a change's "by", hedges skipped; "improving
    2.89%"."""
    j = before_hedges(doc, i)
    if j > 0 and _TOP_K.fullmatch(doc[j].text):
        j = before_hedges(doc, j)  # "improve the baseline by Top-1 2.9%": the measure between
    return (lower_at(doc, j) in DELTA_BEFORE or lower_at(doc, i - 1) in CHANGE_VERBS | _LOSING or _a_change_of(doc, j)
            or _example_of_a_change(doc, i) or _changes_listed(doc, j, i))


_LOSING = frozenset({"losing", "loses", "lost", "gaining", "gained"})  # "SINet-v2 losing 18.5 Dice points"


def _changes_listed(doc: Doc, j: int, i: int) -> bool:
    """ "yields consistent gains: 9.4% on MedQA": the values a change noun announces with a colon,
    each placed right after (not "gains: 49.6% recall@1 on BRIGHT (+21.8 pp ...)", a score with
    its measure, its gain bracketed after it)."""
    after = i + 1 + (lower_at(doc, i + 1) in ("%", "\\%"))
    return (lower_at(doc, j) == ":" and _announced_by_a_change(doc, j)
            and lower_at(doc, after) in ("on", "in", "across", "for"))


def _announced_by_a_change(doc: Doc, colon: int) -> bool:
    """The clause a colon ends names a change ("gains:", "relative improvements on this benchmark over
    the base model without any task-specific fine-tuning:"), no value or clause break after it."""
    for k in range(colon - 1, max(-1, colon - 24), -1):
        word = doc[k].lower_
        if word in DELTA_BEFORE - {"by", "+"} or word in _CHANGE_NOUNS:
            return True
        if doc[k].like_num or word in (",", ";", ":", "(", ")") or doc[k].is_sent_start:
            return False
    return False


_TOP_K = re.compile(r"[Tt]op-?\d+")
_EXAMPLE_CUES = frozenset({"e.g.", "e.g", "i.e.", "i.e", "eg", ","})


def _example_of_a_change(doc: Doc, i: int) -> bool:
    """ "a significant improvement (e.g., 28% on BBH compared to EvoPrompt)": a percentage opening
    the bracket that exemplifies a change is a change (not "(e.g., 45.3 vs 26.7 F1 score)", two
    scores set side by side, nor "gains (e.g., 0.708 BLEU-4)", a score)."""
    j = i - 1
    while j > 0 and doc[j].lower_ in _EXAMPLE_CUES:
        j -= 1
    if j == i - 1 or j <= 0 or doc[j].text != "(" or not (doc[j - 1].lower_ in DELTA_BEFORE
                                                          or doc[j - 1].lower_ in CHANGE_NOUNS):
        return False
    after = doc[i + 1:i + 4]
    return any(t.text in ("%", "\\%") for t in after[:1]) and not any(t.lower_ in VERSUS for t in after)


def _a_change_of(doc: Doc, j: int) -> bool:
    """ "a drop of 4%" (the hedges skipped "of"), "the maximum drop reaching 49.89%", "a loss of
    accuracy of 1.7%": the size of a change named just before."""
    if lower_at(doc, j) in _REACHING:
        j -= 1
    elif lower_at(doc, j - 1) == "of" and doc[j].is_alpha:
        j -= 2  # "loss of accuracy of"
    # "a drop of", not "increases to about 74%" (the value reached; the hedges skipped its "to")
    return ((lower_at(doc, j) in _CHANGE_NOUNS_BEFORE and lower_at(doc, j + 1) in _REACHING | {"of"})
            or _change_in(doc, j) or _change_of_a_measure(doc, j))


def _change_of_a_measure(doc: Doc, j: int) -> bool:
    """ "improvements of average root mean square errors up to 22.94%": a change noun, "of", then
    the measure's words (no stop word among them) right before the value's hedges."""
    k = j
    while k > max(0, j - 6) and doc[k].is_alpha and not doc[k].is_stop:
        k -= 1
    return k < j and lower_at(doc, k) == "of" and lower_at(doc, k - 1) in _CHANGE_NOUNS_BEFORE | CHANGE_NOUNS


def _change_in(doc: Doc, j: int) -> bool:
    """ "relative reductions in the named entity character error rate of 17.96%": a change in a
    measure, the measure's words between."""
    k = j
    while k > max(0, j - 8) and doc[k].is_alpha and doc[k].lower_ != "in":
        k -= 1
    return (k < j and lower_at(doc, k) == "in" and lower_at(doc, j + 1) == "of"
            and lower_at(doc, k - 1) in _CHANGE_NOUNS_BEFORE | {"improvement", "improvements", "gain", "gains"})


_REACHING = frozenset({"reaching", "reached", "reaches", "at"})
_CHANGE_NOUNS_BEFORE = frozenset({"drop", "loss", "losses", "decline", "degradation", "decrease", "increase",
                                  "reduction", "reductions", "boost", "uplift", "advantage", "margin",
                                  "gap"})  # "a performance gap of 18.1% persists between ..."


def change_named_after(doc: Doc, i: int) -> bool:
    """ "0.5% accuracy improvement", "40% task success rate improvement": up to four words (no
    stop word, number or punctuation) from token ``i`` on, then a change noun; a bracketed
    measure may stand between ("a 15 dB (PSNR) / 0.65 (MS-SSIM) increase")."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    for j in range(i, min(i + 4, len(doc))):
        word = doc[j]
        if word.lower_ in CHANGE_NOUNS:
            return True
        if j > i and word.lower_ == "and" and lower_at(doc, j + 1)[:1].isdigit():
            return _measured_change_after(doc, j + 1)
        if (word.is_punct and not _glue_hyphen(doc, j)) or word.like_num or word.is_stop:
            return False  # "9.87% macro-F1 improvement": a hyphen inside the measure's name goes on
    return False


def _glue_hyphen(doc: Doc, j: int) -> bool:
    return doc[j].text == "-" and j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _measured_change_after(doc: Doc, k: int) -> bool:
    """ "16.8% mIoU and 20.6% mBIoU performance improvement": the next value of a list, with its
    own measure, then the change noun the list shares (not "71.2% accuracy and 5% improvement")."""
    k += 1 + (lower_at(doc, k + 1) in ("%", "\\%"))
    return k < len(doc) and doc[k].lower_ not in CHANGE_NOUNS and change_named_after(doc, k)


def after_up_to_improvement(tok: Token) -> bool:
    """ "improvements up to 29%", "gains of up to 3.1", "a drop of up to 4.4": a change, not a score
    (nor "RMSE and MAE drop to 0.32 and 0.27": what a measure fell to); TeX opening the value is
    skipped ("increases of $3.51\\%$")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].text in MARKUP_OPEN:
        start -= 1
    left = tok.doc[max(0, start - 4):start]
    if len(left) >= 2 and left[-1].lower_ == "to" and left[-2].lower_ in _CHANGE_NOUNS:
        return False
    if [t.lower_ for t in left[-3:]] == ["(", "up", "to"] and _a_change_before(tok.doc, left[-3].i):
        return True  # "a 7.5% relative improvement over the strongest baseline (up to 14.9% on FEVER)"
    cues = [k for k, t in enumerate(left) if t.lower_ in DELTA_BEFORE or t.lower_ in _CHANGE_NOUNS]
    # "by 8.7% to 23.3%": a span of them; not "evidenced by impressive scores of 72.0", a score named after the cue
    return len(left) >= 2 and left[-1].lower_ in ("to", "of") and bool(cues) and not any(
        t.lower_ in _SCORE_NOUNS or t.ent_type_ == "Metric" for t in left[cues[-1] + 1:])


_SCORE_NOUNS = frozenset({"score", "scores", "accuracy", "accuracies"})


def _a_change_before(doc, bracket: int) -> bool:
    """A change noun in the clause the bracket opens after, up to twelve words back."""
    for t in reversed(doc[max(doc[bracket].sent.start, bracket - 12):bracket]):
        if t.text in (";", ":", ")"):
            return False
        if t.lower_ in CHANGE_NOUNS or t.lower_ in _CHANGE_NOUNS:
            return True
    return False


_GAIN_WORDS = frozenset({"relative", "absolute", "improvement", "gain"})


def relative_change_bracket_end(doc: Doc, i: int, stop: int) -> int | None:
    """Past a bracket at ``i`` that opens with a signed change and says what kind it is ("52.5
    (+6.8 relative) mIoU", "67.4 (+1.1 relative to fine-tuned methods) mIoU on GranDf"): the
    score's measure and place follow it; None where no such bracket opens."""
    if not (i + 2 < stop and doc[i].text == "(" and doc[i + 1].text[:1] in "+-" and doc[i + 2].lower_ in _GAIN_WORDS
            and doc[i + 1].text[1:].replace(".", "", 1).rstrip("%").isdigit()):
        return None
    close = next((j for j in range(i + 3, min(i + 10, stop)) if doc[j].text in "()"), None)
    return close + 1 if close is not None and doc[close].text == ")" else None
