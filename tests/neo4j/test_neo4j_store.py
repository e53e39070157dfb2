"""The Neo4j store against a real server: schema, idempotent merges, crash safety, hostile data."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from kg.errors import Neo4jUnavailable, QueryError
from kg.schema import load_schema
from kg.store.embedded import graph_stats
from kg.store.neo4j_store import Neo4jStore

from neo4j_graphs import HOSTILE, assert_same_graph, free_port, hostile_graph, merged, small_graph, synthetic_graph

pytestmark = pytest.mark.neo4j
HERE = Path(__file__).resolve().parent


def test_constraints_and_indexes_come_from_the_schema(store):
    store.ensure_schema()
    rows = store.cypher("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                        "RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type")
    unique = {(r["label"], r["prop"]) for r in rows if r["type"] == "UNIQUENESS"}
    expected = {(label, spec["key"]) for label, spec in load_schema().nodes.items()} | {("KgNode", "key")}
    assert expected <= unique
    indexes = {(r["labelsOrTypes"][0], r["properties"][0])
               for r in store.cypher("SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes IS NOT NULL")}
    for label, spec in load_schema().nodes.items():
        assert {(label, prop) for prop in spec["indexes"]} <= indexes
    store.ensure_schema()  # idempotent, also from a fresh store object
    Neo4jStore(store.uri, store.user, store._secret).ensure_schema()


def test_round_trip_keeps_every_property_and_provenance(store):
    graph = small_graph()
    store.merge_graph(graph)
    assert_same_graph(store.read_graph(), graph)
    assert store.stats() == graph_stats(graph)


def test_merging_twice_changes_nothing(store):
    graph = small_graph()
    store.merge_graph(graph)
    first, snapshot = store.stats(), store.read_graph()
    store.merge_graph(small_graph())
    assert store.stats() == first
    assert_same_graph(store.read_graph(), snapshot)


def test_new_records_add_without_duplicating_shared_entities(store):
    one, two = small_graph(("p1", "p2")), small_graph(("p2", "p3"), extra_evidence="more")
    store.merge_graph(one)
    store.merge_graph(two)
    expected = merged(one, two)
    assert_same_graph(store.read_graph(), expected)  # unions, evidence capped at 3, count = papers
    stats = store.stats()
    assert stats["papers"] == 3 and stats["nodes"]["Model"] == 2
    bert = store.cypher("MATCH (n:Model {key: 'Model:bert'}) RETURN n.papers AS papers, count(*) AS n")
    assert bert == [{"papers": ["p1", "p2", "p3"], "n": 1}]
    edge = store.cypher("MATCH (:Model {key:'Model:bert'})-[r:EVALUATED_ON]->() RETURN r.count AS c, r.papers AS p")
    assert edge == [{"c": 3, "p": ["p1", "p2", "p3"]}]


def test_scalars_already_set_are_kept(store):
    store.merge_graph(small_graph(("p1",)))
    later = small_graph(("p1",))
    later.nodes["Paper:p1"]["title"] = "A different title"
    later.nodes["Paper:p1"]["url"] = "https://example.org/p1"
    store.merge_graph(later)
    row = store.cypher("MATCH (p:Paper {id: 'p1'}) RETURN p.title AS title, p.url AS url")[0]
    assert row == {"title": "Paper p1", "url": "https://example.org/p1"}


def test_hostile_strings_are_data(store):
    graph = hostile_graph()
    store.merge_graph(graph)
    assert_same_graph(store.read_graph(), graph)
    for text in HOSTILE:
        rows = store.cypher("MATCH (p:Paper {title: $t})-[r:MENTIONS]->(m:Method {name: $t}) "
                            "RETURN p.abstract AS a, r.evidence AS e, m.aliases AS al", {"t": text})
        assert rows == [{"a": text, "e": [text], "al": sorted({text, text.upper()})}]
    assert store.stats()["papers"] == len(HOSTILE)


def test_hostile_names_are_found_through_the_full_text_index(store):
    from kg.queries import lucene_term
    from kg.resolve.normalise import squash

    graph = hostile_graph()
    for node in graph.nodes:  # what kg.graph.build stores for every entity
        graph.nodes[node]["match_keys"] = sorted({squash(t) for t in [graph.nodes[node]["name"]]} - {""})
    store.merge_graph(graph)
    for text in HOSTILE:
        key = squash(text)
        rows = store.run_named("find_by_alias", {"squash": key, "term": lucene_term(key), "label": "Method"})
        assert [r["key"] for r in rows] == [f"Method:{text}"]


def test_a_write_leaves_exactly_the_graph_written(store):
    store.write(small_graph(("p1", "p2")))
    smaller = small_graph(("p1",))
    smaller.nodes["Model:bert"]["name"] = "BERT (renamed)"
    store.write(smaller)  # p2, RoBERTa and their relationships go; BERT's name is replaced
    assert_same_graph(store.read_graph(), smaller)
    assert store.stats() == graph_stats(smaller)
    assert list(store.read_graph().nodes) == sorted(smaller.nodes)


def test_records_are_stored_beside_the_graph(store, toy_records):
    store.write(small_graph(), records=toy_records)
    assert [r.to_dict() for r in store.read_records()] == [r.to_dict() for r in sorted(toy_records, key=lambda r: r.id)]
    store.write(small_graph(), records=toy_records[:1])
    assert [r.id for r in store.read_records()] == [toy_records[0].id]
    assert store.stats() == graph_stats(small_graph())  # records are not graph nodes


def test_a_second_writer_waits_for_the_first(store, neo4j_server, neo4j_auth):
    acquired = threading.Event()

    def second_writer():
        with Neo4jStore(neo4j_server.uri, *neo4j_auth) as other, other.writer():
            acquired.set()

    with store.writer():
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert not acquired.wait(2.0), "a second writer got the lock while the first held it"
    assert acquired.wait(30.0), "the second writer never got the lock"
    thread.join()
    assert store.cypher("MATCH (l:KgLock) RETURN count(l) AS n") == [{"n": 0}]  # nothing left behind


def test_named_query_and_read_only_cypher(store):
    store.merge_graph(small_graph())
    rows = store.run_named("find_by_key", {"key": "Model:bert"})
    assert rows and rows[0]["key"] == "Model:bert" and rows[0]["label"] == "Model"
    with pytest.raises(QueryError, match="--write"):
        store.cypher("CREATE (:Paper {id: 'x'})")
    with pytest.raises(QueryError):
        store.run_named("../../etc/passwd", {})
    with pytest.raises(QueryError, match="Neo4j"):
        store.cypher("MATCH (n RETURN n")


def test_neo4j_scheme_routes_to_the_local_server(neo4j_server, neo4j_auth):
    uri = neo4j_server.uri.replace("bolt://", "neo4j://")
    with Neo4jStore(uri, *neo4j_auth) as routed:
        assert routed.cypher("RETURN 1 AS one") == [{"one": 1}]


LOADER = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from neo4j_graphs import synthetic_graph
    from kg.store.neo4j_store import Neo4jStore
    store = Neo4jStore(os.environ["T_URI"], "neo4j", os.environ["T_PASSWORD"], batch_size=50)
    store.merge_graph(synthetic_graph(int(sys.argv[2])), progress=lambda n: print(n, flush=True))
    print("done", flush=True)
""")


def test_load_killed_halfway_then_rerun_ends_right(store, neo4j_server, neo4j_auth):
    papers = 600
    graph = synthetic_graph(papers)
    env = {**os.environ, "T_URI": neo4j_server.uri, "T_PASSWORD": neo4j_auth[1]}
    proc = subprocess.Popen([sys.executable, "-c", LOADER, str(HERE), str(papers)], env=env,
                            stdout=subprocess.PIPE, text=True)
    kill_after = graph.number_of_nodes() + graph.number_of_edges() // 3  # inside the relationships
    for line in proc.stdout:
        assert line.strip() != "done", "the loader finished before it could be killed"
        if int(line) >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = store.stats()
    assert 0 < sum(partial["relationships"].values()) < graph.number_of_edges()
    store.merge_graph(graph)
    assert store.stats() == graph_stats(graph)
    assert_same_graph(store.read_graph(), graph)


def test_down_server_is_one_line_without_password(neo4j_auth):
    password = neo4j_auth[1]
    with pytest.raises(Neo4jUnavailable) as caught:
        Neo4jStore(f"bolt://127.0.0.1:{free_port()}", "neo4j", password)
    message = str(caught.value)
    assert "\n" not in message and password not in message and "not reachable" in message


def test_wrong_password_is_one_line_without_password(neo4j_server):
    wrong = "not-the-password-$3cr3t"
    with pytest.raises(Neo4jUnavailable) as caught:
        Neo4jStore(neo4j_server.uri, "neo4j", wrong)
    message = str(caught.value)
    assert "\n" not in message and wrong not in message and "credentials" in message


@pytest.mark.parametrize("uri", ["bolt+ssc://127.0.0.1:{port}", "neo4j+s://127.0.0.1:{port}", "http://127.0.0.1:{port}"])
def test_tls_forms_and_bad_schemes_fail_cleanly_on_a_plain_server(neo4j_server, neo4j_auth, uri):
    with pytest.raises(Neo4jUnavailable) as caught:
        Neo4jStore(uri.format(port=neo4j_server.port), *neo4j_auth)
    assert "\n" not in str(caught.value) and neo4j_auth[1] not in str(caught.value)


def test_extra_edge_properties_round_trip_and_are_kept(store):
    graph = small_graph(("p1",))
    graph.edges["Paper:p1", "Model:bert", "MENTIONS"]["score"] = 0.5
    store.merge_graph(graph)
    again = small_graph(("p1",))
    again.edges["Paper:p1", "Model:bert", "MENTIONS"]["score"] = 0.9
    store.merge_graph(again)
    assert_same_graph(store.read_graph(), graph)


def test_an_add_on_neo4j_derives_the_whole_graph_and_says_so(store, toy_records):
    """`kg build --add` folds papers in on the embedded store only; on Neo4j the graph is
    derived in full, the same graph a build without --add writes."""
    from kg.graph.build import build_graph
    from kg.pipeline import _append, _derive, paper_of
    _derive(store, [paper_of(r) for r in toy_records[:2]], {(r.title, r.abstract): r for r in toy_records[:2]}, None)
    summary = _append(store, [paper_of(toy_records[2])], lambda papers: iter(toy_records[2:]))
    assert summary.mode == "derived" and "whole graph on every build" in summary.note
    assert_same_graph(store.read_graph(), build_graph(toy_records))
