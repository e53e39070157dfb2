"""Numbers in a sentence that are no score: a chance level, a sum, a share ("84% of models",
"20% as many labels"), a spread ("± 0.9"), a version inside a name ("Gemini 3.0 Pro"), a
setting or a statistic ("at threshold 0.8", "a standard deviation of 2.29").

Predicates over a token index of a spaCy doc; kg.extract.result_values drops the numbers they
hold true for.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.result_lists import LIST_GLUE
from kg.extract.result_quantities import COUNT_WORDS, lower

__all__ = ["a_setting", "a_share_that_are", "a_sum", "a_version", "after_spread", "as_many", "chance_level",
           "inside_a_name", "relative_to", "share_list"]

_VERSION_RE = re.compile(r"^\d{1,2}\.\d$")
_SETTINGS = frozenset({"threshold", "temperature", "p", "r", "rho", "ρ", "alpha", "lambda", "epsilon", "top-p", "seed",
                       # "(p<0.001, d = 9.21)": an effect size; Greek letters as TeX or Unicode writes them
                       "d", "ε", "λ", "α", "tau", "τ",
                       # "for dubbing setting 2.0", "at level 3.5": the condition a score is reached in
                       "setting", "version", "level", "stage", "phase", "round", "step", "epoch", "ratio"})


_SCORE_PARTICIPLES = frozenset({"achieved", "obtained", "reached", "attained", "reported", "recorded"})


def chance_level(doc: Doc, i: int) -> bool:
    """ "where random chance is 50%", "the chance level of 25%", "random guessing (33.3%)", "a 0.436
    chance baseline", "the 25% random baseline": what no method scored."""
    j = i + 1 + (lower(doc, i + 1) in ("%", "\\%"))
    if lower(doc, j) in _CHANCE or (lower(doc, j) == "random" and lower(doc, j + 1) in ("baseline", "level")):
        return True
    if lower(doc, j) == "random" and lower(doc, j + 1) == "-" and lower(doc, j + 2) in _CHANCE:
        return True  # "the 20% random-guess baseline"
    return any(t.lower_ in _CHANCE for t in doc[max(0, i - 4):i]) or _in_a_random_baselines_bracket(doc, i)


def _in_a_random_baselines_bracket(doc: Doc, i: int) -> bool:
    """ "only marginally outperform random baselines (Random Uniform, F1 score: 20.38)"."""
    for k in range(i - 1, max(-1, i - 10), -1):
        if doc[k].text == ")":
            return False
        if doc[k].text == "(":
            return lower(doc, k - 2) == "random" and lower(doc, k - 1) in ("baseline", "baselines")
    return False


_CHANCE = frozenset({"chance", "guessing", "guess"})


def a_sum(doc: Doc, i: int) -> bool:
    """ "128+1024 puzzles": a number added to another, written without spaces, is no change."""
    return (i >= 2 and doc[i - 1].text == "+" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].like_num)


def a_share_that_are(doc: Doc, i: int) -> bool:
    """ "where 71% are formulated by humans": a share of the items, no score (unless the share is
    one reached: "scores of 90% and 85% are achieved")."""
    return lower(doc, i) in ("are", "were") and lower(doc, i + 1) not in _SCORE_PARTICIPLES


def after_spread(doc: Doc, i: int) -> bool:
    """ "89.0 ± 0.9%", "89.0 +/- 0.9%", "0.70 +- 0.04" (two tokens), "0.9125 plus or minus 0.0047": a
    spread, not a score."""
    prev = doc[i - 1].text if i > 0 else ""
    if i > 2 and [t.lower_ for t in doc[i - 3:i]] == ["plus", "or", "minus"]:
        return True
    k = i - 1 if prev in ("=", ":") else i  # "(M = 2.87, SD = 1.29)": a standard deviation
    if k > 0 and doc[k - 1].text.lower().rstrip(".") in _SPREAD_NAMES:
        return True
    if any(t.lower_ in ("deviation", "deviations") for t in doc[max(0, i - 3):i]):
        return True  # "with standard deviations averaging 10.1%"
    return prev in ("±", "\\pm", "+/-", "+-", "\\pm$", "$\\pm$") or (  # "1.94 $\\pm$ 2.63": TeX's sign
        prev in ("/-", "-") and i > 1 and doc[i - 2].text == "+" and not doc[i - 2].whitespace_)


_SPREAD_NAMES = frozenset({"sd", "s.d", "std", "stdev", "sem", "iqr"})


def inside_a_name(doc: Doc, i: int) -> bool:
    """ "Gemini 3.0 Pro", "Qwen 2.5 7B": a bare number between capitalised words is a
    version in a name the NER missed."""
    prev, nxt = doc[i - 1] if i > 0 else None, doc[i + 1] if i + 1 < len(doc) else None
    return (prev is not None and nxt is not None and prev.text[:1].isupper()
            and prev.is_alpha and (nxt.text[:1].isupper() or re.match(r"^\d+(?:\.\d+)?[BMK]$", nxt.text) is not None))


def a_version(doc: Doc, i: int, ents: list[Span]) -> bool:
    """ "Seedream 4.0", "PDTB 3.0", "Common Voice 17.0", "Hunyuan3D 2.1": a small number with one
    decimal right after a capitalised word that is no metric ("FID 2.5" stays a score) is the
    name's version."""
    if i == 0 or not _VERSION_RE.match(doc[i].text) or float(doc[i].text) > 20:
        return False
    prev = doc[i - 1]  # "Hunyuan3D 2.1": a coined name's version too
    if prev.lower_ in ("and", "or", ",", "/") and i >= 2:
        return a_version(doc, i - 2, ents)  # "Industry 4.0 and 5.0": the name's next version
    named = prev.is_alpha or (prev.is_ascii and prev.text.isalnum() and any(c.isdigit() for c in prev.text))
    return (named and prev.text[:1].isupper() and prev.i > prev.sent.start
            and not any(e.label_ == "Metric" and e.start <= prev.i < e.end for e in ents)
            and corpus_type(prev.text) != "Metric")


def share_list(doc: Doc, i: int) -> bool:
    """ "50.0%, 21.5% and 23.1% of FLOPs": percentages listed before an "of" are shares; "2.16
    and 2.05 times speedups": numbers listed before a count word are counts."""
    j = i + 1
    while j < min(len(doc), i + 16) and (doc[j].lower_ in LIST_GLUE or doc[j].text == "\\%" or doc[j].like_num):
        j += 1
    if j > i + 2 and j < len(doc) and doc[j - 1].like_num and doc[j].lower_ in COUNT_WORDS:
        return True
    return (j > i + 2 and j < len(doc) and relative_to(doc, j) and doc[j - 1].text in ("%", "\\%")
            and not _two_clauses(doc, i, j))


def _two_clauses(doc: Doc, i: int, j: int) -> bool:
    """ "the best model achieves only 39.2%, and 84% of models exhibit ...": two values a comma and
    "and" join are two clauses; a list of shares writes its comma between three ("50.0%, 21.5%,
    and 23.1% of FLOPs")."""
    numbers = [t for t in doc[i:j] if t.like_num]
    words = [t.lower_ for t in doc[i:j] if not t.like_num and t.text not in ("%", "\\%")]
    listed = i > 1 and lower(doc, i - 1) in LIST_GLUE and lower(doc, i - 2) in ("%", "\\%")  # "50.0%, 21.5%, and"
    return len(numbers) == 2 and words == [",", "and"] and not listed


def as_many(doc: Doc, j: int) -> bool:
    """ "20% as many gold labels", "50% as fast as": a proportion of something else; not "from
    60.6% to 30.9% as interaction horizons extend", nor "24% as well as"."""
    return lower(doc, j) == "as" and (lower(doc, j + 1) in ("many", "much") or lower(doc, j + 2) == "as"
                                       and lower(doc, j + 1) != "well")


def relative_to(doc: Doc, j: int) -> bool:
    """ "of FLOPs", "performance of full fine-tuning": a percentage of something else, not a score."""
    return lower(doc, j) == "of" or (lower(doc, j) == "performance" and lower(doc, j + 1) == "of")


def a_setting(doc: Doc, i: int) -> bool:
    """ "at threshold 0.8", "p = 0.012", "r = -0.86", "d= 3.06", "the error margin of 11%", "a standard
    deviation of 2.29": a setting or a statistic, not a score."""
    prev = lower(doc, i - 1)
    if (prev in ("top", "rank") and doc[i - 1].text[:1].isupper()) or _bracketed_settings(doc, i):
        return True  # "83.8 Top 1 accuracy": the measure's name; "temperature settings (0.0, 0.4, 0.7)"
    if prev in ("top", "bottom") and (doc[i].text.endswith("%") or lower(doc, i + 1) in ("%", "\\%")):
        return True  # "in the top 1% prediction samples": a share picked out, no score
    if prev in ("and", "or", ","):
        return _listed_after_a_setting(doc, i)
    if _a_span_of_settings(doc, i) or _a_count_changed(doc, i):
        return True  # "mAP over 3D IoU thresholds from 0.1 to 0.7", "reduces the number of turns from 3.95 to 2.73"
    if prev in ("=", "<", ">", "≤", "≥"):
        if doc[i - 2].text in _RATIOS:
            return True  # "(80% vs 10%, OR = 36.0)": a ratio of odds or hazards
        prev = lower(doc, i - 2)
        if "@" in prev:
            return True  # "+2.54 R1@IoU=0.3": the threshold a measure is taken at
    elif len(prev) > 1 and prev.endswith("="):
        if doc[i - 1].text[:-1] in _RATIOS:
            return True
        prev = prev[:-1]  # "(p<0.01, d= 3.06)", "$ρ= 0.763$": the sign glued to the statistic's letter
    elif prev == "to" and lower(doc, i - 2) in ("equal", "up"):  # "under epsilon equal to 1.0", "$|d|$ up to 0.63"
        prev = lower(doc, i - 3)
    elif prev in ("\\approx", "≈"):  # "($d \\approx 0.8$)"
        prev = lower(doc, i - 2)
    if prev == "of" and lower(doc, i - 2) in ("margin", "level") and lower(doc, i - 3) in _STATISTICS:
        return True
    after = lower(doc, i + 1 + (lower(doc, i + 1) in ("%", "\\%")))
    if after in _BOUNDARY_NOUNS:
        return True  # "the first to exceed the 30% threshold": a mark, not a score
    if _of_a_setting_noun(doc, i + 1 + (lower(doc, i + 1) in ("%", "\\%"))):
        return True  # "with a 20% label budget", "at 0.7 IoU threshold": how the run was set up
    if prev == "at" and after in _OPERATING_POINTS:
        return True  # "89.5% precision and 92.8% specificity at 59.3% recall": where the curve was read
    if lower(doc, i - 2) == "at" and (prev in _OPERATING_POINTS or prev in _THRESHOLDED):
        return True  # "0.1552 AP at IoU 0.7": the threshold the measure was taken at
    if prev == "of" and lower(doc, i - 2) in _OPERATING_POINTS | _THRESHOLDED and lower(doc, i - 4) == "at" \
            and lower(doc, i - 3) in ("a", "an", "the"):
        return True  # "an FNIR of 0.3% at an FPIR of 0.5%": the point the error was read at
    if prev == "of" and lower(doc, i - 2) in _RATE_NOUNS and lower(doc, i - 3) == "noise":
        return True  # "under label noise rates of 20% and 40%": how much of the data was corrupted
    if prev == "of" and lower(doc, i - 2) in ("deviation", "variance"):
        return True  # "a standard deviation of 2.29": the spread of scores, none of them
    if prev == "of" and lower(doc, i - 2) in ("budget", "budgets"):
        return True  # "with an extreme retention budget of 5%": how the run was set up
    # "At $\\varepsilon=1.0$": TeX's name of the letter; "$|d| = 0.09$": an effect size's magnitude
    return _TEX_LETTER.sub("", prev.strip("$|")) in _SETTINGS


def _of_a_setting_noun(doc: Doc, j: int) -> bool:
    """The word at ``j`` and a setting's noun after it ("label budget", "mapping ratio", "IoU threshold")."""
    return (j + 1 < len(doc) and doc[j].is_alpha and not doc[j].is_stop and lower(doc, j) not in _SCORED_RATIOS
            and lower(doc, j + 1) in _SETTING_NOUNS | _BOUNDARY_NOUNS)


_SETTING_NOUNS = frozenset({"budget", "budgets", "ratio", "ratios", "split", "splits"})
_SCORED_RATIOS = frozenset({"error", "errors", "success", "hit", "win", "pass", "match", "accuracy"})  # "error ratio"
_RATIOS = frozenset({"OR", "HR", "RR", "aOR", "aHR"})
_TEX_LETTER = re.compile(r"^\\(?:var)?")


_RATE_NOUNS = frozenset({"rate", "rates", "ratio", "ratios", "level", "levels"})
_OPERATING_POINTS = frozenset({"recall", "precision", "fpr", "tpr", "sensitivity", "specificity", "coverage"})
_THRESHOLDED = frozenset({"iou", "fpr", "tpr", "far", "frr", "pd", "fpir", "fnir"})
_BOUNDARY_NOUNS = frozenset({"threshold", "thresholds", "mark", "barrier", "cutoff", "cut-off"})
def _bracketed_settings(doc: Doc, i: int) -> bool:
    """A value in a bracketed list right after the settings it enumerates: "four temperature
    settings (0.0, 0.4, 0.7, and 1.0)"."""
    j = i - 1
    while j > 0 and (doc[j].like_num or doc[j].lower_ in (",", "and", "or", "%")):
        j -= 1
    return doc[j].text == "(" and lower(doc, j - 1) in ("settings", "temperatures", "thresholds", "budgets")


def _a_span_of_settings(doc: Doc, i: int) -> bool:
    """Either end of "thresholds from 0.1 to 0.7"."""
    k = _range_from(doc, i)
    return k is not None and lower(doc, k - 1) in _SETTINGS | {"thresholds", "temperatures", "ratios", "levels"}


def _a_count_changed(doc: Doc, i: int) -> bool:
    """Either end of a change of "the number of" things ("the number of turns required ... from
    3.95 to 2.73"), of a spread or of the data's volume: a count, a deviation or a share, no score."""
    k = _range_from(doc, i)
    if k is None:
        return False
    words = []
    for t in reversed(doc[max(0, k - 10):k]):
        if t.text in (",", ";", ".", "(", ")"):
            break
        words.append(t.lower_)
    # ... and of a spread: "reducing the average standard deviation from 5.64 to 3.41"
    return any(a == "of" and b == "number" for a, b in zip(words, words[1:])) or any(
        w in ("deviation", "volume") for w in words[:3])  # "increasing the dataset volume from 25% to 100%"


def _range_from(doc: Doc, i: int) -> int | None:
    """The index of the "from" of the "from a to b" the value at ``i`` is an end of, else None."""
    k = i - 1
    k -= lower(doc, k) in ("approximately", "about", "around", "roughly", "nearly", "~")  # "to approximately 3.2"
    if lower(doc, k) == "to":
        k -= 1 + (lower(doc, k - 1) in ("%", "\\%"))
        if not (0 <= k < len(doc) and doc[k].like_num):
            return None
        k -= 1
    return k if lower(doc, k) == "from" else None


def _listed_after_a_setting(doc: Doc, i: int) -> bool:
    """ "label noise rates of 20% and 40%", "at thresholds 0.5, 0.7": the list's later values
    are settings like its first."""
    j = i - 1
    while j > 0 and lower(doc, j) in ("and", "or", ","):
        j -= 1
    j -= lower(doc, j) in ("%", "\\%")
    return 0 <= j < i - 1 and doc[j].like_num and a_setting(doc, j)


# "the error margin of 11%, the confidence level of 90%": how a study was sized
_STATISTICS = frozenset({"error", "confidence", "significance"})
