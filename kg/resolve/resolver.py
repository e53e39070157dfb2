"""Canonical entities: many surface forms, one node.

Two mentions name the same entity when, within a type group (Method and Model form one
group, since papers disagree on which a thing is), their spacing-insensitive normal forms
agree, or one is an acronym that some paper defined as the other ("Long Short-Term Memory
(LSTM)"). Resolution always sees every paper of the graph at once (a build re-derives the
graph from all stored records), so what a name resolves to never depends on which papers
happened to be stored first; ties are broken by the text, never by arrival order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.records import Mention, PaperRecord
from kg.resolve.normalise import is_acronym, normalise, squash, strip_dataset_words

__all__ = ["Entity", "Resolver", "type_group"]

_MODEL_GROUP = ("Method", "Model")


def type_group(label: str) -> str:
    return "Method|Model" if label in _MODEL_GROUP else label


@dataclass
class Entity:
    label: str
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    papers: set[str] = field(default_factory=set)
    surfaces: Counter = field(default_factory=Counter)


def _base_form(text: str, label: str) -> str:
    return strip_dataset_words(text) if label == "Dataset" else text


class Resolver:
    """Assigns every mention a canonical entity; holds the entity table while a build runs."""

    def __init__(self):
        self.entities: dict[tuple[str, str], Entity] = {}
        self._index: dict[tuple[str, str], tuple[str, str]] = {}
        self._acronyms: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self._label_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)

    # -- pass 1: what the whole batch says -------------------------------------------
    def observe(self, records: Iterable[PaperRecord]) -> None:
        """Collect acronym definitions and Method/Model votes before resolving anything,
        so a paper that uses "BERT" bare meets the paper that spelled it out."""
        for record in records:
            for mention in record.entities:
                group = type_group(mention.type)
                if mention.canonical != mention.text and is_acronym(mention.text):
                    self._acronyms[(group, squash(mention.text))][mention.canonical] += 1
                self._label_votes[(group, squash(self._canonical_text(mention)))][mention.type] += 1

    def _canonical_text(self, mention: Mention) -> str:
        text = _base_form(mention.canonical, mention.type)
        if text == mention.text and is_acronym(text):
            long_forms = self._acronyms.get((type_group(mention.type), squash(text)))
            if long_forms:
                best = max(sorted(long_forms), key=long_forms.__getitem__)  # a tie: the first by text
                votes, total = long_forms[best], sum(long_forms.values())
                if votes * 3 >= total * 2:
                    return best
        return text

    # -- pass 2: resolve ----------------------------------------------------------------
    def resolve(self, text: str, label: str, paper_id: str, canonical: str | None = None) -> Entity:
        mention = Mention(text=text, type=label, field="abstract", start=0, end=len(text) or 1,
                          canonical=canonical or text)
        return self.resolve_mention(mention, paper_id)

    def resolve_mention(self, mention: Mention, paper_id: str) -> Entity:
        canonical = self._canonical_text(mention)
        group = type_group(mention.type)
        found = self._lookup(group, canonical, mention.text)
        entity = self.entities[found] if found else self._create(mention.type, canonical)
        entity.aliases.update({mention.text, mention.canonical})
        entity.surfaces[mention.text] += 1
        entity.papers.add(paper_id)
        for form in (canonical, mention.text):
            self._index.setdefault((group, squash(form)), (entity.label, entity.key))
        return entity

    def _lookup(self, group: str, canonical: str, text: str):
        for form in (canonical, text):
            hit = self._index.get((group, squash(form)))
            if hit:
                return hit
        return None

    def _create(self, label: str, canonical: str) -> Entity:
        votes = self._label_votes.get((type_group(label), squash(canonical)))
        if votes and type_group(label) == "Method|Model":
            label = max(sorted(votes), key=votes.__getitem__)
        key = normalise(canonical)
        entity = self.entities.get((label, key))
        if entity is None:
            entity = Entity(label=label, key=key, name=canonical)
            self.entities[(label, key)] = entity
        return entity

    def finalise(self) -> list[Entity]:
        """Display names: the most used surface form (a tie: the first by text)."""
        for entity in self.entities.values():
            if entity.surfaces:
                entity.name = max(sorted(entity.surfaces), key=entity.surfaces.__getitem__)
            entity.aliases.discard(entity.name)
        return list(self.entities.values())
