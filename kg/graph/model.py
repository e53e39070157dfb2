"""How the property graph is held in a networkx ``MultiDiGraph``.

Conventions every other package relies on (stores, queries, exporters):

* node id = ``"<Label>:<key>"``; node attributes ``label`` (schema label), ``key`` (unique per
  label: paper id for Paper, normalised canonical name for entities, a content hash for
  Result, the URL for Repository), ``name`` (display text) and the label's properties.
* one edge per (start, end, type), with the networkx edge key equal to the type; edge
  attributes ``type``, ``papers`` (sorted paper ids), ``evidence`` (up to
  ``MAX_EVIDENCE`` sentences) and ``count`` (= number of supporting papers).

Merging is a set union, so adding the same records twice changes nothing.
"""

from __future__ import annotations

import networkx as nx

from kg.schema import load_schema

__all__ = ["MAX_EVIDENCE", "node_id", "merge_node", "merge_edge", "new_graph"]

MAX_EVIDENCE = 3
_LIST_PROPS = ("aliases", "papers")


def new_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph()


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def merge_node(graph: nx.MultiDiGraph, label: str, key: str, **props) -> str:
    """Add the node or fold ``props`` into it: lists are unioned, other values kept if set."""
    load_schema().check_label(label)
    nid = node_id(label, key)
    if nid not in graph:
        graph.add_node(nid, label=label, key=key)
    attrs = graph.nodes[nid]
    for name, value in props.items():
        if name in _LIST_PROPS:
            attrs[name] = sorted(set(attrs.get(name, ())) | set(value or ()))
        elif value is not None and (attrs.get(name) in (None, "") or name == "name" and not attrs.get(name)):
            attrs[name] = value
    return nid


def merge_edge(graph: nx.MultiDiGraph, start: str, rel_type: str, end: str,
               papers=(), evidence=()) -> None:
    """Add or extend one typed edge, keeping provenance (papers, evidence, count)."""
    schema = load_schema()
    schema.check_rel(rel_type, graph.nodes[start]["label"], graph.nodes[end]["label"])
    if not graph.has_edge(start, end, key=rel_type):
        graph.add_edge(start, end, key=rel_type, type=rel_type, papers=[], evidence=[], count=0)
    attrs = graph.edges[start, end, rel_type]
    attrs["papers"] = sorted(set(attrs["papers"]) | set(papers))
    for sentence in evidence:
        if sentence and sentence not in attrs["evidence"] and len(attrs["evidence"]) < MAX_EVIDENCE:
            attrs["evidence"].append(sentence)
    attrs["count"] = len(attrs["papers"])
