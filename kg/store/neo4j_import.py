"""First loads of large graphs into kg's local Neo4j with ``neo4j-admin database import full``.

Why: the driver path (:meth:`Neo4jStore.write`) sends every node and relationship as batched
``UNWIND ... MERGE`` statements: right for updates, slow for a first load of a large graph.
neo4j-admin writes the store files directly, with the database offline. The jars that
``kg neo4j start`` fetches include it (``org.neo4j.cli.AdminTool`` in neo4j-command-line), so
nothing else needs installing.

The route (:func:`bulk_import`): the graph and records come from the source (a store as it
is, or a records file derived by :func:`kg.pipeline.load_records` itself, as into an empty
store); the target database must be empty (or ``overwrite``); the CSV files
(:mod:`kg.store.neo4j_csv`) are written; the home's server is stopped; neo4j-admin imports
into the home with ``NEO4J_HOME`` set to it (no neo4j.conf there, so the launcher's own
defaults: database ``neo4j`` under ``data/``); the server is started again on the same port;
the lists the importer cannot write are set, the store's constraints and indexes created
(the driver path's DDL) and the counts checked. From then on the database is an ordinary kg
store: later builds go through the driver and write only what changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

import networkx as nx

from kg.errors import InputError, StoreError
from kg.store import neo4j_cypher as C
from kg.store import neo4j_server as server
from kg.store.base import GraphStore

__all__ = ["ImportSummary", "bulk_import", "read_source", "admin_command", "ADMIN_MAIN", "DATABASE"]

ADMIN_MAIN = "org.neo4j.cli.AdminTool"   # neo4j-admin's main class (neo4j-command-line jar)
DATABASE = "neo4j"                       # Community's one user database, the launcher's default
IMPORT_MEMORY = os.environ.get("KG_NEO4J_IMPORT_MEMORY", "50%")  # neo4j-admin's off-heap cap
COUNT_ALL = "MATCH (n) RETURN count(n) AS n"


@dataclass(frozen=True)
class ImportSummary:
    """What was imported where, and how long each step took (seconds)."""

    uri: str
    papers: int
    nodes: int
    relationships: int
    records: int
    seconds: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def _say(progress, message: str) -> None:
    if progress is not None:
        progress(message)


# -- the source ---------------------------------------------------------------------------------

class _Captured(GraphStore):
    """An empty store that keeps what a build writes into it, so a records file becomes the
    very graph and records a first ``kg load`` would write (the pipeline derives them)."""

    def __init__(self):
        self.graph: nx.MultiDiGraph | None = None
        self.records: list = []

    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        yield

    def write(self, graph, records=None, progress=None) -> None:
        self.graph, self.records = graph, list(records or [])

    def read_records(self):
        return list(self.records)

    def read_graph(self):
        from kg.graph.model import new_graph
        return self.graph if self.graph is not None else new_graph()

    def stats(self) -> dict:
        return {"papers": 0, "nodes": {}, "relationships": {}}

    def run_named(self, name, params):
        raise StoreError("a captured build holds no queries")

    def cypher(self, query, params=None, write=False):
        raise StoreError("a captured build holds no queries")


def read_source(source: str | Path) -> tuple[nx.MultiDiGraph, list]:
    """``(graph, records)`` of a store (folder or URI: as stored) or of a records file from
    ``kg extract`` (``.jsonl``/``.gz``: derived as a first ``kg load`` would)."""
    from kg.store import is_uri, open_store

    if is_uri(str(source)) or Path(source).is_dir():
        with open_store(source, must_exist=True) as store:
            return store.read_graph(), store.read_records()
    if not Path(source).is_file():
        raise InputError("no such store folder or records file", str(source))
    from kg.pipeline import load_records

    captured = _Captured()
    load_records(Path(source), captured)
    return captured.read_graph(), captured.records


# -- the target ---------------------------------------------------------------------------------

def _open(info: server.ServerInfo):
    from kg.store.neo4j_store import Neo4jStore
    return Neo4jStore(info.uri, *server.credentials(info.home))


def _check_empty(home: Path, overwrite: bool, start) -> int:
    """Refuse a database that holds anything (a graph, records) unless ``overwrite``; returns
    the running server's port (0: none). A stopped server with a database is started to look."""
    running = server.status(home)
    if running is None and not (home / "data" / "databases" / DATABASE).exists():
        return 0
    if overwrite:
        return running.port if running else 0
    info = running or start()
    with _open(info) as store:
        held = store.cypher(COUNT_ALL)[0]["n"]
    if held:
        raise StoreError(f"Neo4j at {info.uri} already holds {held} nodes; the bulk import is for a first "
                         "load (use `kg build` or `kg load` to add papers), or pass --overwrite to replace them")
    return info.port


def admin_command(home: Path, jars: Path, args: list[str]) -> list[str]:
    """``java ... neo4j-admin database import full --overwrite-destination ARGS neo4j``: the
    database name first, because each --nodes/--relationships takes a list of files."""
    java = server.java_binary()  # the launcher's own Java 17 check
    return [java, f"-Xmx{server.HEAP}", "-cp", f"{jars}{os.sep}*", ADMIN_MAIN, "database", "import", "full",
            DATABASE, "--overwrite-destination=true", f"--max-off-heap-memory={IMPORT_MEMORY}",
            f"--report-file={home / 'logs' / 'import.report'}", *args]


def _run_admin(home: Path, jars: Path, files, progress) -> None:
    """Run neo4j-admin in the CSV folder (file names relative: a path with a comma or an "="
    would not survive its option syntax); its output goes to ``HOME/logs/import.log``."""
    (home / "conf").mkdir(parents=True, exist_ok=True)
    log = home / "logs" / "import.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = admin_command(home, jars, files.admin_args(relative=True))
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    _say(progress, f"neo4j-admin database import full: {len(files.nodes)} node files, "
                   f"{len(files.relationships)} relationship files (log: {log})")
    with open(log, "ab") as out:
        out.write(f"=== kg: neo4j-admin import, {time.ctime()} ===\n".encode())
        out.flush()
        done = subprocess.run(cmd, cwd=files.folder, env=env, stdin=subprocess.DEVNULL, stdout=out,
                              stderr=subprocess.STDOUT)
    if done.returncode != 0:
        raise StoreError(f"neo4j-admin import failed (exit {done.returncode}); the server of {home} stays "
                         f"stopped; last lines of {log}:\n{server.log_tail(log)}")


def _finish(info: server.ServerInfo, files) -> None:
    """The lists the importer cannot write, the store's DDL, then the counts, checked."""
    from kg.store.neo4j_csv import post_import_statements

    with _open(info) as store:
        for statement in post_import_statements():
            store.cypher(statement, write=True)
        store.cypher(C.AWAIT_INDEXES, write=True)
        stats = store.stats()
        records = store.cypher(C.render(C.COUNT_LABEL, label=C.lookup_labels()["record"]))[0]["n"]
    want = files.counts
    got = {"papers": stats["papers"], "nodes": stats["nodes"], "relationships": stats["relationships"],
           "records": records}
    if got != want:
        raise StoreError(f"the imported database at {info.uri} does not hold what was written: "
                         f"{got} against {want}")


# -- the route ----------------------------------------------------------------------------------

@contextmanager
def _csv_folder(home: Path, keep: Path | None) -> Iterator[Path]:
    """``keep`` (must be empty; stays), else a temporary folder in the home (removed)."""
    if keep is not None:
        keep = Path(keep)
        if keep.exists() and any(keep.iterdir()):
            raise StoreError(f"{keep}: not empty; give an empty or new folder for the CSV files")
        keep.mkdir(parents=True, exist_ok=True)
        yield keep.resolve()
        return
    home.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="import-", dir=home))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bulk_import(source: str | Path, home: str | Path | None = None, *, port: int = server.DEFAULT_PORT,
                overwrite: bool = False, csv_dir: Path | None = None, jars: str | Path | None = None,
                watch_pid: int | None = None, timeout: float = 180.0, progress=None) -> ImportSummary:
    """Load ``source`` (see :func:`read_source`) into the empty database of the local server
    of ``home`` with neo4j-admin, and leave that server running (on its port if it ran,
    else ``port``). ``csv_dir`` keeps the CSV files; ``jars``/``watch_pid``/``timeout``: as
    for :func:`kg.store.neo4j_server.start`. Refuses a database that holds anything unless
    ``overwrite``."""
    from kg.store.neo4j_csv import write_import_csv

    home, clock, seconds = server.resolve_home(home), time.monotonic(), {}

    def start() -> server.ServerInfo:
        return server.start(home, port=port, timeout=timeout, jars=jars, watch_pid=watch_pid, progress=progress)

    def lap(name: str, began: float) -> float:
        seconds[name] = round(time.monotonic() - began, 2)
        return time.monotonic()

    graph, records = read_source(source)
    port = _check_empty(home, overwrite, start) or port
    jar_path = server.fetch_jars(home, jars=jars, progress=progress)
    began = lap("read", clock)
    with _csv_folder(home, csv_dir) as folder:
        files = write_import_csv(graph, records, folder)
        began = lap("csv", began)
        server.stop(home)
        began = lap("stop", began)
        _run_admin(home, jar_path, files, progress)
        began = lap("import", began)
    info = start()
    began = lap("start", began)
    _finish(info, files)
    lap("finish", began)
    lap("total", clock)
    counts = files.counts
    return ImportSummary(uri=info.uri, papers=counts["papers"], nodes=sum(counts["nodes"].values()),
                         relationships=sum(counts["relationships"].values()), records=counts["records"],
                         seconds=seconds)
