"""The graph schema in ``schemas/graph.json``, loaded once.

Every label and relationship type that reaches a store or an exporter is checked here, so
nothing outside the schema (and nothing taken from user data) can become Cypher text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import SchemaError

__all__ = ["GraphSchema", "load_schema", "SCHEMA_DIR"]


def _schema_dir() -> Path:
    """``kg/_schemas`` in an installed wheel (setup.py maps the top-level ``schemas/`` there at
    build time), else the checkout's ``schemas/``: one copy in git, found either way."""
    here = Path(__file__).resolve().parent
    packaged = here / "_schemas"
    return packaged if (packaged / "graph.json").is_file() else here.parent / "schemas"


SCHEMA_DIR = _schema_dir()


@dataclass(frozen=True)
class GraphSchema:
    """Labels, keys and allowed relationship patterns of the property graph."""

    nodes: dict[str, dict]
    relationships: dict[str, dict]
    entity_labels: tuple[str, ...]
    colors: dict[str, str]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.nodes)

    @property
    def rel_types(self) -> tuple[str, ...]:
        return tuple(self.relationships)

    def key_of(self, label: str) -> str:
        return self.nodes[self.check_label(label)]["key"]

    def check_label(self, label: str) -> str:
        if label not in self.nodes:
            raise SchemaError(f"unknown node label {label!r}; allowed: {', '.join(self.nodes)}")
        return label

    def check_rel(self, rel_type: str, start_label: str | None = None, end_label: str | None = None) -> str:
        spec = self.relationships.get(rel_type)
        if spec is None:
            raise SchemaError(f"unknown relationship type {rel_type!r}")
        if start_label is not None and start_label not in spec["from"]:
            raise SchemaError(f"({start_label})-[:{rel_type}]-> is not in the schema")
        if end_label is not None and end_label not in spec["to"]:
            raise SchemaError(f"-[:{rel_type}]->({end_label}) is not in the schema")
        return rel_type


@lru_cache(maxsize=1)
def load_schema(path: Path | None = None) -> GraphSchema:
    data = json.loads((path or SCHEMA_DIR / "graph.json").read_text(encoding="utf-8"))
    return GraphSchema(
        nodes=data["nodes"],
        relationships=data["relationships"],
        entity_labels=tuple(data["entity_labels"]),
        colors=data["colors"],
    )
