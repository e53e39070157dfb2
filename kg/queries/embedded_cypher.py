"""``kg cypher`` on the embedded store: grand-cypher over the networkx graph.

grand-cypher matches labels and relationship types through a ``__labels__`` set on nodes
and edges; this module adds it on a copy once per graph, and turns grand-cypher's
column-oriented answer into rows like the Neo4j driver gives.
"""

from __future__ import annotations

import weakref

import networkx as nx
from grandcypher import GrandCypher

from kg.errors import QueryError

__all__ = ["run_grand_cypher", "SUPPORTED"]

SUPPORTED = ("MATCH chains with labels and relationship types, WHERE with =, <>, <, >, CONTAINS, "
             "toLower, inline property maps, count(), DISTINCT, ORDER BY, LIMIT, variable-length "
             "paths; no $parameters, OPTIONAL MATCH, comma patterns, collect() or shortestPath")

_LABELLED: "weakref.WeakKeyDictionary[nx.MultiDiGraph, nx.MultiDiGraph]" = weakref.WeakKeyDictionary()


def _labelled(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    if graph not in _LABELLED:
        host = nx.MultiDiGraph()
        for nid, attrs in graph.nodes(data=True):
            extra = {"Entity"} if attrs["label"] in {"Method", "Model", "Dataset", "Metric", "Task"} else set()
            host.add_node(nid, **attrs, __labels__={attrs["label"], "KgNode", *extra})
        for start, end, key, attrs in graph.edges(keys=True, data=True):
            host.add_edge(start, end, key=key, **attrs, __labels__={attrs["type"]})
        _LABELLED[graph] = host
    return _LABELLED[graph]


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "__labels__"}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted(value)
    return value


def run_grand_cypher(graph: nx.MultiDiGraph, query: str) -> list[dict]:
    if "$" in query:
        raise QueryError("the embedded store's Cypher has no $parameters; write values inline "
                         "or use --neo4j-uri")
    try:
        columns = GrandCypher(_labelled(graph)).run(query)
    except Exception as exc:  # grand-cypher raises parser and runtime errors of many kinds
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"Cypher failed on the embedded store: {message} (supported: {SUPPORTED})") from None
    names = [str(name) for name in columns]
    length = max((len(values) for values in columns.values()), default=0)
    return [{name: _plain(values[i]) for name, values in zip(names, columns.values())} for i in range(length)]
