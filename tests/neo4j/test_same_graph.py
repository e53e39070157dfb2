"""Same input, same graph: on the seed corpus, through the CLI, on both stores.

A graph must be a function of the set of papers: building the same input again changes
nothing, halves in either order give what the whole gives, and the embedded store and Neo4j
hold the same nodes, relationships and properties (compared through `kg stats --json` and
`kg export json`, property by property). Queries repeat, `kg query path` included.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.neo4j_store import Neo4jStore

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

SEQUENCES = {"a then b": ["a", "b"], "b then a": ["b", "a"], "together": ["both"],
             "twice": ["both", "both"], "a, both, b": ["a", "both", "b"]}


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def halves(corpus_dir, tmp_path_factory):
    """Records of the first two captures and of the other three (71 abstracts occur in more
    than one capture, some in both halves), and both in one file."""
    folder = tmp_path_factory.mktemp("halves")
    captures = sorted(corpus_dir.glob("*.txt"))
    files = {"a": folder / "a.jsonl", "b": folder / "b.jsonl", "both": folder / "both.jsonl"}
    run("--quiet", "extract", *captures[:2], "-o", files["a"])
    run("--quiet", "extract", *captures[2:], "-o", files["b"])
    files["both"].write_text(files["a"].read_text(encoding="utf-8") + files["b"].read_text(encoding="utf-8"),
                             encoding="utf-8")
    return files


def snapshot(where: list[str], tmp_path) -> dict:
    out = tmp_path / "export.json"
    run("--quiet", "export", "json", "-o", out, *where)
    return {"stats": json.loads(run("stats", "--json", *where)),
            "export": json.loads(out.read_text(encoding="utf-8")),
            "path": [run("query", "path", "BERT", "ImageNet", "--json", *where) for _ in range(3)]}


def _assert_same(got: dict, want: dict, label: str) -> None:
    assert got["stats"] == want["stats"], label
    for part in ("nodes", "edges"):  # item by item, so a failure names the first difference
        assert len(got["export"][part]) == len(want["export"][part]), (label, part)
        for mine, theirs in zip(got["export"][part], want["export"][part]):
            assert mine == theirs, (label, part)
    assert got["export"] == want["export"], label
    assert len(set(got["path"])) == 1 and got["path"] == want["path"], label


@pytest.fixture(scope="module")
def embedded(halves, tmp_path_factory) -> dict[str, dict]:
    snaps = {}
    for name, files in SEQUENCES.items():
        folder = tmp_path_factory.mktemp("seq")
        for key in files:
            run("--quiet", "load", halves[key], "--store", folder / "kg")
        snaps[name] = snapshot(["--store", folder / "kg"], folder)
    return snaps


def test_embedded_store_holds_one_graph_whatever_the_sequence(embedded):
    want = embedded["together"]
    assert want["stats"]["papers"] > 500 and sum(want["stats"]["relationships"].values()) > 2000
    for name, snap in embedded.items():
        _assert_same(snap, want, name)


def _neo4j_args(store: Neo4jStore, password: str) -> list[str]:
    return ["--neo4j-uri", store.uri, "--neo4j-user", store.user, "--neo4j-password", password]


def test_neo4j_holds_what_the_embedded_store_holds(store, neo4j_auth, halves, embedded, tmp_path):
    where = _neo4j_args(store, neo4j_auth[1])
    for name, files in SEQUENCES.items():
        store.clear()
        for key in files:
            run("--quiet", "load", halves[key], *where)
        _assert_same(snapshot(where, tmp_path), embedded["together"], f"neo4j: {name}")


def test_building_the_seeds_twice_changes_nothing_on_either_store(store, neo4j_auth, corpus_dir, embedded, tmp_path):
    where = {"embedded": ["--store", tmp_path / "kg"], "neo4j": _neo4j_args(store, neo4j_auth[1])}
    for name, args in where.items():
        first = run("build", corpus_dir, *args)
        assert "(562 new or changed)" in first, first
        once = snapshot(args, tmp_path)
        again = run("build", corpus_dir, *args)
        assert "(0 new or changed)" in again, again
        _assert_same(snapshot(args, tmp_path), once, f"{name}: built twice")
        _assert_same(once, embedded["together"], f"{name}: built vs loaded in halves")
