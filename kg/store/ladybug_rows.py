"""How the embedded store turns graph properties into LadybugDB table rows and back.

A table has typed columns (``kg.store.ladybug_cypher.node_columns``); a property whose value
does not fit its column (or that has no column) travels in the row's ``_extra`` JSON, so a
graph made elsewhere reads back exactly. Kept apart from the store so that the write of a
whole graph and the add of a few papers (kg.store.ladybug_append) build rows the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import networkx as nx

from kg.store import ladybug_cypher as C
from kg.store.graph_rows import node_props, rel_props

__all__ = ["row_of", "props_of", "fetch_rows", "message", "chunks", "node_groups", "rel_groups"]


def _fits(kind: str, value) -> bool:
    if kind == "STRING":
        return isinstance(value, str)
    if kind == "STRING[]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "INT64":
        return isinstance(value, int) and not isinstance(value, bool) and -2**63 <= value < 2**63
    if kind == "DOUBLE":
        return isinstance(value, float)
    return kind == "BOOLEAN" and isinstance(value, bool)


def row_of(props: dict, columns: dict[str, str]) -> dict:
    """A table row: each column its value when it fits the type, the rest in ``_extra``."""
    row, extra = {}, {k: v for k, v in props.items() if k not in columns}
    for column, kind in columns.items():
        value = props.get(column)
        if column == C.EXTRA or value is None:
            row[column] = None
        elif _fits(kind, value):
            row[column] = value
        elif kind == "DOUBLE" and isinstance(value, int) and not isinstance(value, bool):
            row[column], extra[column] = float(value), value  # queryable, and read back as it was
        else:
            row[column], extra[column] = None, value
    row[C.EXTRA] = json.dumps(extra, ensure_ascii=False, sort_keys=True, default=str) if extra else None
    return row


def props_of(row: dict) -> dict:
    """The properties a table row holds (nulls are absent, as on Neo4j)."""
    props = {k: v for k, v in row.items() if v is not None and k != C.EXTRA}
    if row.get(C.EXTRA):
        props.update(json.loads(row[C.EXTRA]))
    return props


def fetch_rows(conn, query: str, params: dict | None = None) -> list[dict]:
    result = conn.execute(query, params or {})
    names = result.get_column_names()
    rows = []
    while result.has_next():
        rows.append(dict(zip(names, result.get_next())))
    return rows


def message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def node_groups(graph: nx.MultiDiGraph, nodes, keys_only: bool = False):
    """(label, rows) for ``nodes`` of ``graph``, by label."""
    groups: dict[str, list[dict]] = {}
    for nid in nodes:
        label = graph.nodes[nid]["label"]
        props = node_props(nid, graph.nodes[nid], value=lambda v: v)
        row = {"key": props["key"]} if keys_only else row_of(props, C.node_columns(label))
        groups.setdefault(label, []).append(row)
    return sorted(groups.items())


def rel_groups(graph: nx.MultiDiGraph, edges, keys_only: bool = False):
    """((type, start label, end label), rows) for ``edges`` (start, end, type) of ``graph``."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for u, v, rel_type in edges:
        start, end = graph.nodes[u], graph.nodes[v]
        row = {"src": str(start.get("key") or u), "dst": str(end.get("key") or v)}
        if not keys_only:
            row.update(row_of(rel_props(graph.edges[u, v, rel_type], value=lambda x: x), C.REL_COLUMNS))
        groups.setdefault((rel_type, start["label"], end["label"]), []).append(row)
    return sorted(groups.items())
