"""Queries: named traversals over either store, by entity name.

Each traversal runs a named ``.cypher`` file, the same file on Neo4j and on the embedded
LadybugDB store (``GraphStore.run_named``; a per-store variant only where the dialects
differ, see ``kg.queries.named``); this module turns names typed by people into keys and
shapes the rows for the CLI. PageRank is computed with networkx on the stored graph for
both stores (Neo4j Community has no graph algorithms built in).
"""

from __future__ import annotations

import re

import networkx as nx

from kg.errors import QueryError
from kg.queries.named import load_query, query_names
from kg.resolve.normalise import normalise, squash, strip_dataset_words, variant_base
from kg.store.base import GraphStore

__all__ = ["find_entity", "entity_card", "leaderboard", "dataset_versions", "datasets_for_task", "neighbors", "path",
           "similar", "top", "load_query", "query_names", "lucene_term", "ENTITY_LABELS"]

ENTITY_LABELS = ("Method", "Model", "Dataset", "Metric", "Task")


def _candidates(store: GraphStore, name: str, label: str | None) -> list[dict]:
    labels = [label] if label else list(ENTITY_LABELS)
    keys = [f"{lab}:{normalise(strip_dataset_words(name) if lab == 'Dataset' else name)}" for lab in labels]
    rows = [row for key in keys for row in _by_key(store, key)]
    if not rows:
        squashed = squash(name)
        found = store.run_named("find_by_alias", {"squash": squashed, "term": lucene_term(squashed), "label": label})
        rows = [row for hit in found for row in _by_key(store, hit["key"])]
    return sorted({r["key"]: r for r in rows}.values(), key=lambda r: (-(r["papers"] or 0), r["key"]))


def _by_key(store: GraphStore, key: str) -> list[dict]:
    """The entity row of ``key``: a primary-key lookup on its own label (the key's prefix)."""
    return store.run_named("find_by_key", {"key": key, "label": key.split(":", 1)[0]})


_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/\s])')


def lucene_term(text: str) -> str:
    """``text`` as one exact term of a Lucene query (Neo4j's full-text index): its special
    characters escaped ("c++" -> "c\\+\\+"), so a name is never read as query syntax."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text) or '""'


def find_entity(store: GraphStore, name: str, label: str | None = None) -> dict:
    """The entity a person means by ``name``: exact key first, then aliases; when several
    types share the name, the one in most papers (the others are listed in ``also``)."""
    if label and label not in ENTITY_LABELS:
        raise QueryError(f"unknown type {label!r}; use one of {', '.join(ENTITY_LABELS)}")
    rows = _candidates(store, name, label)
    if not rows:
        raise QueryError(f"no {label or 'entity'} named {name!r} in the graph "
                         "(try `kg query top --type TYPE` to see what is there)")
    return {**rows[0], "also": rows[1:]}


def entity_card(store: GraphStore, name: str, label: str | None = None, limit: int = 20) -> dict:
    """Everything `kg show` prints: the entity, its papers, linked entities and results."""
    entity = find_entity(store, name, label)
    params = {"key": entity["key"], "label": entity["label"], "limit": limit}  # one label: a key lookup
    return {"entity": entity,
            "papers": store.run_named("entity_papers", params),
            "links": store.run_named("entity_links", params),
            "results": store.run_named("entity_results", params)}


def leaderboard(store: GraphStore, dataset: str, metric: str | None = None, limit: int = 50) -> list[dict]:
    """Results on a dataset and on its versions ("SQuAD" takes in SQuAD v1.1 and SQuAD v2.0,
    "ImageNet" takes in ImageNet-1k; each row names its dataset): absolute scores grouped by
    metric, best first in the metric's direction, with a rank that restarts per metric; then
    the deltas (improvements over a baseline), unranked. Different metrics are never ranked
    together, and a score whose metric is not named gets no rank."""
    ds = find_entity(store, dataset, "Dataset")
    metric_key = find_entity(store, metric, "Metric")["key"] if metric else None
    rows = [row for key in [ds["key"], *dataset_versions(store, ds)]
            for row in store.run_named("leaderboard", {"dataset": key, "metric": metric_key, "limit": limit})]
    rows.sort(key=_board_order)
    for row in rows:
        del row["result"]
    return _ranked(rows[:limit])


def _board_order(row: dict) -> tuple:
    """The ORDER BY of leaderboard.cypher, to merge the rows of a dataset's versions: absolute
    before delta, then metric, best value first, method, dataset, paper, result key; a null
    sorts after every value, as Cypher puts it."""
    signed = -row["value"] if row["higher_is_better"] is not False else row["value"]
    return (row["kind"] == "delta", *_last(row["metric"]), signed, *_last(row["method"]), *_last(row["dataset"]),
            *_last(row["paper"]), row["result"])


def _last(value) -> tuple:
    return (value is None, value if value is not None else "")


def _ranked(rows: list[dict]) -> list[dict]:
    """Adds ``rank`` (competition ranking: equal values share one, per metric, absolute
    results with a metric only) and ``direction`` ("higher"/"lower" is better)."""
    out, group, rank, previous = [], None, 0, None
    for position, row in enumerate(rows):
        ranked = row["kind"] == "absolute" and row["metric"] is not None
        if (row["kind"], row["metric"]) != group:
            group, start, previous = (row["kind"], row["metric"]), position, None
        if ranked and row["value"] != previous:
            rank = position - start + 1
        previous = row["value"]
        direction = "higher" if row.pop("higher_is_better") is not False else "lower"
        out.append({"rank": rank if ranked else None, **row, "direction": direction})
    return out


def dataset_versions(store: GraphStore, dataset: dict) -> list[str]:
    """Keys of the datasets whose name is one of the dataset's names plus a version suffix
    (kg.resolve.normalise.variant_base: "v1.1", "2014", "-1k"); a version's key starts with
    its family's normal form, so each name costs one indexed prefix lookup."""
    names = [strip_dataset_words(n) for n in (dataset["name"], *(dataset.get("aliases") or []))]
    family = {squash(n) for n in names}
    rows = {row["key"]: row for prefix in sorted({f"Dataset:{normalise(n)}" for n in names})
            for row in store.run_named("dataset_keys", {"prefix": prefix})}
    return [key for key, row in sorted(rows.items()) if key != dataset["key"] and _family(row["name"]) in family]


def _family(name: str | None) -> str | None:
    base = variant_base(strip_dataset_words(name or ""))
    return squash(base) if base else None


def datasets_for_task(store: GraphStore, task: str, limit: int = 20) -> list[dict]:
    return store.run_named("datasets_for_task", {"task": find_entity(store, task, "Task")["key"], "limit": limit})


def neighbors(store: GraphStore, name: str, depth: int = 1, limit: int = 200) -> list[dict]:
    """Breadth-first rings around an entity, one named one-hop query per ring."""
    if depth < 1:
        raise QueryError("--depth must be at least 1")
    start = find_entity(store, name)["key"]
    seen, frontier, rows = {start}, [start], []
    for ring in range(1, depth + 1):
        found = [r for r in _one_hop(store, frontier, limit) if r["key"] not in seen]
        frontier = []
        for row in found:
            if row["key"] not in seen and len(seen) <= limit:
                seen.add(row["key"])
                frontier.append(row["key"])
                rows.append({"depth": ring, **row})
        if not frontier:
            break
    return rows


def _one_hop(store: GraphStore, keys: list[str], limit: int) -> list[dict]:
    """The neighbors query for each label among ``keys`` (a match on one label is a scan of one
    table on LadybugDB), merged in the query's order: source, key, relation."""
    by_label: dict[str, list[str]] = {}
    for key in keys:
        by_label.setdefault(key.split(":", 1)[0], []).append(key)
    rows = [row for label, group in sorted(by_label.items())
            for row in store.run_named("neighbors", {"keys": group, "label": label, "limit": limit})]
    return sorted(rows, key=lambda r: (r["source"], r["key"], r["relation"]))[:limit]


def path(store: GraphStore, source: str, target: str) -> list[dict]:
    """The hops of one shortest path between two entities (empty when unconnected)."""
    rows = store.run_named("path", {"source": find_entity(store, source)["key"],
                                    "target": find_entity(store, target)["key"]})
    if not rows:
        return []
    hop = rows[0]
    return [{"step": i, "key": key, "name": name, "via": hop["relations"][i - 1] if i else None}
            for i, (key, name) in enumerate(zip(hop["keys"], hop["names"]))]


def similar(store: GraphStore, name: str, limit: int = 10) -> list[dict]:
    """Entities of the same kind mentioned together with NAME in the most papers."""
    entity = find_entity(store, name)
    labels = ["Method", "Model"] if entity["label"] in ("Method", "Model") else [entity["label"]]
    return store.run_named("similar", {"key": entity["key"], "labels": labels, "limit": limit})


def top(store: GraphStore, by: str = "degree", label: str | None = None, limit: int = 20) -> list[dict]:
    if label and label not in (*ENTITY_LABELS, "Paper", "Result", "Repository"):
        raise QueryError(f"unknown type {label!r}")
    if by == "degree":
        if label is None:  # one label at a time reads each label's degree index in order (Neo4j)
            rows = [row for lab in ENTITY_LABELS for row in top(store, by, lab, limit)]
            return sorted(rows, key=lambda row: (-row["degree"], row["key"]))[:limit]
        name = "top_degree" if label in ENTITY_LABELS else "top_degree_any"
        return store.run_named(name, {"label": label, "limit": limit})
    if by != "pagerank":
        raise QueryError(f"--by must be degree or pagerank, not {by!r}")
    graph = store.read_graph()
    scores = nx.pagerank(nx.DiGraph(graph)) if graph.number_of_nodes() else {}
    rows = [{"key": n, "name": a.get("name"), "label": a["label"], "pagerank": round(scores[n], 6)}
            for n, a in graph.nodes(data=True) if label is None or a["label"] == label]
    rows.sort(key=lambda r: (-r["pagerank"], r["key"]))
    return rows[:limit]
