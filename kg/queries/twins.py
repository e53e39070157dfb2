"""networkx twins of the named ``.cypher`` queries, for the embedded store.

Each function returns the same rows, in the same order, as its ``.cypher`` file does on
Neo4j (the parity tests hold them to it). grand-cypher cannot take ``$parameters``, so
filling a query string with data is not an option; these are the typed equivalents.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from kg.errors import QueryError

__all__ = ["TWINS", "run_twin"]

ENTITY_LABELS = {"Method", "Model", "Dataset", "Metric", "Task"}


def _label(graph, nid):
    return graph.nodes[nid]["label"]


def _entities_where(graph, keep) -> list[dict]:
    rows = [{"key": attrs["key"], "name": attrs.get("name"), "label": attrs["label"],
             "aliases": list(attrs.get("aliases") or []), "papers": len(attrs.get("papers") or ())}
            for _, attrs in graph.nodes(data=True) if attrs["label"] in ENTITY_LABELS and keep(attrs)]
    return sorted(rows, key=lambda row: (-row["papers"], row["key"]))


def find_by_key(graph, p):
    attrs = graph.nodes[p["key"]] if p["key"] in graph else None
    return _entities_where(graph.subgraph([p["key"]]), lambda a: True) if attrs else []


def find_by_alias(graph, p):
    return _entities_where(graph, lambda a: p["squash"] in (a.get("match_keys") or ())
                           and (p.get("label") is None or a["label"] == p["label"]))


def entity_papers(graph, p):
    key = p["key"]
    if key not in graph:
        return []
    rels: dict[str, set] = {}
    for start, _, rel in graph.in_edges(key, data="type"):
        if _label(graph, start) == "Paper":
            rels.setdefault(start, set()).add(rel)
    rows = [{"paper": graph.nodes[n].get("id"), "title": graph.nodes[n].get("title"),
             "year": graph.nodes[n].get("year"), "relations": sorted(r)} for n, r in rels.items()]
    rows.sort(key=lambda row: (-len(row["relations"]), row["paper"]))
    return rows[:p["limit"]]


def _incident(graph, key):
    for _, other, attrs in graph.out_edges(key, data=True):
        yield "out", other, attrs
    for other, _, attrs in graph.in_edges(key, data=True):
        yield "in", other, attrs


def entity_links(graph, p):
    key = p["key"]
    if key not in graph:
        return []
    rows = [{"relation": attrs["type"], "direction": direction, "label": _label(graph, other),
             "key": other, "name": graph.nodes[other].get("name"), "papers": attrs.get("count")}
            for direction, other, attrs in _incident(graph, key) if _label(graph, other) in ENTITY_LABELS]
    rows.sort(key=lambda r: (-(r["papers"] or 0), r["relation"], r["key"], r["direction"]))
    return rows[:p["limit"]]


def _result_row(attrs) -> dict:
    return {name: attrs.get(name) for name in ("method", "dataset", "metric", "value", "unit", "paper", "evidence")}


def entity_results(graph, p):
    key = p["key"]
    if key not in graph:
        return []
    results = {start for start, _, rel in graph.in_edges(key, data="type") if rel in ("OF", "ON", "MEASURED_BY")}
    ordered = sorted(results, key=lambda r: (*(_nulls_last(graph.nodes[r].get(name))
                                               for name in ("dataset", "metric", "paper", "value")), r))
    return [_result_row(graph.nodes[r]) for r in ordered][:p["limit"]]


def _nulls_last(value):
    """Neo4j sorts nulls after every value in ascending order."""
    return (value is None, value if value is not None else "")


def _target(graph, result, rel_type):
    for _, end, rel in graph.out_edges(result, data="type"):
        if rel == rel_type:
            return end
    return None


def _results_on(graph, dataset, metric_key):
    """The leaderboard rows of one dataset (Result nodes with a value), with their sort keys."""
    for result, _, rel in graph.in_edges(dataset, data="type"):
        attrs = graph.nodes[result]
        if rel != "ON" or _label(graph, result) != "Result" or attrs.get("value") is None:
            continue
        method, metric = _target(graph, result, "OF"), _target(graph, result, "MEASURED_BY")
        if metric_key is not None and metric != metric_key:
            continue
        better = attrs.get("higher_is_better")
        yield {"kind": attrs.get("kind") or "absolute",
               "metric": graph.nodes[metric]["name"] if metric else attrs.get("metric"),
               "higher_is_better": True if better is None else better,
               "method": graph.nodes[method]["name"] if method else attrs.get("method"),
               "method_key": method, "value": attrs["value"], "unit": attrs.get("unit"),
               "dataset": graph.nodes[dataset]["name"], "paper": attrs.get("paper"),
               "evidence": attrs.get("evidence"), "_key": result}


def leaderboard(graph, p):
    """leaderboard.cypher: absolute results before deltas, then metric (nulls last), value
    in the metric's direction, method, dataset, paper, result key."""
    rows = [row for dataset in dict.fromkeys(p["datasets"]) if dataset in graph
            for row in _results_on(graph, dataset, p.get("metric"))]
    rows.sort(key=lambda r: (r["kind"] == "delta", _nulls_last(r["metric"]),
                             -r["value"] if r["higher_is_better"] else r["value"],
                             _nulls_last(r["method"]), r["dataset"], r["paper"] or "", r.pop("_key")))
    return rows[:p["limit"]]


def dataset_keys(graph, p):
    return sorted(({"key": n, "name": a.get("name")} for n, a in graph.nodes(data=True)
                   if a["label"] == "Dataset" and n.startswith(p["prefix"])), key=lambda r: r["key"])


def datasets_for_task(graph, p):
    task = p["task"]
    if task not in graph:
        return []
    papers = {s for s, _, rel in graph.in_edges(task, data="type") if rel == "MENTIONS"}
    counts: dict[str, set] = {}
    for paper in papers:
        for _, end, rel in graph.out_edges(paper, data="type"):
            if rel == "MENTIONS" and _label(graph, end) == "Dataset":
                counts.setdefault(end, set()).add(paper)
    rows = [{"key": d, "dataset": graph.nodes[d].get("name"), "papers": len(ps)} for d, ps in counts.items()]
    rows.sort(key=lambda r: (-r["papers"], r["key"]))
    return rows[:p["limit"]]


def neighbors(graph, p):
    rows = set()
    for key in p["keys"]:
        if key not in graph:
            continue
        for _, other, attrs in _incident(graph, key):
            rows.add((key, attrs["type"], other))
    ordered = sorted(rows, key=lambda t: (t[0], t[2], t[1]))[:p["limit"]]
    return [{"source": s, "relation": r, "key": k, "name": graph.nodes[k].get("name"), "label": _label(graph, k)}
            for s, r, k in ordered]


def path(graph, p):
    """Of the shortest paths, the one whose keys come first in order: each step goes to the
    smallest key one hop closer to the target (what path.cypher's ORDER BY picks)."""
    source, target = p["source"], p["target"]
    if source not in graph or target not in graph:
        return []
    undirected = graph.to_undirected(as_view=True)
    distance = nx.single_source_shortest_path_length(undirected, target, cutoff=8)
    if source not in distance:
        return []
    nodes = [source]
    while nodes[-1] != target:
        here = nodes[-1]
        nodes.append(min(n for n in undirected.neighbors(here) if distance.get(n) == distance[here] - 1))
    rels = [_edge_type(graph, a, b) for a, b in zip(nodes, nodes[1:])]
    return [{"keys": nodes, "names": [graph.nodes[n].get("name") for n in nodes], "relations": rels,
             "hops": len(nodes) - 1}]


def _edge_type(graph, a, b):
    """The first relationship type, in order, between two nodes in either direction."""
    return min([*(graph.get_edge_data(a, b) or {}), *(graph.get_edge_data(b, a) or {})])


def _mentioning_papers(graph, node) -> set:
    return {s for s, _, rel in graph.in_edges(node, data="type") if rel == "MENTIONS" and _label(graph, s) == "Paper"}


def similar(graph, p):
    key = p["key"]
    if key not in graph:
        return []
    shared: dict[str, int] = {}
    for x in _mentioning_papers(graph, key):
        for _, m, rel in graph.out_edges(x, data="type"):
            if rel == "MENTIONS" and m != key and _label(graph, m) in p["labels"]:
                shared[m] = shared.get(m, 0) + 1
    rows = [{"key": m, "name": graph.nodes[m].get("name"), "shared": n} for m, n in shared.items()]
    rows.sort(key=lambda r: (-r["shared"], r["key"]))
    return rows[:p["limit"]]


def _top(graph, p, keep):
    rows = [{"key": n, "name": a.get("name"), "label": a["label"], "degree": graph.degree(n)}
            for n, a in graph.nodes(data=True) if keep(a["label"])]
    rows.sort(key=lambda r: (-r["degree"], r["key"]))
    return rows[:p["limit"]]


def top_degree(graph, p):
    return _top(graph, p, lambda label: label in ENTITY_LABELS and p.get("label") in (None, label))


def top_degree_any(graph, p):
    return _top(graph, p, lambda label: label == p["label"])


TWINS: dict[str, Callable[[nx.MultiDiGraph, dict], list[dict]]] = {
    fn.__name__: fn for fn in (find_by_key, find_by_alias, entity_papers, entity_links, entity_results,
                               leaderboard, dataset_keys, datasets_for_task, neighbors, path, similar,
                               top_degree, top_degree_any)
}


def run_twin(graph: nx.MultiDiGraph, name: str, params: dict) -> list[dict]:
    try:
        twin = TWINS[name]
    except KeyError:
        raise QueryError(f"no named query {name!r}; known: {', '.join(sorted(TWINS))}") from None
    return twin(graph, params)
