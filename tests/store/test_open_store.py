"""kg.store.open_store, the one factory behind --store PATH|URI and kg.open_store: what a
spec means, which credentials a Neo4j URI gets, and one-line errors for wrong URIs.
(Opening a real Neo4j through it: tests/neo4j/test_neo4j_cli.py.)"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import Neo4jUnavailable, StoreError
from kg.store import open_store, resolve_credentials, store_spec
from kg.store.embedded import EmbeddedStore


def test_a_folder_is_the_embedded_store(tmp_path):
    with open_store(tmp_path / "new") as store:
        assert isinstance(store, EmbeddedStore) and store.directory == tmp_path / "new"
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "missing", must_exist=True)
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="a file, not a store folder"):
        open_store(str(tmp_path / "file.txt"))


@pytest.mark.parametrize("uri", ["http://localhost:7474", "https://db.example.org:7473/browser/"])
def test_http_uris_get_told_to_use_bolt(uri):
    with pytest.raises(StoreError, match=r"^Neo4j speaks Bolt: use bolt://(localhost|db\.example\.org):7687"):
        open_store(uri)


def test_cli_says_so_in_one_line(tmp_path):
    for args in (["--store", "http://localhost:7474"], ["--neo4j-uri", "http://localhost:7474"]):
        result = CliRunner().invoke(main, ["stats", *args])
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            "Error: Neo4j speaks Bolt: use bolt://localhost:7687 (or neo4j://, bolt+s://, neo4j+s://), "
            "not http://localhost:7474 (that is the browser's HTTP address)"]


def test_other_schemes_are_refused():
    with pytest.raises(StoreError, match="unsupported store URI 'ftp://x'"):
        open_store("ftp://x")


def test_spec_neo4j_uri_wins_over_a_folder_and_two_uris_are_an_error(monkeypatch):
    assert store_spec("kg-data", "bolt://h:7687") == "bolt://h:7687"
    assert store_spec("bolt://h:7687", "bolt://h:7687") == "bolt://h:7687"
    with pytest.raises(StoreError, match="two Neo4j URIs"):
        store_spec("bolt://a:7687", "bolt://b:7687")
    monkeypatch.setenv("KG_STORE", "elsewhere")
    assert store_spec() == "elsewhere" and store_spec("mine") == "mine"
    monkeypatch.delenv("KG_STORE")
    assert store_spec() == "kg-data"


def test_credentials_from_arguments_then_environment(monkeypatch):
    monkeypatch.delenv("NEO4J_USER", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    assert resolve_credentials("bolt://db.example.org:7687", "u", "p") == ("u", "p")
    with pytest.raises(Neo4jUnavailable, match="no password for Neo4j at bolt://db.example.org:7687"):
        resolve_credentials("bolt://db.example.org:7687")
    monkeypatch.setenv("NEO4J_USER", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    assert resolve_credentials("bolt://db.example.org:7687") == ("reader", "secret")
    assert resolve_credentials("bolt://db.example.org:7687", "u", None) == ("u", "secret")
