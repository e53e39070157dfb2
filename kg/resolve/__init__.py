"""Resolve: canonical entities for the mentions of a batch of records.

Owns normalisation, acronym <-> long form, aliases, Model vs Method agreement across
papers, and model families (VARIANT_OF). Never parses text: it only sees records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.records import PaperRecord
from kg.resolve.metrics import higher_is_better
from kg.resolve.normalise import normalise, squash, variant_base
from kg.resolve.resolver import Entity, Resolver, type_group

__all__ = ["Entity", "Resolution", "Resolver", "resolve_records", "higher_is_better", "normalise"]


@dataclass
class Resolution:
    """Entities of a batch and, per paper, which entity each mention became."""

    entities: list[Entity]
    mention_entities: dict[str, list[Entity]]  # paper id -> entity per mention, in order
    variants: list[tuple[Entity, Entity]] = field(default_factory=list)  # (variant, base)
    resolver: Resolver | None = None

    def in_paper(self, paper_id: str, name: str, label: str | None = None) -> Entity | None:
        """The entity a paper's own mention of ``name`` resolved to (for relations, results)."""
        target, group = squash(name), label and type_group(label)
        for entity in self.mention_entities.get(paper_id, []):
            if group and type_group(entity.label) != group:
                continue
            if target in entity.forms():
                return entity
        return None


def _variants(resolver: Resolver, entities: Iterable[Entity]) -> list[tuple[Entity, Entity]]:
    pairs = []
    for entity in entities:
        if entity.label != "Model":
            continue
        for form in sorted({entity.name, *entity.aliases}):
            base_name = variant_base(form)
            found = base_name and resolver._lookup("Method|Model", base_name, base_name)
            if found and found != (entity.label, entity.key) and found[0] == "Model":
                pairs.append((entity, resolver.entities[found]))
                break
    return pairs


def _resolve_result_variants(resolver: Resolver, record: PaperRecord, mentioned: list[Entity]) -> None:
    """A result's method can be a variant the NER tagged only as its family ("EfficientNet"
    of "EfficientNet-B7 reaches 84.3%"): it becomes an entity of the family's type here,
    before families are linked, so it gets its VARIANT_OF edge."""
    if not any(result.method for result in record.results):
        return
    names = {squash(form): entity for entity in mentioned for form in (entity.name, *entity.aliases)}
    for result in record.results:
        base = variant_base(result.method) if result.method else None
        if not base or squash(result.method) in names or squash(base) not in names:
            continue
        family = names[squash(base)]
        if type_group(family.label) == type_group("Method"):
            resolver.resolve(result.method, family.label, record.id)


def resolve_records(records: Sequence[PaperRecord]) -> Resolution:
    """Two passes over the records: observe (acronyms, type votes), then resolve in order.
    Every decision is a function of the whole set (the graph step passes records by id)."""
    resolver = Resolver()
    resolver.observe(records)
    per_paper = {
        record.id: [resolver.resolve_mention(mention, record.id) for mention in record.entities]
        for record in records
    }
    for record in records:
        _resolve_result_variants(resolver, record, per_paper[record.id])
    entities = resolver.finalise()
    return Resolution(entities=entities, mention_entities=per_paper,
                      variants=_variants(resolver, entities), resolver=resolver)
