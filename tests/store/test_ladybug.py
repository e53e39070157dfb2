"""The LadybugDB store beyond the contract of tests/store/test_embedded.py: a writer killed
with -9 in the middle of writes leaves the last committed graph and records, and the Cypher
people type (Neo4j habits: single quotes, count(), collect(), OPTIONAL MATCH, WITH, labels(),
=~, shortest paths ...) mostly runs on it."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest

from kg.errors import QueryError
from kg.graph.build import build_graph
from kg.graph.model import merge_edge, new_graph
from kg.store.embedded import graph_stats
from kg.store.ladybug_store import LadybugStore


def _write_alternately(path, first, second, records_first, records_second):
    store = LadybugStore(path)
    while True:
        store.write(first, records_first)
        store.write(second, records_second)


def test_a_writer_killed_mid_write_leaves_the_last_committed_graph(tmp_path, toy_records):
    """kill -9 a process that keeps replacing one graph (and its records) with another; after
    each kill the store opens and holds exactly one of the two graphs, never a mix. Records
    are committed ahead of their graph, so the records may be the next graph's: then the
    graph derived from them (what the next build writes) is that next graph."""
    small, whole = build_graph(toy_records[:1]), build_graph(toy_records)
    LadybugStore(tmp_path / "kg").write(small, toy_records[:1])
    expected = {1: graph_stats(small), 3: graph_stats(whole)}
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited database state
    seen = set()
    # six kills, and up to six more while they all landed in one state (a loaded machine
    # spends most of its time in the graph's transaction: all six at (3, 3) happened once)
    for kills, delay in enumerate((2.5, 3.1, 3.7, 4.3, 4.9, 5.5, 2.8, 3.4, 4.0, 4.6, 5.2, 5.8)):
        if kills >= 6 and len(seen) >= 2:
            break
        proc = context.Process(target=_write_alternately,
                               args=(tmp_path / "kg", small, whole, toy_records[:1], toy_records))
        proc.start()
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        store = LadybugStore(tmp_path / "kg", must_exist=True)
        records, stats = store.read_records(), store.stats()
        assert stats in expected.values(), delay
        papers = stats["papers"]
        assert len(records) >= papers, delay
        assert [r.to_dict() for r in records] == [r.to_dict() for r in toy_records[:len(records)]]
        graph = store.read_graph()
        want = whole if papers == 3 else small
        assert dict(graph.nodes(data=True)) == dict(want.nodes(data=True))
        assert sorted(graph.edges(keys=True)) == sorted(want.edges(keys=True))
        rederived = build_graph(records)
        assert sorted(rederived.edges(keys=True)) == sorted((whole if len(records) == 3 else small).edges(keys=True))
        seen.add((papers, len(records)))
    assert len(seen) >= 2, seen  # the kills did land in different places


ORDINARY_CYPHER = [
    "MATCH (m:Model) RETURN m.name ORDER BY m.name",
    "MATCH (d:Dataset {name: 'ImageNet'}) RETURN d.key",
    "MATCH (m:Model) WHERE m.name = 'RoBERTa' AND NOT m.name = 'BERT' RETURN m.key",
    "MATCH (p:Paper) RETURN count(p) AS papers",
    "MATCH (p:Paper)-[:MENTIONS]->(e) RETURN p.id, count(e) AS n ORDER BY n DESC, p.id",
    "MATCH (p:Paper)-[:MENTIONS]->(m:Model) RETURN p.id, collect(m.name) AS models ORDER BY p.id",
    "MATCH (d:Dataset) OPTIONAL MATCH (r:Result)-[:ON]->(d) RETURN d.name, count(r) AS results ORDER BY d.name",
    "MATCH (p:Paper)-[:MENTIONS]->(e) WITH e, count(p) AS papers WHERE papers > 1 RETURN e.name, papers",
    "MATCH (n) RETURN labels(n) AS labels, count(*) AS n",
    "MATCH (m:Model) WHERE m.name =~ 'R.*' RETURN m.name",
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
    "MATCH (m:Model)-[:EVALUATED_ON]->(d:Dataset) RETURN m.name, d.name",
    "MATCH (m:Model) WHERE toLower(m.name) CONTAINS 'bert' RETURN m.name ORDER BY m.name",
    "MATCH (m:Model) RETURN m.name, size(m.papers) AS papers ORDER BY papers DESC LIMIT 3",
    "MATCH (r:Result) WHERE r.value > 90 RETURN r.method, r.value ORDER BY r.value DESC",
    "MATCH (p:Paper) WHERE p.year >= 2015 RETURN p.title ORDER BY p.year DESC SKIP 1 LIMIT 1",
    "MATCH (a:Model)-[:OUTPERFORMS]->(b) RETURN a.name AS winner, b.name AS loser",
    "MATCH (m:Model) RETURN m.name AS name UNION MATCH (d:Dataset) RETURN d.name AS name",
    "MATCH (a:Model {name: 'ResNets'}), (b:Dataset {name: 'ImageNet'}) "
    "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS hops",
    "MATCH (p:Paper) WITH p ORDER BY p.year DESC RETURN collect(p.id) AS ids",
]


def test_most_ordinary_cypher_runs_on_the_embedded_store(tmp_path, toy_records):
    store = LadybugStore(tmp_path)
    store.write(build_graph(toy_records), toy_records)
    ran, failed = {}, {}
    for query in ORDINARY_CYPHER:
        try:
            ran[query] = store.cypher(query)
        except QueryError as exc:
            failed[query] = str(exc)
    assert len(ORDINARY_CYPHER) == 20 and len(ran) >= 18, failed
    # known differences (docs/design.md): shortestPath() is written [* SHORTEST], and a WITH's
    # ORDER BY needs SKIP or LIMIT
    assert set(failed) <= {ORDINARY_CYPHER[-2], ORDINARY_CYPHER[-1]}, failed
    assert ran["MATCH (d:Dataset {name: 'ImageNet'}) RETURN d.key"] == [{"d.key": "Dataset:imagenet"}]
    assert ran["MATCH (p:Paper) RETURN count(p) AS papers"] == [{"papers": 3}]
    # no ORDER BY: the rows come in the store's order, so look for the row, not at a position
    assert {"m.name": "ResNets", "d.name": "ImageNet"} in ran["MATCH (m:Model)-[:EVALUATED_ON]->(d:Dataset) "
                                                              "RETURN m.name, d.name"]
    types = ran["MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type"]
    assert {row["type"]: row["n"] for row in types} == graph_stats(store.read_graph())["relationships"]


def test_shortest_paths_in_ladybug_syntax(tmp_path, toy_records):
    store = LadybugStore(tmp_path)
    store.write(build_graph(toy_records), toy_records)
    rows = store.cypher("MATCH (a:Model {name: 'ResNets'}), (b:Dataset {name: 'ImageNet'}) "
                        "MATCH p = (a)-[* SHORTEST 1..6]-(b) RETURN length(p) AS hops")
    assert rows == [{"hops": 1}]


def test_an_empty_store_answers_named_queries_with_no_rows(tmp_path):
    store = LadybugStore(tmp_path / "new")
    assert store.run_named("top_degree", {"label": None, "limit": 5}) == []
    assert not (tmp_path / "new").exists()  # reading creates nothing


@pytest.mark.parametrize("value", [90, 2**70, {"nested": [1, "a"]}, ["mixed", 1]])
def test_values_that_fit_no_column_read_back_exactly(tmp_path, toy_records, value):
    graph = build_graph(toy_records)
    graph.nodes["Dataset:imagenet"]["value"] = value  # not a Dataset column, or not its type
    graph.nodes["Paper:p1"]["year"] = value
    store = LadybugStore(tmp_path)
    store.write(graph)
    reread = LadybugStore(tmp_path).read_graph()
    assert reread.nodes["Dataset:imagenet"]["value"] == value and reread.nodes["Paper:p1"]["year"] == value


def test_a_batch_whose_rows_all_lack_a_typed_value_is_written(tmp_path, toy_records):
    """LadybugDB guesses STRING for a parameter column that is null in every row; the writes
    cast, so papers without a year (and later with one) go into the INT64 column."""
    graph = build_graph(toy_records)
    for nid, attrs in graph.nodes(data=True):
        attrs.pop("year", None)
    store = LadybugStore(tmp_path)
    store.write(graph)
    assert "year" not in LadybugStore(tmp_path).read_graph().nodes["Paper:p1"]
    store.write(build_graph(toy_records))
    assert LadybugStore(tmp_path).read_graph().nodes["Paper:p1"]["year"] == build_graph(toy_records).nodes["Paper:p1"]["year"]


def test_a_store_from_before_the_degree_column_gets_it_on_the_next_write(tmp_path, toy_records):
    """CREATE ... IF NOT EXISTS leaves an old table alone: the column is added, then filled."""
    import ladybug

    graph = build_graph(toy_records)
    store = LadybugStore(tmp_path / "kg")
    store.write(graph, toy_records)
    store.close()
    db = ladybug.Database(str(store.path))
    conn = ladybug.Connection(db)
    for label in ("Paper", "Method", "Model", "Dataset", "Metric", "Task", "Result", "Repository"):
        conn.execute(f"ALTER TABLE {label} DROP degree")
    conn.close()
    db.close()
    LadybugStore(tmp_path / "kg").write(graph, toy_records)
    top = LadybugStore(tmp_path / "kg").run_named("top_degree", {"label": None, "limit": 3})
    assert [row["degree"] for row in top] == sorted((d for n, d in graph.degree() if graph.nodes[n]["label"]
                                                    in ("Method", "Model", "Dataset", "Metric", "Task")),
                                                   reverse=True)[:3]


def test_an_older_store_says_to_migrate_and_kg_migrate_brings_it_up_to_date(tmp_path, toy_records):
    import ladybug
    from click.testing import CliRunner

    from kg.cli import main
    from kg.errors import StoreError

    graph = build_graph(toy_records)
    LadybugStore(tmp_path / "kg").write(graph, toy_records)
    LadybugStore(tmp_path / "kg").close()
    db = ladybug.Database(str(tmp_path / "kg" / "graph.lbug"))
    conn = ladybug.Connection(db)
    for label in ("Paper", "Method", "Model", "Dataset", "Metric", "Task", "Result", "Repository"):
        conn.execute(f"ALTER TABLE {label} DROP degree")
    conn.close()
    db.close()
    with pytest.raises(StoreError, match="kg migrate"):
        LadybugStore(tmp_path / "kg").run_named("top_degree", {"label": "Model", "limit": 2})
    LadybugStore(tmp_path / "kg").close()
    first = CliRunner().invoke(main, ["migrate", str(tmp_path / "kg")])
    assert first.exit_code == 0 and "upgraded" in first.output, first.output
    again = CliRunner().invoke(main, ["migrate", str(tmp_path / "kg")])
    assert again.exit_code == 0 and "up to date" in again.output
    store = LadybugStore(tmp_path / "kg")
    assert dict(store.read_graph().nodes(data=True)) == dict(graph.nodes(data=True))  # degrees included


def _tangled_graph(seed: int = 3):
    """Papers and entities joined at random: many shortest paths of equal length, so the
    choice among them (keys first, then relationship types) is what gets tested."""
    rng = random.Random(seed)
    graph = new_graph()
    papers = [f"Paper:p{i:02d}" for i in range(14)]
    entities = [f"{label}:{name}{i}" for i, (label, name) in
                enumerate(rng.choice([("Model", "m"), ("Method", "t"), ("Dataset", "d")]) for _ in range(16))]
    for node in papers + entities:
        graph.add_node(node, label=node.split(":")[0], key=node, name=node.split(":")[1].upper())
    for paper in papers:
        for entity in rng.sample(entities, 2):
            merge_edge(graph, paper, "MENTIONS", entity, papers=[paper])
            if rng.random() < 0.4 and not entity.startswith("Dataset"):
                merge_edge(graph, paper, "USES", entity, papers=[paper])  # two types between one pair
    return graph


def _cypher_path(store, source, target):
    from kg.queries.named import bind
    return store._query(*bind("path", "ladybug", {"source": source, "target": target}))


def test_the_path_index_gives_the_path_the_cypher_query_gives(tmp_path):
    graph = _tangled_graph()
    store = LadybugStore(tmp_path)
    store.write(graph)
    assert (tmp_path / "paths.npz").is_file()
    nodes = sorted(graph.nodes)
    found = 0
    for source in nodes[::3]:
        for target in nodes[1::4]:
            rows = store.run_named("path", {"source": source, "target": target})
            assert rows == _cypher_path(store, source, target), (source, target)
            found += bool(rows) and rows[0]["hops"] > 2
    assert found > 10  # long paths among them, not only neighbours


def test_a_stale_or_missing_path_index_is_not_read(tmp_path, toy_records):
    store = LadybugStore(tmp_path)
    store.write(build_graph(toy_records), toy_records)
    ask = {"source": "Model:resnet", "target": "Dataset:imagenet"}
    assert store.run_named("path", ask)[0]["hops"] == 1
    # a write of the user's own moves the graph past the index: the Cypher query answers
    store.cypher("MATCH (m:Model {key: 'Model:resnet'})-[r:EVALUATED_ON]->(:Dataset) DELETE r", write=True)
    assert store.run_named("path", ask) == _cypher_path(store, **ask) != []
    assert store.run_named("path", ask)[0]["hops"] > 1
    store.write(build_graph(toy_records), toy_records)
    (tmp_path / "paths.npz").unlink()
    assert LadybugStore(tmp_path).run_named("path", ask)[0]["hops"] == 1
