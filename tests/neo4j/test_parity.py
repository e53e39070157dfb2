"""Every named query gives the same rows, in the same order, on Neo4j as on the embedded
LadybugDB store (the same .cypher file, or the two stores' variants), and the same rows again
when repeated.

Two graphs: the hand-made toy records, and the seed corpus extracted with the packaged
pipeline. Parameters are drawn from the graph itself (every entity for the toy graph, a
fixed sample for the seeds), so the comparison covers the queries as people use them.
"""

from __future__ import annotations

import itertools

import pytest

from kg.graph.build import build_graph
from kg.ingest import read_papers
from kg.pipeline import extract_papers
from kg.queries import ENTITY_LABELS, leaderboard, lucene_term, neighbors, query_names
from kg.store.ladybug_store import LadybugStore

pytestmark = pytest.mark.neo4j


def _entity_keys(graph, limit=None):
    keys = sorted(n for n, a in graph.nodes(data=True) if a["label"] in ENTITY_LABELS)
    return keys if limit is None else keys[::max(1, len(keys) // limit)][:limit]


def _calls(graph, limit=None):
    """(query name, params) pairs covering every named query."""
    keys = _entity_keys(graph, limit)
    labels = {n: graph.nodes[n]["label"] for n in keys}
    for key in keys:
        label = labels[key]
        yield "find_by_key", {"key": key}
        squashed = key.split(":", 1)[1].replace(" ", "")
        for lab in (None, label):  # kg.queries.entity_card passes the entity's label
            yield "find_by_alias", {"squash": squashed, "term": lucene_term(squashed), "label": lab}
            for name in ("entity_papers", "entity_links", "entity_results"):
                yield name, {"key": key, "label": lab, "limit": 50}
        yield "similar", {"key": key, "labels": ["Method", "Model"] if label in ("Method", "Model") else [label],
                          "limit": 10}
        yield "neighbors", {"keys": [key], "label": label, "limit": 200}
        if label == "Dataset":
            yield "leaderboard", {"dataset": key, "metric": None, "limit": 50}
        if label == "Task":
            yield "datasets_for_task", {"task": key, "limit": 20}
    datasets = [key for key in keys if labels[key] == "Dataset"]
    for key in datasets:
        yield "dataset_keys", {"prefix": key[:len("Dataset:") + 3]}
    for label in (None, *ENTITY_LABELS):
        yield "top_degree", {"label": label, "limit": 15}
    for label in ("Paper", "Result", "Repository"):
        yield "top_degree_any", {"label": label, "limit": 15}
    for source, target in itertools.islice(itertools.combinations(keys, 2), 0, None, max(1, len(keys) // 4)):
        yield "path", {"source": source, "target": target}


def _assert_parity(neo, embedded, graph, limit=None):
    covered = set()
    for name, params in _calls(graph, limit):
        covered.add(name)
        got, want = neo.run_named(name, params), embedded.run_named(name, params)
        assert got == want, (name, params)  # the same rows in the same order, shortest paths included
        assert neo.run_named(name, params) == got, (name, params)  # and again
    assert covered == set(query_names())
    assert neo.stats() == embedded.stats()
    _assert_merged_answers_agree(neo, embedded, graph, limit)


def _assert_merged_answers_agree(neo, embedded, graph, limit=None):
    """kg.queries merges the rows of several named queries for a leaderboard (one per version
    of the dataset) and for a ring of neighbors (one per label): the merged answers agree too,
    on every dataset with results and on entities' two-hop neighborhoods."""
    for name in _boards(graph):
        assert leaderboard(neo, name) == leaderboard(embedded, name), name
    for key in _entity_keys(graph, limit):
        name = graph.nodes[key]["name"]
        assert neighbors(neo, name, depth=2, limit=60) == neighbors(embedded, name, depth=2, limit=60), key


def _boards(graph) -> list[str]:
    """Names of the datasets with results in ``graph``."""
    return sorted({graph.nodes[d]["name"] for _, d, t in graph.edges(keys=True) if t == "ON"})


def test_parity_on_the_toy_graph(store, tmp_path, toy_records):
    graph = build_graph(toy_records)
    assert _boards(graph)  # the merged leaderboards are compared
    embedded = LadybugStore(tmp_path)
    embedded.merge_graph(graph)
    store.merge_graph(graph)
    _assert_parity(store, embedded, graph)


@pytest.fixture(scope="module")
def seeds_graph(corpus_dir):
    return build_graph(list(extract_papers(read_papers([corpus_dir]))))


@pytest.mark.slow
def test_parity_on_the_seed_corpus(store, tmp_path, seeds_graph):
    assert len(_boards(seeds_graph)) > 10
    embedded = LadybugStore(tmp_path)
    embedded.merge_graph(seeds_graph)
    store.merge_graph(seeds_graph)
    _assert_parity(store, embedded, seeds_graph, limit=60)
