"""Whose values a "from a to b" range holds and what they measure (kg.extract.results): the
name right before "from" is the measure ("AbsRel from 0.0582 to 0.0291") or the method that
started at the old value ("improves the Codex baseline from 71.75% ..."); with no name there,
the model the change is measured on ("ReAct's success rate rises from 37% to 95%", "Applied
to Qwen3-30B, ...", "Qwen2.5-7B with SLOT achieves ... from"); a range's new value measures
what its old one does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.result_lists import CHANGE_VERBS
from kg.extract.result_names import METHOD_LABELS, Name, is_name_token
from kg.extract.result_measures import METRIC_HEADS
from kg.extract.result_owners import CLAUSE_STOPS, method_before
from kg.extract.result_values import Value, word_before

__all__ = ["compared_after", "base_of_range", "opens_range", "range_names"]

_POSSESSIVE = frozenset({"'s", "’s", "`s"})
_IMPROVING_VERBS = frozenset({"boost", "boosted", "boosting", "boosts", "enhance", "enhanced", "enhances",
                              "enhancing", "improve", "improved", "improves", "improving", "increased",
                              "increases", "increasing", "lifted", "lifts", "raised", "raises", "raising"})


def opens_range(value: Value) -> bool:
    """ "from 16.04 to": a value right after its range's "from" (not "to 0.769 and ... to 0.11")."""
    before = word_before(value.tok)
    return value.range_start and before >= 0 and value.tok.doc[before].lower_ == "from"


def range_names(values: list[Value], ents: list[Span], datasets: list[Name]) -> tuple[dict[int, Span],
                                                                                     dict[int, Span]]:
    """The name right before a range's "from": what both values measure ("reducing AbsRel from
    0.0582 to 0.0291"), or the method that started at the first value ("improves the Codex
    baseline from 71.75% to 81.36%": 71.75% is Codex's, 81.36% the subject's). Two maps from
    a value's token index: measures (both values) and owners (the first value only)."""
    measures, owners = {}, {}
    for v, nxt in zip(values, [*values[1:], None]):
        doc, i, word = v.tok.doc, v.tok.i, word_before(v.tok)  # "from $82.81$": the dollar is the value's
        if not v.range_start or word < 1 or doc[word].lower_ != "from":
            continue
        end = _before_aside(doc, word)
        ent = next((e for e in ents if e.end == end), None)
        span = ent if ent is not None else _untagged_measure_before(doc, end) or _measure_before_verb(
            doc, end, ents) or doc[end - 1:end]
        if any(d.start < span.end and span.start < d.end for d in datasets):  # "on Reward Bench from"
            owners.update(_improved_object(v, ents, datasets))
        elif _names_a_measure(span):
            measures.update({i: span} if nxt is None else {i: span, nxt.tok.i: span})
            if span.label_ == "Metric" and _possessed(span):
                owners.update(_improved_object(v, ents, datasets))  # "increasing GPT-4o's pass rate from 26%"
        elif ent is not None and ent.label_ in METHOD_LABELS:
            owners[i] = ent
        else:
            owners.update(_improved_object(v, ents, datasets))
        baseline = _named_after_range(nxt, ents, datasets) if nxt is not None else None
        if baseline is not None:  # "from 54.04% to 66.14% for AraGPT2-Base": the model before the change
            owners[i] = baseline
    return measures, owners


def _possessed(measure: Span) -> bool:
    """ "GPT-4o's pass rate", "GPT-4o-mini's zero-shot accuracy": a measure a name owns, its
    lower-case modifiers between."""
    doc, k = measure.doc, measure.start - 1
    while (k > measure.start - 5 and k > 0 and doc[k].text not in _POSSESSIVE
           and (doc[k].is_lower or doc[k].text == "-")):
        k -= 1
    return k >= 0 and doc[k].text in _POSSESSIVE


def _before_aside(doc: Doc, end: int) -> int:
    """Where the name before "from" ends: before a parenthesised aside that explains it ("the
    Autonomous Success Rate (resolving tasks without ...) from 42.86% to 71.43%"), not before
    a short name in parentheses ("Fr\\'echet Inception Distance (FID) from": FID is the name)."""
    if end < 3 or doc[end - 1].text != ")":
        return end
    sent_start = doc[end].sent.start
    opener = next((k for k in range(end - 2, max(sent_start, end - 16) - 1, -1) if doc[k].text in "()"), None)
    if opener is None or doc[opener].text != "(" or opener == sent_start or not doc[opener + 1].is_lower:
        return end  # "the topological metric (Betti matching error) from": the measure's own name
    words = [t for t in doc[opener + 1:end - 1] if t.is_alpha and t.is_lower]
    return opener if len(words) >= 2 else end


def _named_after_range(end: Value, ents: list[Span], datasets: list[Name]) -> Span | None:
    """The model a change was made to, named by "for" right after the range's new value:
    "improves from 54.04% to 66.14% for AraGPT2-Base", "for the LLaMA2-70b model" (54.04% is
    AraGPT2-Base's; the new value is the subject's, not AraGPT2-Base's)."""
    doc, j = end.tok.doc, end.tok.i + 1
    while j < len(doc) and doc[j].text in ("%", "\\%"):
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ != "for":
        return None
    start = j + 2 if doc[j + 1].lower_ == "the" else j + 1  # "for the LLaMA2-70b model"
    return next((e for e in ents if e.start == start and e.label_ in METHOD_LABELS
                 and not any(d.start < e.end and e.start < d.end for d in datasets)), None)


def _improved_object(value: Value, ents: list[Span], datasets: list[Name]) -> dict[int, Span]:
    """ "APE enhances GPT-4o agreement rate on Reward Bench from 87.2%": the method named right
    after an improving verb (before the "from", in the clause) started at the first value."""
    doc, sent = value.tok.doc, value.tok.sent
    for t in reversed(doc[sent.start:value.tok.i]):
        if t.text in (",", ";"):
            return {}
        if t.lower_ in _IMPROVING_VERBS:
            after = [e for e in ents if e.label_ in METHOD_LABELS and t.i < e.start and e.end < value.tok.i
                     and not any(d.start == e.start for d in datasets)]
            return {value.tok.i: after[0]} if after else {}
    return {}


def _untagged_measure_before(doc: Doc, end: int) -> Span | None:
    """ "GPT-4o's pass rate from 26% to 42%": up to three untagged words before "from" ending
    in an evaluation noun, labelled a Metric."""
    if end < 1 or doc[end - 1].lower_ not in METRIC_HEADS or doc[end - 1].ent_type_:
        return None
    start, words = end - 1, 1
    while start > 0 and words < 3:
        if _glued_hyphen(doc, start - 1):
            start -= 2  # "open-ended understanding rate from 64.5%"
        elif doc[start - 1].is_alpha and not doc[start - 1].is_stop and not doc[start - 1].ent_type_ \
                and doc[start - 1].lower_ not in _IMPROVING_VERBS:
            start, words = start - 1, words + 1
        else:
            break
    start -= 2 * _glued_hyphen(doc, start - 1)  # the first word's own first half
    return Span(doc, start, end, label="Metric") if end - start > 1 else None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen joining two words with no space ("open-ended")."""
    return (i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
            and doc[i - 1].is_alpha)


# with the forms after a plural measure: "success rates drop sharply from 60.6% to 30.9%"
_VERBS_OF_CHANGE = CHANGE_VERBS | {"drop", "fall", "decline", "rise", "increase", "decrease", "improve", "grow", "jump"}


def _measure_before_verb(doc: Doc, end: int, ents: list[Span]) -> Span | None:
    """ "the role overstepping rate decreases from 46.4% to 8.4%": the measure is the subject of
    the verb of change before "from" (tagged, or untagged words ending in an evaluation noun)."""
    if end >= 3 and doc[end - 1].lower_.endswith("ly") and doc[end - 1].is_alpha:
        end -= 1  # "success rates drop sharply from 60.6% to 30.9%"
    if end < 2 or doc[end - 1].lower_ not in _VERBS_OF_CHANGE:
        return None
    tagged = next((e for e in ents if e.end == end - 1), None)
    if tagged is not None:
        return tagged if tagged.label_ == "Metric" else None
    return _untagged_measure_before(doc, end - 1)


def _names_a_measure(span: Span) -> bool:
    """A metric by its tag or by how the 2025 corpus uses the name (RMSE, FID), or a coined
    one-word name the corpus does not know (AbsRel); never a model ("improves Llama-3 from")."""
    if span.label_ == "Metric" or corpus_type(span.text) == "Metric" or "@" in span.text:
        return True  # "PASS@100 from 35.5%", whatever the NER called it
    text = span.text
    if text.lower() in ("sota", "soa"):
        return False  # "reducing prior academic SOTA from 8.3% to 3.24%": whose score, not what it measures
    return (span.label_ in ("", "Method", "Model") and len(span) == 1 and corpus_type(text) is None
            and any(c.isupper() for c in text) and ("@" in text or not any(c.isdigit() for c in text)))




def base_of_range(value: Value, sent: Span, methods: list[Span]) -> tuple[Span | None, bool]:
    """(name, owns the new value too) for a "from a to b" range no name is written beside: the
    model the change is measured on. As the subject ("ReAct's success rate rises from 37% to
    95%", "fine-tuning of Qwen2.5-VL-7B improves SPIDEr from 0.11 to 0.31") both values are the
    name's, as written; as the object ("our framework increases GPT-4o's pass rate from 26% to
    42%", "Applied to Qwen3-30B, MarsRL improves AIME accuracy from 86.5% to 93.3%") the old one
    only: the new one is the subject's, the paper's method."""
    doc, i = value.tok.doc, word_before(value.tok) + 1  # "from $82.81$": what is before the dollar
    if not value.range_start or i < 1 or doc[i - 1].lower_ != "from":
        return None, False
    if _declines(doc, i - 2):  # "for a leading model like GPT-5, success rates drop sharply from 60.6% to 30.9%"
        owner = method_before(value.tok, methods)
        return owner, owner is not None
    ends = {m.end: m for m in methods}
    if doc[i - 2].lower_ in CHANGE_VERBS and i - 2 in ends:  # "IGE improves from 81% to 95%"
        return ends[i - 2], True
    for j in range(i - 2, max(sent.start - 1, i - 13), -1):  # "ReAct's mean success rate in TextWorld rises from"
        if doc[j].lower_ in CLAUSE_STOPS or doc[j].text in "();":
            break
        subject = any(doc[k].lower_ in CHANGE_VERBS for k in range(j, i - 1))  # the verb after the name
        if doc[j].text in _POSSESSIVE and j - 1 >= sent.start:
            name = ends.get(j) or _untagged_owner(doc, j - 1, sent)
            return name, name is not None and subject
        if doc[j].lower_ == "of" and j + 1 < i and any(m.start == j + 1 for m in methods):
            return next(m for m in methods if m.start == j + 1), subject
        if doc[j].lower_ in CHANGE_VERBS and j > sent.start:  # "improves gpt-5-mini accuracy from 0.14 to 0.37"
            k = j + 1 + (doc[j + 1].lower_ == "the")
            k += k < i and doc[k].text.startswith("\\") and doc[k].text.endswith("{")  # "improves \texttt{gpt-5-mini}"
            changed = next((m for m in methods if m.start == k and m.end < i - 1), None)
            if changed is not None:
                return changed, False
    applied = [m for m in methods if m.end <= i and m.start >= sent.start + 2 and m.label_ == "Model"
               and doc[m.start - 1].lower_ == "to" and doc[m.start - 2].lower_ in ("applied", "apply", "applying")]
    if applied:
        return applied[-1], False
    return (compared_after(value, sent, methods) or _reached_on_after(value, sent, methods)
            or _model_with_method(value, sent, methods)), False


_COMPARED = ("relative to", "compared to", "compared with", "over", "versus", "vs", "vs.")
_UNIT_TOKENS = frozenset({"%", "\\%", "$", "pp", "points", "percent"})


def _after_the_range(value: Value, sent: Span) -> int | None:
    """The token after "from a to b" that ``value`` opens (None when no "to" value follows)."""
    doc, k = value.tok.doc, value.tok.i + 1
    while k < sent.end and doc[k].text in _UNIT_TOKENS:
        k += 1
    if k + 1 >= sent.end or doc[k].lower_ != "to" or not doc[k + 1].text[:1].isdigit() and doc[k + 1].text != "$":
        return None
    k += 2
    while k < sent.end and (doc[k].text in _UNIT_TOKENS or doc[k].like_num or doc[k].text == ","):
        k += 1
    return k


def _reached_on_after(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """ "Evo-MedAgent raises MCQ accuracy from 0.68 to 0.79 on GPT-5-mini": the model named
    right after the range is the one the change was reached on, and it had the old value."""
    k = _after_the_range(value, sent)
    if k is None or k >= sent.end or value.tok.doc[k].lower_ != "on":
        return None
    at = k + 1 + (k + 1 < sent.end and value.tok.doc[k + 1].lower_ == "the")
    return next((m for m in methods if m.start == at and m.label_ == "Model"), None)


def compared_after(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """ "increased explained variance from 0.28 to 0.37 relative to LightGBM", "reduces rFID from
    2.39 to 2.10 compared with SimVQ": the name the change is set against right after the range
    had the old value."""
    doc, k = value.tok.doc, _after_the_range(value, sent)
    if k is None:
        return None
    for cue in _COMPARED:
        words = cue.split()
        if [t.lower_ for t in doc[k:k + len(words)]] == words:
            at = k + len(words) + (k + len(words) < sent.end and doc[k + len(words)].lower_ == "the")
            return next((m for m in methods if m.start == at), None)
    return None


def _declines(doc: Doc, j: int) -> bool:
    """A measure falling "from a to b" as a condition changes: both values are one system's
    (the verb has no object: nobody's method lowered it from a baseline's)."""
    while j > 0 and doc[j].lower_.endswith("ly"):  # "drop sharply from"
        j -= 1
    return doc[j].lower_ in _DECLINE_VERBS


_DECLINE_VERBS = frozenset({"drop", "drops", "dropped", "dropping", "fall", "falls", "fell", "falling", "decline",
                            "declines", "declined", "declining", "degrade", "degrades", "degraded", "degrading",
                            "plunge", "plunges", "plunged", "plummets", "plummeted", "deteriorates", "deteriorated",
                            "collapses", "collapsed"})


def _model_with_method(value: Value, sent: Span, methods: list[Span]) -> Span | None:
    """ "Qwen2.5-7B with SLOT achieves a gain of 8.6% on GSM8K from 57.54% to 66.19%": the model
    a clause opens with, before "with" and the method, is where the change started."""
    doc, i = value.tok.doc, value.tok.i
    start = max((t.i + 1 for t in doc[sent.start:i] if t.text in (",", ";", ":")), default=sent.start)
    starts = {m.start for m in methods}
    first = next((m for m in methods if start <= m.start < i), None)
    if first is None or first.label_ != "Model" or first.end + 1 >= i or doc[first.end].lower_ != "with":
        return None
    return first if first.end + 1 in starts else None


def _untagged_owner(doc: Doc, i: int, sent: Span) -> Span | None:
    """ "Reflexion's": a capitalised name the NER left untagged, not the sentence's first word."""
    tok = doc[i]
    if i == sent.start or not is_name_token(tok) or not tok.text[:1].isupper() or tok.ent_type_:
        return None
    return Span(doc, i, i + 1, label="Method")
