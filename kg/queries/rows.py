"""Typed rows of the named queries, for the Python API (``kg.entity_card``, ``kg.path``, ...).

The queries themselves return plain dicts, which the CLI prints as they are (its ``--json``
output is those dicts); these dataclasses wrap the same rows for Python callers, with
``to_dict()`` giving the dict back. A column a query gains later is kept in ``extra`` rather
than lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

__all__ = ["Row", "LeaderboardRow", "Entity", "PaperRef", "Link", "EntityResult", "EntityCard", "DatasetUse", "Neighbor",
           "PathStep", "SimilarEntity", "TopNode", "rows_of"]

R = TypeVar("R", bound="Row")


@dataclass(frozen=True)
class Row:
    """A query row: its columns as fields, unknown columns in ``extra``."""

    extra: dict = field(default_factory=dict, repr=False, compare=False, kw_only=True)

    @classmethod
    def from_dict(cls: type[R], row: dict) -> R:
        names = {f.name for f in fields(cls)} - {"extra"}
        return cls(**{k: v for k, v in row.items() if k in names},
                   extra={k: v for k, v in row.items() if k not in names})

    def to_dict(self) -> dict[str, Any]:
        """The row as the query returned it (the CLI's --json shape)."""
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "extra"}
        return {**out, **self.extra}


def _plain(value):
    if isinstance(value, Row):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def rows_of(cls: type[R], rows: list[dict]) -> list[R]:
    return [cls.from_dict(row) for row in rows]


@dataclass(frozen=True)
class Entity(Row):
    """A graph entity found by name (``kg show`` header); ``also``: same name, other types."""

    key: str
    name: str | None = None
    label: str | None = None
    aliases: list[str] | None = None
    papers: int | None = None
    also: list[Entity] = field(default_factory=list)

    @classmethod
    def from_dict(cls, row: dict) -> Entity:
        entity = super().from_dict(row)
        return entity if not entity.also else _replace(entity, also=[Entity.from_dict(o) for o in entity.also])


def _replace(row: R, **changes) -> R:
    from dataclasses import replace
    return replace(row, **changes)


@dataclass(frozen=True)
class PaperRef(Row):
    """A paper that mentions an entity, with the relationships that link them."""

    paper: str
    title: str | None = None
    year: int | None = None
    relations: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Link(Row):
    """An entity linked to another one: relationship type, direction, papers behind it."""

    relation: str
    direction: str
    label: str | None = None
    key: str | None = None
    name: str | None = None
    papers: int | None = None


@dataclass(frozen=True)
class EntityResult(Row):
    """A reported result that involves an entity."""

    method: str | None = None
    dataset: str | None = None
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    paper: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class EntityCard(Row):
    """Everything ``kg show NAME`` prints."""

    entity: Entity
    papers: list[PaperRef]
    links: list[Link]
    results: list[EntityResult]

    @classmethod
    def from_dict(cls, card: dict) -> EntityCard:
        return cls(entity=Entity.from_dict(card["entity"]), papers=rows_of(PaperRef, card["papers"]),
                   links=rows_of(Link, card["links"]), results=rows_of(EntityResult, card["results"]),
                   extra={k: v for k, v in card.items() if k not in ("entity", "papers", "links", "results")})


@dataclass(frozen=True)
class LeaderboardRow(Row):
    """A result on a leaderboard: ``rank`` restarts per metric (None for deltas and results
    without a metric), ``direction`` says whether higher or lower is better."""

    rank: int | None
    kind: str
    metric: str | None
    method: str | None
    value: float | None
    unit: str | None = None
    dataset: str | None = None
    paper: str | None = None
    evidence: str | None = None
    method_key: str | None = None
    direction: str | None = None


@dataclass(frozen=True)
class DatasetUse(Row):
    """A dataset used by papers about a task (``kg query datasets``)."""

    key: str
    dataset: str | None = None
    papers: int = 0


@dataclass(frozen=True)
class Neighbor(Row):
    """A node ``depth`` hops from the start, reached from ``source`` over ``relation``."""

    depth: int
    source: str
    relation: str
    key: str
    name: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class PathStep(Row):
    """One node of a shortest path; ``via``: the relationship that led to it (None first)."""

    step: int
    key: str
    name: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class SimilarEntity(Row):
    """An entity of the same kind and the number of papers that mention both."""

    key: str
    name: str | None = None
    shared: int = 0


@dataclass(frozen=True)
class TopNode(Row):
    """A central node: ``degree`` or ``pagerank`` is set, after ``kg query top --by``."""

    key: str
    name: str | None = None
    label: str | None = None
    degree: int | None = None
    pagerank: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        return {k: v for k, v in out.items() if not (k in ("degree", "pagerank") and v is None)}
