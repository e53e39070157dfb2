"""What a store keeps of a networkx graph, and what differs between two graphs.

Both database stores (Neo4j, LadybugDB) hold the same properties and write only the
difference between the stored graph and the new one; the normalisation (lists sorted, no
nulls, evidence capped) and the diff live here once so the two cannot drift apart. Nothing
here imports a database driver.
"""

from __future__ import annotations

import json

import networkx as nx

from kg.graph.model import LIST_PROPS, MAX_EVIDENCE

__all__ = ["neo4j_value", "node_props", "rel_props", "evidence", "graph_diff"]


def neo4j_value(value):
    """A Neo4j property value: primitives and homogeneous lists as they are, the rest as JSON."""
    if isinstance(value, bool) or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return value if -2**63 <= value < 2**63 else str(value)
    if isinstance(value, (list, tuple)):
        kinds = {type(v) for v in value}
        if not value or (len(kinds) == 1 and kinds <= {str, int, float, bool}):
            return list(value)
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def node_props(nid: str, attrs: dict, value=neo4j_value) -> dict:
    """What a store keeps of a node: every property but ``label``, lists sorted, no nulls."""
    props = {}
    for name, raw in attrs.items():
        if name == "label" or raw is None:
            continue
        props[name] = sorted(set(raw)) if name in LIST_PROPS else value(raw)
    props["key"] = str(attrs.get("key") or nid)
    return props


def evidence(sentences) -> list[str]:
    """Non-empty, distinct, first seen first, at most MAX_EVIDENCE (what merge_edge keeps)."""
    kept: list[str] = []
    for sentence in sentences or ():
        if sentence and sentence not in kept and len(kept) < MAX_EVIDENCE:
            kept.append(sentence)
    return kept


def rel_props(attrs: dict, value=neo4j_value) -> dict:
    """What a store keeps of a relationship: provenance and any extra properties, no nulls."""
    props = {name: value(raw) for name, raw in attrs.items() if name != "type" and raw is not None}
    props["evidence"] = evidence(attrs.get("evidence"))
    props["papers"] = sorted(set(attrs.get("papers") or ()))
    props["count"] = int(attrs.get("count") or len(props["papers"]))
    return props


def graph_diff(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict:
    """What turns ``old`` (read from the store) into ``new``: node ids and edge triples to
    delete and to write (new, or with any property different)."""
    def node_changed(nid):
        return nid not in old or node_props(nid, old.nodes[nid]) != node_props(nid, new.nodes[nid])

    def edge_changed(edge):
        return not old.has_edge(*edge) or rel_props(old.edges[edge]) != rel_props(new.edges[edge])

    return {"delete_edges": sorted(e for e in old.edges(keys=True) if not new.has_edge(*e)),
            "delete_nodes": sorted(n for n in old.nodes if n not in new),
            "write_nodes": sorted(n for n in new.nodes if node_changed(n)),
            "write_edges": sorted(e for e in new.edges(keys=True) if edge_changed(e))}
