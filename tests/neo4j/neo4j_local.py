"""Where the test servers live, and how a test starts one (skip, or fail under CI)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kg.store import neo4j_server as server
from neo4j_graphs import free_port

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".kg-cache"
TEST_HOME = CACHE / "neo4j-test"
JARS = CACHE / "neo4j" / "jars" / server.NEO4J_VERSION  # shared with `kg neo4j start`


def _note(message: str) -> None:
    sys.__stderr__.write(f"[neo4j] {message}\n")
    sys.__stderr__.flush()


def start_or_give_up(home: Path, **kwargs) -> server.ServerInfo:
    """Start a server for a test; skip (or fail under CI) with the reason if that is impossible.

    The server watches this pytest process and exits with it, so even a killed run leaves no JVM."""
    try:
        return server.start(home, port=free_port(), jars=JARS, watch_pid=os.getpid(),
                            progress=_note, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any reason is reported as is
        message = f"Neo4j could not be started by kg.store.neo4j_server: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
