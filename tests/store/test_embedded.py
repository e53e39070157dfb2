import json
import multiprocessing
import os
import signal
import threading
import time

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.graph.build import build_graph
from kg.pipeline import load_records, write_jsonl_atomic
from kg.store.embedded import EmbeddedStore, graph_stats


def _records_file(tmp_path, records, name):
    path = tmp_path / name
    write_jsonl_atomic((record.to_dict() for record in records), path)
    return path


def _contents(store):
    graph = EmbeddedStore(store.directory).read_graph()
    return (list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True)),
            [r.to_dict() for r in EmbeddedStore(store.directory).read_records()])


def test_loads_in_any_order_or_twice_give_one_store(tmp_path, toy_records):
    a, b = _records_file(tmp_path, toy_records[:2], "a.jsonl"), _records_file(tmp_path, toy_records[2:], "b.jsonl")
    both = _records_file(tmp_path, toy_records[::-1], "both.jsonl")
    stores = {}
    for name, files in {"ab": [a, b], "ba": [b, a], "together": [both], "again": [both, a, both, b]}.items():
        stores[name] = EmbeddedStore(tmp_path / name)
        for path in files:
            load_records(path, stores[name])
    want = _contents(stores["together"])
    assert want[0] and want[1] and len(want[2]) == 3
    for name, store in stores.items():
        assert _contents(store) == want, name
    # shared entities are not duplicated: one BERT node
    assert len([n for n in stores["ab"].read_graph() if n.startswith("Model:bidirectional")]) == 1


def test_a_fresh_store_is_empty(tmp_path):
    assert EmbeddedStore(tmp_path / "none").stats() == {"papers": 0, "nodes": {}, "relationships": {}}


def test_reading_a_store_that_is_not_there_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="no such folder"):
        EmbeddedStore(tmp_path / "typo", must_exist=True)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no graph.lbug"):
        EmbeddedStore(tmp_path / "empty", must_exist=True)
    assert not (tmp_path / "typo").exists()


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


def _json_store(path, graph, records):
    """A store folder as kg wrote it before LadybugDB: one graph.json, format 2."""
    path.mkdir(parents=True, exist_ok=True)
    payload = {"format": 2, "graph": nx.node_link_data(graph, edges="edges", name="__id__"),
               "records": [r.to_dict() for r in records]}
    (path / "graph.json").write_text(json.dumps(payload), encoding="utf-8")


def test_a_json_store_is_migrated_by_one_command(tmp_path, toy_records):
    graph = build_graph(toy_records)
    _json_store(tmp_path / "old", graph, toy_records)
    with pytest.raises(StoreError, match="kg migrate"):
        EmbeddedStore(tmp_path / "old")
    result = CliRunner().invoke(main, ["migrate", str(tmp_path / "old")])
    assert result.exit_code == 0, result.output
    assert "migrated 3 papers" in result.output
    store = EmbeddedStore(tmp_path / "old", must_exist=True)
    assert dict(store.read_graph().nodes(data=True)) == dict(graph.nodes(data=True))
    assert [r.to_dict() for r in store.read_records()] == [r.to_dict() for r in sorted(toy_records, key=lambda r: r.id)]
    assert (tmp_path / "old" / "graph.json.migrated").is_file() and not (tmp_path / "old" / "graph.json").exists()
    again = CliRunner().invoke(main, ["migrate", str(tmp_path / "old")])
    assert again.exit_code == 0 and "up to date, nothing to migrate" in again.output  # idempotent


def test_migrating_a_corrupt_or_foreign_json_store_is_a_clear_error(tmp_path):
    from kg.store.migrate import migrate_json_store
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read the store"):
        migrate_json_store(tmp_path / "bad")
    (tmp_path / "bad" / "graph.json").write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(StoreError, match="format 99"):
        migrate_json_store(tmp_path / "bad")
    assert not (tmp_path / "bad" / "graph.lbug").exists()


def test_cypher_runs_and_refuses_writes_without_write(tmp_path, toy_records):
    store = EmbeddedStore(tmp_path)
    store.merge_graph(build_graph(toy_records))
    rows = store.cypher("MATCH (m:Model)-[:EVALUATED_ON]->(d:Dataset) WHERE d.name = 'ImageNet' RETURN m.name")
    assert rows == [{"m.name": "ResNets"}]
    assert store.cypher("MATCH (d:Dataset) WHERE d.name = $name RETURN d.key AS key", {"name": "ImageNet"}) == [
        {"key": "Dataset:imagenet"}]
    with pytest.raises(QueryError, match="--write"):
        store.cypher("MATCH (d:Dataset {key: 'Dataset:imagenet'}) SET d.name = 'x'")
    with pytest.raises(QueryError, match="Cypher failed"):
        store.cypher("MATCH (n RETURN n")
    store.cypher("MATCH (d:Dataset {key: 'Dataset:imagenet'}) SET d.name = 'x'", write=True)
    assert EmbeddedStore(tmp_path).read_graph().nodes["Dataset:imagenet"]["name"] == "x"


def test_every_property_survives_the_file(tmp_path, toy_records):
    graph = build_graph(toy_records)
    store = EmbeddedStore(tmp_path)
    store.merge_graph(graph)
    reread = EmbeddedStore(tmp_path).read_graph()
    assert dict(reread.nodes(data=True)) == dict(graph.nodes(data=True))
    assert reread.nodes["Paper:p1"]["id"] == "p1"


def test_a_second_writer_waits_for_the_first(tmp_path):
    acquired = threading.Event()

    def second_writer():
        with EmbeddedStore(tmp_path).writer():
            acquired.set()

    with EmbeddedStore(tmp_path).writer():
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert not acquired.wait(1.0), "a second writer got the lock while the first held it"
    assert acquired.wait(10.0)
    thread.join()


def test_a_build_never_deletes_a_graph_whose_records_are_not_stored(tmp_path, toy_records):
    store = EmbeddedStore(tmp_path / "kg")
    store.merge_graph(build_graph(toy_records))  # a graph without records (as an older kg left on Neo4j)
    before = EmbeddedStore(tmp_path / "kg").stats()
    path = _records_file(tmp_path, toy_records[:1], "one.jsonl")
    with pytest.raises(StoreError, match="not the records they were built from"):
        load_records(path, store)
    assert EmbeddedStore(tmp_path / "kg").stats() == before


def test_a_build_stopped_while_extracting_keeps_what_it_extracted(tmp_path, toy_records, monkeypatch):
    """Records are kept every KEEP_EVERY papers ahead of the graph: a build stopped while
    extracting leaves them stored, and the next build extracts only the rest."""
    import kg.pipeline as pipeline

    monkeypatch.setattr(pipeline, "KEEP_EVERY", 2)
    store = EmbeddedStore(tmp_path)
    papers = [pipeline.paper_of(record) for record in toy_records]

    def stopped(todo):
        yield from toy_records[:2]
        raise KeyboardInterrupt  # Ctrl-C while the third paper is being extracted

    with pytest.raises(KeyboardInterrupt):
        pipeline._derive(store, papers, {}, stopped)
    assert sorted(r.id for r in store.read_records()) == sorted(r.id for r in toy_records[:2])
    assert store.stats()["papers"] == 0  # the graph waits for the whole build
    asked = []

    def rest(todo):
        asked.extend(paper.id for paper in todo)
        return [record for record in toy_records if record.id in asked]

    pipeline._derive(store, papers, {}, rest)
    assert asked == [toy_records[2].id]
    assert graph_stats(store.read_graph()) == graph_stats(build_graph(toy_records))
