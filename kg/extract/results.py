"""Reported results: (method, dataset, metric, value, unit, kind) read off one sentence.

A result needs a number that reads as a score (kg.extract.result_values: what is a value, of
which kind, whether a baseline's) and a named dataset; without one the tuple cannot be placed on
a leaderboard. The names around a value come from kg.extract.result_names, the dataset each
value is on from kg.extract.result_places, and the owners and the measure of a "from a to b"
range from kg.extract.result_ranges. Rules, in words:

* the dataset is the name right after the value's "on" ("80.3% mIoU on Cityscapes", whatever
  the NER called it), or the name of a bracketed value in a list after "on" ("on TIIF(73.8),
  DPG(86.8)"), else the Dataset entity or untagged name after an "on" ("results on
  UnrealStereo4K, reducing ...") nearest the value (after it preferred) within its clause
  (not across ";" or ", and improve upon ... ImageNet"), and none for a value bracketed after an
  untagged name that is no dataset ("Fear (0.73)"); with "respectively", or a list of values
  followed by a list of as many datasets ("71.6 and 54.4 on A and B"), they pair in order;
* a sentence with values and no dataset that points back ("respectively", "these datasets",
  "both") takes the previous sentence's datasets, paired in order; one that does not point
  back leaves the dataset empty for the paper to fill (kg.extract.assemble: only when the paper
  names a single dataset);
* a baseline's value ("from 87.6% to 93.2%", "compared to 33.0% for YOLOv3", "surpassing X's
  93.3%") is kept as a baseline result when a name owns it ("for X", "X's", "X (93.3%)") or it
  starts a "from ... to ..." range (then unnamed: the paper's method is not filled in);
  the value a score is set against ("beats BM25 (0.92 vs. 0.91)", "(0.92 vs 0.72) over the best
  recurrent baseline") is kept as the baseline's, named by the comparison or unnamed; a baseline
  value written right after a name or before a "by" and a name is that name's ("vs. Gemini-3-Pro
  4.706", "55.4% by OpenAI o3"); other baseline values ("previous best of 52.52") are skipped;
* the metric is the Metric entity written next to the value ("97.5% request accuracy",
  "BLEU of 28.4"), else an evaluation phrase right after it, untagged ("4.9% top-5
  validation error") or ending in a tagged metric, else the nearest one, earlier preferred,
  else the measure of the value it is listed after with only places between ("success rates
  of 28.0% on AndroidWorld and 19.8% on OSWorld");
* the method is the name that owns the value ("GPT-5 (52.3)", "GPT-5: 30%", "for X"), or the
  name paired with it by a list ("A, B and C reach 57.2%, 55.3% and 54.9%"), or the subject of
  a ", achieving 80.6%" clause, else the last Method/Model entity before the value that is not
  a baseline (a "than", "over", "compared to", "vs" earlier in its clause); None (filled with
  the paper's proposed method later) when "it", "we" or "our" stands between;
* a range's old value with no name beside it belongs to the model the change is measured on
  ("ReAct's success rate rises from 37% to 95%": both ReAct's; "Applied to Qwen3-30B, MarsRL
  improves ... from 86.5% to 93.3%": the old one Qwen3-30B's), and its new value measures what
  the old one does ("FID from 16.04 to 7.80 and NLL ...": both FID);
* a name right before a range's "from" is what the range measures ("AbsRel from 0.0582 to
  0.0291") or the method it started from ("improves the Codex baseline from 71.75% ...");
* a number placed by nothing in its sentence (no dataset, metric or unit) counts only where
  the sentence speaks of scores, and costs ("model size") and annotators' agreement are none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kg.extract.credited_names import a_class_of_models, method_name_ok, names_a_method
from kg.extract.result_names import Name, as_name, cut_through_a_bracket
from kg.extract.result_measures import measure_text, metric_of
from kg.extract.result_comparisons import baseline_named, compared_owner_as_method, named_beside, versus_owner
from kg.extract.result_owners import after_baseline_cue, method_before, method_name, owner_of, winner_of
from kg.extract.result_ranges import base_of_range, compared_after, opens_range, range_names
from kg.extract.result_people import HUMANS, human_groups
from kg.extract.result_roles import measure_candidates, owner_candidates, place_candidates, trained_on
from kg.extract.result_subjects import an_unnamed_model, improved_by_another
from kg.extract.result_pairing import value_runs
from kg.extract.result_places import QUOTES, datasets_of
from kg.extract.result_runs import measure_of_a_run, respective_measures
from kg.extract.result_slashes import slashed_measures
from kg.extract.result_lists import LIST_GLUE
from kg.extract.result_values import COST_NOUNS, Value, find_values
from kg.extract.spans import doc_entities
from kg.resolve.specificity import of_no_type

__all__ = ["RawResult", "a_class_of_models", "find_results", "find_values", "method_name_ok"]

# a metric measuring what a method costs ("training time reduction", "model size"): no score
_COST_METRIC_WORDS = frozenset({"time", "latency", "memory", "flops", "gflops", "macs", "size", "parameters",
                                "compression", "params", "cost", "costs", "energy", "throughput", "speedup",
                                "overhead", "runtime", "vram", "efficiency"})
# agreement between annotators describes the data, not a method: "Fleiss Kappa = 0.86"
_DATA_QUALITY = re.compile(r"inter-(?:annotator|rater|expert|observer|reader)|"
                           r"(?:annotator|human|human-model) (?:agreement|consensus|acceptance)|"
                           r"validated by (?:human )?(?:annotators|raters|experts)|"
                           r"agreement (?:among|between) (?:annotators|raters)|krippendorf|fleiss|"
                           r"annotation quality", re.I)
# a bare number ("0.36", no unit, no metric, no dataset in its sentence) counts only in a
# sentence that speaks of a score: not in LaTeX debris or a list of settings
_SCORE_WORDS = re.compile(r"\b(?:achiev|attain|reach|scor|obtain|perform|yield|surpass|outperform|accura|result|"
                          r"record|rank|led\b|lead)", re.I)


@dataclass(frozen=True)
class RawResult:
    """A result found in one doc; ``method`` may be None until the paper fills it (never for a
    ``baseline``'s), ``dataset`` None until the paper does (when it names one dataset);
    ``fallback_method`` is the model a range's new value was reached on, credited when the
    paper names no method of its own ("our framework improves GPT-4o-mini's accuracy from
    0.394 to 0.601")."""

    method: str | None
    dataset: str | None
    metric: str | None
    value: str
    unit: str
    sentence: tuple[int, int]
    value_start: int
    kind: str = "absolute"
    baseline: bool = False
    fallback_method: str | None = None


def _method_of(value: Value, ends_range: bool, sent: Span, methods: list[Span]) -> tuple[Span | None, bool, bool]:
    """(method span, keep, baseline): a baseline's value is kept only when a name owns it or it opens
    a "from ... to ..." range; the new value of a range belongs to the sentence's subject."""
    if not ends_range:
        won, winner = winner_of(value, sent, methods)  # "better than the CoT (47.5% compared to 26.67%)"
        if won:
            return winner, True, False
    owner = None if ends_range else owner_of(value, sent, methods)
    if value.baseline or (owner is not None and after_baseline_cue(owner)):  # "surpassing X's 93.3%"
        if owner is None and not value.range_start:
            kept, owner = versus_owner(value, sent, methods)  # "beats BM25 (0.92 vs. 0.91)"
            named = None if kept else baseline_named(value, sent, methods) or named_beside(value, methods)
            return (named, True, True) if named is not None else (owner, kept, True)
        return owner, owner is not None or value.range_start, True
    if owner is None and value.kind == "delta":  # "S3-FT improves Qwen3-VL-8B by +9.7%": S3-FT's gain
        methods = [m for m in methods if not improved_by_another(m)]
    return owner or method_before(value.tok, methods), True, False


def _value_run(values: list[Value]) -> list[Value]:
    """The leading values joined only by list glue: "57.2%, 55.3%, and 54.9%"."""
    return value_runs(values)[0]


def _ranges_after(values: list[Value], start: int) -> list[tuple[Value, Value]]:
    """The values from token ``start`` on as "from X to Y" pairs, if that is all they are."""
    after = [v for v in values if v.tok.i >= start]
    pairs = list(zip(after[::2], after[1::2]))
    if len(after) % 2 or not all(first.range_start and not second.range_start for first, second in pairs):
        return []
    return pairs


def _listed_owners(sent: Span, methods: list[Span], values: list[Value]) -> dict[int, Span]:
    """ "A, B, and C reach only 57.2%, 55.3%, and 54.9%": a list of names, then as many
    values, pair in order (token index of a value -> its method)."""
    runs: list[list[Span]] = []
    for m in methods:  # "`o4-mini`, `gemini-2.5-flash`, and `claude-3.7-sonnet`": quotes are glue too
        glue = sent.doc[runs[-1][-1].end:m.start] if runs else []
        if len(glue) and all(t.lower_ in LIST_GLUE or t.text in QUOTES for t in glue):  # "fine-tuned ResNet50": one
            runs[-1].append(m)
        else:
            runs.append([m])
    # "the best closed-source models, Claude-4.6-Opus, Gemini-3-Pro, and GPT-5.2": the class opens the list
    runs = [run[1:] if len(run) > 2 and not names_a_method(run[0]) else run for run in runs]
    out = {}
    respectively = any(t.lower_ == "respectively" for t in sent)
    for run in (r for r in runs if len(r) > 1):
        ranges = _ranges_after(values, run[-1].end)
        if respectively and len(ranges) == len(run):  # "A and B ... from 75.2% to 79% and 79.1% to 83%, respectively"
            out.update({v.tok.i: m for pair, m in zip(ranges, run) for v in pair})
            continue
        if respectively and (named_after := _values_before(run, values)):  # "98.84% and 98.24% with A and B"
            out.update(named_after)
            continue
        after = [v for v in values if v.tok.i >= run[-1].end and not v.baseline]
        group = _value_run(after)
        between = sent.doc[run[-1].end:group[0].tok.i] if group else []
        reach = 30 if respectively else 10  # "A and B ..., respectively"
        if len(group) == len(run) and len(between) <= reach and not any(t.text in (";", ".") for t in between) \
                and not any(m.start >= run[-1].end and m.end <= group[0].tok.i for m in methods):
            out.update({v.tok.i: m for v, m in zip(group, run)})
            if reach > 10:  # "A and B reach (0.809 and 0.814) ..., with F1 of 0.622 and 0.635, respectively"
                out.update({v.tok.i: m for later in _later_runs(after, group, methods, run)
                            for v, m in zip(later, run)})
    return out


def _values_before(run: list[Span], values: list[Value]) -> dict[int, Span]:
    """ "accuracies of 98.84% and 98.24% with the EfficientNetB0 and DenseNet121 models,
    respectively": as many values right before a list of names introduced by "with" or "by"."""
    before = [v for v in values if v.tok.i < run[0].start and not v.baseline]
    if not before:
        return {}
    group = value_runs(before)[-1]
    between = [t.lower_ for t in run[0].doc[group[-1].tok.i + 1:run[0].start] if t.text not in ("%", "\\%")]
    if len(group) != len(run) or not between or between[0] not in _OWNER_PREPOSITIONS or len(between) > 3:
        return {}
    return {v.tok.i: m for v, m in zip(group, run)}


_OWNER_PREPOSITIONS = frozenset({"with", "by", "using", "for"})


def _later_runs(after: list[Value], first: list[Value], methods: list[Span], names: list[Span]) -> list[list[Value]]:
    """The runs of as many values as ``names`` after the first, up to another method's name."""
    rest, runs = after[len(first):], []
    while rest:
        group = _value_run(rest)
        if len(group) == len(names) and not any(first[-1].tok.i < m.start < group[0].tok.i for m in methods):
            runs.append(group)
        rest = rest[len(group):]
    return runs


def _short_form_after(long: Span, methods: list[Span]) -> Span | None:
    """ "Trajectory-aware Relative Policy Optimization (TRPO)": the short form a described name
    defines is the name to credit."""
    doc = long.doc
    if long.end + 2 >= len(doc) or doc[long.end].text != "(":
        return None
    return next((m for m in methods if m.start == long.end + 1 and m.end < len(doc) and doc[m.end].text == ")"
                 and names_a_method(m)), None)


def _sentence_results(sent: Span, s_ents: list[Span], values: list[Value], previous: list[Name]) -> list[RawResult]:
    datasets = place_candidates(sent, s_ents)
    metrics = measure_candidates(s_ents)
    methods = owner_candidates(sent, s_ents)
    chosen = datasets_of(sent, values, datasets, s_ents, previous)
    placed = [d for d in chosen.values() if d is not None]
    measured, started = range_names(values, s_ents, placed)
    if not placed:  # no dataset in the sentence: a named baseline's value waits for the paper's, as the rest
        chosen.update({i: None for i in started if i not in chosen})
    taken = {(x.start, x.end) for x in [*measured.values(), *started.values(), *placed]}
    methods = [m for m in methods if (m.start, m.end) not in taken]  # a name is one thing in a sentence
    methods = sorted([*methods, *human_groups(sent, s_ents)], key=lambda m: m.start)
    listed = _listed_owners(sent, methods, values)
    respective = respective_measures(sent, values, s_ents) | slashed_measures(values)
    out, shared_base, started_by, measure_of, reached_on, opened_at = [], None, None, {}, None, {}
    for k, v in enumerate(values):
        if v.tok.i not in chosen:
            continue
        method, keep, baseline = _method_of(v, k > 0 and values[k - 1].range_start, sent, methods)
        fallback, reached_on = (reached_on if k > 0 and values[k - 1].range_start else None), None
        if v.tok.i in listed or v.tok.i in started:
            method = listed.get(v.tok.i) or started[v.tok.i]
            reached_on = started.get(v.tok.i) if v.range_start else None
        elif v.range_start and method is None:
            method, shared = base_of_range(v, sent, methods)
            if method is None and shared_base is not None and not any(  # "... and boosts VQA accuracy from 0.74"
                    shared_base.end <= m.start < v.tok.i for m in methods):
                method, shared = shared_base, True
            keep = True
            shared_base = method if shared else None
            reached_on = method if not shared else None  # the object of the change: its new value too, unless named
            if method is not None and compared_after(v, sent, methods) is method:
                reached_on = None  # "from 0.28 to 0.37 relative to LightGBM": the new value is not LightGBM's
        elif k > 0 and values[k - 1].range_start and shared_base is not None:
            method = shared_base  # "ReAct's success rate rises from 37% to 95%"
        elif k > 0 and values[k - 1].range_start and method is not None and method == started_by:
            method = None  # "reduces fabrication from 33.7% (StateFlow) to 0.67%": the new value is not StateFlow's
        started_by = method if v.range_start and shared_base is None else None
        if not keep:
            continue
        if method is not None and not names_a_method(method):
            method = _short_form_after(method, methods) or method
        if method is not None and not names_a_method(method) and method.label_ != HUMANS:
            if baseline and not v.range_start:
                continue  # "matching the Oracle baseline (98.0%)": an unnamed baseline's score
            method = None  # "the GRPO-aligned policy model achieves": the paper's own, unnamed here
        baseline = baseline or (method is None and v.kind == "absolute" and an_unnamed_model(v.tok, sent, methods))
        fallback = fallback if method is None and not baseline else None
        metric = measured.get(v.tok.i) or metric_of(v, metrics, s_ents)
        if k > 0 and opens_range(values[k - 1]) and v.tok.i not in measured:  # "FID from 16.04 to 7.80 and NLL ...":
            metric = metric_of(values[k - 1], metrics, s_ents) or metric  # a range's end measures what its start does
        if k > 0 and values[k - 1].tok.i in measure_of:
            metric = measure_of_a_run(values[k - 1], v, measure_of[values[k - 1].tok.i], metric, s_ents)
        metric = respective.get(v.tok.i) or metric  # "precision and recall scores of 0.90 and 0.85 respectively"
        measure_of[v.tok.i] = metric
        ds = chosen[v.tok.i]
        if ds is not None and len(ds.text.rstrip(".,;:")) < 2:
            ds = None  # "on H": the abstract's own shorthand names nothing a reader can place
        if ds is not None and of_no_type(ds.text):
            continue  # "92.3 percent accuracy ... in English": a language is where it was scored, no dataset
        if not _credible(v, ds, metric, sent):
            continue
        if k > 0 and values[k - 1].range_start and method is not None and method.label_ == "Model":
            _credit_the_start(out, opened_at.get(values[k - 1].tok.i), method)
        if v.range_start:
            opened_at[v.tok.i] = len(out)
        out.append(RawResult(method_name(method) if method else None, _dataset_text(sent.doc, ds) if ds else None,
                             measure_text(metric) if metric else None, v.text, v.unit,
                             (sent.start_char, sent.end_char), v.start_char, v.kind, baseline,
                             method_name(fallback) if fallback is not None else None))
    return out


def _credit_the_start(out: list[RawResult], at: int | None, model: Span) -> None:
    """ "providing our tools to GPT-4.1 increases its pass@1 from 26.7% to 43.3%": the model a
    change was reached on held the old value too, unless the paper names the change its own
    method's (assembly drops the fallback then)."""
    if at is not None and out[at].method is None:
        out[at] = replace(out[at], fallback_method=method_name(model))


_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*$")


def _dataset_text(doc: Doc, ds: Name) -> str:
    """The dataset as written, or its short form when the text defines one right after it
    ("German Traffic Sign Recognition Benchmark (GTSRB)": the name the field ranks under)."""
    text = ds.text.rstrip(".,;:")
    end = ds.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and len(text.split()) > 1 \
            and _SHORT_FORM.match(doc[end + 1].text) and doc[end + 1].text[0] == text[0].upper():
        return doc[end + 1].text
    return text


def _credible(value: Value, dataset: Name | None, metric: Span | None, sent: Span) -> bool:
    """A cost read as a metric ("by 36% and 32% in MACs and model size") is no score, nor is
    annotators' agreement, and a bare number with nothing in its sentence to place it needs a word that speaks of one."""
    if metric is not None and (metric.text.split()[-1].lower() in COST_NOUNS  # not the K of "FID-50K"
                               or any(t.lower_ in _COST_METRIC_WORDS for t in metric)):
        return False
    if _DATA_QUALITY.search(_clause_of(value, sent)) or (metric is not None and _DATA_QUALITY.search(metric.text)):
        return False  # "(68.5% on MELD) and superior consistency (0.93 Fleiss kappa score)": only the second
    return bool(dataset is not None or metric is not None or value.unit or _SCORE_WORDS.search(sent.text))


_CLAUSE_EDGES = frozenset({"(", ")", ",", ";", ":"})


def _clause_of(value: Value, sent: Span) -> str:
    """The text around a value up to the nearest bracket, comma or semicolon on each side."""
    doc, i = sent.doc, value.tok.i
    start = next((t.i + 1 for t in reversed(doc[sent.start:i]) if t.text in _CLAUSE_EDGES), sent.start)
    opened = _open_bracket(doc, sent.start, i)
    if opened is not None:  # "agreement levels (91.2%)", "agreement evaluation (kappa=0.611; 76.7% overall
        start = next((t.i + 1 for t in reversed(doc[sent.start:opened]) if t.text in _CLAUSE_EDGES), sent.start)
        # agreement)": what the bracket is of
    end = next((t.i for t in doc[i + 1:sent.end] if t.text in _CLAUSE_EDGES), sent.end)
    return doc[start:end].text


def _open_bracket(doc: Doc, start: int, i: int) -> int | None:
    """The bracket still open before token ``i`` (from ``start``), if any."""
    depth = 0
    for t in reversed(doc[start:i]):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                return t.i
            depth -= 1
    return None


def find_results(doc: Doc, ents: list[Span] | None = None) -> list[RawResult]:
    """Results in ``doc`` (needs sentence boundaries); ``ents`` defaults to ``doc.ents``."""
    ents = doc_entities(doc) if ents is None else sorted(ents, key=lambda e: e.start)
    # "(9.5% vs. 23.2% on average).These": a name cut through a bracket places nothing
    ents = [e for e in ents if not (e.label_ == "Dataset" and cut_through_a_bracket(e.text))]
    starts = [e.start for e in ents]
    out, previous = [], []
    for sent in doc.sents:  # each sentence's entities by bisection: long docs stay linear
        first, last = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        s_ents = [compared_owner_as_method(e) for e in ents[first:last] if e.end <= sent.end]
        values = find_values(sent, s_ents) if any(c.isdigit() for c in sent.text) else []
        if values:
            out += _sentence_results(sent, s_ents, values, previous)
        previous = [as_name(e) for e in s_ents if e.label_ == "Dataset" and not trained_on(e)] or previous
    return out
