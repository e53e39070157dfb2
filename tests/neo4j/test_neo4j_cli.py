"""`kg neo4j start|stop|status` and the shared --neo4j-* options, on the session server."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from kg.cli.neo4j import neo4j, open_neo4j_store
from kg.cli.options import neo4j_options
from kg.errors import Neo4jUnavailable

from neo4j_local import CACHE, JARS, TEST_HOME

pytestmark = pytest.mark.neo4j


def run(*args: str):
    return CliRunner().invoke(neo4j, list(args), catch_exceptions=False)


def test_status_hides_the_password_unless_asked(neo4j_server, neo4j_auth):
    shown = run("status", "--home", str(TEST_HOME))
    assert shown.exit_code == 0 and neo4j_server.uri in shown.output and str(neo4j_server.pid) in shown.output
    assert neo4j_auth[1] not in shown.output
    revealed = run("status", "--home", str(TEST_HOME), "--show-password", "--json")
    data = json.loads(revealed.output)
    assert data["password"] == neo4j_auth[1] and data["data_dir"].endswith("data")


def test_start_on_a_running_home_is_a_noop(neo4j_server):
    result = run("start", "--home", str(TEST_HOME), "--port", str(neo4j_server.port))
    assert result.exit_code == 0 and f"pid {neo4j_server.pid}" in result.output


def test_status_of_a_home_without_server():
    result = run("status", "--home", str(CACHE / "neo4j-test-none"))
    assert result.exit_code == 1 and "not running" in result.output


def test_every_command_has_an_example_in_its_help():
    for name in ("start", "stop", "status", "fetch"):
        assert "Example:" in run(name, "--help").output
    assert "Example:" in run("--help").output


def test_local_uri_falls_back_to_generated_credentials(neo4j_server, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_HOME", str(TEST_HOME))
    uri = f"bolt://localhost:{neo4j_server.port}"
    with open_neo4j_store(uri, "neo4j", None) as store:
        assert store.cypher("RETURN 1 AS one") == [{"one": 1}]
    with pytest.raises(Neo4jUnavailable, match="no password"):
        open_neo4j_store("bolt://db.example.org:7687", "neo4j", None)


def test_neo4j_options_read_the_environment(monkeypatch):
    @click.command()
    @neo4j_options
    def show(neo4j_uri, neo4j_user, neo4j_password):
        click.echo(f"{neo4j_uri}|{neo4j_user}|{neo4j_password}")

    monkeypatch.setenv("NEO4J_URI", "neo4j+s://example.org")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    assert CliRunner().invoke(show, []).output.strip() == "neo4j+s://example.org|neo4j|pw"
    assert CliRunner().invoke(show, ["--neo4j-user", "u"]).output.strip() == "neo4j+s://example.org|u|pw"


def test_errors_are_one_line(neo4j_server, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_JARS", str(JARS.parent))
    result = CliRunner().invoke(neo4j, ["start", "--home", str(CACHE / "neo4j-test-busy"),
                                        "--port", str(neo4j_server.port)])
    assert result.exit_code == 1 and "already in use" in result.output and "Traceback" not in result.output


def test_store_option_takes_a_bolt_uri(neo4j_server, neo4j_auth, monkeypatch):
    """--store bolt://... opens Neo4j through kg.store.open_store, with $NEO4J_PASSWORD."""
    from kg.cli import main

    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_auth[1])
    result = CliRunner().invoke(main, ["cypher", "RETURN 1 AS one", "--json", "--store", neo4j_server.uri])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"one": 1}]


def test_open_store_uses_the_local_servers_password(neo4j_server, monkeypatch):
    from kg.store import open_store
    from kg.store.neo4j_store import Neo4jStore

    monkeypatch.setenv("KG_NEO4J_HOME", str(TEST_HOME))
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with open_store(f"neo4j://127.0.0.1:{neo4j_server.port}") as store:
        assert isinstance(store, Neo4jStore) and store.cypher("RETURN 2 AS two") == [{"two": 2}]
