"""The default store: the whole graph in one JSON file inside a folder, no server needed.

Writes go to a temporary file that is fsynced and then renamed over the old one, so a
crash mid-write leaves the previous graph intact, never half a file. A lock file keeps two
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
from kg.graph.model import merge_graph_into, new_graph
from kg.store.base import GraphStore

__all__ = ["EmbeddedStore", "DEFAULT_STORE_DIR", "graph_stats"]

DEFAULT_STORE_DIR = Path("kg-data")
GRAPH_FILE = "graph.json"
FORMAT = 1
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
    """A folder holding ``graph.json`` (networkx node-link data plus a format header)."""

    def __init__(self, directory: str | Path = DEFAULT_STORE_DIR):
        self.directory = Path(directory)
        self.path = self.directory / GRAPH_FILE
        self._graph: nx.MultiDiGraph | None = None

    # -- reading -----------------------------------------------------------------------
    def read_graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = self._load() if self.path.exists() else new_graph()
        return self._graph

    def _load(self) -> nx.MultiDiGraph:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise StoreError(f"{self.path}: store format {data.get('format')!r} is not {FORMAT}")
            return nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges", name=ID_FIELD)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path}: cannot read the store ({exc})") from None

    def exists(self) -> bool:
        return self.path.exists()

    def stats(self) -> dict:
        return graph_stats(self.read_graph())

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def _locked(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            for stale in self.directory.glob(".graph-*.tmp"):  # from a writer that was killed
                stale.unlink(missing_ok=True)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def merge_graph(self, graph: nx.MultiDiGraph, progress=None) -> None:
        with self._locked():
            self._graph = None  # another writer may have changed the file
            merged = merge_graph_into(self.read_graph(), graph)
            self._write(merged)
            if progress:
                progress(graph.number_of_nodes() + graph.number_of_edges())

    def clear(self) -> None:
        with self._locked():
            self._graph = new_graph()
            self._write(self._graph)

    def _write(self, graph: nx.MultiDiGraph) -> None:
        payload = {"format": FORMAT, "kg_version": __version__,
                   "graph": nx.node_link_data(graph, edges="edges", name=ID_FIELD)}
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
