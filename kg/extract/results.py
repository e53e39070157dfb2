"""Reported results: (method, dataset, metric, value, unit) read off one sentence.

A result needs a number that reads as a score and a dataset entity in the same sentence;
without a dataset the tuple cannot be placed on a leaderboard, so it is not emitted
(precision over recall). Rules, in words:

* a value is a decimal number, or any number followed by "%", or a number right next to a
  Metric entity; numbers inside entities ("WMT 2014", "ResNet-50"), years, and counts
  ("8 GPUs", "3x", "1.5M parameters") are not values;
* "by 1.1", "+1.8%", "1.1 points more/better", "9.7% points", "a drop of up to 4.4": a
  change against a baseline, kept with unit ``"points"`` so it is never mistaken for an
  absolute score, and so are the values listed after it with their metrics ("by 2.7 box AP,
  2.6 mask AP and 3.2 mIoU"); otherwise the unit is ``"%"`` when a percent sign follows,
  else ``""``;
* the dataset is the Dataset entity nearest the value (after it preferred, as in "71.8 on
  Cityscapes") within its clause (not across ";" or ", and improve upon … ImageNet"), and
  none for a value bracketed after an untagged name ("CIFAR-100 (91.7%), Flowers (98.8%)"); with
  "respectively", or a list of values followed by a list of as many datasets ("71.6 and
  54.4 on A and B"), they pair in order;
* a value right after "previous best", "than", "compared to" ("10.8 compared to SOTA
  perplexity of 15.8"), "from" is a baseline's and
  is skipped (but "from 70.1 to 75.3" keeps 75.3), and so is the first of "27.6% to 36.2%"
  or "58.9 → 61.7"; "30% fewer parameters", "40% faster" state a cost, not a score;
* the metric is the Metric entity written next to the value ("97.5% request accuracy",
  "BLEU of 28.4"), else an evaluation phrase right after it, untagged ("4.9% top-5
  validation error") or ending in a tagged metric ("97.1% request accuracy" with "accuracy"
  tagged), else the nearest one, earlier preferred; the method is the last
  Method/Model entity before the value that is not a baseline (a "than", "over", "compared
  to", "vs" earlier in its clause); it may stay None and be filled with the paper's
  proposed method later.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.spans import doc_entities, doc_text, span_text

__all__ = ["RawResult", "find_results", "find_values"]

_NUM_RE = re.compile(r"^\d+(?:\.\d+)?$")
_COUNT_WORDS = frozenset("""
x × times layers layer million millions billion billions trillion trillions m k b t parameters params hours hour
days day gpus gpu images classes languages words tokens examples samples epochs minutes
seconds ms s fps steps iterations times-faster fold bits-per bytes mb gb pages sentences
documents users questions pairs categories frames videos points-of
""".split())
_DELTA_BEFORE = frozenset({"by", "+", "gain", "gains", "improvement", "improvements"})
_POINT_WORDS = frozenset({"point", "points", "pp", "pts"})
_CHANGE_NOUNS = frozenset({"drop", "drops", "reduction", "reductions", "increase", "increases", "decrease",
                           "decreases"})
# "a 7% relative improvement", "12% fewer errors": a change, not a score
_CHANGE_AFTER = frozenset({"relative", "absolute", "improvement", "improvements", "gain", "gains",
                           "increase", "reduction", "decrease", "fewer", "more", "less", "better",
                           "higher", "lower", "faster", "slower", "boost", "drop"})
# "30% fewer parameters", "26% less number of epochs", "40% faster": what a method costs, not a score
_COST_NOUNS = _COUNT_WORDS | frozenset({"number", "memory", "compute", "computation", "storage", "cost", "costs",
                                        "latency", "flops", "energy", "time", "training", "inference"})
_COST_CHANGES = frozenset({"fewer", "less", "more"})
_COST_ADJECTIVES = frozenset({"faster", "slower", "smaller", "larger", "cheaper"})
_RANGE_WORDS = frozenset({"to", "→", "->", "rightarrow", "⇒"})  # "27.6% to 36.2%", "58.9 → 61.7"
_LIST_GLUE = frozenset({",", "and", "or", "%"})
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "which", "as"})
_BASELINE_CUES = frozenset({"than", "over", "vs", "vs.", "versus", "compared", "against", "surpass",
                            "surpasses", "outperforming", "outperforms", "beats", "previous"})
_METHOD_LABELS = ("Method", "Model")
_VARIANT_SUFFIX_RE = re.compile(r"(?:-(?:[a-z]{0,2}\d+(?:\.\d+)?[a-z]?|base|x{0,2}large|small|tiny|mini|medium|huge|"
                                r"lite|xl|xxl))+(?![\w-])", re.I)
_BASELINE_VALUE_CUES = frozenset({"previous", "prior", "baseline", "baselines", "than", "compared", "versus",
                                  "vs", "vs.", "from", "previously"})
_RESUME_CUES = frozenset({"to", "reaching", "achieving", "while", "whereas", "our", "we"})
# words between a metric and its value: "BLEU of 28.4", "Inception Score (IS) of 166.5"
_METRIC_LINKS = frozenset({"of", "=", ":", "is", "was", "at", "(", ")", "score", "scores"})
# head nouns of evaluation phrases: "top-5 validation error", "word error rate", "exact match score"
_METRIC_HEADS = frozenset({"error", "errors", "accuracy", "accuracies", "rate", "rates", "score", "scores",
                           "precision", "recall", "perplexity", "auc", "map", "iou", "miou", "f1", "bleu"})


@dataclass(frozen=True)
class RawResult:
    """A result found in one doc; ``method`` may be None until the paper fills it."""

    method: str | None
    dataset: str
    metric: str | None
    value: str
    unit: str
    sentence: tuple[int, int]
    value_start: int


def _in_entity(tok: Token, ents: list[Span]) -> bool:
    return any(e.start <= tok.i < e.end for e in ents)


def _value_at(tok: Token, ents: list[Span]) -> tuple[str, str] | None:
    """(value, unit) if ``tok`` reads as a score, else None."""
    if not _NUM_RE.match(tok.text) or _in_entity(tok, ents):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt_low = nxt.lower_ if nxt is not None else ""
    if nxt_low in _COUNT_WORDS or nxt_low.startswith("×"):
        return None
    if nxt is not None and nxt.text == "-" :
        return None
    is_pct = nxt_low == "%"
    after = doc[tok.i + 1 + is_pct].lower_ if tok.i + 1 + is_pct < len(doc) else ""
    if is_pct and after in ("of", "as"):  # "1% of the labels", "29% as many": shares, not scores
        return None
    if _states_a_cost(doc, tok.i + 1 + is_pct):
        return None
    delta = ((prev is not None and prev.lower_ in _DELTA_BEFORE) or nxt_low in _POINT_WORDS
             or after in _CHANGE_AFTER or (is_pct and after in _POINT_WORDS) or _after_up_to_improvement(tok))
    near_metric = any(e.label_ == "Metric" and (e.end == tok.i or e.start == tok.i + 1 + is_pct)
                      for e in ents)
    if "." not in tok.text and not is_pct and not near_metric and not delta:
        return None
    if "." not in tok.text and not is_pct and 1900 <= int(tok.text) <= 2030:
        return None
    unit = "points" if delta else ("%" if is_pct else "")
    return tok.text, unit


def _states_a_cost(doc: Doc, i: int) -> bool:
    """ "... fewer parameters", "... less number of epochs", "... faster" from token ``i`` on."""
    word = doc[i].lower_ if i < len(doc) else ""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return word in _COST_ADJECTIVES or (word in _COST_CHANGES and nxt in _COST_NOUNS)


def _after_up_to_improvement(tok: Token) -> bool:
    """ "improvements up to 29%", "gains of up to 3.1", "a drop of up to 4.4": a change, not a score."""
    left = tok.doc[max(0, tok.i - 4):tok.i]
    return len(left) >= 2 and left[-1].lower_ in ("to", "of") and any(
        t.lower_ in _DELTA_BEFORE or t.lower_ in _CHANGE_NOUNS for t in left)


def _clause_break(doc: Doc, a: int, b: int, starts: set[int]) -> bool:
    """True when tokens a..b cross a clause boundary: ";" or ", and" / ", while" / ... not
    followed by a name (", and CUHK03" continues a list)."""
    for t in doc[min(a, b):max(a, b)]:
        if t.text == ";":
            return True
        if (t.text == "," and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in _CLAUSE_CONJUNCTIONS
                and t.i + 2 not in starts):
            return True
    return False


def _is_baseline_value(tok: Token, sent: Span) -> bool:
    """A value right after "previous best", "than", "compared to", "from" is the baseline's
    (unless "to"/"reaching"/... comes between: "from 70.1 to 75.3")."""
    if _starts_a_range(tok, sent):
        return True
    window = tok.doc[max(sent.start, tok.i - 6):tok.i]
    cue = max((t.i for t in window if t.lower_ in _BASELINE_VALUE_CUES), default=None)
    if cue is None:
        return False
    first = cue + 1 + (tok.doc[cue].lower_ == "compared")  # the "to" of "compared to" resumes nothing
    return not any(t.lower_ in _RESUME_CUES for t in tok.doc[first:tok.i])


def _starts_a_range(tok: Token, sent: Span) -> bool:
    """ "27.6% to 36.2%": the first value is where the change started."""
    doc = tok.doc
    i = tok.i + 1 + (tok.i + 1 < sent.end and doc[tok.i + 1].text == "%")
    for width in (1, 2):  # "->" is two tokens
        if (i + width < sent.end and "".join(t.lower_ for t in doc[i:i + width]) in _RANGE_WORDS
                and _NUM_RE.match(doc[i + width].text)):
            return True
    return False


def find_values(sent: Span, ents: list[Span]) -> list[tuple[Token, str, str]]:
    """(token, value, unit) for every score-like number in the sentence that is not a
    baseline's."""
    out, last = [], None  # last: (token, unit, kept) of the previous score-like number
    for tok in sent:
        found = _value_at(tok, ents)
        if found is None:
            continue
        kept = not _is_baseline_value(tok, sent)
        if last is not None and last[1] == "points" and _continues_list(last[0], tok, ents):
            found, kept = (found[0], "points"), last[2]  # "... by 2.7 box AP, 2.6 mask AP": a change like the first
        if kept:
            out.append((tok, *found))
        last = (tok, found[1], kept)
    return out


def _continues_list(previous: Token, tok: Token, ents: list[Span]) -> bool:
    """ "by 2.7 box AP, 2.6 mask AP and 3.2 mIoU": the first value's metric, then only list
    glue and metric names up to the second, so the second is a change when the first is
    (not so "gains up to 29% and 82.7% accuracy", where no metric follows the change)."""
    metric_ends = {e.end - 1 for e in ents if e.label_ == "Metric"}
    between = [t for t in tok.doc[previous.i + 1:tok.i] if t.text != "%"]
    name = 0  # the words naming the first value's metric ("box AP": a tagged metric at their end)
    while name < min(len(between), 4) and between[name].lower_ not in _LIST_GLUE:
        name += 1
    return (name > 0 and between[name - 1].i in metric_ends
            and all(t.lower_ in _LIST_GLUE for t in between[name:]))


def _nearest(tok: Token, cands: list[Span], prefer_after: bool) -> Span | None:
    if not cands:
        return None

    def dist(e: Span) -> tuple[int, int]:
        after = e.start > tok.i
        d = e.start - tok.i if after else tok.i - e.end + 1
        return (d + (0 if after == prefer_after else 2), e.start)

    return min(cands, key=dist)


def _metric_of(tok: Token, unit: str, metrics: list[Span], ents: list[Span]) -> Span | None:
    """The metric written next to the value ("97.5% request accuracy", "BLEU of 28.4"),
    tagged or not ("4.9% top-5 validation error"), else the nearest one, earlier ones
    preferred ("accuracy rises to 81.2")."""
    after = tok.i + 1 + (unit == "%")
    for metric in metrics:
        if metric.start == after:
            return metric
    for metric in metrics:
        between = tok.doc[metric.end:tok.i]
        if metric.end <= tok.i and len(between) <= 2 and all(t.lower_ in _METRIC_LINKS for t in between):
            return metric
    return _untagged_metric_at(tok.doc, after, tok.sent.end, ents) or _nearest(tok, metrics, prefer_after=False)


def _untagged_metric_at(doc: Doc, start: int, stop: int, ents: list[Span]) -> Span | None:
    """Up to four words from ``start`` ending in an evaluation noun ("top-5 validation
    error", "word error rate") that the NER left untagged, or in a tagged metric whose
    modifiers it left out ("97.1% request accuracy" with only "accuracy" tagged): the value's
    own metric, where the nearest tagged one ("... surpassing human-level accuracy", the
    "joint goal accuracy" of the value before) would be another's."""
    for end in range(start, min(start + 4, stop)):
        word = doc[end]
        metric = next((e for e in ents if e.start == end and e.label_ == "Metric"), None)
        if metric is not None and end > start:
            return doc[start:metric.end]
        if (word.is_punct or word.like_num or word.is_stop or _in_entity(word, ents)
                or word.lower_ in _POINT_WORDS or word.lower_ in _CHANGE_AFTER):
            return None
        if word.lower_ in _METRIC_HEADS:
            return doc[start:end + 1]
    return None


def _method_before(tok: Token, methods: list[Span]) -> Span | None:
    before = [m for m in methods if m.end <= tok.i]
    for m in reversed(before):
        if not _after_baseline_cue(m):
            return m
    return None


def _method_name(method: Span) -> str:
    """ "EfficientNet-B7 reaches 84.3%": the NER often tags the family alone ("EfficientNet",
    the hyphen splits the token); the score belongs to the variant written, which the graph
    links to its family (VARIANT_OF)."""
    variant = _VARIANT_SUFFIX_RE.match(doc_text(method.doc), method.end_char)
    return span_text(method) + (variant.group(0) if variant else "")


def _after_baseline_cue(method: Span) -> bool:
    """ "than X", "compared to learning ... with X": a cue earlier in X's clause (up to 12
    words back, not across a comma) makes X the baseline."""
    doc = method.doc
    for t in reversed(doc[max(method.sent.start, method.start - 12):method.start]):
        if t.text in (",", ";"):
            return False
        if t.lower_ in _BASELINE_CUES:
            return True
    return False


def _parallel_lists(values, datasets: list[Span]) -> bool:
    """ "71.6 and 54.4 on TriviaQA and WebQ": a list of values, then as many datasets joined
    only by commas and "and" -- paired in order as with "respectively"."""
    if not len(values) == len(datasets) > 1 or values[-1][0].i > datasets[0].start:
        return False
    doc = datasets[0].doc
    between_values = [t for (a, *_), (b, *_) in zip(values, values[1:]) for t in doc[a.i + 1:b.i]]
    between_datasets = [t for a, b in zip(datasets, datasets[1:]) for t in doc[a.end:b.start]]
    return (all(t.lower_ in _LIST_GLUE for t in between_values)
            and all(t.lower_ in _LIST_GLUE - {"%"} for t in between_datasets))


def _named_by_untagged_word(tok: Token, ents: list[Span]) -> bool:
    """ "on CIFAR-100 (91.7%), Flowers (98.8%)": a value in brackets belongs to the name just
    before them; when that name is no entity, the nearest dataset would be another's."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "(":
        return False
    name = doc[tok.i - 2]
    return name.text[:1].isupper() and name.is_alpha and not _in_entity(name, ents)


def _with_datasets(values, datasets: list[Span], respectively: bool, ents: list[Span]):
    """(token, value, unit, dataset) per value that has one. With "respectively" and as many
    values as datasets they pair in order ("by 2.2%, 4.88% and 31.55% on A, B and C,
    respectively": all changes when the first is); else the nearest dataset in its clause,
    unless the value is bracketed after an untagged name."""
    starts = {e.start for e in ents}
    if respectively and len(values) == len(datasets) > 1:
        delta = values[0][2] == "points"
        return [(tok, value, "points" if delta else unit, ds) for (tok, value, unit), ds in zip(values, datasets)]
    absolute = [v for v in values if v[2] != "points"]
    paired = dict(zip([v[0].i for v in absolute], datasets)) if respectively and len(datasets) == len(absolute) > 1 else {}
    out = []
    for tok, value, unit in values:
        ds = paired.get(tok.i) if unit != "points" else None
        if ds is None and not _named_by_untagged_word(tok, ents):
            ds = _nearest(tok, [d for d in datasets if not _clause_break(tok.doc, tok.i, d.start, starts)], True)
        if ds is not None:
            out.append((tok, value, unit, ds))
    return out


def find_results(doc: Doc, ents: list[Span] | None = None) -> list[RawResult]:
    """Results in ``doc`` (needs sentence boundaries); ``ents`` defaults to ``doc.ents``."""
    ents = doc_entities(doc) if ents is None else sorted(ents, key=lambda e: e.start)
    starts = [e.start for e in ents]
    out = []
    for sent in doc.sents:  # each sentence's entities by bisection: long docs stay linear
        first, last = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        s_ents = [e for e in ents[first:last] if e.end <= sent.end]
        datasets = [e for e in s_ents if e.label_ == "Dataset"]
        values = find_values(sent, s_ents) if datasets else []
        if not values:
            continue
        metrics = [e for e in s_ents if e.label_ == "Metric"]
        methods = [e for e in s_ents if e.label_ in _METHOD_LABELS]
        respectively = any(t.lower_ == "respectively" for t in sent) or _parallel_lists(values, datasets)
        for tok, value, unit, ds in _with_datasets(values, datasets, respectively, s_ents):
            metric = _metric_of(tok, unit, metrics, s_ents)
            method = _method_before(tok, methods)
            out.append(RawResult(_method_name(method) if method else None, ds.text,
                                 metric.text if metric else None, value, unit,
                                 (sent.start_char, sent.end_char), tok.idx))
    return out
