"""kg's own Neo4j launcher: start, status, no-op second start, clean stop, clear failures."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from kg.errors import Neo4jUnavailable
from kg.store import neo4j_server as server
from kg.store.neo4j_store import Neo4jStore

from neo4j_local import CACHE, JARS, TEST_HOME, start_or_give_up

pytestmark = pytest.mark.neo4j


def jvms_for(home: Path) -> list[int]:
    """Pids of any process whose command line names ``home`` (our launcher's JVM would)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                args = proc.joinpath("cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if str(home).encode() in args:
                found.append(int(proc.name))
    return found


def test_second_start_is_a_noop(neo4j_server):
    again = server.start(TEST_HOME, port=neo4j_server.port + 1, jars=JARS)
    assert again == neo4j_server


def test_status_says_where_it_runs(neo4j_server):
    info = server.status(TEST_HOME)
    assert info is not None and info.pid == neo4j_server.pid
    assert info.uri == f"bolt://127.0.0.1:{info.port}" and info.data_dir.is_dir()
    assert (TEST_HOME / "neo4j.pid").read_text().strip() == str(info.pid)


def test_password_is_generated_private_and_never_logged(neo4j_server):
    user, password = server.credentials(TEST_HOME)
    assert user == "neo4j" and password != "neo4j" and len(password) >= 20
    assert stat.S_IMODE((TEST_HOME / "password").stat().st_mode) == 0o600
    for log in (TEST_HOME / "logs").glob("*.log"):
        assert password not in log.read_text(errors="replace"), log
    with pytest.raises(Neo4jUnavailable):  # the default password never works
        Neo4jStore(neo4j_server.uri, "neo4j", "neo4j")


def test_stop_leaves_no_jvm_and_the_stopped_server_is_a_clean_error():
    home = CACHE / "neo4j-test-stop"
    server.stop(home)
    shutil.rmtree(home, ignore_errors=True)  # a fresh store: its password is set on this start
    home.mkdir(parents=True)
    password = home / "password"  # one starting with "-" (token_urlsafe made such; CI failed on one)
    password.write_text("-starts-with-a-dash-0123456789\n", encoding="utf-8")
    password.chmod(0o600)
    info = start_or_give_up(home, timeout=300)
    Neo4jStore(info.uri, *server.credentials(home)).close()
    assert jvms_for(home) == [info.pid]
    assert server.stop(home) is True
    assert jvms_for(home) == [] and server.status(home) is None
    assert not (home / "neo4j.pid").exists()
    assert server.stop(home) is False
    with pytest.raises(Neo4jUnavailable) as caught:
        Neo4jStore(info.uri, *server.credentials(home))
    assert "\n" not in str(caught.value) and "not reachable" in str(caught.value)


def test_start_timeout_names_the_log_and_leaves_no_jvm():
    home = CACHE / "neo4j-test-timeout"
    server.stop(home)
    with pytest.raises(Neo4jUnavailable) as caught:
        server.start(home, port=server.DEFAULT_PORT + 1000 + os.getpid() % 1000, jars=JARS,
                     timeout=0.5, watch_pid=os.getpid())
    assert "did not answer" in str(caught.value) and "launcher.log" in str(caught.value)
    assert jvms_for(home) == [] and server.status(home) is None


def test_busy_port_is_refused_before_starting(neo4j_server):
    home = CACHE / "neo4j-test-busy"
    with pytest.raises(Neo4jUnavailable, match="already in use"):
        server.start(home, port=neo4j_server.port, jars=JARS)
    assert jvms_for(home) == []
