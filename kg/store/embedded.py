"""The default store: the graph and its records in one JSON file inside a folder, no server.

Writes go to a temporary file that is fsynced and then renamed over the old one, so a
crash mid-write leaves the previous store intact, never half a file. A lock file keeps two
writers from interleaving.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.errors import QueryError, StoreError
from kg.graph.model import new_graph, sorted_graph
from kg.records import PaperRecord
from kg.store.base import GraphStore

__all__ = ["EmbeddedStore", "DEFAULT_STORE_DIR", "graph_stats"]

DEFAULT_STORE_DIR = Path("kg-data")
GRAPH_FILE = "graph.json"
FORMAT = 2  # 2: records stored beside the graph (format 1 had the graph alone)
ID_FIELD = "__id__"  # not "id": Paper nodes have an "id" property of their own


def graph_stats(graph: nx.MultiDiGraph) -> dict:
    """Counts in the shape both stores report (labels/types with zero omitted)."""
    nodes: dict[str, int] = {}
    for _, label in graph.nodes(data="label"):
        nodes[label] = nodes.get(label, 0) + 1
    rels: dict[str, int] = {}
    for _, _, rel_type in graph.edges(data="type"):
        rels[rel_type] = rels.get(rel_type, 0) + 1
    return {"papers": nodes.get("Paper", 0), "nodes": dict(sorted(nodes.items())),
            "relationships": dict(sorted(rels.items()))}


class EmbeddedStore(GraphStore):
    """A folder holding ``graph.json``: networkx node-link data, the records, a format header.

    ``must_exist``: reading commands open a store that has to be there already; a path
    that names no store is an error, not an empty graph."""

    def __init__(self, directory: str | Path = DEFAULT_STORE_DIR, must_exist: bool = False):
        self.directory = Path(directory)
        self.path = self.directory / GRAPH_FILE
        if must_exist and not self.path.is_file():
            what = "no such folder" if not self.directory.exists() else f"no {GRAPH_FILE} in it"
            raise StoreError(f"{self.directory}: not a kg store ({what}); build one with "
                             f"`kg build INPUT --store {self.directory}`")
        self._graph: nx.MultiDiGraph | None = None
        self._records: list[dict] | None = None
        self._lock_depth = 0

    # -- reading -----------------------------------------------------------------------
    def read_graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._load()
        return self._graph

    def read_records(self) -> list[PaperRecord]:
        if self._records is None:
            self._load()
        return [PaperRecord.from_dict(row) for row in self._records]

    def _load(self) -> None:
        if not self.path.exists():
            self._graph, self._records = new_graph(), []
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise StoreError(f"{self.path}: store format {data.get('format')!r} is not {FORMAT} (written by "
                                 "another kg version); build the graph again from its input into a new store")
            self._graph = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges",
                                             name=ID_FIELD)
            self._records = data["records"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path}: cannot read the store ({exc})") from None

    def exists(self) -> bool:
        return self.path.exists()

    def stats(self) -> dict:
        return graph_stats(self.read_graph())

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def writer(self):
        """The lock file's exclusive lock; on taking it, what the last writer stored is read
        afresh (another process may have written since this object last read)."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._lock_depth = 1
            try:
                for stale in self.directory.glob(".graph-*.tmp"):  # from a writer that was killed
                    stale.unlink(missing_ok=True)
                self._graph = self._records = None
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(lock, fcntl.LOCK_UN)

    def write(self, graph: nx.MultiDiGraph, records: list[PaperRecord] | None = None, progress=None) -> None:
        with self.writer():
            rows = self._records if records is None else [r.to_dict() for r in sorted(records, key=lambda r: r.id)]
            if rows is None:
                self._load()
                rows = self._records
            ordered = sorted_graph(graph)
            self._write_file(ordered, rows)
            self._graph, self._records = ordered, rows
            if progress:
                progress(graph.number_of_nodes() + graph.number_of_edges())

    def clear(self) -> None:
        self.write(new_graph(), [])

    def _write_file(self, graph: nx.MultiDiGraph, records: list[dict]) -> None:
        payload = {"format": FORMAT, "kg_version": __version__,
                   "graph": nx.node_link_data(graph, edges="edges", name=ID_FIELD), "records": records}
        fd, tmp = tempfile.mkstemp(prefix=".graph-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    # -- queries -----------------------------------------------------------------------
    def run_named(self, name: str, params: dict) -> list[dict]:
        from kg.queries.twins import run_twin
        return run_twin(self.read_graph(), name, params)

    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        if write:
            raise QueryError("the embedded store is read-only for Cypher; use `kg build`/`kg load`, "
                             "or a Neo4j store (--neo4j-uri) for --write")
        if params:
            raise QueryError("the embedded store's Cypher (grand-cypher) has no $parameters; "
                             "use --neo4j-uri for parameterised queries")
        from kg.queries.embedded_cypher import run_grand_cypher
        return run_grand_cypher(self.read_graph(), query)
