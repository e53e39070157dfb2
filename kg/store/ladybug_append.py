"""Adding new papers' part of the graph to the embedded store (``kg build --add``).

A full write reads the whole stored graph and writes the difference. An add knows what it
brings (``kg.graph.build.added_graph``: new papers, their results, and the entity nodes they
touch with their complete lists and names), so it reads only the stored nodes and
relationships it merges into, merges with the graph model's rules, counts each touched node's
degree as its stored degree plus the relationships that are new, and writes the difference in
one transaction. The kept resolution sits beside the database with the graph's token (a
write by anything else changes the token, and the next add derives the graph in full).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import networkx as nx

from kg.graph.model import merge_graph_into, new_graph
from kg.store import ladybug_cypher as C

__all__ = ["RESOLUTION_FILE", "stored_part", "merged_part", "write_kept", "read_kept"]

RESOLUTION_FILE = "resolution.pkl"


def stored_part(conn, added: nx.MultiDiGraph, rows, props) -> nx.MultiDiGraph:
    """The stored nodes and relationships ``added`` has too (``rows(conn, query, params)``
    runs a query, ``props(row)`` turns a table row into properties)."""
    old = new_graph()
    for label, keys in _by_label(added).items():
        query = C.render(C.READ_SOME_NODES, C.node_columns(label), label=label)
        for row in rows(conn, query, {"keys": keys}):
            found = props(row)
            old.add_node(found["key"], label=label, **found)
    for (rel_type, start, end), pairs in _rel_pairs(added, old).items():
        query = C.render(C.READ_SOME_RELS, C.REL_COLUMNS, type=rel_type, start=start, end=end)
        for row in rows(conn, query, {"rows": pairs}):
            src, dst = row.pop("_src"), row.pop("_dst")
            attrs = {"papers": [], "evidence": [], "count": 0, **props(row), "type": rel_type}
            old.add_edge(src, dst, key=rel_type, **attrs)
    return old


def _by_label(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for nid, label in graph.nodes(data="label"):
        groups.setdefault(label, []).append(str(graph.nodes[nid].get("key") or nid))
    return groups


def _rel_pairs(added: nx.MultiDiGraph, old: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    """The relationships of ``added`` whose two ends are stored already (only those can exist)."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for u, v, rel_type in added.edges(keys=True):
        if u in old and v in old:
            where = (rel_type, added.nodes[u]["label"], added.nodes[v]["label"])
            groups.setdefault(where, []).append({"src": u, "dst": v})
    return groups


def merged_part(old: nx.MultiDiGraph, added: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``old`` with ``added`` folded in: relationships merged (papers, evidence, count), a
    touched node's properties as ``added`` gives them (its lists and name are complete), its
    degree the stored one plus its new relationships."""
    new = merge_graph_into(old.copy(), added)
    for nid, attrs in added.nodes(data=True):
        new.nodes[nid].clear()
        new.nodes[nid].update(attrs)
        new.nodes[nid]["degree"] = int(old.nodes[nid].get("degree") or 0) if nid in old else 0
    for u, v, rel_type in added.edges(keys=True):
        if not old.has_edge(u, v, rel_type):
            new.nodes[u]["degree"] += 1
            new.nodes[v]["degree"] += 1
    return new


def write_kept(directory: Path, token: str, data: bytes) -> None:
    """The kept resolution beside the database, marked with the graph's token, replaced
    atomically."""
    handle, tmp = tempfile.mkstemp(dir=directory, prefix=".resolution-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(token.encode("ascii") + b"\n" + data)
        os.replace(tmp, directory / RESOLUTION_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_kept(directory: Path, token: str | None) -> bytes | None:
    """The kept resolution when it was kept with the graph the database holds now."""
    path = directory / RESOLUTION_FILE
    if token is None or not path.is_file():
        return None
    data = path.read_bytes()
    mark, _, body = data.partition(b"\n")
    return body if mark == token.encode("ascii") else None
