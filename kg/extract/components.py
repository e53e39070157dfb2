"""Thin spaCy wrappers around the pure functions of this package.

Each factory name carries a version (``kg_abbreviations_v1``; spaCy forbids dots in factory names): a saved pipeline names the
factories it needs, so a changed behaviour gets a new name instead of silently changing
what an old model does. Importing this module registers the factories and the ``Doc._``
extensions; ``load_pipeline`` does that before loading.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.abbreviations import canonical_map, find_abbreviations, propagate
from kg.extract.boundaries import fix_boundaries
from kg.extract.consistency import majority, name_counts, repeat_names, unify_labels
from kg.extract.model_vs_method import method_or_model
from kg.extract.results import find_results

__all__ = ["AbbreviationComponent", "BoundaryComponent", "ConsistencyComponent", "ModelVsMethodComponent",
           "ResultMatcherComponent"]

for _name, _default in (("kg_abbreviations", None), ("kg_abbrev_types", None), ("kg_results", None),
                        ("kg_names", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class AbbreviationComponent:
    """Finds "Long Form (LF)" pairs and gives the acronym's later mentions the pair's type."""

    def __init__(self, propagate_types: bool = True):
        self.propagate_types = propagate_types

    def __call__(self, doc: Doc) -> Doc:
        pairs = find_abbreviations(doc)
        doc._.kg_abbreviations = pairs
        if self.propagate_types:
            ents, types = propagate(doc, list(doc.ents), pairs)
            doc.ents = filter_spans(ents)
            doc._.kg_abbrev_types = types
        else:
            doc._.kg_abbrev_types = {}
        return doc


class BoundaryComponent:
    """Cuts NER spans that break the gold's boundary habits (see kg.extract.boundaries)."""

    def __init__(self, dataset_heads: bool = True):
        self.dataset_heads = dataset_heads

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = filter_spans(fix_boundaries(list(doc.ents), self.dataset_heads))
        return doc


class ConsistencyComponent:
    """One label per name and every free occurrence tagged (kg.extract.consistency); keeps
    the label counts in ``doc._.kg_names`` so the paper-level step can do the same across
    title and abstract."""

    def __init__(self, relabel: bool = True):
        self.relabel = relabel

    def __call__(self, doc: Doc) -> Doc:
        counts = name_counts(list(doc.ents))
        names = majority(counts)
        ents = unify_labels(list(doc.ents), names) if self.relabel else list(doc.ents)
        doc.ents = repeat_names(doc, ents, names)
        doc._.kg_names = {"relabel": self.relabel, "counts": counts}
        return doc


class ModelVsMethodComponent:
    """Relabels Method entities that name a specific model as Model (rule in model_vs_method)."""

    def __call__(self, doc: Doc) -> Doc:
        canon = canonical_map(doc._.kg_abbreviations or [])
        ents = []
        for ent in doc.ents:
            if ent.label_ in ("Method", "Model"):
                label = method_or_model(canon.get(ent.text, ent.text))
                if label != ent.label_:
                    ent = doc.char_span(ent.start_char, ent.end_char, label=label)
            ents.append(ent)
        doc.ents = ents
        return doc


class ResultMatcherComponent:
    """Stores the sentence-level result tuples of the doc in ``doc._.kg_results``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_results = find_results(doc)
        return doc


@Language.factory("kg_abbreviations_v1", default_config={"propagate_types": True})
def make_abbreviations(nlp: Language, name: str, propagate_types: bool) -> AbbreviationComponent:
    return AbbreviationComponent(propagate_types)


@Language.factory("kg_boundaries_v1", default_config={"dataset_heads": True})
def make_boundaries(nlp: Language, name: str, dataset_heads: bool) -> BoundaryComponent:
    return BoundaryComponent(dataset_heads)


@Language.factory("kg_consistency_v1", default_config={"relabel": True})
def make_consistency(nlp: Language, name: str, relabel: bool) -> ConsistencyComponent:
    return ConsistencyComponent(relabel)


@Language.factory("kg_model_vs_method_v1")
def make_model_vs_method(nlp: Language, name: str) -> ModelVsMethodComponent:
    return ModelVsMethodComponent()


@Language.factory("kg_result_matcher_v1")
def make_result_matcher(nlp: Language, name: str) -> ResultMatcherComponent:
    return ResultMatcherComponent()
