"""Names the text says its data came from, was evaluated on, or gives a dataset as a short name.

Today's abstracts evaluate on data the NER has never seen, and it types such a coined name a
model more often than not ("MarketScan", "RecipeDB", "SIP15-OD"); a result on it then has no
dataset and is lost. Beside the dataset nouns of kg.extract.dataset_context, five contexts say
what the name is:

* a coined name right after an evaluation's "on" or "across" ("experiments on MarketScan",
  "evaluated on the ARC-AGI-3"), each of a list there ("across TextWorld, ALFWorld, and
  Crafter"), neither a count ("on 140 images", "on 12 LLMs"), a class of models, a
  modality nor a name the corpus or the model families know as another thing, is the data
  the evaluation ran on; a task or a metric there keeps its type. In SciREX, 148 of 190 typed
  names after such an "on" are gold Datasets (a task or a measure most of the rest).
  Held-aside SciREX pooled Dataset strict 59.9 -> 62.2, both buckets up;
* a source the data was taken from: "the 5-cuisine corpus from RecipeDB", "posts gathered from
  the RedNote platform", "reviews collected from TikTok": a coined word after "from" that
  follows a data noun or a verb of collecting is where the data lives; a name the model
  families or the corpus know as something else ("responses collected from GPT-4o") and an
  organisation's plain capitalised words ("the Military Police of ...") are not;
* a coined name before one word of what the data holds and a data noun ("the MarketScan
  claims data");
* the names of a list after "on" whose one item is named as data ("by 14%, 23%, 9%, and 2% on
  HM3D-OVON, GOAT-Bench, SG3D, and A-EQA, respectively": the NER had typed the first a model
  and left the last two);
* the short name in parentheses right after a dataset written with its noun: "the Synthetic
  Industrial Parts Object Detection dataset (SIP15-OD)". Not an acronym of the words before
  it (the digits), so kg.extract.abbreviations does not pair them, and the NER had typed it
  a model wherever it stood; so after a plain dataset noun ("a comprehensive dataset
  (ToolNet)").

Each holds for the whole text: every occurrence of the name becomes a Dataset
(kg.extract.dataset_definitions.apply_definitions).
"""

from __future__ import annotations

import re

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.corpus_names import corpus_type
from kg.extract.dataset_context import DATASET_NOUNS, LIST_NOUNS, coined, name_end, name_start, names_data, positions
from kg.family_names import naming_type

__all__ = ["evaluated_on", "listed_after_data_colon", "listed_with_a_dataset", "measured_on", "named_kind_of_data", "sourced_from",
           "short_names_of_datasets", "valued_like_data"]

_DATA_WORDS = frozenset({"data", "corpus", "corpora", "dataset", "datasets", "database", "databases", "collected",
                         "gathered", "crawled", "scraped", "sourced", "curated", "compiled", "harvested"})
# words after the name that are still the source's: "the RedNote platform"
_SOURCE_NOUNS = frozenset({"platform", "website", "forum", "repository", "archive"})


_FROM_IDS = numpy.array([get_string_id("from")], dtype=numpy.uint64)


def sourced_from(doc: Doc) -> list[Span]:
    """ "corpus from RecipeDB", "gathered from the RedNote platform": the coined name the data
    was taken from (without the platform noun)."""
    out = []
    for i in positions(doc, _FROM_IDS):  # not a walk over every token: most docs have few "from"s
        if i == 0 or doc[i - 1].lower_ not in _DATA_WORDS:
            continue
        start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        end = name_end(doc, start)
        if end > start and _coined_word(doc[start:end]) and names_data(doc[start:end]) and _name_ends_phrase(doc, end):
            out.append(Span(doc, start, end, label="Dataset"))
    return out


def _coined_word(span: Span) -> bool:
    """ "RecipeDB", "TikTok", "MIMIC-IV": a word no dictionary holds (not an organisation's
    capitalised words: "the Military Police of ...")."""
    return any(any(c.isupper() or c.isdigit() for c in tok.text[1:]) for tok in span)


def _name_ends_phrase(doc: Doc, end: int) -> bool:
    """The name is the source itself, not a modifier of another noun ("from GPT-4 outputs")."""
    return end == len(doc) or not doc[end].is_alpha or doc[end].lower_ in _SOURCE_NOUNS or doc[end].is_stop


_KIND_IDS = numpy.array(sorted(get_string_id(w) for w in DATASET_NOUNS | {"data"}), dtype=numpy.uint64)


def named_kind_of_data(doc: Doc) -> list[Span]:
    """ "the MarketScan claims data", "the UK Biobank imaging cohort", "the CloudSEN12+ cloud
    segmentation benchmark", "the diverse mBRSET fundus dataset": a coined name after its article
    (and perhaps one plain word), one or two words of what the data holds, then the data noun."""
    out = []
    for i in positions(doc, _KIND_IDS):
        for kinds in (1, 2):
            if i <= kinds or not all(_plain_word(t) for t in doc[i - kinds:i]):
                break
            start = name_start(doc, i - kinds)
            name = doc[start:i - kinds]
            widened = kinds > 1 or not (start > 0 and doc[start - 1].lower_ in ("the", "our"))
            if widened and name.text.isupper():
                break  # "the GUI grounding benchmark": an acronym there is what the data is of
            if len(name) and _after_its_article(doc, start) and _coined_word(name) and names_data(name):
                out.append(Span(doc, start, i - kinds, label="Dataset"))
                break
    return out


def _plain_word(tok) -> bool:
    return tok.is_alpha and tok.is_lower and not tok.is_stop


def _after_its_article(doc: Doc, start: int) -> bool:
    """ "the MarketScan ...", "the diverse mBRSET ...": the article, or the article and one plain word."""
    if start > 0 and doc[start - 1].lower_ in ("the", "our"):
        return True
    return start > 1 and _plain_word(doc[start - 1]) and doc[start - 2].lower_ in ("the", "our")


def short_names_of_datasets(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the Synthetic Industrial Parts Object Detection dataset (SIP15-OD)": the coined name in
    parentheses right after a Dataset that ends in a singular dataset noun, or after the noun
    itself where the words before it are plain ones ("a comprehensive dataset (ToolNet)": the
    NER had typed it a model)."""
    nouns = [ent.end for ent in ents if ent.label_ == "Dataset" and ent[-1].lower_ in _SINGULAR_DATA_NOUNS]
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    nouns += [i + 1 for i in positions(doc, _SINGULAR_DATA_IDS)
              if i not in covered and i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha]
    out = []
    for after in nouns:
        if after + 2 >= len(doc) or doc[after].text != "(":
            continue
        end = name_end(doc, after + 1)
        name = doc[after + 1:end]
        if end > after + 1 and end < len(doc) and doc[end].text == ")" and coined(name) and names_data(name):
            out.append(Span(doc, name.start, name.end, label="Dataset"))
    return out


_SINGULAR_DATA_NOUNS = DATASET_NOUNS - LIST_NOUNS
_SINGULAR_DATA_IDS = numpy.array(sorted(get_string_id(word) for word in _SINGULAR_DATA_NOUNS), dtype=numpy.uint64)


_EVALUATION_WORDS = frozenset({"evaluated", "evaluate", "evaluates", "evaluating", "evaluation", "evaluations",
                               "experiments", "experiment", "results", "tested", "testing", "validated",
                               "benchmarked", "performance", "accuracy"})
_EVALUATION_IDS = numpy.array(sorted(get_string_id(word) for word in _EVALUATION_WORDS), dtype=numpy.uint64)


def evaluated_on(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "experiments on MarketScan", "evaluated on the ARC-AGI-3": a coined name right after an
    evaluation's "on" is the data it ran on, whatever the NER typed it (a task or a measure
    there keeps its type: "performance on NER")."""
    out = []
    for i in positions(doc, _EVALUATION_IDS):
        if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("on", "across"):
            continue
        for start, end in _name_list(doc, i + 2 + (doc[i + 2].lower_ == "the")):
            if not coined(doc[start:end]) or not names_data(doc[start:end]):
                continue
            if any(e.start < end and start < e.end and e.label_ in ("Task", "Metric", "Dataset") for e in ents):
                continue
            out.append(Span(doc, start, end, label="Dataset"))
    return out


_ON_IDS = numpy.array(sorted(get_string_id(word) for word in ("on", "across")), dtype=numpy.uint64)


def listed_with_a_dataset(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "by 14%, 23%, 9%, and 2% on HM3D-OVON, GOAT-Bench, SG3D, and A-EQA": the coined names of
    a list after "on" or "across" whose one item is named as data are data too (a task
    or a measure there keeps its type, and a name the model families know)."""
    out = []
    for i in positions(doc, _ON_IDS):
        items = _name_list(doc, i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the"))
        if len(items) < 2 or any(_A_VALUE.match(doc[start:end].text) for start, end in items):
            continue  # "on GSM8k and 12.5% on DROP", "on BashArena and 28pp on ...": a value ends no list of names
        if not any(_data_named(doc[start:end], ents) for start, end in items):
            continue
        out += [Span(doc, start, end, label="Dataset") for start, end in items
                if _typed(ents, start, end) not in ("Task", "Metric") and coined(doc[start:end])
                and names_data(doc[start:end])]
    return out


_A_VALUE = re.compile(r"^[\d.,]+(?:\\?%|pp|pts?|x)?$")


_COLON_IDS = numpy.array([get_string_id(":")], dtype=numpy.uint64)


def listed_after_data_colon(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "across four benchmark datasets: UvA-NEMO (88.7 percent), MMI (99.7 percent), SPOS (98.5
    percent), and BBC (100 percent)": the coined names of a list a plural data noun and a colon
    announce are data, each written with its bracketed scores or not (a task or a measure there
    keeps its type)."""
    out = []
    for i in positions(doc, _COLON_IDS):
        if i == 0 or doc[i - 1].lower_ not in LIST_NOUNS:
            continue
        items = _bracketed_list(doc, i + 1)
        if len(items) < 2:
            continue
        out += [Span(doc, start, end, label="Dataset") for start, end in items
                if _typed(ents, start, end) not in ("Task", "Metric") and coined(doc[start:end])
                and names_data(doc[start:end])]
    return out


def _bracketed_list(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The names from ``start`` on, each maybe followed by a short bracket, joined by commas and a
    last "and"/"or"; none when the run does not end at its "and"/"or" item."""
    out, closed = [], False
    while start < len(doc):
        end = name_end(doc, start)
        if end == start:
            break
        out.append((start, end))
        if closed:
            return out
        nxt = end
        if nxt < len(doc) and doc[nxt].text == "(":
            close = next((k for k in range(nxt + 1, min(len(doc), nxt + 12)) if doc[k].text in "()"), None)
            if close is None or doc[close].text != ")":
                break
            nxt = close + 1
        glue = nxt
        while glue < len(doc) and doc[glue].lower_ in (",", "and", "or") and glue - nxt < 2:
            glue += 1
        if glue == nxt:
            break
        closed = any(t.lower_ in ("and", "or") for t in doc[nxt:glue])
        start = glue
    return []


def measured_on(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "0.8568 mIoU and 96.87% overall accuracy on LandCover.ai": a coined name the NER typed a
    measure, right after the "on" of a value's measure, is the data the measure was taken on
    (one measure is not taken on another); not a measure the corpus or the known names know
    ("by 3.48% on Recall@1" has no measure before its "on" and stays)."""
    out = []
    for ent in ents:
        if ent.label_ != "Metric" or not _valued(doc, ent.start) or ent.end + 1 >= len(doc) \
                or doc[ent.end].lower_ not in ("on", "across"):
            continue
        start = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
        named = next((e for e in ents if e.start == start), None)
        if named is not None and named.label_ == "Metric" and coined(named) and corpus_type(named.text) is None \
                and names_data(named) and named[-1].lower_ not in _MEASURE_NOUNS:  # "on the MedCPT metric"
            out.append(Span(doc, named.start, named.end, label="Dataset"))
    return out


_MEASURE_NOUNS = frozenset({"metric", "metrics", "measure", "measures", "score", "scores"})


def valued_like_data(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "(8B: 80.2% AndroidWorld, 48.5% OSWorld, 62.6% ScreenShot-Pro)": where a sentence writes
    at least two datasets each right after its value, a coined name the NER typed a measure in
    the same place is one more dataset (not a measure the corpus knows: "61.3% BERTScore")."""
    out = []
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        after = [e for e in ents if sent.start <= e.start < sent.end and _right_after_value(doc, e.start)]
        if sum(e.label_ == "Dataset" for e in after) < 2:
            continue
        out += [Span(doc, e.start, e.end, label="Dataset") for e in after
                if e.label_ == "Metric" and coined(e) and corpus_type(e.text) is None and names_data(e)]
    return out


def _right_after_value(doc: Doc, i: int) -> bool:
    j = i - 1 - (i > 1 and doc[i - 1].text in ("%", "\\%"))
    return j >= 0 and _A_VALUE.match(doc[j].text) is not None and any(c.isdigit() for c in doc[j].text)


def _valued(doc: Doc, i: int) -> bool:
    """A value (and its unit) stands right before token ``i``, or before up to two lower-case
    words ("96.87% overall accuracy")."""
    j = i
    while j > i - 2 and j > 1 and doc[j - 1].is_alpha and doc[j - 1].is_lower and not doc[j - 1].is_stop:
        j -= 1
    return _right_after_value(doc, j)


def _data_named(name: Span, ents: list[Span]) -> bool:
    """Tagged a Dataset, or named as the field names data ("GOAT-Bench"; kg.family_names) or as
    the 2025 corpus uses it (kg.corpus_names)."""
    return "Dataset" in (_typed(ents, name.start, name.end), naming_type(name.text), corpus_type(name.text))


def _typed(ents: list[Span], start: int, end: int) -> str | None:
    return next((e.label_ for e in ents if e.start < end and start < e.end), None)


def _name_list(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The names from ``start`` on joined by commas and a last "and"/"or" ("across TextWorld,
    ALFWorld, and Crafter"), the first alone when no such list follows ("on the Testbench,
    Ar2Can achieves ...": a comma alone ends the phrase)."""
    out = []
    end = name_end(doc, start)
    while end > start:
        out.append((start, end))
        nxt = end
        while nxt < len(doc) and doc[nxt].lower_ in (",", "and", "or") and nxt - end < 2:
            nxt += 1
        if nxt == end or (len(out) > 1 and doc[start - 1].lower_ in ("and", "or")):
            break  # "A and B, UAV-based datasets": the list ended at its "and"
        start, end = nxt, name_end(doc, nxt)
    if len(out) > 1 and not any(doc[s - 1].lower_ in ("and", "or") for s, _ in out[1:]):
        return out[:1]
    return out
