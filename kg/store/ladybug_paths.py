"""The embedded store's path index: shortest paths without LadybugDB's recursive join.

LadybugDB answers ``MATCH p = (a)-[* ALL SHORTEST 1..8]-(b)`` by a recursive join over every
node and relationship table; on the 75k-paper graph that took 0.4 s at the median and 7 s in
the tail (docs/experiments.md), where Neo4j needs milliseconds. So each write of the graph
also writes ``paths.npz`` beside the database: the undirected adjacency as a CSR matrix over
the node keys in sorted order (relationship types as small integers, in name order), the keys
and names. A path query is then two breadth-first searches with scipy's sparse matrices.

The answer is the one ``kg/queries/cypher/neo4j/path.cypher`` gives: of all shortest paths
(at most MAX_HOPS, direction ignored) the one whose node keys come first in order, then its
relationship types. Node ids follow the keys' order, so that path is found greedily: from the
source, each step goes to the smallest id that lies on some shortest path (distance from the
source one more, from the target one less), over the smallest type between the two.

The index carries the token the graph's transaction wrote (``KgMeta``); a store whose token
differs (a write that stopped before the index, ``kg cypher --write``) or that has no index is
answered by the Cypher query instead, so a stale index is never read.
"""

from __future__ import annotations

import bisect
import os
import tempfile
from pathlib import Path

import networkx as nx
import numpy as np
from scipy import sparse

__all__ = ["INDEX_FILE", "MAX_HOPS", "write_index", "extend_index", "PathIndex"]

INDEX_FILE = "paths.npz"
MAX_HOPS = 8


def _blob(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Strings as one UTF-8 byte array and the offsets of each (``len + 1`` of them)."""
    encoded = [text.encode("utf-8") for text in texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


def _adjacency(graph: nx.MultiDiGraph, nodes: list, rel_types: list[str]) -> sparse.csr_matrix:
    """Node id x node id -> 1 + the smallest relationship type code between them, both ways."""
    ids = {node: i for i, node in enumerate(nodes)}
    code = {rel: i + 1 for i, rel in enumerate(rel_types)}
    rows, cols, vals = [], [], []
    for u, v, rel in graph.edges(keys=True):
        if u != v:
            rows += (ids[u], ids[v])
            cols += (ids[v], ids[u])
            vals += (code[rel], code[rel])
    return _csr(np.asarray(rows), np.asarray(cols), np.asarray(vals), len(nodes))


def _csr(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, size: int) -> sparse.csr_matrix:
    """The matrix of (row, col, code) triples where a pair's smallest code wins."""
    order = np.lexsort((-vals.astype(np.int64), cols, rows))
    rows_a, cols_a, vals_a = (np.asarray(x, dtype=np.int32)[order] for x in (rows, cols, vals))
    # duplicates (several types between two nodes) would be summed: keep the smallest code,
    # which after the sort above is the last of each (row, col) run
    last = np.ones(len(rows_a), dtype=bool)
    last[:-1] = (rows_a[1:] != rows_a[:-1]) | (cols_a[1:] != cols_a[:-1])
    return sparse.csr_matrix((vals_a[last], (rows_a[last], cols_a[last])), shape=(size, size))


def write_index(directory: Path, graph: nx.MultiDiGraph, token: str) -> None:
    """``paths.npz`` for ``graph``, replaced atomically (a reader sees the old or the new one)."""
    key_of = {node: str(attrs.get("key") or node) for node, attrs in graph.nodes(data=True)}
    nodes = sorted(graph.nodes, key=key_of.__getitem__)
    rel_types = sorted({rel for _, _, rel in graph.edges(keys=True)})
    _save(directory, _adjacency(graph, nodes, rel_types), [key_of[node] for node in nodes],
          [str(graph.nodes[node].get("name") or "") for node in nodes], rel_types, token)


def extend_index(directory: Path, token: str | None, part: nx.MultiDiGraph, new_token: str) -> bool:
    """Fold ``part`` (new nodes and relationships, touched nodes with their names) into the
    index of the graph of ``token``, saved under ``new_token``; False when there is no such
    index (the caller writes it from the whole graph)."""
    old = PathIndex.load(directory, token)
    if old is None:
        return False
    count = len(old._keys[1]) - 1
    old_keys = [PathIndex._text(old._keys, i) for i in range(count)]
    names = {key: PathIndex._text(old._names, i) for i, key in enumerate(old_keys)}
    names.update((str(a.get("key") or n), str(a.get("name") or "")) for n, a in part.nodes(data=True))
    keys = sorted(names)
    ids = {key: i for i, key in enumerate(keys)}
    rel_types = sorted(set(old.rel_types) | {rel for _, _, rel in part.edges(keys=True)})
    recode = np.array([0] + [rel_types.index(rel) + 1 for rel in old.rel_types])
    coo = old.matrix.tocoo()
    remap = np.array([ids[key] for key in old_keys], dtype=np.int64)
    rows, cols, vals = [remap[coo.row]], [remap[coo.col]], [recode[coo.data]]
    edges = [(ids[str(part.nodes[u].get("key") or u)], ids[str(part.nodes[v].get("key") or v)], rel_types.index(rel) + 1)
             for u, v, rel in part.edges(keys=True) if u != v]
    if edges:
        new = np.array(edges, dtype=np.int64)
        rows += [new[:, 0], new[:, 1]]
        cols += [new[:, 1], new[:, 0]]
        vals += [new[:, 2], new[:, 2]]
    matrix = _csr(np.concatenate(rows), np.concatenate(cols), np.concatenate(vals), len(keys))
    _save(directory, matrix, keys, [names[key] for key in keys], rel_types, new_token)
    return True


def _save(directory: Path, matrix: sparse.csr_matrix, keys: list[str], names: list[str], rel_types: list[str],
          token: str) -> None:
    key_blob, key_offsets = _blob(keys)
    name_blob, name_offsets = _blob(names)
    handle, tmp = tempfile.mkstemp(dir=directory, prefix=".paths-", suffix=".npz")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(out, indptr=matrix.indptr, indices=matrix.indices, codes=matrix.data.astype(np.int8),
                     key_blob=key_blob, key_offsets=key_offsets, name_blob=name_blob,
                     name_offsets=name_offsets, rel_types=np.array(rel_types), token=np.array(token))
        os.replace(tmp, directory / INDEX_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PathIndex:
    """A loaded ``paths.npz``; ``None`` from :meth:`load` when there is none or it is stale."""

    def __init__(self, data):
        self.matrix = sparse.csr_matrix((data["codes"], data["indices"], data["indptr"]),
                                        shape=(len(data["key_offsets"]) - 1,) * 2)
        self._keys = (data["key_blob"].tobytes(), data["key_offsets"])
        self._names = (data["name_blob"].tobytes(), data["name_offsets"])
        self.rel_types = [str(t) for t in data["rel_types"]]

    @classmethod
    def load(cls, directory: Path, token: str | None) -> "PathIndex | None":
        path = directory / INDEX_FILE
        if token is None or not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as data:
            if str(data["token"]) != token:
                return None
            return cls(data)

    @staticmethod
    def _text(table: tuple[bytes, np.ndarray], i: int) -> str:
        blob, offsets = table
        return blob[offsets[i]:offsets[i + 1]].decode("utf-8")

    def node_id(self, key: str) -> int | None:
        """The id of ``key``, by binary search over the sorted keys."""
        count = len(self._keys[1]) - 1
        at = bisect.bisect_left(range(count), key, key=lambda i: self._text(self._keys, i))
        return at if at < count and self._text(self._keys, at) == key else None

    def _distances(self, start: int, limit: int = MAX_HOPS, until: int | None = None) -> np.ndarray:
        """Hops from ``start`` to the nodes at most ``limit`` away (-1: farther), level by
        level, stopping after the level that reaches ``until``."""
        dist = np.full(self.matrix.shape[0], -1, dtype=np.int16)
        dist[start] = 0
        frontier = np.array([start])
        for hop in range(1, limit + 1):
            reached = np.zeros(len(dist), dtype=bool)
            reached[self.matrix[frontier].indices] = True
            frontier = np.flatnonzero(reached & (dist < 0))
            if not len(frontier):
                break
            dist[frontier] = hop
            if until is not None and dist[until] >= 0:
                break
        return dist

    def shortest_path(self, source: str, target: str) -> dict | None:
        """The row of the path query (keys, names, relations, hops), or None: no path."""
        a, b = self.node_id(source), self.node_id(target)
        if a is None or b is None or a == b:
            return None
        from_a = self._distances(a, until=b)
        hops = int(from_a[b])
        if hops < 1:
            return None
        from_b = self._distances(b, limit=hops - 1)
        path, relations = [a], []
        for step in range(1, hops + 1):
            row = self.matrix.getrow(path[-1])
            on_path = (from_a[row.indices] == step) & (from_b[row.indices] == hops - step)
            nxt = int(row.indices[on_path].min())
            relations.append(self.rel_types[int(row[0, nxt]) - 1])
            path.append(nxt)
        return {"keys": [self._text(self._keys, i) for i in path],
                "names": [self._text(self._names, i) or None for i in path],
                "relations": relations, "hops": hops}
