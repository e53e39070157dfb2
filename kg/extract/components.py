"""Thin spaCy wrappers around the pure functions of this package.

Each factory name carries a version (``kg_abbreviations_v1``; spaCy forbids dots in factory names): a saved pipeline names the
factories it needs, so a changed behaviour gets a new name instead of silently changing
what an old model does. Importing this module registers the factories and the ``Doc._``
extensions; ``load_pipeline`` does that before loading.
"""

from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.abbreviations import canonical_map, find_abbreviations, find_reverse_definitions, propagate
from kg.extract.boundaries import VARIANT_WORDS, extend_dataset_heads, fix_boundaries
from kg.extract.consistency import (dataset_stems, majority, name_counts, repeat_names, unify_labels, with_number_twins,
                                    with_variant_twins)
from kg.extract.data_sources import (evaluated_on, listed_after_data_colon, listed_with_a_dataset, measured_on,
                                     named_kind_of_data, short_names_of_datasets, sourced_from, valued_like_data)
from kg.extract.dataset_context import apply_dataset_context, dataset_context_spans, names_of_noun_spans
from kg.extract.dataset_definitions import apply_definitions, defined_dataset_names
from kg.extract.defined_ways import defined_ways
from kg.extract.head_types import retype_by_head
from kg.extract.termed_names import termed_names
from kg.extract.known_names import (KNOWN_NAMES_FILE, apply_known_names, known_name_matches, name_labels,
                                    read_known_names)
from kg.extract.model_vs_method import a_measure_at_k, method_or_model
from kg.extract.results import find_results
from kg.extract.spans import doc_entities, doc_text, set_entities, span_text
from kg.extract.versioned_names import (FAMILIES_FILE, apply_versioned_names, bare_name_spans, join_family_names,
                                       read_bare_names, read_families, sized_model_spans, versioned_spans)
from kg.corpus_names import TERM_TYPES_FILE, term_types
from kg.extract.field_terms import ends_phrase, extend_to_terms, fill_terms, term_matches
from kg.extract.name_lexicon import (LEXICON_FILE, convention_entities, convention_matches, convention_spans,
                                    hyphen_case_variants, lexicon_entities, lexicon_matches, read_lexicon)
from kg.extract.vote import span_keys, voted_entities

__all__ = ["AbbreviationComponent", "BoundaryComponent", "ConsistencyComponent", "DatasetContextComponent",
           "HeadTypesComponent", "KnownNamesComponent",
           "ModelVsMethodComponent", "NerBallotComponent", "NerVoteComponent",
           "NameLexiconComponent", "ResultMatcherComponent", "TermTypesComponent", "VersionedNamesComponent"]

for _name, _default in (("kg_ner_ballots", None), ("kg_abbreviations", None), ("kg_abbrev_types", None), ("kg_results", None),
                        ("kg_names", None), ("kg_data_names", None), ("kg_defined_data", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class AbbreviationComponent:
    """Finds "Long Form (LF)" and "NAME (Its Long Form)" pairs and gives the name's other
    mentions the pair's type."""

    def __init__(self, propagate_types: bool = True):
        self.propagate_types = propagate_types

    def __call__(self, doc: Doc) -> Doc:
        pairs = find_abbreviations(doc) + find_reverse_definitions(doc)
        doc._.kg_abbreviations = pairs
        if self.propagate_types:
            before = doc_entities(doc)
            ents, types = propagate(doc, before, pairs)
            set_entities(doc, filter_spans(ents), before)
            doc._.kg_abbrev_types = types
        else:
            doc._.kg_abbrev_types = {}
        return doc


class NerBallotComponent:
    """Set after each NER of an ensemble: files the NER's entities as one ballot in
    ``doc._.kg_ner_ballots`` and clears ``doc.ents`` (a spaCy NER keeps preset entities, so
    the next NER must start from none)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_ner_ballots = [*(doc._.kg_ner_ballots or []), span_keys(doc_entities(doc))]
        doc.ents = []
        return doc


class NerVoteComponent:
    """Keeps the spans found by at least ``min_votes`` of the NERs (kg.extract.vote): the filed
    ballots plus the entities the last NER left on the doc; spans of the ``backed_labels``
    fewer NERs found stay when the table of the ``head_table`` component gives their head
    word their label."""

    def __init__(self, nlp: Language, min_votes: int, backed_labels=(), head_table: str = "head_types"):
        self.min_votes = min_votes
        self.backed_labels = tuple(backed_labels)
        self.head_table = head_table
        self._nlp = nlp

    def _table(self) -> dict[str, str]:
        """Read at call time: the head-types component is loaded after this one."""
        if not self.backed_labels or self.head_table not in self._nlp.pipe_names:
            return {}
        return self._nlp.get_pipe(self.head_table).table

    def __call__(self, doc: Doc) -> Doc:
        ballots = list(doc._.kg_ner_ballots or [])
        if ballots:  # the last NER files no ballot of its own: its entities are still on the doc
            ballots.append(span_keys(doc_entities(doc)))
            doc.ents = voted_entities(doc, ballots, self.min_votes, self._table(), self.backed_labels)
        doc._.kg_ner_ballots = None
        return doc


class BoundaryComponent:
    """Cuts NER spans that break the gold's boundary habits (see kg.extract.boundaries)."""

    def __init__(self, dataset_heads: bool = True):
        self.dataset_heads = dataset_heads

    def __call__(self, doc: Doc) -> Doc:
        before = doc_entities(doc)
        set_entities(doc, filter_spans(fix_boundaries(before, self.dataset_heads)), before)
        return doc


class HeadTypesComponent:
    """Retypes Method/Task/Metric entities by their head word (kg.extract.head_types); the
    table is learned at training time and saved with the pipeline."""

    def __init__(self):
        self.table: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.table:
            ents = doc_entities(doc)
            set_entities(doc, retype_by_head(ents, self.table), ents)
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "table.json", self.table)

    def from_disk(self, path, exclude=()):
        self.table = dict(srsly.read_json(Path(path) / "table.json"))
        return self


class KnownNamesComponent:
    """Gives well-known benchmark, metric, task and method names their type
    (kg.extract.known_names); a dataset's match takes a following "dataset", "corpus", ...
    in, as an NER span does (kg.extract.boundaries)."""

    def __init__(self, nlp: Language, path: str | None = None):
        self.labels = name_labels(read_known_names(path or KNOWN_NAMES_FILE))
        self._nlp = nlp
        self._matcher = None

    @property
    def matcher(self):
        """The names' PhraseMatcher, built on first use: building it adds the names' words to
        the vocab, and a pipeline built only to be trained (``kg train`` pretrains and trains
        members from this config) must not depend on what the list holds."""
        if self._matcher is None:
            from spacy.matcher import PhraseMatcher

            self._matcher = PhraseMatcher(self._nlp.vocab, attr="ORTH")
            for name in self.labels:
                self._matcher.add(name, [self._nlp.make_doc(name)])
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        matches = extend_dataset_heads(known_name_matches(doc, self.matcher, self.labels))
        before = doc_entities(doc)
        set_entities(doc, filter_spans(apply_known_names(before, matches)), before)
        return doc


class DatasetContextComponent:
    """Names the text introduces as datasets ("SentiHood dataset", "datasets A and B") become
    Dataset entities (kg.extract.dataset_context, kg.extract.data_sources), a name given
    with "termed" takes the type of the noun before it (kg.extract.termed_names), and a name
    defined as a way or a model is a Method (kg.extract.defined_ways)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = dataset_context_spans(doc)
        tagged = doc_entities(doc)
        evaluated = (evaluated_on(doc, tagged) + listed_with_a_dataset(doc, tagged) + listed_after_data_colon(doc, tagged)
                     + measured_on(doc, tagged) + valued_like_data(doc, tagged))
        spans = sorted(spans + evaluated, key=lambda s: s.start)
        if spans:
            doc.ents = filter_spans(apply_dataset_context(tagged, spans))
        ents = doc_entities(doc)
        termed = termed_names(doc)
        appositions = defined_dataset_names(doc, ents)
        doc._.kg_defined_data = frozenset(span.text for span in appositions)  # no naming convention retypes them
        defined = (appositions + names_of_noun_spans(spans) + evaluated + sourced_from(doc)
                   + named_kind_of_data(doc) + short_names_of_datasets(doc, ents)
                   + [s for s in termed if s.label_ == "Dataset"])
        doc._.kg_data_names = frozenset(span.text for span in defined)  # the paper-level step keeps them data
        if defined:
            doc.ents = filter_spans(apply_definitions(doc, ents, defined))
        methods = ([s for s in termed if s.label_ == "Method"]
                   + defined_ways(doc, doc_entities(doc), doc._.kg_data_names))
        if methods:
            doc.ents = filter_spans(apply_definitions(doc, doc_entities(doc), methods, "Method", frozenset({"Model"})))
        return doc


class ConsistencyComponent:
    """One label per name and every free occurrence tagged (kg.extract.consistency); keeps
    the label counts in ``doc._.kg_names`` so the paper-level step can do the same across
    title and abstract."""

    def __init__(self, relabel: bool = True):
        self.relabel = relabel

    def __call__(self, doc: Doc) -> Doc:
        ents = doc_entities(doc)
        counts = name_counts(ents)
        names = majority(counts)
        before, ents = ents, unify_labels(ents, names) if self.relabel else ents
        twins = with_variant_twins(with_number_twins(names), doc_text(doc))
        set_entities(doc, repeat_names(doc, ents, {**dataset_stems(ents, names), **twins}), before)
        doc._.kg_names = {"relabel": self.relabel, "counts": counts}
        return doc


class VersionedNamesComponent:
    """Versioned names of model and dataset families learned from the 2025 corpus, kept whole
    and typed ("Qwen2.5-VL-7B-Instruct" Model, "AIME24" Dataset; kg.extract.versioned_names)."""

    def __init__(self, path: str | None = None):
        self.families = read_families(path or FAMILIES_FILE)
        self.bare = read_bare_names(path or FAMILIES_FILE)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = versioned_spans(text, self.families)
        found, alone = join_family_names(text, found, bare_name_spans(text, self.bare, found))
        data = [(e.start_char, e.end_char) for e in doc_entities(doc) if e.label_ == "Dataset"]  # "Recap-DataComp-1B"
        alone += sized_model_spans(text, found + alone + data)  # a new family's sized name: "DataChef-32B"
        spans, bare = _char_spans(doc, found), _char_spans(doc, alone)
        if spans or bare:
            before = doc_entities(doc)
            set_entities(doc, filter_spans(apply_versioned_names(before, filter_spans(spans), bare)), before)
        return doc


def _char_spans(doc: Doc, found) -> list[Span]:
    """Labelled spans of (start, end, label) character ranges that fall on token edges."""
    spans = (doc.char_span(start, end, label=label) for start, end, label in found)
    return [span for span in spans if span is not None]


def _doc_terms(doc: Doc) -> list[tuple[int, int, str]]:
    """The field's terms in the doc's text (kg.extract.field_terms), found once for the two
    steps that read them (entities change between them, the text does not)."""
    if "kg_terms" not in doc.user_data:
        doc.user_data["kg_terms"] = term_matches(doc_text(doc))
    return doc.user_data["kg_terms"]


class NameLexiconComponent:
    """Types of one-word names as the 2025 corpus uses them ("WebArena benchmark", "LPIPS
    score"; kg.extract.name_lexicon), except for well-known names; one-word names by the
    field's naming conventions ("GenEval"); and terms of the field kept whole ("attack
    success rate", kg.extract.field_terms)."""

    def __init__(self, path: str | None = None):
        self.lexicon = read_lexicon(path or LEXICON_FILE)
        self.variants = hyphen_case_variants(self.lexicon)
        self.known = set(name_labels(read_known_names(KNOWN_NAMES_FILE)))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = lexicon_matches(text, self.lexicon, self.variants)
        matches = _char_spans(doc, [(s, e, "Method" if label == "Model" else label) for s, e, label, _ in found])
        if matches:
            # a variant word alone ("Pro" of an untagged "True Memory Pro") names no model
            fill = {text[s:e] for s, e, _, fills in found if fills} - VARIANT_WORDS
            before = doc_entities(doc)
            set_entities(doc, filter_spans(lexicon_entities(before, matches, self.known, fill)), before)
        named = _char_spans(doc, convention_matches(text, self.lexicon, self.known))
        if named:
            before = doc_entities(doc)
            set_entities(doc, convention_spans(before, named), before)
        before = doc_entities(doc)
        terms = _char_spans(doc, [(start, end, "TERM") for start, end, _ in _doc_terms(doc)])
        set_entities(doc, extend_to_terms(convention_entities(before, self.known, doc._.kg_defined_data or frozenset()),
                                                terms), before)
        return doc


class TermTypesComponent:
    """Terms of the field the NER left untagged become entities of the type the 2025 corpus
    gives them ("test-time scaling" a Method, "text-to-speech" a Task; kg.extract.field_terms)
    where they stand as a phrase of their own, not as a modifier ("plug-and-play module");
    a Model is given as a Method, for model_vs_method to decide ("Stable Diffusion" a Model,
    "flow matching" a Method)."""

    def __init__(self, path: str | None = None):
        self.types = term_types(path or TERM_TYPES_FILE)

    def __call__(self, doc: Doc) -> Doc:
        found = [(s, e, "Method" if self.types[term] == "Model" else self.types[term])
                 for s, e, term in _doc_terms(doc) if term in self.types and ends_phrase(doc_text(doc), e)]
        typed = _char_spans(doc, found)
        if typed:
            before = doc_entities(doc)
            set_entities(doc, fill_terms(before, typed), before)
        return doc


class ModelVsMethodComponent:
    """Relabels Method entities that name a specific model as Model (rule in model_vs_method), and
    a measure at a cut-off ("mAP@0.7") as Metric."""

    def __call__(self, doc: Doc) -> Doc:
        canon = canonical_map(doc._.kg_abbreviations or [])
        before, ents = doc_entities(doc), []
        for ent in before:
            if ent.label_ in ("Method", "Model"):
                text = span_text(ent)
                label = "Metric" if a_measure_at_k(text) else method_or_model(canon.get(text, text))
                if label != ent.label_:
                    ent = Span(doc, ent.start, ent.end, label=label)
            ents.append(ent)
        set_entities(doc, ents, before)
        return doc


class ResultMatcherComponent:
    """Stores the sentence-level result tuples of the doc in ``doc._.kg_results``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_results = find_results(doc)
        return doc


@Language.factory("kg_abbreviations_v1", default_config={"propagate_types": True})
def make_abbreviations(nlp: Language, name: str, propagate_types: bool) -> AbbreviationComponent:
    return AbbreviationComponent(propagate_types)


@Language.factory("kg_ner_ballot_v1")
def make_ner_ballot(nlp: Language, name: str) -> NerBallotComponent:
    return NerBallotComponent()


# backed_labels defaults to none, so a saved pipeline without the setting votes as before
@Language.factory("kg_ner_vote_v1", default_config={"min_votes": 2, "backed_labels": [], "head_table": "head_types"})
def make_ner_vote(nlp: Language, name: str, min_votes: int, backed_labels: list[str],
                  head_table: str) -> NerVoteComponent:
    return NerVoteComponent(nlp, min_votes, backed_labels, head_table)


@Language.factory("kg_boundaries_v1", default_config={"dataset_heads": True})
def make_boundaries(nlp: Language, name: str, dataset_heads: bool) -> BoundaryComponent:
    return BoundaryComponent(dataset_heads)


@Language.factory("kg_head_types_v1")
def make_head_types(nlp: Language, name: str) -> HeadTypesComponent:
    return HeadTypesComponent()


@Language.factory("kg_known_names_v1", default_config={"path": None})
def make_known_names(nlp: Language, name: str, path: str | None) -> KnownNamesComponent:
    return KnownNamesComponent(nlp, path)


@Language.factory("kg_dataset_context_v1")
def make_dataset_context(nlp: Language, name: str) -> DatasetContextComponent:
    return DatasetContextComponent()


@Language.factory("kg_consistency_v1", default_config={"relabel": True})
def make_consistency(nlp: Language, name: str, relabel: bool) -> ConsistencyComponent:
    return ConsistencyComponent(relabel)


@Language.factory("kg_versioned_names_v1", default_config={"path": None})
def make_versioned_names(nlp: Language, name: str, path: str | None) -> VersionedNamesComponent:
    return VersionedNamesComponent(path)


@Language.factory("kg_name_lexicon_v1", default_config={"path": None})
def make_name_lexicon(nlp: Language, name: str, path: str | None) -> NameLexiconComponent:
    return NameLexiconComponent(path)


@Language.factory("kg_term_types_v1", default_config={"path": None})
def make_term_types(nlp: Language, name: str, path: str | None) -> TermTypesComponent:
    return TermTypesComponent(path)


@Language.factory("kg_model_vs_method_v1")
def make_model_vs_method(nlp: Language, name: str) -> ModelVsMethodComponent:
    return ModelVsMethodComponent()


@Language.factory("kg_result_matcher_v1")
def make_result_matcher(nlp: Language, name: str) -> ResultMatcherComponent:
    return ResultMatcherComponent()
