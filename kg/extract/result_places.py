"""Which dataset each value of a sentence is on (kg.extract.results reads the rest).

The name right after the value's "on", a bracketed value's name in a list after "on", else the
nearest dataset within the value's clause; lists of values and of datasets pair in order when
the sentence says "respectively" or writes them side by side, run by run; a value over a list
of datasets is none of theirs; a sentence with none takes the previous sentence's datasets only
when it points back to them ("respectively", "these datasets").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.result_after import (bracketed_changes_keep_their_place, dataset_after, measured_before_range,
                                     model_after, named_right_after, scored_benchmark_after)
from kg.extract.result_names import (DATA_PREPOSITIONS, Name, as_name, averaged_over_several, benchmark_shaped,
                                     is_name_token, names_after_on, over_several_data)
from kg.extract.result_comparisons import set_against_a_score
from kg.extract.result_owners import nearest, untagged_before_bracket
from kg.extract.result_runs import respective_measures
from kg.extract.result_slashes import slashed_places
from kg.extract.result_subjects import untagged_beaten
from kg.extract.result_unnamed_places import averaged_value, unnamed_place
from kg.extract.dataset_context import is_name_word
from kg.extract.name_runs import name_start
from kg.extract.result_listed_data import (changed_right_after, data_labels_beside, label_after, labelled_a_task,
                                          labelled_in_bracket, listed_data)
from kg.extract.result_lists import LIST_GLUE
from kg.extract.result_pairing import (name_lists, one_of_a_list, pair_in_order, parallel_lists, value_groups,
                                       value_runs)
from kg.extract.result_values import Value, in_entity
from kg.extract.spans import doc_text

__all__ = ["QUOTES", "datasets_of"]

_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "which", "as"})
# words by which a sentence without a dataset points back to the previous one's
_POINTERS = frozenset({"these", "both", "each", "those", "all"})  # ... when a data noun follows
_DATA_NOUNS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "set", "sets",
                         "split", "splits", "task", "tasks", "suite", "suites"})
QUOTES = frozenset({"`", "'", '"', "“", "”", "‘", "’"})


def _clause_break(doc: Doc, a: int, b: int, starts: set[int]) -> bool:
    """True when tokens a..b cross a clause boundary: ";" or ", and" / ", while" / ... not
    followed by a name or a number (", and CUHK03", ", and 54.9%" continue a list)."""
    for t in doc[min(a, b):max(a, b)]:
        if t.text == ";":
            return True
        # ", and `claude-3.7-sonnet`", ", and $35.3$ mIoU": a quote or TeX's dollar opens the next item
        nxt = t.i + 2 + (t.i + 2 < len(doc) and (doc[t.i + 2].text in QUOTES or doc[t.i + 2].text == "$"))
        if (t.text == "," and nxt < len(doc) and doc[t.i + 1].lower_ in _CLAUSE_CONJUNCTIONS
                and nxt not in starts and not _numeric(doc[nxt]) and not _measure_item(doc, nxt)):
            return True
    return False


_OPENING_PLACES = frozenset({"on", "in", "across", "for"})
_EXPERIMENTS_ON = re.compile(r"(?:(?:extensive|comprehensive|our)\s+)?(?:experiments|evaluations|experimental results|"
                             r"results|tests)\s+(?:conducted\s+|performed\s+)?(?:on|using)\s+(?:the\s+)?"
                             r"(?:[\w\-]+\s+){0,4}$", re.I)
# "... on the UniversalFakeDetect benchmark, which covers 19 generative models, show that": a
# relative clause about the data may stand between
_SHOW_THAT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:dataset|benchmark|data))?(?:\s*,\s*which\s[^,;()]{1,80},)?"
                        r"\s+(?:demonstrate|show|reveal|indicate|confirm|verify)s?\s+that\b", re.I)

# "Our method achieves state-of-the-art results on UnrealStereo4K, ... reducing AbsRel from ...,
# and lowering mean angular error from ...": the place of the results the sentence announces
_RESULTS_ON = re.compile(r"\b(?:achiev|attain|obtain|set|establish|deliver)\w*\s+(?:a\s+)?(?:new\s+)?"
                         r"(?:state-of-the-art|SOTA|best|leading)(?:\s+\(SOTA\))?\s+(?:results|performance)\s+"
                         r"on\s+(?:the\s+)?$", re.I)
_PLACE_ENDS = re.compile(r"(?:\s+(?:dataset|benchmark))?\s*,")


def _opens_the_sentence(sent: Span, name: Name) -> bool:
    """ "On the CPX benchmark, humans reach 95.6%, and a fine-tuned ResNet50 model 96.5%": the
    place a sentence opens with holds for each of its clauses; so does the place of the
    experiments it reports ("Experiments on the DDR dataset demonstrate that X achieves ...,
    and superior results for concept detection (77.95% BACC)")."""
    doc, first = sent.doc, sent.start
    if _EXPERIMENTS_ON.match(doc_text(doc)[doc[first].idx:doc[name.start].idx]) and _SHOW_THAT.match(
            doc_text(doc)[doc[name.end - 1].idx + len(doc[name.end - 1].text):sent.end_char]):
        return True
    if _RESULTS_ON.search(doc_text(doc)[doc[first].idx:doc[name.start].idx]) and _PLACE_ENDS.match(
            doc_text(doc)[doc[name.end - 1].idx + len(doc[name.end - 1].text):sent.end_char]):
        return True
    first = _after_a_lead_in(doc, first, name.start)
    lead = first + (doc[first].lower_ in _OPENING_PLACES)
    lead += lead < name.start and doc[lead].lower_ in ("the", "a")
    return (lead > first and name.start == lead and name.end < sent.end and doc[name.end].text == ","
            and not any(t.text == ";" for t in sent))


# "For example, on the Wikitext2 dataset, X achieves ...": a discourse word before the opening place
_LEAD_INS = frozenset({"for example", "for instance", "specifically", "in particular", "notably", "moreover",
                       "furthermore", "in addition", "additionally", "finally", "similarly", "concretely"})


def _after_a_lead_in(doc: Doc, first: int, limit: int) -> int:
    """Where a sentence starts once a lead-in like "For example," is passed."""
    for width in (1, 2):
        comma = first + width
        if comma < limit and doc[comma].text == "," and doc[first:comma].text.lower() in _LEAD_INS:
            return comma + 1
    return first


def _numeric(tok) -> bool:
    return tok.like_num or tok.text[:1].isdigit()  # a LaTeX percentage, "25.3\\%", is one token


def _measure_item(doc: Doc, i: int) -> bool:
    """ "an AP of 29.8%, an AP50 of 84.3%, and a small-object AP of 25.3%", "reducing the minADE
    by 4.35%, the minFDE by 8.74%, and the MR by 20%": the last item of a list of measures ("a/an/
    the ... of/by <number>", no comma or verb between) goes on the list."""
    if doc[i].lower_ not in ("a", "an", "the"):
        return False
    for j in range(i + 1, min(i + 8, len(doc) - 1)):
        if doc[j].lower_ in ("of", "by"):
            return j > i + 1 and _numeric(doc[j + 1])
        if doc[j].is_punct and doc[j].text not in ("-", "$", "_", "{", "}"):
            return False
    return False


def _bracketed_after_untagged(value: Value, ents: list[Span]) -> bool:
    """ "categories such as Fear (0.73)": a value in brackets after a name that is no entity
    belongs to that name; the nearest dataset would be another's."""
    doc, i = value.tok.doc, value.tok.i
    if value.glued_name:
        return True
    if i < 2 or doc[i - 1].text != "(":
        return False
    name = doc[i - 2]
    if untagged_before_bracket(value, value.tok.sent, ents) is not None:
        return False  # "Nova Pro (40.01%), Claude Sonnet v3.5 (35.46%)": a model's score, placed like the others
    if any(beaten.end == i - 1 for beaten in untagged_beaten(value.tok.sent, ents)):
        return False  # "outperforming FT2T (68.5%)": the baseline's score where the sentence's is
    return name.text[:1].isupper() and name.is_alpha and not in_entity(name, ents)


def datasets_of(sent: Span, values: list[Value], datasets: list[Name], ents: list[Span],
                 previous: list[Name]) -> dict[int, Name | None]:
    """The dataset of each value (token index -> Name, or None for the paper to fill); values
    left out have none."""
    own = {v.tok.i: label_after(v, values, sent, ents) or bracket_dataset(v, sent, ents) or dataset_after(v, sent, ents)
           or named_right_after(v, sent, ents, values) or scored_benchmark_after(v, ents)
           or measured_before_range(v, ents) or changed_right_after(v, ents) for v in values}
    own.update({i: ds if isinstance(ds, Name) else as_name(ds)  # "by 18%/50% on TUM/KITTI"
                for i, ds in slashed_places(values, own, ents).items()})
    if _OUR_DATA.search(sent.text):  # "... on our benchmark": the paper's own, whatever else is named
        return {i: ds for i, ds in own.items() if ds is not None} or {
            v.tok.i: None for v in values if v.kind == "absolute" and not v.baseline}
    named = sorted({(n.start, n.end): n for n in [*datasets, *filter(None, own.values()),
                                                  *names_after_on(sent, ents)]}.values(), key=lambda n: n.start)
    if not named:
        if _UNNAMED_DATA.search(sent.text):
            return {}  # "On a real-world polyurethane cutting dataset, ... 92.6%": on data no one can look up
        return _from_context(sent, values, previous, ents)
    # "on average, a 3.85% improvement across benchmarks, and on A, B and C 2.08%, 2.23% and 3.99%"
    scored = [v for v in values if not averaged_over_several(v, sent)]
    respectively = any(t.lower_ == "respectively" for t in sent) or any(  # "71.6 and 54.4 EM on A and B"
        parallel_lists(run, named) for group in value_groups(scored) for run in value_runs(group))
    paired = pair_in_order(scored, named) if respectively and not _runs_placed_apart(scored, own) else {}
    if respectively and not paired:  # "(e.g., A and B) ... 10 and 15 points on A and B, respectively": one list
        paired = next(filter(None, (pair_in_order(scored, lst, True) for lst in name_lists(sent.doc, named))), {})
    if respectively and not paired:  # "on Covid-19, Tuberculosis, ... and Retinal OCT images respectively"
        paired = pair_in_order(scored, listed_data(sent, named))
    starts = {e.start for e in ents}
    own_places = {i for i, ds in own.items() if ds is not None}
    out = {}
    for v in scored:
        if own[v.tok.i] is None and model_after(v, sent, ents) and not any(_opens_the_sentence(sent, d) for d in named):
            continue
        ds = paired.get(v.tok.i) if v.tok.i in paired and not v.glued_name else own[v.tok.i]
        if ds is None and not _bracketed_after_untagged(v, ents) and not labelled_a_task(v, sent, ents):
            near = [d for d in named if _opens_the_sentence(sent, d)
                    or not _clause_break(sent.doc, v.tok.i, d.start, starts)]
            shaped = [d for d in near if benchmark_shaped(d.text)]  # "On ACDC cardiac MRI": ACDC, not MRI
            ds = nearest(v.tok, shaped or near, True)
            unnamed = unnamed_place(v, ents) or (averaged_value(v) and over_several_data(sent))
            if ds in (own[o.tok.i] for o in scored if o is not v) and unnamed:
                ds = None  # "by 10% on STEM and 19% on mathematical reasoning": not STEM's
        if ds is not None and v.tok.i not in paired and one_of_a_list(sent.doc, ds, named):
            continue  # "Experiments on nuScenes and Waymo show ... about 98%": whose it is is not said
        if respectively and not paired and v.tok.i not in own_places and _unpaired_in_a_run(v, scored, named, sent.doc):
            continue  # "90.0%, 75.4% and 71.4% on AIME25, HMMT25 and GPQA, respectively", one name missed
        if ds is not None:
            out[v.tok.i] = ds
    _ranges_keep_their_place(scored, own, out)
    bracketed_changes_keep_their_place(scored, out)
    return out


def _runs_placed_apart(values: list[Value], own: dict[int, Name | None]) -> bool:
    """ "AUROC of 98.0% and 97.6% on the MVTec-AD dataset, and 93.3% and 98.3% on the VisA
    dataset, respectively": each run of values written before its own place; "respectively"
    pairs them with the measures, not with the datasets."""
    runs = [run for group in value_groups(values) for run in value_runs(group)]
    places = [{own[v.tok.i].start if own[v.tok.i] is not None else None for v in run} for run in runs]
    return len(runs) > 1 and all(len(p) == 1 and None not in p for p in places) and len(
        set().union(*places)) == len(runs)


def _ranges_keep_their_place(values: list[Value], own: dict[int, Name | None], out: dict[int, Name]) -> None:
    """ "boosts MATH500 from 60.2% to 70.1% and AIME24 from ...": a range's new value is on its
    old value's dataset, unless the sentence places it itself ("... to 70.1% on X")."""
    for before, value in zip(values, values[1:]):
        if before.range_start and not value.range_start and own[value.tok.i] is None and before.tok.i in out \
                and value.tok.i in out:
            out[value.tok.i] = out[before.tok.i]


def _unpaired_in_a_run(value: Value, values: list[Value], named: list[Name], doc: Doc) -> bool:
    """With "respectively", ``value`` stands in a run of values that the names cannot pair:
    several names, one of them missed ("on AIME25, HMMT25 and GPQA Diamond"), or one name
    heading a list of untagged ones ("on GSM8k and math benchmarks": only the run's first value
    is its)."""
    run = next((r for group in value_groups(values) for r in value_runs(group) if len(r) > 1 and value in r), None)
    if run is None:
        return False
    if len(named) > 1:
        return True
    ends = named[0].end
    return (value is not run[0] and ends < len(doc) and doc[ends].lower_ in ("and", "or")
            and any(t.lower_ in _DATA_NOUNS | _SETTING_NOUNS for t in _phrase_after(doc, ends + 1)))


# "on the ZJU-4DRadarCam dataset and real-world deployment scenarios": unnamed places of a list
_SETTING_NOUNS = frozenset({"scenarios", "settings", "environments", "data", "deployments"})


def _phrase_after(doc: Doc, i: int) -> Span:
    """The words from ``i`` up to the next punctuation (a hyphen joins), verb or preposition,
    at most six."""
    j = i
    while j < min(len(doc), i + 6) and (doc[j].text == "-" or not (doc[j].is_punct or doc[j].pos_ in ("VERB", "ADP", "AUX"))):
        j += 1
    return doc[i:j]


# "... on our benchmark" (not "a ViT-H trained on our dataset achieves 83.0% on ImageNet")
# "on a private dataset", "in an independent cohort": data the paper does not name
_UNNAMED_DATA = re.compile(r"\b(?:[Oo]n|[Ii]n|[Uu]sing|[Aa]cross)\s+an?\s+(?:[\w-]+\s+){0,5}?"
                           r"(?:dataset|corpus|cohort|collection|database)\b")
_OUR_DATA = re.compile(r"(?<!trained )(?<!tuned )\b(?:on|in)\s+(?:our|the proposed)\s+(?:new\s+|own\s+)?"
                       r"(?:benchmark|dataset)\b")


def _points_back(sent: Span) -> bool:
    """"..., respectively", "on these datasets", "both benchmarks": not "on both healthy and
    meningioma classes" or "outperforms them"."""
    for tok in sent:
        if tok.lower_ == "respectively":
            return True
        if tok.lower_ in _POINTERS and any(t.lower_ in _DATA_NOUNS for t in sent.doc[tok.i + 1:min(tok.i + 3, sent.end)]):
            return True
    return False


# the subject of the previous sentence, going on with its results there
_CONTINUES = re.compile(r"(?:(?:Moreover|Additionally|Furthermore|In addition),\s+)?(?:[Ii]t|[Tt]hey)\s+"
                        r"(?:also|further|additionally)\s")


def _from_context(sent: Span, values: list[Value], previous: list[Name],
                  ents: list[Span]) -> dict[int, Name | None]:
    """A sentence without a dataset: the previous sentence's when this one points back
    ("..., respectively", "on these datasets"), else None for the paper to decide (a range's old
    value too: "improving accuracy from 89.65% to 91.25%" is two scores on the paper's data)."""
    unplaced = {v.tok.i: None for v in values if v.kind == "absolute" and (
        not v.baseline or v.range_start or set_against_a_score(v, sent) or _named_at(v))}
    if len(previous) == 1 and _CONTINUES.match(sent.text) and _opens_the_sentence(
            sent.doc[previous[0].start].sent, previous[0]):
        return {v.tok.i: previous[0] for v in values}  # "On SEED-DV, X sets ... It also achieves a 9.4% SSIM gain"
    if not _points_back(sent):
        return {} if over_several_data(sent) else unplaced
    if len(previous) == 1:
        return {v.tok.i: previous[0] for v in values}
    if _own_pair(sent) or respective_measures(sent, values, ents):
        return unplaced  # "precision and recall scores of 0.90 and 0.85 respectively": the measures' list
    return pair_in_order(values, previous) or unplaced  # "..., respectively" after no list of datasets


def _named_at(value: Value) -> bool:
    """ "outperforming ResNet18 at 90.15%": a baseline's score its name stands right before."""
    doc, i = value.tok.doc, value.tok.i
    return i >= 2 and doc[i - 1].lower_ == "at" and doc[i - 2].ent_type_ in ("Method", "Model")


def _own_pair(sent: Span) -> bool:
    """ "accuracies of 0.846 and 0.883 for KRAS and EGFR mutations, respectively": the sentence
    pairs its values with its own two names, not with the previous sentence's datasets."""
    return any(tok.lower_ == "and" and 0 < tok.i - sent.start and tok.i + 1 < sent.end
               and all(is_name_word(t) and not t.like_num for t in (tok.nbor(-1), tok.nbor(1))) for tok in sent)


def bracket_dataset(value: Value, sent: Span, ents: list[Span]) -> Name | None:
    """ "on TIIF(73.8), DPG(86.8)" or "on A (71.2) and B (65.0)": the name before the bracket,
    when it is tagged a dataset or the list it belongs to follows "on"."""
    doc, i = value.tok.doc, value.tok.i
    i -= i > sent.start and doc[i - 1].text in ("+", "-")  # "(MM-VET: +0.2%, VizWiz: +1.8%)"
    if value.glued_name:
        name = Name(i, i + 1, value.glued_name, "Dataset")
    elif i >= 2 and doc[i - 1].text == ":" and labelled_in_bracket(value, sent):
        ent = next((e for e in ents if e.end == i - 1), None)
        if ent is None or ent.label_ in ("Metric", "Task"):
            return None
        return as_name(ent, "Dataset") if ent.label_ == "Dataset" or data_labels_beside(doc, i, sent, ents) else None
    elif i >= 2 and doc[i - 1].text == "(":
        ent = next((e for e in ents if e.end == i - 1), None)
        if (ent is not None and ent.label_ in ("Metric", "Task")) or _placed_in_the_bracket(value, sent, ents):
            return None
        if ent is None and not is_name_token(doc[i - 2]):
            return None
        name = as_name(ent, "Dataset") if ent is not None else _untagged_before(doc, i - 1)
        if ent is not None and ent.label_ == "Dataset":
            return name
    else:
        return None
    return name if _list_after_on(doc, name.start, sent, ents) else None


def _placed_in_the_bracket(value: Value, sent: Span, ents: list[Span]) -> bool:
    """ "single-agent reasoning (+23.7% on MATH)": the bracket names the value's data itself."""
    doc = sent.doc
    close = next((t.i for t in doc[value.tok.i:sent.end] if t.text == ")"), sent.end)
    return any(e.label_ == "Dataset" and value.tok.i < e.start < close and doc[e.start - 1].lower_ == "on"
               for e in ents)


def _untagged_before(doc: Doc, end: int) -> Name:
    """The untagged name right before a bracket, hyphenated parts and all ("Ineq-Comp-Seed (52.2%
    pass@32)")."""
    start = min(name_start(doc, end), end - 1)
    return Name(start, end, doc[start:end].text, "Dataset")


def _list_after_on(doc: Doc, i: int, sent: Span, ents: list[Span] = ()) -> bool:
    """Walking back over a list of names and bracketed values, do we reach "on", an item the
    NER tagged a dataset ("benchmarks: GSM8K (+4.9%), HumanEval (+4.3%), SciQ (+1.7%)") or
    "tasks such as" ("tasks such as TQA (99.13% accuracy), DocVQA (96.87%)")?"""
    dataset_ends = {e.end for e in ents if e.label_ == "Dataset"}
    while i > sent.start:
        i -= 1
        word = doc[i]
        if word.lower_ in DATA_PREPOSITIONS or (word.text == "(" and i in dataset_ends) or _data_named_as(doc, i):
            return True
        if not (word.lower_ in LIST_GLUE or word.text in "()" or word.like_num or is_name_token(word)
                or "(" in word.text or word.lower_ == "the" or word.text in ("+", "%", "\\%", "-")):
            return False
    return False


_LISTED_DATA_NOUNS = frozenset({"benchmarks", "datasets", "tasks", "corpora", "suites"})


def _data_named_as(doc: Doc, i: int) -> bool:
    """ "benchmarks such as", "datasets including": the names that follow are data."""
    word = doc[i].lower_
    if word == "as" and i >= 2 and doc[i - 1].lower_ == "such":
        return doc[i - 2].lower_ in _LISTED_DATA_NOUNS
    return word in ("including", "like") and i >= 1 and doc[i - 1].lower_ in _LISTED_DATA_NOUNS
