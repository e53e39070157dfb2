"""The default store: an embedded LadybugDB graph database in a folder, no server.

A write makes the database hold exactly a graph computed in Python (``kg.graph.model``): the
stored graph is read, compared with the new one (``kg.store.graph_rows.graph_diff``, the same
diff the Neo4j store uses), and only the difference is written, as parameterised ``UNWIND
$rows AS row`` statements in one transaction: a writer killed halfway leaves the last
committed graph (LadybugDB replays its write-ahead log on the next open). The records
(``KgRecord`` rows) the graph is derived from are committed just before it (``write``).
Tables come from ``schemas/graph.json`` (``kg.store.ladybug_cypher``); shortest paths are
answered from an index file written with each graph (``kg.store.ladybug_paths``).

LadybugDB lets one process open a database for writing, or any number for reading, not
both. So the folder has two lock files: ``.lock``, the writer lock a whole build holds (a
second build waits, readers do not), and ``.db.lock``, held shared while a reader has the
database open and exclusively for the seconds a write takes. Each read opens the database
read-only and closes it again, so no reader keeps a build from writing for long.
"""

from __future__ import annotations

import fcntl
import json
import re
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import networkx as nx

from kg.errors import QueryError, StoreError
from kg.graph.model import new_graph, set_degrees, sorted_graph
from kg.records import PaperRecord
from kg.schema import load_schema
from kg.store import ladybug_cypher as C
from kg.store import ladybug_readers as readers
from kg.store.base import GraphStore
from kg.store.graph_rows import graph_diff
from kg.store.ladybug_rows import chunks, message, node_groups, props_of, rel_groups, fetch_rows

if TYPE_CHECKING:  # scipy is imported only by a write or a path query (kg.store.ladybug_paths)
    from kg.store.ladybug_paths import PathIndex

__all__ = ["LadybugStore", "DB_FILE", "LEGACY_FILE", "BATCH_SIZE"]

DB_FILE = "graph.lbug"
LEGACY_FILE = "graph.json"  # the JSON store of kg <= 0.x; `kg migrate` converts it
RECORDS_PER_TRANSACTION = 2000  # records (~6 KB of JSON each) a transaction
BATCH_SIZE = 1000  # 10k papers: 500 rows 1.5 GB peak, 2,000 1.7 GB, 20,000 2.3 GB; 1,000-2,000 the fastest
_RESERVED_TYPE = re.compile(r"(\[\s*\w*\s*:\s*|\|\s*:?\s*)(ON|OF)\b(?=\s*[\]|*{])")


def _columns(conn, label: str) -> set[str]:
    """The columns a node table has (``label`` comes from the schema)."""
    return {row["name"] for row in fetch_rows(conn, f"CALL table_info('{load_schema().check_label(label)}') RETURN name")}


class LadybugStore(GraphStore):
    """A folder holding a LadybugDB database (``graph.lbug``) with the graph and its records.

    ``must_exist``: reading commands open a store that has to be there already; a path
    that names no store is an error, not an empty graph."""

    def __init__(self, directory: str | Path = "kg-data", must_exist: bool = False, legacy_ok: bool = False):
        self.directory = Path(directory)
        self.path = self.directory / DB_FILE
        if not legacy_ok and (self.directory / LEGACY_FILE).is_file() and not self.path.exists():
            raise StoreError(f"{self.directory}: a store in the JSON format of an older kg ({LEGACY_FILE}); "
                             f"convert it once with `kg migrate {self.directory}`")
        if must_exist and not self.path.exists():
            what = "no such folder" if not self.directory.exists() else f"no {DB_FILE} in it"
            raise StoreError(f"{self.directory}: not a kg store ({what}); build one with "
                             f"`kg build INPUT --store {self.directory}`")
        self._conn = None
        self._paths: tuple[str | None, PathIndex | None] | None = None

    def __repr__(self) -> str:
        return f"LadybugStore({str(self.directory)!r})"

    def exists(self) -> bool:
        return self.path.exists()

    # -- the database ------------------------------------------------------------------
    @contextmanager
    def _connection(self, write: bool = False) -> Iterator:
        """An open connection (None for a store never written, when reading): this process's
        shared read-only one (``kg.store.ladybug_readers``), or a read-write one under the
        exclusive ``.db.lock``; the one already open inside a write is reused."""
        if self._conn is not None:
            yield self._conn
            return
        if not write:
            if not self.path.exists():
                yield None
                return
            with readers.reading(self.path, lambda lock: self._open(lock, write=False)) as conn:
                yield conn
            return
        import ladybug

        self.directory.mkdir(parents=True, exist_ok=True)
        readers.let_go(self.path)
        with open(self.directory / ".db.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            db = self._open(lock, write=True)
            try:
                self._conn = ladybug.Connection(db)
                self._ensure_schema(self._conn)
                yield self._conn
            finally:
                if self._conn is not None:
                    self._conn.close()
                self._conn = None
                db.close()

    def close(self) -> None:
        """Let go of this process's reader of the store (other store objects reopen it)."""
        readers.let_go(self.path)

    def _open(self, lock, write: bool):
        """The database, read-only unless ``write``. After a writer was killed, LadybugDB
        opens read-only only once a read-write open has replayed its log: so a reader that
        finds recovery pending takes the exclusive lock, opens read-write once, and goes on."""
        import ladybug
        try:
            return ladybug.Database(str(self.path), read_only=not write)
        except RuntimeError as exc:
            if write or "recovery" not in str(exc).lower():
                raise StoreError(f"{self.path}: cannot open the store ({message(exc)})") from None
        fcntl.flock(lock, fcntl.LOCK_EX)
        ladybug.Database(str(self.path)).close()
        fcntl.flock(lock, fcntl.LOCK_SH)
        return self._open(lock, write=False)

    @staticmethod
    def _ensure_schema(conn) -> None:
        """Tables (``IF NOT EXISTS``) and the Neo4j-function macros, once per database."""
        for statement in C.ddl():
            conn.execute(statement)
        for statement in C.missing_columns(lambda label: _columns(conn, label)):
            conn.execute(statement)  # a store written before a column joined the schema ("degree")
        macros = {row["name"].lower() for row in fetch_rows(conn, "CALL show_macros() RETURN name")}
        for name, body in C.MACROS.items():
            if name.lower() not in macros:
                conn.execute(f"CREATE MACRO {name}{body}")

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        """The ``.lock`` file's exclusive lock."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def write(self, graph: nx.MultiDiGraph, records: list[PaperRecord] | None = None, progress=None,
              per_row: bool = False) -> None:
        """Make the database hold exactly ``graph`` (and ``records``, when given). Records go
        first, in transactions of RECORDS_PER_TRANSACTION: they are what every graph is
        derived from, so a write stopped after them leaves the last graph beside more records,
        which the next build turns into the right graph (and does not extract again); holding
        them in the graph's transaction cost 0.45 GB more memory at 20,000 papers
        (docs/experiments.md). Then one transaction: records gone and the graph's difference.
        ``per_row``: one statement per row (the naive reference for benchmarks)."""
        set_degrees(graph)
        with self.writer(), self._connection(write=True) as conn:
            written = self._upsert_records(conn, records or [], per_row, progress)
            gone = [] if records is None else self._gone_records(conn, records)
            old = self.read_graph()
            token = uuid.uuid4().hex
            batches = [(C.DELETE_RECORDS, gone), *self._graph_batches(graph_diff(old, graph), old, graph)]
            self._transaction(conn, batches, per_row, progress, written, token)
            from kg.store.ladybug_paths import write_index
            write_index(self.directory, graph, token)

    can_append = True

    def append(self, added: nx.MultiDiGraph, records: list[PaperRecord], kept: bytes, progress=None) -> None:
        """Fold ``added`` (kg.graph.build.added_graph: new papers and the nodes they touch)
        into the stored graph and store ``records`` beside it, reading and writing only
        what it touches (kg.store.ladybug_append), in one opening of the database (each
        close checkpoints: 2 s for 2,000 records); the path index is extended to match."""
        from kg.store.ladybug_append import merged_part, stored_part, write_kept
        from kg.store.ladybug_paths import extend_index, write_index
        with self.writer(), self._connection(write=True) as conn:
            written = self._upsert_records(conn, records, False, progress)
            old = stored_part(conn, added, fetch_rows, props_of)
            new = merged_part(old, added)
            before, token = self._token(conn), uuid.uuid4().hex
            self._transaction(conn, list(self._graph_batches(graph_diff(old, new), old, new)), False, progress,
                              written, token)
            if not extend_index(self.directory, before, new, token):
                write_index(self.directory, self.read_graph(), token)
            write_kept(self.directory, token, kept)

    def keep_resolution(self, data: bytes) -> None:
        """Keep ``data`` (kg.resolve.incremental) with the graph the database holds now."""
        from kg.store.ladybug_append import write_kept
        with self.writer(), self._connection() as conn:  # reading the token: no write, no checkpoint
            token = None if conn is None else self._token(conn)
        if token is not None:
            write_kept(self.directory, token, data)

    def read_resolution(self) -> bytes | None:
        from kg.store.ladybug_append import read_kept
        with self._connection() as conn:
            token = None if conn is None else self._token(conn)
            papers = C.render(C.COUNT_LABEL, label="Paper")
            if token is None or fetch_rows(conn, C.COUNT_RECORDS)[0]["n"] != fetch_rows(conn, papers)[0]["n"]:
                return None  # records kept ahead of a graph that never came: derive in full
        return read_kept(self.directory, token)

    def paper_titles(self) -> dict[str, str]:
        """Stored paper id -> title (what an add checks new papers against)."""
        with self._connection() as conn:
            return {} if conn is None else {row["id"]: row["title"] or "" for row in fetch_rows(conn, C.READ_PAPER_TITLES)}

    def paper_texts(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """Stored paper id -> (title, abstract), for ``ids``."""
        if not ids:
            return {}
        with self._connection() as conn:
            found = [] if conn is None else fetch_rows(conn, C.READ_PAPER_TEXTS, {"keys": [f"Paper:{i}" for i in ids]})
        return {row["id"]: (row["title"] or "", row["abstract"] or "") for row in found}

    @staticmethod
    def _token(conn) -> str | None:
        """The graph's token (kg.store.ladybug_paths), None for a store written before it."""
        try:
            rows = fetch_rows(conn, C.READ_GRAPH_TOKEN)
        except RuntimeError:  # a store written before the token
            return None
        return rows[0]["token"] if rows else None

    def keep_records(self, records: list[PaperRecord]) -> None:
        """Upsert ``records`` (new or changed) in their own transactions, the graph as it is."""
        with self.writer(), self._connection(write=True) as conn:
            self._upsert_records(conn, records, False, None)

    def _upsert_records(self, conn, records: list[PaperRecord], per_row: bool, progress) -> int:
        """Records new or changed, RECORDS_PER_TRANSACTION at a time: each group compared with
        its stored text and written in its own transaction, so a build never holds every
        record's text at once (20k papers: 0.15 GB); the number of rows written."""
        written = 0
        for group in chunks(sorted(records, key=lambda r: r.id), RECORDS_PER_TRANSACTION):
            stored = {row["id"]: row["json"] for row in fetch_rows(conn, C.READ_SOME_RECORDS, {"ids": [r.id for r in group]})}
            texts = ((r.id, json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True)) for r in group)
            changed = [{"id": pid, "json": text} for pid, text in texts if stored.get(pid) != text]
            if changed:
                written += self._transaction(conn, [(C.UPSERT_RECORDS, changed)], per_row, progress, written)
        return written

    @staticmethod
    def _gone_records(conn, records: list[PaperRecord]) -> list[dict]:
        """Rows of the stored records not among ``records``."""
        keep = {r.id for r in records}
        return [{"id": row["id"]} for row in fetch_rows(conn, C.READ_RECORD_IDS) if row["id"] not in keep]

    @staticmethod
    def _transaction(conn, batches, per_row: bool, progress, written: int, token: str | None = None) -> int:
        """Run ``(query, rows)`` batches, BATCH_SIZE rows a statement, as one transaction
        (setting the graph's ``token`` when given); the number of rows written."""
        start = written
        conn.execute("BEGIN TRANSACTION")
        try:
            if token is not None:
                conn.execute(C.SET_GRAPH_TOKEN, {"token": token})
            for query, rows in batches:
                for chunk in ([[row] for row in rows] if per_row else chunks(rows, BATCH_SIZE)):
                    conn.execute(query, {"rows": chunk})
                    written += len(chunk)
                    if progress:
                        progress(written)
            conn.execute("COMMIT")
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except RuntimeError:  # LadybugDB rolled back by itself after a failed statement
                pass
            raise
        return written - start

    @staticmethod
    def _graph_batches(diff: dict, old: nx.MultiDiGraph, new: nx.MultiDiGraph):
        """(query, rows): relationships to delete (gone or changed), nodes to delete, nodes to
        create or update, relationships to create."""
        redo = [e for e in diff["write_edges"] if old.has_edge(*e)]
        for (rel_type, start, end), rows in rel_groups(old, diff["delete_edges"] + redo, keys_only=True):
            yield C.render(C.DELETE_RELS, type=rel_type, start=start, end=end), rows
        for label, rows in node_groups(old, diff["delete_nodes"], keys_only=True):
            yield C.render(C.DELETE_NODES, label=label), rows
        for label, rows in node_groups(new, [n for n in diff["write_nodes"] if n in old]):
            yield C.render(C.UPDATE_NODES, C.node_columns(label), label=label), rows
        for label, rows in node_groups(new, [n for n in diff["write_nodes"] if n not in old]):
            yield C.render(C.CREATE_NODES, C.node_columns(label), label=label), rows
        for (rel_type, start, end), rows in rel_groups(new, diff["write_edges"]):
            yield C.render(C.CREATE_RELS, C.REL_COLUMNS, type=rel_type, start=start, end=end), rows

    def clear(self) -> None:
        self.write(new_graph(), [])

    # -- reading -----------------------------------------------------------------------
    def read_records(self) -> list[PaperRecord]:
        with self._connection() as conn:
            rows = [] if conn is None else fetch_rows(conn, C.READ_RECORDS)
        return [PaperRecord.from_dict(json.loads(row["json"])) for row in rows]

    def read_graph(self) -> nx.MultiDiGraph:
        """The whole graph in ``kg.graph.model`` conventions, in canonical order."""
        graph, schema = new_graph(), load_schema()
        with self._connection() as conn:
            if conn is None:
                return graph
            for label in schema.labels:
                for row in fetch_rows(conn, C.render(C.READ_NODES, C.node_columns(label), label=label)):
                    props = props_of(row)
                    graph.add_node(props["key"], label=label, **props)
            for rel_type in schema.rel_types:
                for row in fetch_rows(conn, C.render(C.READ_RELS, C.REL_COLUMNS, type=rel_type)):
                    start, end = row.pop("_src"), row.pop("_dst")
                    attrs = {"papers": [], "evidence": [], "count": 0, **props_of(row), "type": rel_type}
                    graph.add_edge(start, end, key=rel_type, **attrs)
        return sorted_graph(graph)

    def stats(self) -> dict:
        schema = load_schema()
        with self._connection() as conn:
            if conn is None:
                return {"papers": 0, "nodes": {}, "relationships": {}}
            nodes = {label: fetch_rows(conn, C.render(C.COUNT_LABEL, label=label))[0]["n"] for label in schema.labels}
            rels = {t: fetch_rows(conn, C.render(C.COUNT_REL, type=t))[0]["n"] for t in schema.rel_types}
        return {"papers": nodes.get("Paper", 0), "nodes": {k: v for k, v in sorted(nodes.items()) if v},
                "relationships": {k: v for k, v in sorted(rels.items()) if v}}

    # -- queries -----------------------------------------------------------------------
    def run_named(self, name: str, params: dict) -> list[dict]:
        """Rows of the named query (``kg/queries/cypher``, LadybugDB's variant where there is one)."""
        from kg.queries.named import bind
        if name == "path":
            index = self._path_index()
            if index is not None:
                row = index.shortest_path(params["source"], params["target"])
                return [row] if row else []
        return self._query(*bind(name, "ladybug", params))

    def _path_index(self) -> PathIndex | None:
        """The store's path index when it was made from the graph the database holds now
        (kg.store.ladybug_paths), loaded once per token."""
        with self._connection() as conn:
            token = None if conn is None else self._token(conn)
        if self._paths is None or self._paths[0] != token:
            from kg.store.ladybug_paths import PathIndex
            self._paths = (token, PathIndex.load(self.directory, token))
        return self._paths[1]

    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        """Rows of a raw query; read-only unless ``write`` (then under the writer lock). The
        schema's relationship types that are reserved words in LadybugDB (``ON``, ``OF``) are
        backticked where they stand as a type (``[:ON]``, ``[r:OF|ON]``), as people type them."""
        query = _RESERVED_TYPE.sub(lambda m: f"{m.group(1)}`{m.group(2)}`", query)
        if not write:
            return self._query(query, params, raw=True)
        with self.writer(), self._connection(write=True) as conn:
            rows = self._run(conn, query, params, raw=True)
            conn.execute(C.SET_GRAPH_TOKEN, {"token": uuid.uuid4().hex})  # the path index may be stale now
            return rows

    def _query(self, query: str, params: dict | None, raw: bool = False) -> list[dict]:
        with self._connection() as conn:
            if conn is None:  # a store never written still answers, from the schema's empty tables
                with self._empty_database() as empty:
                    return self._run(empty, query, params, raw)
            try:
                return self._run(conn, query, params, raw)
            except QueryError:
                if C.missing_columns(lambda label: _columns(conn, label)):
                    raise StoreError(f"{self.directory}: written by an older kg (columns missing); "
                                     f"run `kg migrate {self.directory}` once, or build into it") from None
                raise

    def upgrade(self, progress=None) -> bool:
        """Add the columns today's schema has and this older store lacks, then write its own
        graph and records again so they are filled (``degree``); False when up to date."""
        if not self.missing_columns():
            return False
        with self.writer(), self._connection(write=True):  # opening it to write adds the columns
            self.write(self.read_graph(), self.read_records(), progress=progress)
        return True

    def missing_columns(self) -> list[str]:
        """The DDL an older store needs to hold today's schema (empty: up to date)."""
        with self._connection() as conn:
            return [] if conn is None else C.missing_columns(lambda label: _columns(conn, label))

    @contextmanager
    def _empty_database(self):
        import ladybug
        db = ladybug.Database(None)
        conn = ladybug.Connection(db)
        try:
            self._ensure_schema(conn)
            yield conn
        finally:
            conn.close()
            db.close()

    @staticmethod
    def _run(conn, query: str, params: dict | None, raw: bool = False) -> list[dict]:
        try:
            rows = fetch_rows(conn, query, dict(params or {}))
        except RuntimeError as exc:
            said = message(exc)
            if "read-only" in said.lower() or "read only" in said.lower():
                raise QueryError("this query writes to the database; run it with --write") from None
            raise QueryError(f"Cypher failed on the embedded store (LadybugDB): {said}") from None
        if not raw:
            return rows
        names = {k: _column(k, query) for k in (rows[0] if rows else {})}
        return [{names[k]: _plain(v) for k, v in row.items()} for row in rows]


def _column(name: str, query: str) -> str:
    """Neo4j names an unaliased column by the text typed (``COUNT(p)``); LadybugDB by its
    own rendering (``COUNT(p._ID)``, ``COUNT_STAR()``): give back the typed text."""
    found = re.fullmatch(r"(\w+)\((\w+)\._ID\)", name) or re.fullmatch(r"(COUNT)_STAR\(\)", name)
    if not found:
        return name
    inner = re.escape(found.group(2)) if found.lastindex == 2 else r"\*"
    typed = re.search(rf"\b{found.group(1)}\s*\(\s*{inner}\s*\)", query, re.IGNORECASE)
    return typed.group(0) if typed else name


def _plain(value):
    """A value as Neo4j's driver's ``record.data()`` gives it: a node or relationship as its
    properties (``_extra`` folded in), a path as its nodes and relationships, lists inside out."""
    if isinstance(value, dict):
        if "_LABEL" in value and "_ID" in value:
            if "_NODES" in value or "_nodes" in value:
                return [_plain(v) for v in value.get("_NODES", value.get("_nodes", []))]
            return {k: _plain(v) for k, v in props_of({k: v for k, v in value.items() if not k.startswith("_")
                                                       or k == C.EXTRA}).items()}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
