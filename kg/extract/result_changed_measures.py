"""The measure a verb of change names before its values: "reduces fabrication from 33.7% to
0.67%", "enhances GPT-4o agreement rate on Reward Bench from 87.2% to 90.5%", "lowers leakage
to 5.12%". Authors coin such measures freely, so the NER leaves most of them untagged, and the
nearest tagged measure of the sentence is then another value's.

Pure functions over spaCy tokens; kg.extract.result_measures asks ``changed_measure``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.result_lists import CHANGE_VERBS
from kg.extract.result_quantities import COST_NOUNS, MARKUP_OPEN

__all__ = ["changed_measure"]

_MORE_CHANGE_VERBS = frozenset({"enhances", "enhanced", "enhancing", "lifts", "lifted", "lifting", "cuts",
                                "cutting", "elevates", "elevated", "elevating", "brings", "bringing", "pushes",
                                "pushing", "pushed", "drives", "driving"})
_VALUE_CUES = frozenset({"from", "to", "by"})
# where the measure's words end: "agreement rate on Reward Bench from", "MPJPE (from"
_NP_END = frozenset({"on", "in", "from", "to", "(", "across", "for", "by", "at", "over", "under", "with",
                     ",", "of", "when", "while", "compared"})
_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her", "a", "an"})
_LIST_GLUE = frozenset({"and", ","})
# no measure: what changed is the system as a whole ("improves performance from 60% to 70%",
# "reducing prior academic SOTA from", "improves the state of the art by")
_NO_MEASURE = frozenset({"performance", "performances", "results", "result", "it", "them", "this", "that",
                         "these", "those", "model", "models", "baseline", "baselines", "capability",
                         "capabilities", "ability", "abilities", "effectiveness", "quality", "outcomes",
                         "sota", "soa", "art", "state", "record", "records", "best"})
_INTRANSITIVE = frozenset({"rose", "rises", "rising", "grew", "grows", "growing", "jumped", "jumps", "fell", "falls",
                           "falling", "dropped", "drops", "dropping", "declined", "declines", "declining"})
_WINDOW = 16
_HEDGES = frozenset({"about", "around", "approximately", "nearly", "just", "only", "~"})


def changed_measure(tok: Token, ents: list[Span]) -> Span | None:
    """The untagged words a verb of change takes as object when the value is its "from", "to"
    or "by" ("reduces MPJPE (from 60.8mm to 7.5mm)", "improves edit success by 17.1%"), or the
    item of a list of such changes the value follows ("improving ROUGE-L to 0.274 and
    DeBERTaScore to 0.677"); a model named before them is the owner, not the measure ("GPT-4o
    agreement rate")."""
    doc, j = tok.doc, tok.i - 1
    while j > tok.sent.start and (doc[j].text in MARKUP_OPEN or doc[j].lower_ in _HEDGES):
        j -= 1
    if j > tok.sent.start + 2 and doc[j].lower_ == "to" and doc[j - 1].lower_ == "up" and doc[j - 2].lower_ == "by":
        j -= 2  # "improves edit success by up to 17.1%": the largest change, still a change
    if j <= tok.sent.start or doc[j].lower_ not in _VALUE_CUES or doc[j - 1].lower_ == "up":
        return None  # "up to 9.94 points": a bound, no change's end
    verb = next((k for k in range(j - 1, max(tok.sent.start, j - _WINDOW) - 1, -1)
                 if doc[k].lower_ in CHANGE_VERBS or doc[k].lower_ in _MORE_CHANGE_VERBS), None)
    if verb is None or any(e.label_ == "Metric" and verb < e.start and e.end <= j for e in ents):
        return None  # "raises the mean Intersection-over-Union (mIoU) on ADE20K from": the tagged one
    listed = _listed_item(doc, verb, j)
    if listed is not None:
        return _a_measure(listed, ents)
    if doc[verb].lower_ in _INTRANSITIVE:
        return None  # "which falls significantly to 23.0%": the measure is the subject
    start = verb + 1
    end = next((k for k in range(start, j + 1) if doc[k].lower_ in _NP_END), j)
    while start < end and (doc[start].lower_ in _DETERMINERS or _owner_at(doc[start], ents)):
        start += 1
    data = [e for e in ents if e.label_ == "Dataset" and start <= e.start and e.end < end]
    start = data[-1].end if data else start  # "raises scaffold-free VoxSafeBench SAR from": the data's measure
    if doc[j].lower_ == "by" and not _changed_by_measure(doc, verb, start, end, j):
        return None
    return _a_measure(doc[start:end], ents)


def _changed_by_measure(doc: Doc, verb: int, start: int, end: int, by: int) -> bool:
    """ "improves edit success by 17.1%": the verb's object measures a "by" change, written in
    the same clause, unless it is a count ("the number of inlier matches": kept as the older
    rules read it) or the benchmark's bare score ("the VBench score")."""
    if start >= end or any(t.text in (";", ":") or t.text == "," and not _an_item_end(doc, t.i - 1)
                           for t in doc[verb:by]):
        return False  # "improves cooperative reasoning, outperforming X by 3.87%": another clause's
    a_count = doc[end].lower_ == "of" and doc[end - 1].lower_ in COST_NOUNS
    return not a_count and doc[start:end].text.lower() not in ("score", "scores")


def _listed_item(doc: Doc, verb: int, cue: int) -> Span | None:
    """ "overall accuracy (from 51.8% to 97.8%), pairwise contrast accuracy (from 4.5% ...": the
    words right before the value's "from" or "to", after a list's comma or "and"."""
    end = cue - (doc[cue - 1].text == "(")
    start = end
    while start > max(verb + 1, end - 4) and not (doc[start - 1].is_punct or doc[start - 1].like_num
                                                   or doc[start - 1].lower_ in _LIST_GLUE):
        start -= 1
    if start == end or doc[start - 1].lower_ not in _LIST_GLUE or not _an_item_end(doc, start - 2):
        return None  # "the ACER gap between African and East Asian subjects to 0.13%": no list
    return doc[start:end]


def _an_item_end(doc: Doc, i: int) -> bool:
    """Token ``i`` closes an earlier change of the list ("to 0.274 (+19.6%) and", "97.8%),")."""
    return i >= 0 and (doc[i].like_num or doc[i].text in ("%", "\\%", ")", "$"))


def _owner_at(word: Token, ents: list[Span]) -> bool:
    return any(e.start <= word.i < e.end and e.label_ in ("Model", "Method") for e in ents)


def _a_measure(words: Span, ents: list[Span]) -> Span | None:
    """One to four plain words ("zero-shot" one of them), none of them a tagged thing, not the
    system's performance."""
    hyphens = sum(t.text == "-" for t in words)
    if not 1 <= len(words) - 2 * hyphens <= 4 or words[-1].lower_ in _NO_MEASURE or words[-1].text.endswith("-") \
            or words[-1].lower_.endswith("ly"):  # "improves single-agent tasks dramatically (0.6% to 76.3%)"
        return None
    if any(t.like_num and not t.is_alpha or t.is_punct and t.text != "-" or t.is_stop or any(c.isdigit() for c in t.text)
           or "\\" in t.text for t in words):
        return None  # "boosts SWA-3B-4k (a Recurrent LLM) from": a model's name, no measure
    if any(e.start < words.end and words.start < e.end and e.label_ not in ("Metric", "Task") for e in ents):
        return None
    return Span(words.doc, words.start, words.end, label="Metric")
