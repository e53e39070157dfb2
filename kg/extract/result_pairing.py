"""Values paired in order with the datasets a sentence lists (kg.extract.result_places).

"71.6 and 54.4 EM on TriviaQA and WebQ", "86.49%, 92.56% and 93.37% on A, B and C,
respectively": a run of values and a list of names pair one to one when the sentence says
"respectively" or writes the two lists side by side; several runs of as many values go round
the list again; a value over a list of names, not paired, is none of theirs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.result_lists import LIST_GLUE
from kg.extract.result_names import Name
from kg.extract.result_values import Value

__all__ = ["name_lists", "one_of_a_list", "pair_in_order", "parallel_lists", "value_groups", "value_runs"]


def parallel_lists(values: list[Value], datasets: list[Name]) -> bool:
    """ "71.6 and 54.4 on TriviaQA and WebQ" or "on A, B and C it shows 2.1%, 2.2% and 4.0%": a
    list of values and as many datasets joined only by commas and "and" -- paired in order as
    with "respectively"."""
    if not len(values) == len(datasets) > 1:
        return False
    if not (values[-1].tok.i < datasets[0].start or datasets[-1].end <= values[0].tok.i):
        return False  # the two lists follow one another, either way round
    doc = values[0].tok.doc
    between_values = [t for a, b in zip(values, values[1:]) for t in doc[a.tok.i + 1:b.tok.i]]
    between_datasets = [t for a, b in zip(datasets, datasets[1:]) for t in doc[a.end:b.start]]
    return (all(t.lower_ in LIST_GLUE or t.text == "\\%" for t in between_values)
            and all(t.lower_ in LIST_GLUE - {"%"} for t in between_datasets))


def value_groups(values: list[Value]) -> list[list[Value]]:
    """Values that can pair with a list of datasets: the scores, the changes, the old values."""
    keys = [(v.kind, v.baseline) for v in values]
    return [[v for v, k in zip(values, keys) if k == key] for key in dict.fromkeys(keys)]


def value_runs(group: list[Value]) -> list[list[Value]]:
    """The values cut where words other than list glue stand between two of them: "57.2%, 55.3%,
    and 54.9%" is one run."""
    runs = [group[:1]]
    for a, b in zip(group, group[1:]):
        glue = a.tok.doc[a.tok.i + 1:b.tok.i]
        if all(t.lower_ in LIST_GLUE or t.text == "\\%" for t in glue):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def pair_in_order(values: list[Value], datasets: list[Name], whole_groups: bool = False) -> dict[int, Name]:
    """Each group of values with the datasets in order; a group of two measures each ("dice
    scores of 83.28, 87.44 and 84.50% and Jaccard indices of 72.85, 79.31 and 74.70% on A, B and
    C") goes round the list again; failing all groups, all values in order ("surpassing the
    baselines with 18.2% and 20.2%, respectively"); ``whole_groups``: a group of as many values
    as names, its runs cut by brackets, pairs too ("77.8% mAP (+9.4%), 86.1% mAP (+2.9%), and
    96.1% mAP (+0.5%) on A, B, and C, respectively")."""
    paired = {}
    n = len(datasets)
    values = _before_respectively(values)
    for group in value_groups(values):
        runs = value_runs(group)
        if n > 1 and all(len(run) == n for run in runs):
            paired.update({v.tok.i: datasets[k % n] for k, v in enumerate(group)})
        elif n > 1 and whole_groups and len(group) == n:
            paired.update({v.tok.i: ds for v, ds in zip(group, datasets)})
        elif n > 1:  # "a boost of up to 21.3 points, with improvements of 10 and 15 points on A and B"
            paired.update({v.tok.i: ds for run in runs if len(run) == n for v, ds in zip(run, datasets)})
    if not paired and len(values) == n > 1:
        paired = {v.tok.i: ds for v, ds in zip(values, datasets)}
    if not paired and len(values) == 2 * n > 2 and all(first.range_start and not second.range_start
                                                         for first, second in zip(values[::2], values[1::2])):
        # "reducing the DSC from 80.0% to 0.0% and from 88.6% to 6.8% (on A and B), respectively"
        paired = {v.tok.i: datasets[k // 2] for k, v in enumerate(values)}
    return paired


def _before_respectively(values: list[Value]) -> list[Value]:
    """ "outperforms existing methods by 2.3% and 2.8% for 7B and 72B models, respectively, with
    even greater improvements of 5.9% and 6.0% on the longest LVBench": a "respectively" closes
    the values before it; those after it are no items of its lists."""
    if not values:
        return values
    doc = values[0].tok.doc
    closing = next((t.i for t in doc[values[0].tok.i:values[-1].tok.i] if t.lower_ == "respectively"), None)
    return values if closing is None else [v for v in values if v.tok.i < closing]


def name_lists(doc: Doc, named: list[Name]) -> list[list[Name]]:
    """The names cut into lists joined by "and"/"or"/"," alone, the last list first."""
    lists = [named[:1]]
    for a, b in zip(named, named[1:]):
        if _joined(doc, a, b):
            lists[-1].append(b)
        else:
            lists.append([b])
    return lists[::-1]


def _joined(doc: Doc, a: Name, b: Name) -> bool:
    """Two names with only "and"/"or"/"," between them ("A and B", "A, B"), the second's
    modifiers aside ("the open-loop nuScenes and closed-loop NavSim benchmarks")."""
    glue = doc[a.end:b.start]
    joints = 0
    while joints < len(glue) and glue[joints].lower_ in (",", "and", "or"):
        joints += 1
    return 0 < joints <= 2 and len(glue) <= 6 and all(
        t.text == "-" or (t.is_lower and t.is_alpha and not t.is_stop) for t in glue[joints:])


def one_of_a_list(doc: Doc, ds: Name, named: list[Name]) -> bool:
    """``ds`` is joined to another dataset by "and"/"or"/"," alone ("on A and B", "A, B or C"),
    or to a name the NER left untagged ("on nuScenes and Waymo")."""
    after = doc[ds.end:ds.end + 2]
    if (len(after) == 2 and after[0].lower_ in ("and", "or") and after[1].text[:1].isupper()
            and after[1].is_alpha and after[1].ent_type_ == "" and not after[1].is_sent_start):
        return True
    return any(_joined(doc, *sorted((ds, other), key=lambda n: n.start)) for other in named if other.start != ds.start)
