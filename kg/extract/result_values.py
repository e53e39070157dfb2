"""Which numbers in a sentence are scores, and of what kind (kg.extract.results reads the rest).

A value is a decimal number, or any number followed by "%", or a number right next to a
Metric entity; numbers inside entities ("WMT 2014", "ResNet-50"), years, and counts ("8 GPUs",
"3x", "1.5M parameters") are not values. The tokenizer keeps some marks glued to the number,
so a token is read, not matched whole: "76.5\\%" (a LaTeX remnant) is 76.5%, "+3.1pp" a change
of 3.1 points, "TIIF(73.8" a value bracketed after the name "TIIF".

Each value has a ``kind``: "delta" for a change against a baseline ("by 1.1", "+1.8%", "1.1
points more", "a drop of up to 4.4", a value listed after such a change with its metric), kept
with unit "points" so that it is never ranked as a score, else "absolute". A score right
after "previous best", "than", "compared to", "from" is a baseline's (``baseline``), and so is
the first of "27.6% to 36.2%" or "58.9 → 61.7"; a change never is ("surpassing the baseline by
3.0%" is the gain of whoever surpasses it). "30% fewer parameters", "40% faster", "a 12.3%
GFLOPs reduction" state a cost, "1% of the labels" or "with 10% labeled data" a share,
"ranging from 76.5% to 80.9%" or "7.13-10.87%" a span, and "95% CI [0.546, 0.799]" an
interval's bounds: they are not values at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.result_changes import (POINT_WORDS, VERSUS, after_up_to_improvement, change_named_after,
                                       delta_cue_before, hyphenated_points_change, lower_at, points_of_a_measure)
from kg.extract.result_lists import (CHANGE_AFTER, LIST_GLUE, RESUME_CUES, change_noun_after_measure, comma_list,
                                     continues_list, list_glue, measure_then_glue, next_dataset_item,
                                     placed_integer_item, says_respectively)
from kg.extract.result_non_scores import (a_setting, a_share_that_are, a_sum, a_version, after_spread, as_many,
                                         chance_level, inside_a_name, relative_to, share_list)
from kg.extract.result_quantities import (COST_NOUNS, COUNT_WORDS, a_share_of_data, before_hedges,
                                         bracketed_after_a_cost, cost_changed_by, counts_people, in_an_interval,
                                         is_bound, measured_metric, states_a_cost)
from kg.extract.result_slashes import a_scale, slashed

__all__ = ["Value", "find_values", "in_entity", "word_before", "COST_NOUNS", "POINT_WORDS", "RANGE_WORDS", "VERSUS"]

# sign, number, glued unit: "71.8", "+1.8", "76.5\%", "3.1pp"; or a name glued to a bracket: "TIIF(73.8"
_OUT_OF_RE = re.compile(r"^(?P<num>\d+(?:\.\d+)?)/(?P<scale>100|10|5)$")
# "$91.6\%$", "98.1$\%$": TeX math; "1,318" (thousands) only beside a measured metric's unit
_VALUE_RE = re.compile(r"^(?P<sign>\+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<unit>\$?\\?%|pp)?\$?$")
_GLUED_RE = re.compile(r"^(?P<name>[A-Za-z][\w\-.]*)\((?P<num>\d+(?:\.\d+)?)(?P<unit>\\?%)?$")
# LaTeX markup around a value says nothing of it: "by \\textbf{7.3\\%} (...)", "a \\textbf{12.1\\%} gain"
_MARKUP_CLOSE = frozenset({"}", "$", "}$"})
_MEASURE_CLASSES = frozenset({"metric", "metrics", "measures"})
# "ranging from 76.5% to 80.9%", "between 80% and 90%": a span of values, none of them a score
_SPAN_CUES = frozenset({"ranging", "ranges", "ranged", "range", "varying", "varies", "vary", "varied"})
# "27.6% to 36.2%", "58.9 → 61.7", "(60.6\\% $\\to$ 67.9\\%)", "66.3 %$\\rightarrow$73.4 %" (lower-cased)
RANGE_WORDS = frozenset({"to", "→", "⟶", "->", "rightarrow", "⇒", "$\\to$", "\\to$", "\\to", "$\\rightarrow$",
                         "\\rightarrow$", "\\rightarrow", "$\\longrightarrow$", "\\longrightarrow$", "\\longrightarrow"})
_BASELINE_VALUE_CUES = VERSUS | {"previous", "prior", "baseline", "baselines", "than", "compared", "from",
                                 "previously"}
# "above 90%", "less than 10%", "over 5.6 points": open bounds name no single value


@dataclass(frozen=True)
class Value:
    """A score-like number: its token, text as written (no unit), unit ("%", "points" for a
    change, ""), whether it is a baseline's, whether it is the first of a "from X to Y"
    range, and the name glued before its bracket ("TIIF(73.8" -> "TIIF")."""

    tok: Token
    text: str
    unit: str
    baseline: bool = False
    range_start: bool = False
    glued_name: str | None = None

    @property
    def kind(self) -> str:
        return "delta" if self.unit == "points" else "absolute"

    @property
    def start_char(self) -> int:
        return self.tok.idx + (len(self.glued_name) + 1 if self.glued_name else 0)


def in_entity(tok: Token, ents: list[Span]) -> bool:
    return any(e.start <= tok.i < e.end for e in ents)


def _parse(tok: Token) -> tuple[str, str, str, str | None] | None:
    """(number, sign, glued unit, glued name) of a token that holds a number, else None."""
    match = _VALUE_RE.match(tok.text)
    if match:
        return match["num"], match["sign"] or "", (match["unit"] or "").lstrip("$\\"), None
    match = _GLUED_RE.match(tok.text)
    if match:
        return match["num"], "", (match["unit"] or "").lstrip("\\"), match["name"]
    match = _OUT_OF_RE.match(tok.text)  # "score: 40.80/100", "7.2/10": the score, on its scale
    if match and (match["scale"] == "100" or "." in match["num"]):
        return match["num"], "", "", None
    return None


def _value_at(tok: Token, ents: list[Span]) -> tuple[str, str, str | None] | None:
    """(value, unit, glued name) if ``tok`` reads as a score, else None."""
    parsed = _parse(tok)
    if parsed is None or (parsed[3] is None and in_entity(tok, ents)):
        return None
    num, sign, glued, name = parsed
    doc, i = tok.doc, tok.i
    nxt_low = lower_at(doc, i + 1)
    measured = measured_metric(doc, i, ents)
    if "," in num and not measured:  # "1,318 images": a count
        return None
    joined_points = hyphenated_points_change(doc, i)  # "a 3.27-point improvement"
    if ((not measured and (nxt_low.rstrip(".") in COUNT_WORDS or counts_people(doc, i))) or nxt_low.startswith("×")
            or (nxt_low == "-" and lower_at(doc, i + 2) != ">" and not joined_points)):
        return None
    per_cent = not glued and nxt_low == "per" and lower_at(doc, i + 2) == "cent"  # "2.8 per cent higher"
    is_pct = glued == "%" or (not glued and nxt_low in ("%", "\\%", "percent")) or per_cent  # "96.7 percent accuracy"
    after_i = i + 1 + (is_pct and glued != "%") + per_cent + measured  # past its unit: "1,318 m on CaFFe"
    while after_i < len(doc) - 1 and doc[after_i].text in _MARKUP_CLOSE:
        after_i += 1
    after = lower_at(doc, after_i)
    if ((is_pct and (as_many(doc, after_i) or relative_to(doc, after_i) or a_share_of_data(doc, after_i)
                    or a_share_that_are(doc, after_i)))
            or share_list(doc, i) or states_a_cost(doc, after_i) or is_bound(doc, i) or a_setting(doc, i)
            or cost_changed_by(doc, i) or after_spread(doc, i) or bracketed_after_a_cost(doc, i)
            or in_an_interval(doc, i) or a_sum(doc, i) or chance_level(doc, i)
            or (not is_pct and (inside_a_name(doc, i) or a_version(doc, i, ents))) or _in_a_span(doc, i)):
        return None
    # "0.37 relative to LightGBM" is a score set beside another, "a 7% relative gain" a change
    compared = after == "relative" and not is_pct and lower_at(doc, after_i + 1) == "to"
    delta = (bool(sign) or glued == "pp" or joined_points or delta_cue_before(doc, i) or nxt_low in POINT_WORDS
             or (nxt_low == "percentage" and lower_at(doc, i + 2) in POINT_WORDS)  # "13.8 percentage points"
             or (after in CHANGE_AFTER and not (after == "over" and _ends_a_range(doc, i)) and not compared)
             or (after in ("above", "below") and not lower_at(doc, after_i + 1)[:1].isdigit())  # "25.2% above CBR"
             or (is_pct and after in POINT_WORDS) or after_up_to_improvement(tok) or change_named_after(doc, after_i)
             or points_of_a_measure(doc, after_i, ents))
    near_metric = any(e.label_ == "Metric" and (e.end == i or e.start == after_i or _measure_of(doc, e.end, i))
                      and e[-1].lower_ not in _MEASURE_CLASSES for e in ents)  # not "3 evaluation metrics"
    if "." not in num and not is_pct and not near_metric and not delta and not measured:
        return None
    if "." not in num and not is_pct and not measured and 1900 <= int(num) <= 2030:
        return None
    return num, "points" if delta else ("%" if is_pct else ""), name


def _measure_of(doc: Doc, end: int, i: int) -> bool:
    """ "FVD of 545", "FVD scores of 545": the measure ending at ``end`` names the value at ``i``
    (two digits at least: "a recursion depth of 1" is a setting)."""
    between = [t.lower_ for t in doc[end:i]]
    return len(doc[i].text) >= 2 and between in (["of"], ["score", "of"], ["scores", "of"])


def _ends_a_range(doc: Doc, i: int) -> bool:
    """ "from 26% to 42% over the direct approach": the value a change reached, not the change."""
    k = i - 2 - (i >= 3 and doc[i - 2].text in ("%", "\\%"))
    return i >= 2 and doc[i - 1].lower_ in RANGE_WORDS and k >= 0 and _parse(doc[k]) is not None


def _in_a_span(doc: Doc, i: int) -> bool:
    """ "ranging from 76.5% to 80.9%", "between 80% and 90%", the 10.87 of "7.13-10.87%": a
    value at either end of a span of values."""
    if i >= 2 and doc[i - 1].text in ("-", "–", "—"):
        before = i - 3 if doc[i - 2].text in ("%", "\\%") else i - 2  # "49.7% - 69.7%"
        if before >= 0 and _parse(doc[before]) is not None:
            return True
    after = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in ("%", "\\%"))
    if after + 1 < len(doc) and doc[after].text in ("-", "–", "—") and _parse(doc[after + 1]) is not None:
        return True  # the first of "49.7% - 69.7%"
    if _signed_span(doc, i, after) or _after_negative_start(doc, i) or _tilde_span(doc, i, after):
        return True
    if _a_span_of_changes(doc, i, after):
        return True
    window = doc[max(0, i - 6):i]
    if any(t.lower_ == "between" and t.i + 1 < len(doc) and _parse(doc[t.i + 1]) is not None for t in window):
        return True
    return any(t.lower_ in _SPAN_CUES for t in window) and any(t.lower_ == "from" for t in window)


def _a_span_of_changes(doc: Doc, i: int, after: int) -> bool:
    """ "surpasses the best baseline by 6.2 to 7.5 points", "improvements of 0.26 to 0.61": a
    change given as a span, either end, no single value."""
    if lower_at(doc, after) == "to" and after + 1 < len(doc) and _parse(doc[after + 1]) is not None:
        return delta_cue_before(doc, i) or _comparative_after(doc, after + 2)
    k = i - 2 - (i >= 3 and doc[i - 2].text in ("%", "\\%"))
    return lower_at(doc, i - 1) == "to" and k >= 0 and _parse(doc[k]) is not None and (
        delta_cue_before(doc, k) or _comparative_after(doc, i + 1))


def _comparative_after(doc: Doc, j: int) -> bool:
    """ "12 to 18 percent lower perplexity": the span's unit, then how it compares."""
    while lower_at(doc, j) in ("%", "\\%", "percent", "percentage", "points", "pp"):
        j += 1
    return lower_at(doc, j) in _SPAN_COMPARATIVES


_SPAN_COMPARATIVES = frozenset({"lower", "higher", "better", "worse", "fewer", "less", "more", "smaller", "larger",
                                "greater"})


_TILDES = frozenset({"~", "\\sim", "\\sim$", "$\\sim$", "$"})
_NUMBER_START = re.compile(r"^[+-]?\d")


def _tilde_span(doc: Doc, i: int, after: int) -> bool:
    """ "94% ~ 96% accuracy", "by 4 $\\sim$ 6x", "33\\% $\\sim$ 47\\%": a tilde between two numbers
    spans them (a tilde before one number alone is "about": "~5%")."""
    j = after
    while j < len(doc) and j - after < 2 and doc[j].text in _TILDES:
        j += 1
    if after < j < len(doc) and any(doc[k].text != "$" for k in range(after, j)) and _NUMBER_START.match(doc[j].text):
        return True
    k = i - 1
    while k >= 0 and i - k <= 2 and doc[k].text in _TILDES:
        k -= 1
    k -= k >= 0 and doc[k].text in ("%", "\\%")
    return k >= 0 and k < i - 1 and any(doc[m].text != "$" for m in range(k + 1, i)) and bool(
        _NUMBER_START.match(doc[k].text))


_NEGATIVE = re.compile(r"^[-−–]\d+(?:\.\d+)?\$?$")


def _after_negative_start(doc: Doc, i: int) -> bool:
    """ "(r_abs $\\approx -0.25$ to 0.3)": the end of a span that starts below zero, a setting's
    range or a correlation's; with "from" before it ("from -0.12 to 0.45") a change's end."""
    k = i - 2
    while k >= 0 and doc[k].text in ("$", "%", "\\%"):
        k -= 1
    return (i >= 2 and doc[i - 1].lower_ == "to" and k >= 0 and bool(_NEGATIVE.match(doc[k].text))
            and (k == 0 or doc[k - 1].lower_ != "from"))


def _signed_span(doc: Doc, i: int, after: int) -> bool:
    """ "+1.3 to +3.9 pp": either end of a span of changes, each written with its sign."""
    if not doc[i].text.startswith("+"):
        return False
    if after + 1 < len(doc) and doc[after].lower_ == "to" and doc[after + 1].text.startswith("+"):
        return _parse(doc[after + 1]) is not None
    k = i - 2 - (i >= 3 and doc[i - 2].text in ("%", "\\%", "pp"))
    return (i >= 2 and doc[i - 1].lower_ == "to" and k >= 0 and doc[k].text.startswith("+")
            and _parse(doc[k]) is not None)


def _is_baseline_value(tok: Token, sent: Span) -> bool:
    """A value right after "previous best", "than", "compared to", "from" is the baseline's
    (unless "to"/"reaching"/... comes between: "from 70.1 to 75.3")."""
    if starts_a_range(tok, sent) or _beaten_at(tok, sent):
        return True
    window = tok.doc[max(sent.start, tok.i - 6):tok.i]
    cue = max((t.i for t in window if t.lower_ in _BASELINE_VALUE_CUES or _improving_over(t)), default=None)
    if cue is None or _a_new_baseline(tok.doc, cue):
        return False
    first = cue + 1 + (tok.doc[cue].lower_ == "compared")  # the "to" of "compared to" resumes nothing
    between = tok.doc[first:tok.i]
    # "(SFT: 35.7% vs. 65.2%; GRPO: 18.7% ...)", "exceeding the prior baselines by 5%, and 84% on X":
    # a new clause, or a comparison its change has closed
    closed = any(t.text in (";", ")") or (t.lower_ == "by" and t.i + 1 < tok.i and t.nbor().like_num)
                 for t in between)  # ")": "(18.8% improvement over Video-R1) and 65.8% on MMVU"
    return not closed and not any(t.lower_ in RESUME_CUES for t in between) and not _baseline_scores(tok.doc, cue, between)


def _a_new_baseline(doc: Doc, cue: int) -> bool:
    """ "achieving a new baseline of 51.6 mAP": the baseline the paper sets is its own score."""
    return doc[cue].lower_ == "baseline" and cue > 0 and doc[cue - 1].lower_ == "new"


def _beaten_at(tok: Token, sent: Span) -> bool:
    """ "outperforming the best single configuration at 66 percent": the level of what was beaten."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ != "at":
        return False
    for t in reversed(doc[max(sent.start, tok.i - 8):tok.i - 1]):
        if t.is_punct or t.lower_ in ("by", "and", "while"):
            return False
        if t.lower_ in _BEATING:
            return True
    return False


_BEATING = frozenset({"outperforming", "outperforms", "outperformed", "outperform", "surpassing", "surpasses",
                      "surpassed", "beating", "beats", "beat", "exceeding", "exceeds", "exceeded"})


def _baseline_scores(doc, cue: int, between: Span) -> bool:
    """ "A zero-shot Mistral 7B baseline on 100 cases gives 57.3% accuracy": the baseline is the
    subject of the score, which is its own result, not the level someone else beats (unlike "the
    baseline, which reaches 50%", "the baselines and ZedNet reach 74.57% and 78.62%")."""
    return doc[cue].lower_ in ("baseline", "baselines") and any(
        t.lower_ in _SCORING_VERBS for t in between) and not any(t.lower_ in ("which", "that", ",", "and") for t in between)


_SCORING_VERBS = frozenset({"gives", "give", "achieves", "achieve", "attains", "attain", "obtains", "obtain",
                            "reaches", "reach", "yields", "yield"})


def _improving_over(tok: Token) -> bool:
    """ "improving over Private Evolution FID of 40.36": what is improved over is the baseline."""
    return tok.lower_ == "over" and tok.i > 0 and tok.nbor(-1).lower_ in ("improving", "improves", "improve",
                                                                          "improved", "improvement", "improvements")


def word_before(tok: Token) -> int:
    """The index of the word before a value, past the dollar that opens it in TeX ("from
    $82.81$ to"): -1 at the text's start."""
    i = tok.i - 1
    return i - 1 if i > 0 and tok.doc[i].text == "$" else i


def starts_a_range(tok: Token, sent: Span) -> bool:
    """ "27.6% to 36.2%": the first value is where the change started."""
    doc = tok.doc
    i = tok.i + 1 + (tok.i + 1 < sent.end and doc[tok.i + 1].text == "%")
    while i < sent.end - 1 and doc[i].text in _MARKUP_CLOSE:  # "from \textbf{0.74} to 0.87"
        i += 1
    if i < sent.end - 1 and doc[i].text == "(":  # "from 33.7% (StateFlow) to 0.67%": whose it was
        close = next((j for j in range(i + 1, min(i + 6, sent.end)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None and not any(t.like_num for t in doc[i + 1:close]) else i
    while i < sent.end - 1 and not doc[i].like_num and doc[i].is_alpha and doc[i].lower_ not in RANGE_WORDS \
            and not doc[i].is_stop and i - tok.i <= 3:  # "from 23.36 degrees to 18.51 degrees", not "98.35% and AP to"
        i += 1
    for width in (1, 2):  # "->" is two tokens
        if i + width < sent.end and "".join(t.lower_ for t in doc[i:i + width]) in RANGE_WORDS:
            j = i + width + (doc[i + width].lower_ in _RANGE_HEDGES and i + width + 1 < sent.end)  # "to near 0.0%"
            j += j + 1 < sent.end and doc[j].text == "$"  # "from $82.81$ to $15.33$"
            if _parse(doc[j]) is not None:
                return True
    return False


_RANGE_HEDGES = frozenset({"near", "nearly", "about", "approximately", "approx.", "around", "roughly", "almost", "~",
                           "just", "only"})


def find_values(sent: Span, ents: list[Span]) -> list[Value]:
    """Every score-like number in the sentence, baselines' included (flagged)."""
    out, last, listed, outer = [], None, False, None  # outer: the last value not in a bracket of its own
    for tok in sent:
        found = _value_at(tok, ents)
        if found is None and last is not None and placed_integer_item(last.tok, tok, ents):
            found = (tok.text, "", None)
        if found is None or a_scale(tok):
            continue
        text, unit, name = found
        # a change is the gain of whoever beats the baseline: "surpassing the baseline by 3.0%"
        baseline = unit != "points" and _is_baseline_value(tok, sent)
        if (not baseline and last is not None and last.baseline and not last.range_start and unit != "points"
                and not (says_respectively(sent) and _names_before(last.tok, ents))):
            glue = [t for t in sent.doc[last.tok.i + 1:tok.i] if t.text not in ("%", "\\%")]
            baseline = list_glue(glue) or _measures_then_comma(glue)
            # "surpassing OpenAI's and Google's Deep Research (26.6% and 26.9%)": both the baselines'
        follows_a_change = last is not None and last.unit == "points" and not _closed_bracket(last.tok, tok)
        listed = follows_a_change and (comma_list(last.tok, tok, listed or says_respectively(sent))
                                       or slashed(last.tok, tok))  # "by 0.7%/1.3%/0.3%"
        if listed or (follows_a_change and (continues_list(last.tok, tok, ents) or next_dataset_item(last.tok, tok))):
            unit, baseline = "points", last.baseline  # "... by 2.7 box AP, 2.6 mask AP": a change like the first
        elif outer is not None and outer is not last and outer.unit == "points" and unit != "points" \
                and next_dataset_item(outer.tok, tok, skip_brackets=True):
            unit, baseline = "points", outer.baseline  # "gains of 20% on HotpotQA (+0.093), 40% on Bamboogle"
        last = Value(tok, text, unit, baseline, baseline and starts_a_range(tok, sent), name)
        out.append(last)
        outer = last if not _opens_a_bracket(tok) else outer
    return _changes_named_at_the_end(out)


def _measures_then_comma(glue: list[Token]) -> bool:
    """ "compared to EfficientNet with a 92.34% AUC score, 91.47% accuracy, and 93.06% F-score",
    "compared to 55% non-private and 35% zero-shot": a measure's or a setting's words, then the
    list's comma or "and"."""
    words = [t for t in glue if t.lower_ not in LIST_GLUE]
    return 0 < len(words) <= 3 and all(t.is_alpha or t.text == "-" for t in words) and glue[:len(words)] == words \
        and len(glue) > len(words) and glue[len(words)].lower_ in (",", "and")


def _names_before(tok: Token, ents: list[Span]) -> bool:
    """A method named in the few words before a value: "The baselines and ZedNet reach 74.57% and
    78.62%, respectively" pairs the list with its names, not with one baseline."""
    return any(e.label_ in ("Method", "Model") and tok.i - 6 <= e.start < tok.i  # not "the X baseline, which obtains"
               and not any(t.lower_ in ("which", "that", "who") for t in tok.doc[e.end:tok.i]) for e in ents)


def _opens_a_bracket(tok: Token) -> bool:
    """ "(+0.093)": the value opens a bracket, its sign between."""
    doc, i = tok.doc, tok.i - 1
    i -= i >= 0 and doc[i].text in ("+", "-")
    return i >= 0 and doc[i].text == "("


def _closed_bracket(change: Token, tok: Token) -> bool:
    """ "82.93%(+1.19%) IoU and 90.66%(+0.71%) F1": a change in its own bracket, closed before the
    next value, starts no list of changes."""
    doc = tok.doc
    return change.i > 0 and doc[change.i - 1].text == "(" and any(t.text == ")" for t in doc[change.i + 1:tok.i])


def _changes_named_at_the_end(values: list[Value]) -> list[Value]:
    """ "2.08%, 2.23% and 3.99% improvements": a list whose last value is a change is a list of
    changes; "24% to 40% ... improvement" is a span of them, no value."""
    out, spans = list(values), set()
    for k in range(len(out) - 2, -1, -1):
        here, nxt = out[k], out[k + 1]
        glue = [t for t in here.tok.doc[here.tok.i + 1:nxt.tok.i] if t.text not in ("%", "\\%")]
        if nxt.unit == "points" and here.unit != "points" and [t.lower_ for t in glue] == ["to"]:
            spans |= {k, k + 1}  # "24% to 40% task success rate improvement": a span of changes
        elif here.unit == "points" and nxt.unit != "points" and [t.lower_ for t in glue] == ["to"] \
                and not here.tok.text.startswith("+") \
                and lower_at(here.tok.doc, before_hedges(here.tok.doc, here.tok.i)) not in ("by", "+"):
            spans |= {k, k + 1}  # "gains of 4% to 8%"
        elif nxt.unit == "points" and here.unit != "points" and (
                list_glue(glue) or (measure_then_glue(glue) and change_noun_after_measure(nxt.tok))):
            out[k] = Value(here.tok, here.text, "points", here.baseline, here.range_start, here.glued_name)
    return [v for k, v in enumerate(out) if k not in spans]
