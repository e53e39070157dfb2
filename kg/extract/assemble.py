"""From the two processed docs of a paper (title, abstract) to one ``PaperRecord``.

Per-doc work happens in the pipeline components; what needs both fields happens here:
an acronym defined in the abstract also types and names its use in the title (and the
other way round), a coined name (the title's "Name: subtitle", the abstract's "our approach,
Name, ...") is the paper's method in both (a title that names its data, "Aria-MIDI: A
Dataset of ...", makes the name a Dataset: kg.extract.own_data), the canonical names come
from both fields' definitions, results without a method get the paper's own method
(kg.extract.own_method), and relations are read paper-wide.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.abbreviations import canonical_map, propagate
from kg.extract.boundaries import is_fragment
from kg.extract.consistency import majority, repeat_names, unify_labels, with_number_twins, with_variant_twins
from kg.extract.dataset_context import ONE_DATASET_NOUNS
from kg.extract.defined_kinds import defined_kinds
from kg.extract.model_vs_method import method_or_model
from kg.extract.own_data import own_benchmark, title_dataset_names, type_own_data
from kg.extract.own_method import default_method, introduced_names, title_name, title_task_name
from kg.extract.records import Mention, PaperRecord, Result
from kg.extract.spans import doc_entities, doc_text, plain_name, sentence_bounds, set_entities
from kg.extract.relations import Ent, find_relations, proposed_methods
from kg.extract.result_names import benchmark_shaped, hardware_follows, only_trained_on
from kg.extract.result_subjects import reaches_a_score
from kg.extract.results import find_results
from kg.extract.versioned_names import family_type
from kg.family_names import naming_type
from kg.resolve.normalise import squash, strip_dataset_words
from kg.resolve.specificity import is_specific

__all__ = ["paper_record", "FIELDS"]

FIELDS = ("title", "abstract")
_TIE_ORDER = ("abstract", "title")  # counts merged in this order: Counter ties go to the first seen


def _sentence_of(span: Span) -> tuple[int, int]:
    return sentence_bounds(span.doc, span.start)


def _paper_names(docs: dict[str, Doc]) -> tuple[dict[str, str], bool] | None:
    """Majority label of each name over both fields, if the consistency component ran. A tie
    goes to the abstract's label: the NER reads a name there with more context than in a
    title (measured: never worse on the 40 validation votes of our trainings)."""
    infos = [docs[f]._.kg_names for f in _TIE_ORDER if f in docs and docs[f]._.kg_names is not None]
    if not infos:
        return None
    total: dict[str, Counter] = {}
    for info in infos:
        for name, counts in info["counts"].items():
            total.setdefault(name, Counter()).update(counts)
    return majority(total), infos[0]["relabel"]


# "ReasoNets: Learning to Stop Reading ..." -- a coined name before the title's colon is,
# in 11 of the 12 such SciREX training titles, the paper's method (the 12th a dataset).
def _add_coined_names(doc: Doc, spans: list[Span]) -> None:
    """Tags the coined names that are free and counts them for the paper-wide names."""
    ents = doc_entities(doc)
    free = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in ents)]
    if not free:
        return
    doc.ents = filter_spans([*ents, *free])
    if doc._.kg_names is not None:
        for span in free:
            doc._.kg_names["counts"].setdefault(span.text, Counter())["Method"] += 1


def _cross_field(docs: dict[str, Doc]) -> None:
    """Give each field the acronym types and (when the consistency component ran) the
    paper-wide label of each name found in either field."""
    paper_names = _paper_names(docs)
    for field, doc in docs.items():
        types = {}
        for other_field, odoc in docs.items():
            if other_field != field:
                types.update(odoc._.kg_abbrev_types or {})
        before = ents = doc_entities(doc)
        if types:
            ents, _ = propagate(doc, ents, [], known_types=types)
        if paper_names is not None:
            names, relabel = paper_names
            if relabel:
                ents = unify_labels(ents, names)
            ents = repeat_names(doc, ents, with_variant_twins(with_number_twins(names), doc_text(doc)))
        set_entities(doc, filter_spans(ents), before)


def _placed_models(docs: dict[str, Doc]) -> list[str]:
    """Names typed Method or Model that the paper's results are placed on ("65.8% on MMVU",
    "On MedQA-250, the full system achieves ..."): data, by how the text uses them (on 2,020
    abstracts of 2025, 12 of 13 such names read so; the 13th a backbone, "on MK-UNet")."""
    placed = {raw.dataset for doc in docs.values() for raw in doc._.kg_results or [] if raw.dataset}
    if not placed:
        return []
    return sorted({e.text for doc in docs.values() for e in doc_entities(doc)
                   if e.label_ in ("Method", "Model") and e.text in placed})


def _scoring_subjects(docs: dict[str, Doc], data: list[str]) -> list[str]:
    """Names typed Dataset that the text makes the subject of a verb of scoring ("On two
    benchmarks, UniX achieves ...", "NoPo4D consistently outperforms"): methods, wherever the
    text writes them (on 2,020 abstracts of 2025 all 11 such names were), unless a result is
    placed on them or their shape or the paper says they are data ("VBench achieves" is no
    sentence a paper writes of its own benchmark)."""
    subjects = {e.text for doc in docs.values() for e in doc_entities(doc)
                if e.label_ == "Dataset" and reaches_a_score(e)}
    if not subjects:
        return []
    placed = {raw.dataset for doc in docs.values() for raw in doc._.kg_results or [] if raw.dataset}
    defined = set(data).union(*(doc._.kg_data_names or () for doc in docs.values()))  # "Darwin-CC, a ... dataset"
    defined |= {e.text for doc in docs.values() for e in doc_entities(doc)  # "TVRID contains 86 identities"
                if e.text in subjects and e.end < len(doc) and doc[e.end].lower_ in _DATA_VERBS}
    return sorted(name for name in subjects if name not in placed and name not in defined
                  and naming_type(name) != "Dataset" and not _DATA_WORDS.search(name))


_DATA_VERBS = frozenset({"contains", "consists", "comprises", "includes", "covers", "spans", "features"})
_DATA_WORDS = re.compile(r"\b(?:data|datasets?|corpus|corpora|benchmarks?)\b", re.I)  # "News data improves ..."


def _labels(doc: Doc) -> bytes:
    """The doc's entity tags, cheap to compare (a copy of spaCy's per-token IOB and type ids)."""
    return doc.to_array([ENT_IOB, ENT_TYPE]).tobytes()


def _retype(docs: dict[str, Doc], names: list[str], label: str) -> None:
    for doc in docs.values():
        before = doc_entities(doc)
        if any(e.text in names for e in before):
            ents = [Span(doc, e.start, e.end, label=label) if e.text in names else e for e in before]
            set_entities(doc, ents, before)


def _mentions(docs: dict[str, Doc], canon: dict[str, str]) -> list[Mention]:
    out, kinds = [], defined_kinds(docs)  # "a ... system (SF2D)": what the text calls a name first
    # and its long form, when that is a name too ("Vision Prior Remediation"; not "spiking neural network")
    kinds.update({canon[name]: kind for name, kind in kinds.items() if canon.get(name, "")[:1].isupper()})
    for field in FIELDS:
        text = doc_text(docs[field])
        for ent in doc_entities(docs[field]):
            if is_fragment(ent):  # the ruler or propagation may bring back what NER fixes dropped
                continue
            start, end = ent.start_char, ent.end_char
            surface = text[start:end]
            name = canon.get(surface, surface)
            name = plain_name(name)  # "\textbf{V}ision-\textbf{L}anguage"
            spelled = surface if _family_variant(surface) else name  # "LLaVA-LE (Large Language-and-...)"
            label = ent.label_
            if label in ("Method", "Model"):
                label = kinds.get(ent.text) or kinds.get(name) or method_or_model(spelled)
            out.append(Mention(surface, label, field, start, end, name, _sentence_of(ent)))
    return out


def _family_variant(name: str) -> bool:
    """A variant of a model family's name ("LLaVA-LE", "Qwen2.5-VL-7B") is a model whatever its
    letters stand for; an acronym the paper spells out ("SAM (Spatial Attention Mechanism)") is
    what the paper says it is."""
    return bool(_VARIANT_MARK.search(name)) and family_type(name) == "Model"


_VARIANT_MARK = re.compile(r"\w[-\s]\w")


def _results(docs: dict[str, Doc], default_method: str | None, paper_dataset: str | None,
             named_at: int = 0) -> list[Result]:
    """The paper's results: a result without a method gets the paper's proposed method (not a
    baseline's value: "from 87.6% to ..." without a name stays unnamed), one without a
    dataset the paper's single dataset once the text has named it (``named_at``), or is
    dropped. The method and dataset are kept as the sentence writes them (an acronym stays
    one: the resolver knows its expansion)."""
    out = []
    for field in FIELDS:
        doc = docs[field]
        for raw in doc._.kg_results or []:
            dataset = raw.dataset or _filled(paper_dataset, field, raw.sentence[1], named_at)
            if dataset is None or (field == "title" and not (raw.dataset and raw.metric)):
                continue  # "When Is 0.1% Enough?", "MultiBLiMP 1.0: A ... Benchmark": a title states no bare score
            method = raw.method  # as written, like the dataset ("PDR"): the graph meets both forms in one node
            if method is not None and squash(method) == squash(dataset):
                method = None  # "the GRID extraction pipeline reaches 84.62% ... on GRID": a name is one thing
            if method is None and default_method is not None and not raw.baseline:
                method = default_method
                if squash(method) == squash(dataset):
                    continue  # "ToMMeR achieves 93% recall" placed on ToMMeR: the data is not named
            fallback = raw.fallback_method
            if raw.baseline and fallback is not None and default_method is not None and squash(fallback) == squash(default_method):
                fallback = None  # "our ZedLM-7B improves from 37% to 80%": the old value is no score of the paper's method
            method = method or fallback
            metric = raw.metric  # as written: "FID" where the abstract defines Fréchet Inception Distance
            if metric is not None and method is not None and squash(metric) in (squash(method), squash(dataset)):
                metric = None  # "a 1.4 percent gain of AEM": the method's name read as its measure
            evidence = doc_text(doc)[raw.sentence[0]:raw.sentence[1]]
            out.append(Result(method, dataset, metric, raw.value, raw.unit, evidence, kind=raw.kind))
    return out


def _filled(paper_dataset: str | None, field: str, sentence_end: int, named_at: int) -> str | None:
    """The paper's dataset for a value stated without one, unless the abstract names that
    dataset only after the value's sentence ("Dementia-R1 achieves an F1 score of 77.03% on
    real-world clinical datasets", the ADNI benchmark named two sentences later): such a value
    is measured on data the text has not named yet, most often other data."""
    if paper_dataset is None or (field == "abstract" and named_at >= sentence_end):
        return None
    return paper_dataset


def first_named(dataset: str | None, mentions: list[Mention], texts: dict[str, str]) -> int:
    """Where the abstract first names ``dataset`` (0 when the title does or nothing is found)."""
    if dataset is None:
        return 0
    key = _dataset_key(dataset)
    starts = [-1 if m.field == "title" else m.start for m in mentions
              if key in (_dataset_key(m.text), _dataset_key(m.canonical))]
    found = texts["abstract"].lower().find(dataset.lower())
    starts += [found] if found >= 0 else []
    return max(0, min(starts, default=0)) if dataset.lower() not in texts["title"].lower() else 0


_SHORT = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z0-9]$")


def paper_dataset(mentions: list[Mention], title: str, abstract: str = "", placed: frozenset[str] = frozenset()
                  ) -> str | None:
    """The dataset a value stated without one belongs to: the benchmark the paper introduces
    (a benchmark paper's numbers are scores on it), else the paper's one named dataset if it
    is a name (kg.resolve.specificity), else None (with several, a bare value is nobody's; a
    dataset the results place though the NER left it untagged, ``placed``, counts too: "84.7%
    on PBEBench-Hard")."""
    own = own_benchmark(title, abstract)
    if own is not None:
        return own
    # generic phrases ("English sentences", "real-world data") neither place a score nor count,
    # nor does data a model was only trained on ("pre-trained on ImageNet-21k")
    texts = {"title": title, "abstract": abstract}
    data = [m for m in mentions if m.type == "Dataset"  # not "IBM" in "on IBM's Heron r2 quantum processor"
            and not hardware_follows(texts.get(m.field, "")[m.end:m.end + 60])]
    pretrained = {m.canonical for m in data  # "ImageNet pre-trained models": never the test data, wherever named
                  if _PRETRAINED.search(texts.get(m.field, "")[max(0, m.start - 30):m.end + 20])}
    evaluated = [m for m in data if m.canonical not in pretrained and not only_trained_on(
        texts.get(m.field, "")[max(0, m.start - 30):m.start], texts.get(m.field, "")[m.end:m.end + 20])]
    if not evaluated:  # "The models were trained on the RFMiD dataset": the one data a paper names is its test data
        evaluated = [m for m in data if m.canonical not in pretrained]
    names = {m.canonical for m in evaluated if is_specific(strip_dataset_words(m.canonical), "Dataset", m.canonical)}
    if len({_dataset_key(n) for n in names}) > 1:
        names = _the_one_evaluated_on(names, evaluated, texts) or _narrowed(names, evaluated, texts) or names
    # "the MWIR dataset" and "MWIR" alone are one dataset, named as the text names it in full
    if len({_dataset_key(n) for n in names}) != 1:
        return None
    # the longest form, then the one written most, then the hyphenated ("MIMIC-III"): a set's
    # order changes from run to run
    name = max(sorted(names), key=lambda n: (len(n), sum(m.canonical == n for m in evaluated), n.count("-")))
    forms = {_dataset_key(x) for m in evaluated if m.canonical in names for x in (m.text, m.canonical)}
    if not benchmark_shaped(strip_dataset_words(name)) or any(_dataset_key(p) not in forms for p in placed):
        return None
    # "German Traffic Sign Recognition Benchmark (GTSRB)": the short form the field ranks under
    short = [m.text for m in evaluated if m.canonical == name and m.text != name and _SHORT.match(m.text)]
    return min(short, key=len) if short else name


_PRETRAINED = re.compile(r"pre-?train|initiali[sz]", re.I)  # "over ImageNet only initialization"
# "we benchmark nine methods on the Gut-VLM dataset", "Evaluated on 8,260 radiographs from the X
# dataset": the words before the one dataset a paper's evaluation is run on
_EVALUATED_ON = re.compile(r"\b(?:[Ee]valuat\w*|[Bb]enchmark(?:s|ed|ing)?|[Tt]est(?:s|ed|ing)?|[Ee]xperiments?)\b"
                           r"[^;:]*\b(?:on|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _the_one_evaluated_on(names: set[str], evaluated: list[Mention], texts: dict[str, str]) -> set[str]:
    """Of several datasets, the one the paper says its evaluation runs on ("we benchmark nine
    hallucination detection methods on the Gut-VLM dataset", beside MIMIC-CXR and VQA-RAD named
    elsewhere in the abstract); none when that is said of several ("We evaluate ... on MedQA,
    MedMCQA, and PubMedQA": MedQA opens a list)."""
    tested = {m.canonical for m in evaluated if m.canonical in names and _EVALUATED_ON.search(
        texts.get(m.field, "")[max(0, m.start - 120):m.start].split(". ")[-1]) and not any(
        o.field == m.field and 0 <= o.start - m.end <= 6 for o in evaluated)}
    return tested if len({_dataset_key(n) for n in tested}) == 1 else set()


# "posts collected from WeChat Official Accounts": raw material, not the data (unlike "a new dataset derived
# from the CoMMA corpus" or "a VQA benchmark derived from 3 BraTS datasets", where the scores are on it)
_SOURCED_FROM = re.compile(r"\b(?:collected|sourced|crawled|scraped|gathered|harvested|obtained)\s+"
                           r"(?:\w+\s+)?from\s+(?:the\s+)?(?:\d+\s+)?$", re.I)
# "a bilingual multimodal visual question answering (VQA) benchmark", "the first bilingual VQA benchmark"
_AFTER_A = re.compile(r"\b(?:[Aa]n?|[Tt]he\s+first|[Oo]ur)\s+(?:(?!(?:the|from|of|on|in|with|by|for|to|and|derived)\b)"
                      r"[\w-]+\s+){0,5}\(?$")  # not "a new dataset derived from the CoMMA corpus"


def _narrowed(names: set[str], evaluated: list[Mention], texts: dict[str, str]) -> set[str]:
    """Of several datasets, the one left when a kind of data after "a", "the first" or "our" ("a
    bilingual ... VQA benchmark") is set aside, a long name and its short form made one, and then
    a source the data was only drawn from ("collected from WeChat Official Accounts"); none when
    that does not leave one."""
    def before(m: Mention) -> str:
        return texts.get(m.field, "")[max(0, m.start - 80):m.start]
    kinds = {m.canonical for m in evaluated if m.canonical in names and _AFTER_A.search(before(m))
             and m.text.split()[-1] in ONE_DATASET_NOUNS}  # not "our proposed ... Speech-to-Speech Benchmark"
    kept = names - kinds
    kept = _short_forms(kept, texts) or kept
    if len({_dataset_key(n) for n in kept}) > 1:
        kept -= {m.canonical for m in evaluated if _SOURCED_FROM.search(before(m))}
    return kept if len({_dataset_key(n) for n in kept}) == 1 else set()


def _short_forms(names: set[str], texts: dict[str, str]) -> set[str]:
    """ "our proposed Code-Switching Speech-to-Speech Benchmark (CS3-Bench)": a long name and the
    short one bracketed after it are one dataset, even where the short form spells no initials."""
    longs = {n for n in names for short in names if short != n and f"{n} ({short})" in texts["abstract"]}
    return names - longs if longs else set()


# "the PENGWIN 2024 Challenge" and "the PENGWIN challenge" are one dataset
_EDITION = re.compile(r"(?:\s+(?:19|20)\d\d)?(?:\s+[Cc]hallenge)?$")


def _dataset_key(name: str) -> str:
    return squash(strip_dataset_words(_EDITION.sub("", name)) or name)


def _method_type(name: str, type_of: dict[str, str]) -> str | None:
    """A result's method is a mention's name, or a variant written after one: "EfficientNet-B7"
    (kg.extract.results) is typed like the tagged "EfficientNet"."""
    if name in type_of:
        return type_of[name]
    family = max((n for n in type_of if name.startswith(n + "-")), key=len, default=None)
    return type_of.get(family) if family else None


def paper_record(paper, title_doc: Doc, abstract_doc: Doc) -> PaperRecord:
    """The record of one paper; ``paper`` is a ``kg.ingest.Paper`` (or has its fields)."""
    docs = {"title": title_doc, "abstract": abstract_doc}
    own_data = title_dataset_names(doc_text(title_doc))
    _add_coined_names(title_doc, [s for s in [title_name(title_doc)] if s is not None and s.text not in own_data])
    _add_coined_names(abstract_doc, introduced_names(abstract_doc))
    _cross_field(docs)
    data = own_data + _placed_models(docs)
    typed_before = {field: _labels(doc) for field, doc in docs.items()}
    if data:
        type_own_data(docs, data)
    title_task = title_task_name(title_doc, doc_text(abstract_doc))
    _retype(docs, _scoring_subjects(docs, data) + ([title_task] if title_task and title_task not in data else []), "Method")
    for field, doc in docs.items():  # results read the types the paper settles on, not the tagger's
        if _labels(doc) != typed_before[field]:
            doc._.kg_results = find_results(doc)
    pairs = list(abstract_doc._.kg_abbreviations or []) + list(title_doc._.kg_abbreviations or [])
    canon = canonical_map(pairs)
    mentions = _mentions(docs, canon)
    ents = [Ent(m.canonical, m.type, m.field, m.start, m.end, m.sentence) for m in mentions]
    texts = {"title": doc_text(title_doc), "abstract": doc_text(abstract_doc)}
    proposed = proposed_methods(ents, texts)
    type_of = {name: m.type for m in mentions for name in (m.text, m.canonical)}
    placed = frozenset(canon.get(r.dataset, r.dataset) for d in docs.values()
                       for r in d._.kg_results or [] if r.dataset)
    dataset = paper_dataset(mentions, texts["title"], texts["abstract"], placed)
    default = default_method([e.name for e, _ in proposed], title_doc, dataset, texts["abstract"])
    results = _results(docs, default, dataset, first_named(dataset, mentions, texts))
    typed = [(r, _method_type(r.method, type_of)) for r in results if r.method]
    result_pairs = [(canon.get(r.method, r.method), kind, r.dataset, r.evidence)  # relations join canonical names
                    for r, kind in typed if kind in ("Method", "Model")]
    relations = find_relations(paper.id, ents, texts, result_pairs)
    return PaperRecord(
        id=paper.id, title=paper.title or "", abstract=paper.abstract or "",
        entities=mentions, results=results, relations=relations,
        year=getattr(paper, "year", None), url=getattr(paper, "url", None),
        source=getattr(paper, "source", None), code_urls=list(getattr(paper, "code_urls", []) or []),
        properties=dict(getattr(paper, "properties", {}) or {}),
    )
