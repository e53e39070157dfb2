"""Typed records of the extract step: what ``kg extract`` writes, one ``PaperRecord`` per line.

They live in the neutral core (no spaCy here): storing, resolving and querying read them too.

The JSON shape is the contract in DESIGN.md (``schemas/record.schema.json``); offsets are
character offsets into the named field, end exclusive, so ``text == field[start:end]``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

__all__ = ["ENTITY_TYPES", "Mention", "Result", "Relation", "PaperRecord", "sentence_of"]

ENTITY_TYPES = ("Method", "Model", "Dataset", "Metric", "Task")


@dataclass
class Mention:
    text: str
    type: str
    field: str
    start: int
    end: int
    canonical: str
    sentence: tuple[int, int] | None = None  # offsets of the sentence holding it, same field
    entity: str | None = None  # key of the graph node it denotes; None: a generic phrase (or not resolved)


def _mention_dict(mention: Mention) -> dict:
    data = dict(vars(mention))
    if data["sentence"] is None:
        del data["sentence"]
    else:
        data["sentence"] = list(data["sentence"])
    return data


RESULT_KINDS = ("absolute", "delta")


@dataclass
class Result:
    """A reported value; ``kind`` "absolute" is a score reached (ranked on leaderboards),
    "delta" an improvement over something (unit "points", shown apart). Records written before
    ``kind`` existed load as absolute unless their unit is "points"."""

    method: str | None
    dataset: str
    metric: str | None
    value: float | str
    unit: str
    evidence: str
    kind: str = "absolute"

    @classmethod
    def from_dict(cls, data: dict) -> "Result":
        kind = data.get("kind") or ("delta" if data.get("unit") == "points" else "absolute")
        return cls(**{**data, "kind": kind})


@dataclass
class Relation:
    type: str
    head: str
    head_type: str
    tail: str
    tail_type: str
    evidence: str


@dataclass
class PaperRecord:
    id: str
    title: str
    abstract: str
    entities: list[Mention] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    year: int | None = None
    url: str | None = None
    source: str | None = None
    code_urls: list[str] = field(default_factory=list)
    properties: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The JSON shape, as ``dataclasses.asdict`` gives it (same keys, same order) but
        built directly: a build serialises every stored record, and asdict's generic deep
        copy was a third of a 10,000-paper store write."""
        return {
            "id": self.id, "title": self.title, "abstract": self.abstract,
            "entities": [_mention_dict(m) for m in self.entities],
            "results": [dict(vars(r)) for r in self.results],
            "relations": [dict(vars(r)) for r in self.relations],
            "year": self.year, "url": self.url, "source": self.source,
            "code_urls": list(self.code_urls), "properties": copy.deepcopy(self.properties),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "PaperRecord":
        ents = [Mention(**{**e, "sentence": tuple(e["sentence"]) if e.get("sentence") else None})
                for e in data.get("entities", [])]
        return cls(
            id=data["id"], title=data.get("title", ""), abstract=data.get("abstract", ""),
            entities=ents,
            results=[Result.from_dict(r) for r in data.get("results", [])],
            relations=[Relation(**r) for r in data.get("relations", [])],
            year=data.get("year"), url=data.get("url"), source=data.get("source"),
            code_urls=list(data.get("code_urls", [])), properties=dict(data.get("properties", {})),
        )

    def field_text(self, name: str) -> str:
        return self.title if name == "title" else self.abstract


def sentence_of(record: PaperRecord, mention: Mention) -> str:
    """The evidence sentence of a mention: its recorded sentence span, else the stretch
    between the nearest sentence ends around it."""
    text = record.field_text(mention.field)
    if mention.sentence:
        return text[mention.sentence[0]:mention.sentence[1]].strip()
    start = max(text.rfind(". ", 0, mention.start), text.rfind("? ", 0, mention.start))
    end = text.find(". ", mention.end)
    return text[start + 2 if start >= 0 else 0:end + 1 if end >= 0 else len(text)].strip()
