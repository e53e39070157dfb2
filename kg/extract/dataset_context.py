"""Names the text itself introduces as datasets: "the SentiHood dataset", "two datasets Market
1501 and Duke MTMC".

The NER has seen about 200 dataset mentions in training and the known-names list holds the
field's famous benchmarks, so a new or rarer dataset ("BRATS 2015", "FG-NET", "Cross-Age Face
dataset") is often missed or typed as a method. These contexts say what a name is:

* a name directly before a dataset noun ("SentiHood dataset", "300W benchmark", "Switchboard
  corpus"): in SciREX 40 of 51 such phrases are gold Datasets (with or without the noun), and
  the span takes the noun in, as gold does about five times as often as not; before "public"
  and the noun without them ("LASCARQS public dataset"), and a named dataset's short form in
  brackets before the noun alone ("the Technology Integrated Health Management (TIHM) dataset");
* names listed right after a plural one ("benchmarks BRATS 2015 and ISLES 2015", "datasets
  (MORPH Album 2, CACD-VS and FG-NET)") or right before it ("the T-LESS, LineMod-Occlusion and
  LineMod datasets": the NER had typed the middle one a model), each of those before it written
  as no English word (an inner capital or a digit: not "Chinese and English datasets"), and such
  a name right after a singular one ("the benchmark dataset CaFFe");
* the coined name before a singular dataset noun ("the POEMetric benchmark", "the MarketScan
  database") is data wherever else the text writes it alone ("On POEMetric, ...": the NER had
  typed it a method, and a result placed on it was lost), unless it is a modality ("the CT
  dataset") or a common phrase's short form; not before a plural ("two OpenRE datasets" are
  data for a task); held-aside SciREX bucket 1 Dataset strict 51.3 -> 53.2; so is the coined
  name right after one ("a novel dataset RETAIL": a determiner before the noun, for "We
  benchmark LegSegNet" is a verb); "cohort" is such a noun ("the Lung-CT-PT-Dx cohort"), a
  count or a modifier before or after one is not a name ("15 benchmarks", "cohort-enrolled");
* a name right before "challenge" ("the PENGWIN challenge", "the Waymo End-to-End Driving
  Challenge"): the challenge's data, which a paper's scores are on; "challenge" alone is no
  data ("a persistent challenge"), so it defines nothing by apposition;
* a name defined by an apposition ("MultiLoKo, a new benchmark for ...") is data wherever the
  text writes it: kg.extract.dataset_definitions.

A name is a run of words that each hold a capital or a digit (a stop word never counts, so
"Our dataset" is no name). Where no entity is, the span becomes a Dataset; an entity of
another type lying inside it is retyped; anything else is left to the NER. Three more
contexts (the data an evaluation ran on, a source data was taken from, a dataset's short name
in parentheses) live in kg.extract.data_sources.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.corpus_names import corpus_type
from kg.extract.name_runs import HYPHENS as _HYPHENS, coined, is_name_word, name_end, name_start
from kg.extract.spans import doc_text
from kg.family_names import family_type
from kg.resolve.specificity import of_no_type

__all__ = ["DATASET_NOUNS", "DETERMINERS", "LIST_NOUNS", "ONE_DATASET_NOUNS", "is_name_word", "dataset_context_spans", "apply_dataset_context",
           "names_of_noun_spans", "name_end", "name_start", "coined", "names_data", "noun_positions", "positions",
           "TEX_OPENER"]

DATASET_NOUNS = frozenset({"dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "database",
                           "databases", "cohort", "cohorts"})
LIST_NOUNS = frozenset({"datasets", "benchmarks", "corpora", "databases", "cohorts"})
# the nouns that close the name of one dataset ("the X benchmark"), not a cohort's or a list's
ONE_DATASET_NOUNS = frozenset({"dataset", "benchmark", "corpus", "database"})
# words that open a noun phrase: "a novel dataset RETAIL" (not the verb of "We benchmark X")
DETERMINERS = frozenset({"a", "an", "the", "our", "this", "these", "its", "their"})
# nouns that make the name written right before them data ("the PENGWIN challenge", "the BOP
# Challenge"), though written alone they are no data ("a persistent challenge")
CHALLENGE_NOUNS = frozenset({"challenge"})
_LIST_OPENERS = frozenset({"(", ",", ":", "such", "as", "including", "namely", "like", "the"})
_NOUN_IDS = numpy.array(sorted(get_string_id(noun) for noun in DATASET_NOUNS), dtype=numpy.uint64)
_CONTEXT_IDS = numpy.array(sorted(get_string_id(noun) for noun in DATASET_NOUNS | CHALLENGE_NOUNS), dtype=numpy.uint64)


def _named_before(doc: Doc, noun: Token, connectors: bool = False) -> Span | None:
    """"SentiHood dataset": the name before a dataset noun, with the noun; before "public" or
    "private" and the noun ("LASCARQS public dataset"), without them; a short form in brackets
    right before the noun, alone ("the Technology Integrated Health Management (TIHM) dataset":
    the acronym's pair gives the long form its type)."""
    short = _short_form_before_noun(doc, noun.i)
    if short is not None:
        return short
    if noun.i > 1 and doc[noun.i - 1].lower_ in _ACCESS_WORDS:
        start = name_start(doc, noun.i - 1)
        name = doc[start:noun.i - 1]
        # not a count ("12 public benchmarks"), a plural or a modality
        named = start < noun.i - 1 and noun.lower_ not in LIST_NOUNS and coined(name) and not name[0].like_num
        return Span(doc, start, noun.i - 1, label="Dataset") if named and names_data(name) else None
    start = name_start(doc, noun.i, connectors)
    if start == noun.i:
        return None
    first = doc[start]
    if start == noun.i - 1 and first.is_sent_start and first.text[1:].islower():
        return None  # "Datasets ...": a capital only because a sentence starts there
    if all(t.like_num for t in doc[start:noun.i]) or _glued_hyphen_after(noun):
        return None  # "8,728 cohort-enrolled workflow runs": a count, a modifier
    return Span(doc, start, noun.i + 1, label="Dataset")


_ACCESS_WORDS = frozenset({"public", "private", "proprietary", "open-source", "in-house"})


def _short_form_before_noun(doc: Doc, noun: int) -> Span | None:
    """ "the Technology Integrated Health Management (TIHM) dataset": a one-word coined short form
    in brackets right before a singular noun, after a name with its article."""
    if noun < 4 or doc[noun - 1].text != ")" or doc[noun - 3].text != "(" or doc[noun].lower_ in LIST_NOUNS:
        return None  # "Autonomous Vehicle (AV) datasets" are a kind of data
    short, start = doc[noun - 2:noun - 1], name_start(doc, noun - 3)
    if not is_name_word(short[0]) or not coined(short) or not names_data(short) or start == noun - 3 \
            or doc[start - 1].lower_ != "the":
        return None  # a modality ("(MRI) dataset"), or no name with its article before the bracket
    return Span(doc, short.start, short.end, label="Dataset")


def _glued_hyphen_after(tok: Token) -> bool:
    """ "cohort-enrolled", "dataset-specific": the noun modifies a word glued after it (not the
    stray dash of "the TRUDI dataset-a comprehensive collection")."""
    doc = tok.doc
    return (not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text in _HYPHENS
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha and not doc[tok.i + 2].is_stop)


def _listed_after(doc: Doc, noun: Token) -> list[Span]:
    """"datasets A, B and C": the names listed right after a plural dataset noun."""
    i = noun.i + 1
    while i < len(doc) and doc[i].lower_ in _LIST_OPENERS:
        i += 1
    out = []
    while i < len(doc):
        end = name_end(doc, i)
        if end == i or _a_value(doc, i) or _a_count(doc, i):  # "benchmarks, including 100% on PrOntoQA": a value
            break
        out.append(Span(doc, i, end, label="Dataset"))
        i = end
        while i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
        elif doc[i - 1].text != ",":
            break
    return out


_VALUE = re.compile(r"^[+-]?\d+(?:[.,]\d+)*(?:\\?%)?$")


def _a_value(doc: Doc, i: int) -> bool:
    """ "100%", "53.1\\%", "0.92": a score, where a name would start ("20 Newsgroups" is one)."""
    text = doc[i].text
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    return bool(_VALUE.match(text)) and ("." in text or "%" in text or nxt in ("%", "\\%"))


def _a_count(doc: Doc, i: int) -> bool:
    """ "(28 cohorts, 24,405 images)": a number counting the word after it."""
    return doc[i].like_num and i + 1 < len(doc) and doc[i + 1].is_lower


def _listed_before(doc: Doc, first: int) -> list[Span]:
    """"A, B and C datasets": the names listed before the one that starts at ``first``, each
    perhaps with an aside ("TrackRad2025 (tumor segmentation) and EchoNet-Dynamic (...) datasets")."""
    out, i = [], first
    while i >= 2 and doc[i - 1].lower_ in ("and", "or", ","):
        end = i - 1 - (doc[i - 1].lower_ != "," and doc[i - 2].text == ",")  # "A, B, and C"
        end = _before_aside(doc, end)
        start = name_start(doc, end)
        if start == end or not coined(doc[start:end]):
            break
        out.append(Span(doc, start, end, label="Dataset"))
        i = start
    return out[::-1]


def _before_aside(doc: Doc, end: int) -> int:
    """Where a name ends that a short bracketed aside in lower-case words follows ("EchoNet-Dynamic
    (left ventricle tracking)"): the bracket's opening; ``end`` where none is (not before a short
    form: "Autonomous Vehicle (AV) datasets" are a kind of data)."""
    if end < 3 or doc[end - 1].text != ")":
        return end
    opener = next((k for k in range(end - 2, max(0, end - 8), -1) if doc[k].text in "()"), None)
    if opener is None or doc[opener].text != "(" or not all(t.is_alpha and t.is_lower for t in doc[opener + 1:end - 1]):
        return end
    return opener


def _named_before_aside(doc: Doc, noun: int) -> Span | None:
    """ "EchoNet-Dynamic (left ventricle tracking) datasets": the coined name before a plural
    dataset noun, an aside between (without the aside and the noun)."""
    end = _before_aside(doc, noun)
    start = name_start(doc, end)
    if end == noun or start == end or not coined(doc[start:end]):
        return None
    return Span(doc, start, end, label="Dataset")


def noun_positions(doc: Doc) -> list[int]:
    """Token positions of the dataset nouns."""
    return positions(doc, _NOUN_IDS)


def positions(doc: Doc, word_ids: numpy.ndarray) -> list[int]:
    """Token positions of the given lower-case words, read from the lower-case column (most docs
    have none, and walking a doc builds a Python token per word)."""
    if len(doc) == 0:
        return []
    lower = doc.user_data.get("kg_lower")  # read once per doc: the rules ask for several word lists
    if lower is None or len(lower) != len(doc):
        lower = doc.user_data["kg_lower"] = doc.to_array(LOWER)
    if len(word_ids) == 1:
        return numpy.flatnonzero(lower == word_ids[0]).tolist()
    return numpy.flatnonzero((lower[:, None] == word_ids).any(axis=1)).tolist()  # isin's sort costs more


def dataset_context_spans(doc: Doc) -> list[Span]:
    """Dataset spans that the two contexts of the module doc give, in token order."""
    out, challenges = [], []
    for i in positions(doc, _CONTEXT_IDS):
        tok = doc[i]
        if tok.lower_ in CHALLENGE_NOUNS:
            challenges.append(i)
            continue
        before = _named_before(doc, tok)
        if before is None and tok.lower_ in LIST_NOUNS:
            before = _named_before_aside(doc, tok.i)
        if before is not None:
            if tok.lower_ in LIST_NOUNS or _before_a_list_noun(doc, i):
                out.extend(_listed_before(doc, before.start))
            out.append(before)
        if tok.lower_ in LIST_NOUNS:
            out.extend(_listed_after(doc, tok))
        else:
            out.extend(_named_after(doc, tok))
    out += _challenges(doc, challenges)
    out += _named_before_a_split(doc)
    return sorted(out, key=lambda span: span.start)


_SPLIT_IDS = numpy.array(sorted(get_string_id(w) for w in ("validation", "test", "dev", "development", "val",
                                                             "testing", "evaluation")), dtype=numpy.uint64)
_SET_WORDS = frozenset({"set", "sets", "split", "splits", "subset"})


def _named_before_a_split(doc: Doc) -> list[Span]:
    """ "the REDS validation set", "the MMU-RAGent validation set", "the APTOS test split": a coined
    name before a split of data is that data (the NER had left it untagged or typed it a model);
    the name alone, the split being a part of it."""
    out = []
    for i in positions(doc, _SPLIT_IDS):
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in _SET_WORDS or not (doc[i].is_lower and doc[i + 1].is_lower):
            continue  # not "Scales++: Compute Efficient Evaluation Subset Selection", a title's words
        start = name_start(doc, i)
        name = doc[start:i]
        if start < i and coined(name) and names_data(name) and not all(t.like_num for t in name):
            out.append(Span(doc, start, i, label="Dataset"))
    return out


def _before_a_list_noun(doc: Doc, i: int) -> bool:
    """ "the MSRVTT, MSVD and LSMDC benchmark datasets": a singular dataset noun that modifies a
    plural one closes a list as the plural does."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in LIST_NOUNS


def _challenges(doc: Doc, positions: list[int]) -> list[Span]:
    """ "the PENGWIN challenge", "the BOP Challenge": a challenge's name, not a piece of a longer
    entity ("Waymo End-to-End Driving Challenge" is no "End Driving Challenge")."""
    spans = [_named_before(doc, doc[i], connectors=True) for i in positions]
    return [span for span in spans if span is not None and not any(
        e.start < span.start < e.end or e.start < span.end < e.end for e in doc.ents)]


def _named_after(doc: Doc, noun: Token) -> list[Span]:
    """"the benchmark dataset CaFFe": a coined name right after a singular dataset noun, also
    inside TeX markup ("a novel dataset \\textbf{RETAIL}")."""
    start = noun.i + 1 + (noun.i + 1 < len(doc) and TEX_OPENER.match(doc[noun.i + 1].text) is not None)
    appositive = start < len(doc) and doc[start].text == "," and _indefinite_before(doc, noun.i)
    start += appositive  # "on a standard benchmark dataset, FVC2000 DB1."
    end = name_end(doc, start)
    if end == start or not coined(doc[start:end]) or doc[start].like_num:
        return []  # "experiments benchmark 8 MLLMs": a verb and a count
    if appositive and end < len(doc) and doc[end].text not in _APPOSITION_ENDS:
        return []  # "On a new dataset, GPT-4o reaches ...": the subject of what follows
    return [Span(doc, start, end, label="Dataset")]


_APPOSITION_ENDS = frozenset({".", ",", ";", ":", "(", ")"})


def _indefinite_before(doc: Doc, noun: int) -> bool:
    """ "a (standard benchmark) dataset": an indefinite article a few words before the noun."""
    return any(doc[i].lower_ in ("a", "an") for i in range(max(0, noun - 4), noun))


# a TeX command's opening token: "\textbf{" of "a novel dataset \textbf{RETAIL}"
TEX_OPENER = re.compile(r"^\\[A-Za-z]+\{$")


def apply_dataset_context(ents: list[Span], spans: list[Span]) -> list[Span]:
    """``ents`` with each context span added where no entity is, or replacing the one entity
    of another type that lies inside it."""
    ents = list(ents)
    for span in spans:
        over = [e for e in ents if e.start < span.end and span.start < e.end]
        if not over:
            ents.append(span)
        elif (len(over) == 1 and over[0].label_ != "Dataset" and span.start <= over[0].start
              and over[0].end <= span.end):
            ents.remove(over[0])
            ents.append(span)
    return sorted(ents, key=lambda e: e.start)


def names_of_noun_spans(spans: list[Span]) -> list[Span]:
    """ "the POEMetric benchmark", "the MarketScan database": the coined name before the noun,
    which the text has thereby said is data, wherever else it stands alone ("On POEMetric, ..."
    the NER had typed a method)."""
    out = []
    for span in spans:
        name = span[:-1]
        if len(span) > 1 and span[-1].lower_ in DATASET_NOUNS | CHALLENGE_NOUNS and span[-1].lower_ not in LIST_NOUNS \
                and coined(name) and not _kind_of_data(name):  # not "two OpenRE datasets": data for a task
            out.append(name)
        elif _after_singular_noun(span) and names_data(span):  # "a novel dataset RETAIL"
            out.append(span)
    return out


def _after_singular_noun(span: Span) -> bool:
    """ "a novel dataset RETAIL", "the benchmark dataset CaFFe": a determiner makes the word a noun
    ("We benchmark LegSegNet against ..." is a verb and a method)."""
    doc = span.doc
    noun = span.start - 1 - (span.start > 0 and TEX_OPENER.match(doc[span.start - 1].text) is not None)
    if noun < 1 or doc[noun].lower_ not in DATASET_NOUNS - LIST_NOUNS:
        return False
    words = doc[max(0, noun - 3):noun]
    return any(t.lower_ in DETERMINERS for t in words) and not any(t.is_punct for t in words)


def _kind_of_data(name: Span) -> bool:
    """ "the CT dataset", "a mid-wave infrared (MWIR) ... MWIR dataset", "Parkinson's disease (PD)
    ... PD dataset": a modality, or the short form of a common phrase, is what the data is of,
    not its name (a short form alone is not: "the SNLI corpus", "the WSJ corpus")."""
    if of_no_type(name.text):
        return True
    return re.search(r"\b[a-z][\w'-]*\s*\(" + re.escape(name.text) + r"\)", doc_text(name.doc)) is not None


_CLASS_OF_MODELS = re.compile(r"^(?:[A-Z]{2,}s|SOTA)$")
# "accuracy on 4x5 puzzles", "pretrained on 930k shapes", "across 4K--32K context lengths", "10-shot"
_SIZE = re.compile(r"^(?:\d+[x×]\d+|[\d.,]+[kKmMbB](?:[-–—~]+[\d.,]+[kKmMbB])?|\d+-shot)$")


def names_data(name: Span) -> bool:
    """Not a count ("on 140 validation images", "on 12 LLMs"), a value ("on X and 93.43\\%
    accuracy"), a class of models ("on SOTA MLLMs"), a modality, nor a name the corpus or the
    model families know as another thing ("evaluated on Qwen-2/2.5")."""
    if name[0].like_num or _a_value(name.doc, name.start) or _SIZE.match(name[0].text) or any(_CLASS_OF_MODELS.match(t.text) for t in name) \
            or of_no_type(name.text):
        return False
    if _SIZED_MODEL.search(name.text):
        return False  # "relative performance on Lingshu-7B": a model by its size, whatever its family
    return family_type(name.text) is None and corpus_type(name.text) in (None, "Dataset")


# billions of parameters ending a name: "Lingshu-7B", "HuatuoGPT-Vision-7B" (not "CIFAR-10", nor the
# millions of items of "BEAM-1M")
_SIZED_MODEL = re.compile(r"[-_ ]\d+(?:\.\d+)?B$")
