"""Which measure a value listed in a run of values takes (kg.extract.results): the run's, not
one written in a later clause ("AUC scores of 87.83%, 97.21%, and 89.74% respectively, at 41.5
FPS") nor one that opens the next run ("AUC of 99.7%, 100% and 98.6% and AUPR of 99.8%"); a
value listed after another with only places between is measured like it ("success rates of
28.0% on AndroidWorld and 19.8% on OSWorld"); a list of measures pairs with as many values when
the sentence says "respectively" ("precision and recall scores of 0.9026 and 0.8527").
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.model_vs_method import a_measure_at_k
from kg.extract.result_lists import LIST_GLUE
from kg.extract.result_values import Value, in_entity

__all__ = ["measure_of_a_run", "respective_measures"]


def measure_of_a_run(before: Value, value: Value, before_metric: Span | None, metric: Span | None,
                     ents: list[Span]) -> Span | None:
    """ "AUC scores of 87.83%, 97.21%, and 89.74% respectively, at 41.5 FPS": a value listed
    right after another is measured by what measures the run, not by a measure in a later clause."""
    if metric is None:
        return _listed_measure(before, value, before_metric, ents)
    if before_metric is not None and before_metric.end <= before.tok.i and value.tok.i < metric.start \
            and _opens_its_values(metric):
        return before_metric  # "AUC of 99.7%, 100% and 98.6% and AUPR of 99.8%": AUPR's values come after it
    glue = value.tok.doc[before.tok.i + 1:value.tok.i]
    if before_metric is not None and metric.end <= before_metric.start and before_metric.end <= before.tok.i \
            and all(t.lower_ in LIST_GLUE or t.text == "\\%" for t in glue):
        return before_metric  # "dice scores of 83.28 and 84.50% and Jaccard indices of 72.85 and 79.31": Jaccard's
    later = value.tok.doc[value.tok.i + 1:metric.start]  # "..., at 41.5 FPS": a later clause's
    if before_metric is None or not before_metric.end <= value.tok.i < metric.start \
            or not any(t.text in (",", ";") for t in later):
        return metric
    run = before_metric.end <= before.tok.i and all(t.lower_ in LIST_GLUE or t.text == "\\%" for t in glue)
    # "0.887 $S_\\alpha$ on CAMO, 0.890 on COD10K, ..., with real-time inference speed"
    return before_metric if run or _listed_measure(before, value, before_metric, ents) else metric


def _opens_its_values(metric: Span) -> bool:
    """ "AUPR of 99.8%", "F1 = 0.93": a measure written before its own values."""
    doc, i = metric.doc, metric.end
    i += i < len(doc) and doc[i].lower_ in ("of", "=", ":")
    i += i < len(doc) and doc[i].text == "$"
    return i > metric.end and i < len(doc) and doc[i].like_num


_LISTED_PLACE = LIST_GLUE | {"on", "in", "for", "$", "%", "\\%", "(", ")"}  # "A (55.3%), B (93.7%)"


def _listed_measure(before: Value, value: Value, metric: Span | None, ents: list[Span]) -> Span | None:
    """ "success rates of 28.0% on AndroidWorld and 19.8% on OSWorld": a value listed after
    another, with only places between, is measured like it."""
    between = value.tok.doc[before.tok.i + 1:value.tok.i]
    placed = {i for e in ents if e.label_ == "Dataset" for i in range(e.start, e.end)}
    if metric is None or len(between) > 12 or not any(t.lower_ in ("and", ",") for t in between):
        return None
    own = range(metric.start, metric.end)  # "0.887 $S_\\alpha$ on CAMO, 0.890 on COD10K"
    if any(t.i in own for t in between) and _measured_after(value):
        return None  # "$39.3\\%$ recognition score and $56.0\\%$ Chain-of-Thought (CoT) score": its own
    return metric if all(t.lower_ in _LISTED_PLACE or t.i in placed or t.i in own for t in between) else None


def _measured_after(value: Value) -> bool:
    """Words other than a place or list glue follow the value (its own measure, tagged or not)."""
    doc, i = value.tok.doc, value.tok.i + 1
    while i < len(doc) and doc[i].text in ("%", "\\%", "$", "}"):
        i += 1
    return i < len(doc) and doc[i].lower_ not in _LISTED_PLACE and not doc[i].is_punct


def respective_measures(sent: Span, values: list[Value], ents: list[Span]) -> dict[int, Span]:
    """ "precision and recall scores of 0.9026 and 0.8527 respectively": a list of measures
    followed by as many values pairs them in order (value token index -> measure); the
    "respectively" is theirs, not a list of datasets'."""
    if not any(t.lower_ == "respectively" for t in sent):
        return {}
    doc = sent.doc
    metrics = sorted([*(e for e in ents if e.label_ == "Metric" and sent.start <= e.start and e.end <= sent.end),
                      *_untagged_cut_off_measures(sent, ents)], key=lambda e: e.start)
    for listed in _measure_lists(doc, metrics):
        run = [v for v in values if v.tok.i >= listed[-1].end][:len(listed)]
        if len(run) < len(listed) or run[0].tok.i - listed[-1].end > (20 if _closed_by_respectively(doc, run) else 4):
            run = _run_before(doc, values, listed)  # "scores of 0.883, 0.771 and 0.823 in Precision, Recall and F1"
            if run is None:
                continue
        glue = [t for a, b in zip(run, run[1:]) for t in doc[a.tok.i + 1:b.tok.i]]
        if all(t.lower_ in LIST_GLUE or t.text == "\\%" for t in glue):
            return {v.tok.i: m for v, m in zip(run, listed)}
    return {}


def _closed_by_respectively(doc, run: list[Value]) -> bool:
    """ "its precision, normalized precision and AUC surpass SOTA methods by 5.9%, 5.4% and 4.2%
    respectively": the values' own "respectively" pairs them with the measures further back."""
    after = [t.lower_ for t in doc[run[-1].tok.i + 1:run[-1].tok.i + 4] if t.text not in ("%", "\\%", ",")]
    return bool(after) and after[0] == "respectively"


def _untagged_cut_off_measures(sent: Span, ents: list[Span]) -> list[Span]:
    """ "Precision, Recall, mAP@0.5, mAP@0.5:0.95 and F1-score": a measure at a cut-off the NER
    left untagged still holds its place in the list (else the list is cut short there)."""
    return [Span(sent.doc, t.i, t.i + 1, label="Metric") for t in sent
            if a_measure_at_k(t.text) and not in_entity(t, ents)]


def _run_before(doc, values: list[Value], listed: list[Span]) -> list[Value] | None:
    """The values listed right before "in"/"for" and the measures, as many as they are, and no more."""
    before = [v for v in values if v.tok.i < listed[0].start]
    k = len(before)
    while k > 1 and all(t.lower_ in LIST_GLUE or t.text in ("%", "\\%") for t in doc[before[k - 2].tok.i + 1:before[k - 1].tok.i]):
        k -= 1
    run = before[k - 1:] if before else []
    gap = [t.lower_ for t in doc[run[-1].tok.i + 1:listed[0].start]] if run else []
    if len(run) != len(listed) or [w for w in gap if w not in ("%", "\\%")] not in (["in"], ["for"], ["on"]):
        return None
    return run


def _measure_lists(doc, metrics: list[Span]) -> list[list[Span]]:
    """Runs of two or more measures joined by commas, "and" or "or" alone."""
    lists, current = [], metrics[:1]
    for a, b in zip(metrics, metrics[1:]):
        glue = doc[a.end:b.start]
        if 0 < len(glue) <= 2 and all(t.lower_ in (",", "and", "or") for t in glue):
            current.append(b)
        else:
            lists.append(current)
            current = [b]
    lists.append(current)
    return [listed for listed in lists if len(listed) > 1 and not any(m.text.lower() in _SPLITS for m in listed)]


# "reduces validation and test perplexity by 13% and 12%": splits the NER took for measures
_SPLITS = frozenset({"validation", "test", "training", "train", "dev", "development"})
