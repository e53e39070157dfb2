import json
import multiprocessing
import os
import signal
import time

import pytest

from kg.errors import QueryError, StoreError
from kg.graph.build import build_graph
from kg.store.embedded import EmbeddedStore


def test_merge_is_idempotent_and_adds_new_input(tmp_path, toy_records):
    store = EmbeddedStore(tmp_path / "kg")
    store.merge_graph(build_graph(toy_records[:2]))
    first = store.stats()
    store.merge_graph(build_graph(toy_records[:2], store.entity_nodes()))
    assert EmbeddedStore(tmp_path / "kg").stats() == first
    store.merge_graph(build_graph(toy_records[2:], store.entity_nodes()))
    grown = EmbeddedStore(tmp_path / "kg").stats()
    assert grown["papers"] == 3 and grown["nodes"]["Dataset"] > first["nodes"]["Dataset"]
    # shared entities are not duplicated: one BERT node whatever the order of papers
    assert len([n for n in store.read_graph() if n.startswith("Model:bidirectional")]) == 1


def test_a_fresh_store_is_empty(tmp_path):
    assert EmbeddedStore(tmp_path / "none").stats() == {"papers": 0, "nodes": {}, "relationships": {}}


def _write_forever(path, graph):
    store = EmbeddedStore(path)
    while True:
        store.merge_graph(graph)


def test_killed_writer_never_leaves_a_broken_store(tmp_path, toy_records):
    """kill -9 a process that keeps rewriting the store; the file must always open."""
    path = tmp_path / "kg"
    graph = build_graph(toy_records)
    EmbeddedStore(path).merge_graph(graph)
    for delay in (0.05, 0.11, 0.23):
        proc = multiprocessing.get_context("fork").Process(target=_write_forever, args=(path, graph))
        proc.start()
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        assert EmbeddedStore(path).stats()["papers"] == 3
    EmbeddedStore(path).merge_graph(graph)  # the next writer sweeps what a killed one left
    assert not [p for p in path.iterdir() if p.name.endswith(".tmp")]


def test_corrupt_store_is_a_clear_error(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read the store"):
        EmbeddedStore(tmp_path).stats()


def test_foreign_format_is_refused(tmp_path):
    (tmp_path / "graph.json").write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(StoreError, match="format 99"):
        EmbeddedStore(tmp_path).read_graph()


def test_cypher_subset_runs_and_refuses_writes(tmp_path, toy_records):
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph(toy_records))
    rows = store.cypher('MATCH (m:Model)-[:EVALUATED_ON]->(d:Dataset) WHERE d.name = "ImageNet" RETURN m.name')
    assert rows == [{"m.name": "ResNets"}]
    with pytest.raises(QueryError, match="read-only"):
        store.cypher("CREATE (n:Method)", write=True)
    with pytest.raises(QueryError, match="parameters"):
        store.cypher("MATCH (n) WHERE n.name = $name RETURN n")
    with pytest.raises(QueryError, match="Cypher failed"):
        store.cypher("MATCH (n RETURN n")


def test_every_property_survives_the_file(tmp_path, toy_records):
    graph = build_graph(toy_records)
    store = EmbeddedStore(tmp_path)
    store.merge_graph(graph)
    reread = EmbeddedStore(tmp_path).read_graph()
    assert dict(reread.nodes(data=True)) == dict(graph.nodes(data=True))
    assert reread.nodes["Paper:p1"]["id"] == "p1"
