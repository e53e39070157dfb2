"""Neo4j's own bulk path: `neo4j-admin database import full` for a first load, the driver after.

The import needs its database offline, so it runs into a server of its own
(``.kg-cache/neo4j-test-import`` on a free port), never the session server, which holds the
same papers written by the driver path for comparison. Checked: the same graph (every node,
relationship and property), the same records, constraints and indexes, and the same rows
from every named query; a second import refused; and papers added later through the driver
(`kg load`) giving what a driver-only store gives. The input is the sample corpus plus one
paper of hostile text (quotes, line breaks, the array delimiter's first choice in an id).

No skip: if Java, the jars or the import are missing, the import fixture fails with the reason.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.build import build_graph
from kg.pipeline import extract_files, load_records
from kg.queries import ENTITY_LABELS
from kg.records import PaperRecord
from kg.records_io import read_records
from kg.store import neo4j_server as server
from kg.store.neo4j_csv import write_import_csv
from kg.store.neo4j_import import bulk_import
from kg.store.neo4j_store import Neo4jStore
from neo4j_graphs import HOSTILE, assert_same_graph, free_port
from neo4j_local import CACHE, JARS, REPO
from test_parity import _assert_parity

pytestmark = pytest.mark.neo4j

IMPORT_HOME = CACHE / "neo4j-test-import"
SAMPLE = REPO / "samples" / "papers.jsonl"
HOSTILE_ID = "hostile\x1f;id"  # \x1f: the first array delimiter kg would pick


def _hostile_record() -> PaperRecord:
    return PaperRecord(id=HOSTILE_ID, title="\n".join(HOSTILE), abstract="\r\n".join(HOSTILE) + ' "" ;',
                       entities=[], results=[], relations=[], year=2024,
                       code_urls=["https://github.com/x/y;z,\"q\""])


@pytest.fixture(scope="module")
def halves(tmp_path_factory):
    """The sample corpus's records: the first 30 papers and the hostile one, then the other 15."""
    folder = tmp_path_factory.mktemp("import")
    extract_files([SAMPLE], folder / "all.jsonl")
    lines = (folder / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "a.jsonl").write_text("".join(lines[:30]) + json.dumps(_hostile_record().to_dict()) + "\n",
                                    encoding="utf-8")
    (folder / "b.jsonl").write_text("".join(lines[30:]), encoding="utf-8")
    return {"a": folder / "a.jsonl", "b": folder / "b.jsonl"}


@pytest.fixture(scope="module")
def imported(halves):
    """The first half bulk-imported into a fresh home; the server is stopped afterwards."""
    server.stop(IMPORT_HOME)
    shutil.rmtree(IMPORT_HOME, ignore_errors=True)
    summary = bulk_import(halves["a"], IMPORT_HOME, port=free_port(), jars=JARS, watch_pid=os.getpid())
    yield summary
    server.stop(IMPORT_HOME)


@pytest.fixture(scope="module")
def driven(neo4j_server, neo4j_auth, halves):
    """The same first half written by the driver path, on the session server."""
    with Neo4jStore(neo4j_server.uri, *neo4j_auth) as opened:
        opened.clear()
        load_records(halves["a"], opened)
        yield opened
        opened.clear()


@pytest.fixture
def bulk(imported):
    with Neo4jStore(imported.uri, *server.credentials(IMPORT_HOME)) as opened:
        yield opened


def _ddl(store) -> list[tuple]:
    return sorted((r["name"], r["type"], r["state"]) for r in store.cypher("SHOW INDEXES YIELD name, type, state"))


def _assert_same_store(got, want) -> None:
    assert_same_graph(got.read_graph(), want.read_graph())
    assert [r.to_dict() for r in got.read_records()] == [r.to_dict() for r in want.read_records()]
    assert got.stats() == want.stats()


def test_the_files_keep_types_and_split_arrays_on_an_unused_character(tmp_path, halves):
    records = read_records(halves["a"])
    files = write_import_csv(build_graph(records), records, tmp_path)
    assert files.delimiter != "\x1f" and files.multiline  # the hostile paper has both
    header = (tmp_path / "rels_MENTIONS.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == '":START_ID",":END_ID","count:long","evidence:string[]","papers:string[]"'
    results = [p.read_text(encoding="utf-8") for p in tmp_path.glob("nodes_Result*.csv")]
    assert results and all('"value:double"' in text and '"higher_is_better:boolean"' in text for text in results)
    assert files.counts["records"] == len(records) == files.counts["papers"]


def test_the_imported_store_answers_like_a_driver_written_one(imported, bulk, driven):
    assert imported.papers == 31 and imported.records == 31 and imported.nodes > 200
    _assert_same_store(bulk, driven)
    assert bulk.cypher("MATCH (n) WHERE n._kg_empty IS NOT NULL OR n._kg_blank IS NOT NULL RETURN count(n) AS n") \
        == [{"n": 0}]
    assert bulk.cypher("MATCH (:KgNode {key: 'Paper:' + $id}) RETURN 1 AS ok", {"id": HOSTILE_ID}) == [{"ok": 1}]
    assert _ddl(bulk) == _ddl(driven) and all(state == "ONLINE" for *_, state in _ddl(bulk))
    _assert_parity(bulk, driven, _sample(bulk.read_graph()))


def _sample(graph, per_label: int = 3):
    """The first entities of each label: the parameters every named query is run with."""
    keys = sorted(n for n, a in graph.nodes(data=True) if a["label"] in ENTITY_LABELS)
    return graph.subgraph([k for label in ENTITY_LABELS
                           for k in [k for k in keys if graph.nodes[k]["label"] == label][:per_label]])


def test_a_second_import_is_refused_in_one_line(imported, bulk, halves):
    before = bulk.stats()
    result = CliRunner().invoke(main, ["neo4j", "import", str(halves["b"]), "--home", str(IMPORT_HOME)],
                                env={"KG_NEO4J_JARS": str(JARS.parent)})
    assert result.exit_code == 1, result.output
    assert result.output.strip().startswith("Error:") and "already holds" in result.output
    assert "\n" not in result.output.strip() and "--overwrite" in result.output
    assert server.credentials(IMPORT_HOME)[1] not in result.output
    assert server.status(IMPORT_HOME) is not None and bulk.stats() == before


def test_papers_added_later_go_through_the_driver(imported, bulk, driven, halves):
    load_records(halves["b"], driven)
    env = {"NEO4J_PASSWORD": server.credentials(IMPORT_HOME)[1]}
    result = CliRunner().invoke(main, ["--quiet", "load", str(halves["b"]), "--store", imported.uri], env=env)
    assert result.exit_code == 0, result.output
    _assert_same_store(bulk, driven)
    assert bulk.stats()["papers"] == 46
