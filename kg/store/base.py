"""The one interface both graph stores implement.

A store holds two things: the graph (a networkx ``MultiDiGraph`` in ``kg.graph.model``
conventions) and the extraction records it was built from. The records are the truth, the
graph is derived: a build re-derives the whole graph from every stored record plus the new
ones and makes the store hold exactly that graph, so the graph is a function of the set of
papers: the same input twice changes nothing, and input A then B gives what B then A and A
with B give. Writes happen under the store's one-writer lock.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import networkx as nx

from kg.records import PaperRecord

__all__ = ["GraphStore"]


class GraphStore(ABC):
    """Where a graph and its records live between commands."""

    _writer_depth = 0

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the store's exclusive writer lock (re-entrant within one store object): a
        build reads, derives and writes under it, so two builds never interleave."""
        if self._writer_depth:
            self._writer_depth += 1
            try:
                yield
            finally:
                self._writer_depth -= 1
            return
        with self._writer_lock():
            self._writer_depth = 1
            try:
                yield
            finally:
                self._writer_depth = 0

    @abstractmethod
    def _writer_lock(self) -> AbstractContextManager:
        """Take the store's own exclusive lock (``writer`` makes it re-entrant)."""

    @abstractmethod
    def write(self, graph: nx.MultiDiGraph, records: list[PaperRecord] | None = None, progress=None) -> None:
        """Make the store hold exactly ``graph`` (and, when given, exactly ``records``).

        Only what differs is written; ``progress``, if given, is called with the number of
        rows written so far. A write cut off halfway is completed by running it again."""

    def keep_records(self, records: list[PaperRecord]) -> None:
        """Store new records ahead of the graph a build will derive from them, so a build
        stopped while extracting keeps what it extracted (the next one does not extract it
        again). A store that cannot keep records apart from its graph keeps them with it."""

    can_append = False  # whether ``append`` works (else ``kg build --add`` derives in full)

    def append(self, added: nx.MultiDiGraph, records: list[PaperRecord], kept: bytes, progress=None) -> None:
        """Fold the part of the graph new papers bring into the stored graph, store their
        ``records`` and keep the resolution ``kept`` with the result (``kg build --add``)."""
        raise NotImplementedError

    def keep_resolution(self, data: bytes) -> None:
        """Keep the resolution the stored graph was made with (kg.resolve.incremental), for
        the next add; a store that cannot keep it ignores it."""

    def read_resolution(self) -> bytes | None:
        """The resolution kept with the graph stored now, or None (none, or stale)."""
        return None

    def paper_titles(self) -> dict[str, str]:
        """Stored paper id -> title."""
        return {}

    def paper_texts(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """Stored paper id -> (title, abstract), for ``ids``."""
        return {}

    @abstractmethod
    def read_records(self) -> list[PaperRecord]:
        """The stored extraction records, sorted by paper id."""

    @abstractmethod
    def read_graph(self) -> nx.MultiDiGraph:
        """The whole stored graph: nodes sorted by key, edges by (start, end, type), each
        node's and edge's properties sorted by name (so exports repeat, on either store)."""

    @abstractmethod
    def stats(self) -> dict:
        """``{"papers": int, "nodes": {label: n}, "relationships": {type: n}}``."""

    @abstractmethod
    def run_named(self, name: str, params: dict) -> list[dict]:
        """Rows of the named query ``kg/queries/cypher/<name>.cypher``."""

    @abstractmethod
    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        """Rows of a raw Cypher query the user typed."""

    def merge_graph(self, graph: nx.MultiDiGraph, progress=None) -> None:
        """Fold ``graph`` into the stored graph with kg.graph.model's merge rules (records
        untouched): for graphs made elsewhere; builds derive the whole graph instead."""
        from kg.graph.model import merge_graph_into
        with self.writer():
            self.write(merge_graph_into(self.read_graph(), graph), progress=progress)

    def clear(self) -> None:  # pragma: no cover - overridden where supported
        raise NotImplementedError

    def close(self) -> None:
        """Release connections or files."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
