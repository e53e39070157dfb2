"""The one interface both graph stores implement.

The graph step hands a store a networkx ``MultiDiGraph`` (conventions in
``kg.graph.model``); a store merges it in, answers named queries and raw Cypher, and can
give the whole graph back for exports and in-memory algorithms.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import networkx as nx

__all__ = ["GraphStore"]


class GraphStore(ABC):
    """Where a graph lives between commands. Writes merge; they never duplicate."""

    @abstractmethod
    def merge_graph(self, graph: nx.MultiDiGraph, progress=None) -> None:
        """Fold ``graph`` into the store (idempotent: same input twice, same store).

        ``progress``, if given, is called with the number of rows written so far."""

    @abstractmethod
    def read_graph(self) -> nx.MultiDiGraph:
        """The whole stored graph, in kg.graph.model conventions."""

    @abstractmethod
    def stats(self) -> dict:
        """``{"papers": int, "nodes": {label: n}, "relationships": {type: n}}``."""

    @abstractmethod
    def run_named(self, name: str, params: dict) -> list[dict]:
        """Rows of the named query ``kg/queries/cypher/<name>.cypher``."""

    @abstractmethod
    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        """Rows of a raw Cypher query the user typed."""

    def entity_nodes(self):
        """Entities already stored (``kg.resolve.Entity``), so a build extends them rather
        than creating duplicates; stores with a cheaper way than reading everything override it."""
        from kg.graph.build import stored_entities
        return stored_entities(self.read_graph())

    def clear(self) -> None:  # pragma: no cover - overridden where supported
        raise NotImplementedError

    def close(self) -> None:
        """Release connections or files."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
