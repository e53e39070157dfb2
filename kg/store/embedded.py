"""The embedded store, and the reader of the JSON store it replaced.

Since issue 21 the embedded store is a LadybugDB database (``kg.store.ladybug_store``);
``EmbeddedStore`` names it for code that opens "the embedded store" without caring which.
Older kg versions kept the graph and its records in one ``graph.json`` (format 2) rewritten on
every build; :func:`read_json_store` reads one so that ``kg migrate`` can convert it.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import StoreError
from kg.records import PaperRecord
from kg.store.ladybug_store import LEGACY_FILE, LadybugStore

__all__ = ["EmbeddedStore", "DEFAULT_STORE_DIR", "graph_stats", "read_json_store"]

EmbeddedStore = LadybugStore
DEFAULT_STORE_DIR = Path("kg-data")
JSON_FORMAT = 2  # 2: records stored beside the graph (format 1 had the graph alone)
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


def read_json_store(directory: str | Path) -> tuple[nx.MultiDiGraph, list[PaperRecord]]:
    """The graph and records of an old JSON store folder (``graph.json``, format 2)."""
    path = Path(directory) / LEGACY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != JSON_FORMAT:
            raise StoreError(f"{path}: store format {data.get('format')!r} is not {JSON_FORMAT} (written by "
                             "another kg version); build the graph again from its input into a new store")
        graph = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges", name=ID_FIELD)
        return graph, [PaperRecord.from_dict(row) for row in data["records"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"{path}: cannot read the store ({exc})") from None
