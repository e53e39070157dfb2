"""A real Neo4j for the tests in this folder, started through kg's own launcher.

One server per test session, in ``.kg-cache/neo4j-test`` on a free port; it reuses the jars
under ``.kg-cache/neo4j/jars`` (what ``kg neo4j start`` fetched) so a test run does not
download them again. The server watches this pytest process and exits with it, so even a
killed test run leaves no JVM. If it cannot start, the tests skip with the reason, except
under ``CI`` (env set), where they fail with it.
"""

from __future__ import annotations

import pytest

from kg.store import neo4j_server as server
from kg.store.neo4j_store import Neo4jStore
from neo4j_local import TEST_HOME, start_or_give_up


@pytest.fixture(scope="session")
def neo4j_server():
    """The session's server (a leftover one from a killed run is stopped first)."""
    server.stop(TEST_HOME)
    info = start_or_give_up(TEST_HOME, timeout=300)
    yield info
    server.stop(TEST_HOME)


@pytest.fixture(scope="session")
def neo4j_auth(neo4j_server) -> tuple[str, str]:
    return server.credentials(TEST_HOME)


@pytest.fixture
def store(neo4j_server, neo4j_auth):
    """A store on the session server, emptied before each test."""
    with Neo4jStore(neo4j_server.uri, *neo4j_auth) as opened:
        opened.clear()
        yield opened
