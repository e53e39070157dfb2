"""Scores set against each other: "0.92 vs. 0.91", "47.5% compared to 26.67%", "beats BM25
(0.92 vs. 0.91)" (kg.extract.result_owners decides whose each is; these say which value is set
against which, and which name a comparison beats).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.name_runs import name_end
from kg.extract.result_values import VERSUS, Value

__all__ = ["BASELINE_CUES", "BEATEN_CUES", "BEATING_VERBS", "after_beaten_cue", "baseline_named", "compared_owner_as_method",
           "named_beside",
           "opening_before", "set_against", "set_against_a_score", "versus_owner"]

BASELINE_CUES = VERSUS | {"than", "over", "compared", "against", "surpass", "surpasses", "surpassing", "surpassed",
                          "outperform", "outperformed", "outperforming", "outperforms", "beats", "previous",
                          "exceed", "exceeds", "exceeded", "exceeding"}  # "it exceeded CSCAUNet by 0.8%"
# "beats BM25 (0.92 vs. 0.91)", "better than the CoT (47.5% compared to 26.67%)"
BEATEN_CUES = BASELINE_CUES | {"beat", "beating", "exceed", "exceeds", "exceeding", "defeated", "defeats"}


def versus_owner(value: Value, sent: Span, methods: list[Span]) -> tuple[bool, Span | None]:
    """(kept, owner) for the second value of "a vs. b" or "a compared to b": the score the
    first is set against, kept like a named baseline's. Its owner is the name a comparison
    introduces right before the bracket ("beats BM25 (0.92 vs. 0.91)"), else nobody named
    ("(0.92 vs 0.72) over the best recurrent baseline")."""
    k = _score_set_against(value, sent)
    if k is None:  # "(vs. 38.83 for InterDyn)", "(vs. 91.44%)" after "(vs. 99.12% for Max Pooling)"
        named = _named_after_for(value, sent) or _named_in_an_earlier_bracket(value, sent, methods)
        return named is not None, named
    named = _beaten_name(opening_before(k, sent), methods)  # "BM25 (nDCG@5 of 0.92 vs. 0.91)"
    return True, named if named is not None and after_beaten_cue(named) else None


def compared_owner_as_method(ent: Span) -> Span:
    """ "(vs. 30.05 mm for CosHand)": the name a compared value is given to owns it; typed data by
    the NER, it is still a method here, never the place of the sentence's values."""
    doc, i = ent.doc, ent.start - 1
    if ent.label_ == "Dataset" and _beaten_by(doc, ent):
        return Span(doc, ent.start, ent.end, label="Method")
    if ent.label_ != "Dataset" or i < 3 or doc[i].lower_ != "for" or ent.end >= len(doc) or doc[ent.end].text != ")":
        return ent
    k = i - 1
    k -= doc[k].text in ("%", "\\%") or (doc[k].is_alpha and doc[k].is_lower)  # "38.83%", "30.05 mm"
    return Span(doc, ent.start, ent.end, label="Method") if doc[k].like_num and _opens_a_versus_bracket(doc, k) else ent


BEATING_VERBS = frozenset({"outperforming", "outperforms", "outperformed", "surpassing", "surpasses", "surpassed",
                           "beating", "beats"})


def _beaten_by(doc, ent: Span) -> bool:
    """ "outperforming G-Eval by 11.86%": what a method beats by a margin is a method, whatever its tag."""
    i = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].lower_ == "the")
    return i >= 0 and doc[i].lower_ in BEATING_VERBS and ent.end < len(doc) and doc[ent.end].lower_ == "by"


def _opens_a_versus_bracket(doc, i: int) -> bool:
    return i >= 2 and doc[i - 1].lower_ in VERSUS and doc[i - 2].text == "("


def _named_after_for(value: Value, sent: Span) -> Span | None:
    """ "an FVD of 29.13 (vs. 38.83 for InterDyn)": the name after "for" in the value's bracket."""
    doc, i = value.tok.doc, value.tok.i
    if not _opens_a_versus_bracket(doc, i):
        return None
    j = i + 1 + (i + 1 < sent.end and doc[i + 1].text in ("%", "\\%"))
    j += j < sent.end and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ != "for"  # a unit: "30.05 mm"
    if j + 1 >= sent.end or doc[j].lower_ != "for" or not doc[j + 1].text[:1].isupper():
        return None
    end = name_end(doc, j + 1)
    return Span(doc, j + 1, end, label="Method") if j + 1 < end < sent.end and doc[end].text == ")" else None


def _named_in_an_earlier_bracket(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """ "99.25% (vs. 99.12% for Max Pooling) on A, 91.59% (vs. 91.44%) on B": a bracketed
    "vs." without a name compares with the one an earlier such bracket names."""
    doc, i = value.tok.doc, value.tok.i
    if not _opens_a_versus_bracket(doc, i):
        return None
    for t in reversed(doc[sent.start:i - 2]):
        if t.lower_ == "for" and t.i >= 4 and doc[t.i - 1].text in ("%", "\\%") and doc[t.i - 3].lower_ in VERSUS:
            return next((m for m in methods if m.start == t.i + 1), None)
    return None


def opening_before(i: int, sent: Span) -> int | None:
    """The "(" a value at token ``i`` is inside, up to 6 tokens before it."""
    doc = sent.doc
    opening = next((t.i for t in reversed(doc[max(sent.start, i - 6):i]) if t.text in "()"), None)
    return opening if opening is not None and doc[opening].text == "(" else None


def _beaten_name(opening: int | None, methods: list[Span]) -> Span | None:
    """The name right before a bracket, or before the measure the bracket scores ("defeated
    the best LLM in poem quality (4.22 vs. 3.20)"), no comma between."""
    if opening is None:
        return None
    before = [m for m in methods if opening - 8 <= m.end <= opening]
    if not before:
        return None
    named, gap = before[-1], before[-1].doc[before[-1].end:opening]
    if len(gap) and (gap[0].lower_ not in _MEASURE_PREPOSITIONS or any(t.is_punct for t in gap)):
        return None  # "(... on ToxiGen) and unsafe model inputs (0.93 vs. 0.90)": no measure between
    return named


_MEASURE_PREPOSITIONS = frozenset({"in", "on", "at", "for", "across"})


def _score_set_against(value: Value, sent: Span) -> int | None:
    """The token index of the score "a vs. b" or "a compared to b" sets this value against."""
    doc, j = value.tok.doc, value.tok.i - 1
    if j >= 1 and doc[j].lower_ in ("to", "with") and doc[j - 1].lower_ == "compared":
        j -= 1
    elif j < 0 or doc[j].lower_ not in VERSUS:
        return None
    j -= j >= 2 and doc[j].lower_ == "compared" and doc[j - 1].text == ","  # "a macro F1 of 0.69, compared to 0.55"
    k = j - 1 - (j >= 2 and doc[j - 1].text in ("%", "\\%"))
    k -= _shared_unit(doc, value.tok.i, k)
    return k if k >= sent.start and doc[k].like_num else None


def _shared_unit(doc, value_i: int, k: int) -> int:
    """How many tokens before ``k`` repeat the unit written after the value ("0.58 km/h vs.
    0.60 km/h"): both scores carry it, so the earlier one stands that many tokens back."""
    for n in (3, 2, 1):
        unit = [t.text for t in doc[value_i + 1:value_i + 1 + n]]
        if (len(unit) == n and k - n >= 0 and [t.text for t in doc[k - n + 1:k + 1]] == unit
                and any(ch.isalpha() for ch in "".join(unit)) and not any(t.like_num for t in doc[k - n + 1:k + 1])):
            return n
    return 0


def set_against_a_score(value: Value, sent: Span) -> bool:
    """ "0.92 vs. 0.91", "0.616 compared with 0.569": a baseline's score kept though unnamed."""
    return _score_set_against(value, sent) is not None


def set_against(value: Value) -> bool:
    """ "47.5% compared to 26.67%", "0.92 vs. 0.91": the value is set against the next one."""
    doc, j = value.tok.doc, value.tok.i + 1
    j += j < len(doc) and doc[j].text in ("%", "\\%")
    return j < len(doc) and (doc[j].lower_ in VERSUS or (doc[j].lower_ == "compared" and j + 2 < len(doc)
                                                           and doc[j + 2].like_num))


def after_beaten_cue(name: Span) -> bool:
    """ "narrowly beats BM25", "than the CoT": a comparison in the clause before the name."""
    doc = name.doc
    for t in reversed(doc[max(name.sent.start, name.start - 8):name.start]):
        if t.text in (",", ";"):
            return False
        if t.lower_ in BEATEN_CUES:
            return True
    return False


def baseline_named(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """The name a baseline's score is written with, as the name's kind or measure: "a strong
    ResNet101 baseline (98.62%)", "the Citrinet baseline (WER = 0.163)", "over the DeBERTaV3
    baseline of 0.8375"."""
    doc, i = value.tok.doc, value.tok.i
    opening = opening_before(i, sent)
    if opening is not None and all(_measure_word(t) or t.text in ("=", ":") for t in doc[opening + 1:i]):
        end = opening  # "(WER = 0.163)", "(98.62%)"
    elif i - 1 > sent.start and doc[i - 1].lower_ == "of":
        end = i - 1  # "baseline of 0.8375", "FID of 40.36"
    else:
        return None
    last = end
    while end > sent.start and (doc[end - 1].lower_ in _KINDS or _measure_word(doc[end - 1])):
        end -= 1
    if end < last:  # "the ResNet50 image-only baseline (51.5 mAP)": a compound word says what kind
        end = _before_compound(doc, end, sent.start)
    named = next((m for m in methods if end <= m.end <= last and m.start < end), None)  # "Citrinet baseline" tagged whole
    return named if named is not None and end < i - 1 and after_beaten_cue(named) else None


def _before_compound(doc, end: int, start: int) -> int:
    """Where a hyphen-joined lower-case compound ("image-only", "text-only") ending at ``end``
    starts, or ``end``."""
    k = end - 3
    if k < start or doc[end - 2].text != "-" or doc[k].whitespace_ or doc[end - 2].whitespace_:
        return end
    return k if doc[k].is_alpha and doc[k].is_lower and doc[end - 1].is_alpha and doc[end - 1].is_lower else end


# "the ResNet101 baseline (98.62%)": the words that say what a name is, before its score
_KINDS = frozenset({"baseline", "baselines", "model", "models"})


def _measure_word(tok) -> bool:
    """A word of the measure written before a score: a tagged Metric's, or an acronym ("WER")."""
    return tok.ent_type_ == "Metric" or (tok.is_alpha and tok.is_upper and len(tok) > 1)


def named_beside(value: Value, methods: list[Span]) -> Span | None:
    """The name a baseline's score is written right after ("(vs. Gemini-3-Pro 4.706, GPT-4.1
    4.220)") or reached by ("compared to 55.4% by OpenAI o3")."""
    doc, i = value.tok.doc, value.tok.i
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in ("%", "\\%"))
    by = j + 1 if j < len(doc) and doc[j].lower_ == "by" else None
    return next((m for m in methods if m.end == i or (by is not None and (  # "by OpenAI o3", o3 tagged alone
        m.start == by or (m.start == by + 1 and doc[by].text[:1].isupper())))), None)
