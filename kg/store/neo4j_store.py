"""The Neo4j backend of :class:`~kg.store.base.GraphStore`, over Bolt with the official driver.

A write makes the database hold exactly a graph computed in Python (``kg.graph.model``), so
both stores hold the same nodes, relationships and properties after any sequence of builds:

* uniqueness constraints and indexes derived from ``schemas/graph.json`` are created (``IF NOT
  EXISTS``) before the first write;
* the stored graph is read and compared with the new one; only the difference is sent:
  relationships and nodes that are gone are deleted, new or changed nodes and then
  relationships are written with ``SET n = row.props`` (every property replaced), each as
  parameterised ``UNWIND $rows AS row`` batches, one explicit transaction per batch. A write
  cut off halfway is completed by running it again;
* the extraction records a graph is derived from are ``KgRecord`` nodes outside the graph;
* one writer at a time: :meth:`Neo4jStore.writer` holds a transaction open on a ``KgLock``
  node, which a second writer waits for, and which the server releases if the writer dies;
* labels and relationship types come only from the schema whitelist (see ``neo4j_cypher``);
  data only ever travels as parameters.

Every graph node carries the lookup label ``KgNode`` (unique ``key`` = the networkx node id)
and entity nodes also ``Entity``; neither is counted in :meth:`Neo4jStore.stats`.
"""

from __future__ import annotations

import gc
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import networkx as nx
import neo4j
from neo4j import exceptions as nx4j

from kg.errors import Neo4jUnavailable, QueryError, StoreError
from kg.graph.model import new_graph, set_degrees, sorted_graph
from kg.schema import load_schema
from kg.store import neo4j_cypher as C
from kg.store.base import GraphStore
from kg.store.graph_rows import graph_diff, node_props as _node_props, rel_props as _rel_props

__all__ = ["Neo4jStore", "DEFAULT_BATCH_SIZE", "SCHEMES", "node_rows", "rel_rows", "record_json", "schema_statements",
           "graph_diff", "QUERY_DIR"]

DEFAULT_BATCH_SIZE = 5000  # scripts/bench_neo4j.py: 1,000-10,000 rows perform alike; fewer commits
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
QUERY_DIR = Path(__file__).resolve().parent.parent / "queries" / "cypher"

NodeGroup = tuple[str, ...]             # the node's labels (schema label [+ Entity])
RelGroup = tuple[str, str, str]         # (type, start label, end label)
RelId = tuple[str, str, str]            # (start key, end key, type)


# -- rows from a networkx graph ---------------------------------------------------------------

def _node_labels(attrs: dict) -> NodeGroup:
    schema = load_schema()
    label = schema.check_label(attrs.get("label", ""))
    return (label, C.lookup_labels()["entity"]) if label in schema.entity_labels else (label,)


def node_rows(graph: nx.MultiDiGraph, only=None) -> dict[NodeGroup, list[dict]]:
    """Node rows ``{key, props}`` grouped by labels, ready for ``UPSERT_NODES`` (``only``:
    the node ids to write, default all)."""
    groups: dict[NodeGroup, list[dict]] = defaultdict(list)
    for nid in (graph.nodes if only is None else only):
        attrs = graph.nodes[nid]
        props = _node_props(nid, attrs)
        groups[_node_labels(attrs)].append({"key": props["key"], "props": props})
    return dict(sorted(groups.items()))


def rel_rows(graph: nx.MultiDiGraph, only=None) -> dict[RelGroup, list[dict]]:
    """Relationship rows ``{start, end, props}`` grouped by (type, start label, end label)
    (``only``: the (start, end, type) triples to write, default all)."""
    schema = load_schema()
    groups: dict[RelGroup, list[dict]] = defaultdict(list)
    for u, v, rel_type in (graph.edges(keys=True) if only is None else only):
        attrs = graph.edges[u, v, rel_type]
        start, end = graph.nodes[u], graph.nodes[v]
        group = (attrs.get("type", rel_type), start.get("label", ""), end.get("label", ""))
        if group not in groups:
            schema.check_rel(*group)
        groups[group].append({"start": str(start.get("key") or u), "end": str(end.get("key") or v),
                              "props": _rel_props(attrs)})
    return dict(sorted(groups.items()))


def record_json(record) -> str:
    """The text a ``KgRecord`` node keeps of a record: written by the store and by the bulk
    import alike, so a build after an import finds every record unchanged."""
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)


def schema_statements() -> list[str]:
    """Constraint and index DDL derived from ``schemas/graph.json`` (all ``IF NOT EXISTS``): the
    store runs it before its first write, ``kg.store.neo4j_import`` after a bulk import."""
    schema, lookup = load_schema(), C.lookup_labels()
    todo = [C.render(C.CREATE_CONSTRAINT, name=f"kg_{lookup['all'].lower()}_key",
                     label=lookup["all"], prop="key")]
    for label, spec in schema.nodes.items():
        todo.append(C.render(C.CREATE_CONSTRAINT, name=f"kg_{label.lower()}_{spec['key']}",
                             label=label, prop=spec["key"]))
        todo += [C.render(C.CREATE_INDEX, name=f"kg_{label.lower()}_{prop}_idx", label=label, prop=prop)
                 for prop in spec.get("indexes", ())]
        if spec["key"] != "key":  # the named queries find every node by key under its own label
            todo.append(C.render(C.CREATE_INDEX, name=f"kg_{label.lower()}_key_idx", label=label, prop="key"))
    # Named queries look entities up as (:Entity {key}) and by name across labels, and read
    # the most connected entities of all labels from one degree index.
    todo += [C.render(C.CREATE_INDEX, name=f"kg_{lookup['entity'].lower()}_{prop}_idx",
                      label=lookup["entity"], prop=prop) for prop in ("key", "name", "degree")]
    todo.append(C.render(C.CREATE_KEYWORD_FULLTEXT, name=f"kg_{lookup['entity'].lower()}_match_keys_ft",
                         label=lookup["entity"], prop="match_keys"))
    # One record per paper id, and one writer lock node (the writer's MERGE waits on it).
    todo += [C.render(C.CREATE_CONSTRAINT, name=f"kg_{lookup[kind].lower()}_{prop}", label=lookup[kind], prop=prop)
             for kind, prop in (("record", "id"), ("lock", "name"))]
    return todo


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building millions of small row dicts next to a large graph triggers full collections
    over the whole graph again and again (4x the time of the build itself); they make no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _one_line(exc: BaseException, secret: str | None) -> str:
    """The gist of a driver error on one line: the OS reason when there is one."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    reason = re.search(r"\[Errno -?\d+\] ([^)\]]+)|\[(SSL\w*Error)\]", text)
    if reason:
        text = reason.group(1) or f"{reason.group(2)}: no TLS there?"
    if secret and len(secret) >= 4:  # shorter ones would mangle the text, not hide anything
        text = text.replace(secret, "***")
    return text if len(text) <= 240 else text[:237] + "..."


# -- the store --------------------------------------------------------------------------------

class Neo4jStore(GraphStore):
    """A graph in a Neo4j database, reached over Bolt (``bolt://``, ``neo4j://``, ``+s``, ``+ssc``)."""

    def __init__(self, uri: str, user: str = "neo4j", password: str | None = None,
                 database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE):
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in SCHEMES:
            raise Neo4jUnavailable(f"unsupported Neo4j URI {uri!r}; use one of {', '.join(s + '://' for s in SCHEMES)}")
        self.uri, self.user, self.database = uri, user, database
        self.batch_size = max(1, int(batch_size))
        self._secret = password
        self._schema_ready = False
        with self._errors():
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password or ""), connection_timeout=10.0,
                notifications_min_severity="OFF")
            self._driver.verify_connectivity()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, user={self.user!r}, database={self.database!r})"

    # -- plumbing ----------------------------------------------------------------------------
    @contextmanager
    def _errors(self, failure: type[StoreError] | type[QueryError] = QueryError) -> Iterator[None]:
        """Driver errors become kg's one-line errors (never with the password in them);
        errors the server reports about a statement become ``failure``."""
        try:
            yield
        except nx4j.AuthError:
            raise Neo4jUnavailable(f"Neo4j at {self.uri} refused the credentials of user {self.user!r}") from None
        except (nx4j.ServiceUnavailable, nx4j.SessionExpired, OSError) as exc:
            raise Neo4jUnavailable(f"Neo4j at {self.uri} is not reachable ({_one_line(exc, self._secret)})") from None
        except nx4j.ConfigurationError as exc:
            raise Neo4jUnavailable(f"cannot use Neo4j at {self.uri}: {_one_line(exc, self._secret)}") from None
        except nx4j.Neo4jError as exc:
            if exc.code == "Neo.ClientError.Statement.AccessMode":
                raise QueryError("this query writes to the database; run it with --write") from None
            message = (exc.message or str(exc)).splitlines()[0] if (exc.message or str(exc)) else exc.code
            raise failure(f"Neo4j: {message}") from None
        except nx4j.DriverError as exc:
            raise StoreError(f"Neo4j driver error: {_one_line(exc, self._secret)}") from None

    def _session(self, write: bool = False) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _read(self, work: Callable):
        with self._errors(), self._session() as session:
            return session.execute_read(work)

    # -- schema ------------------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        """Constraint and index DDL derived from ``schemas/graph.json`` (all ``IF NOT EXISTS``)."""
        return schema_statements()

    def ensure_schema(self) -> None:
        """Create the constraints and indexes once per store object, before any write."""
        if self._schema_ready:
            return
        with self._errors(StoreError), self._session(write=True) as session:
            for statement in self.schema_statements():
                session.run(statement).consume()
            session.run(C.AWAIT_INDEXES).consume()
        self._schema_ready = True

    # -- writes ------------------------------------------------------------------------------
    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        """A transaction held open on the ``KgLock`` node (see the module docstring)."""
        self.ensure_schema()
        with self._errors(StoreError):
            session = self._session(write=True)
            tx = session.begin_transaction()
            tx.run(C.render(C.TAKE_WRITER_LOCK, lock=C.lookup_labels()["lock"])).consume()
        try:
            yield
        finally:
            try:
                tx.rollback()
            finally:
                session.close()

    def _statements(self, diff: dict, new: nx.MultiDiGraph, old: nx.MultiDiGraph,
                    per_row: bool) -> Iterator[tuple[str, list[dict]]]:
        """(query, rows) batches: deletions first, then nodes before relationships."""
        lookup = C.lookup_labels()["all"]
        for (rel_type, _, _), rows in rel_rows(old, diff["delete_edges"]).items():
            yield from self._chunked(C.render(C.DELETE_RELS, lookup=lookup, type=rel_type), rows)
        rows = [{"key": str(old.nodes[n].get("key") or n)} for n in diff["delete_nodes"]]
        yield from self._chunked(C.render(C.DELETE_NODES, lookup=lookup), rows)
        nodes = node_rows(new, diff["write_nodes"])  # write() pauses the collector around all of this
        node_q = C.UPSERT_NODE_ONE if per_row else C.UPSERT_NODES
        for labels, rows in nodes.items():
            yield from self._chunked(C.render(node_q, lookup=lookup, labels=labels), rows)
        del nodes
        rels = rel_rows(new, diff["write_edges"])
        rel_q = C.UPSERT_REL_ONE if per_row else C.UPSERT_RELS
        for (rel_type, start, end), rows in rels.items():
            yield from self._chunked(C.render(rel_q, lookup=lookup, type=rel_type, start=start, end=end), rows)

    def _chunked(self, query: str, rows: list[dict]) -> Iterator[tuple[str, list[dict]]]:
        yield from ((query, chunk) for chunk in _chunks(rows, self.batch_size))

    def write(self, graph: nx.MultiDiGraph, records=None, progress=None, per_row: bool = False) -> None:
        """Make the database hold exactly ``graph`` (and ``records``, when given); see the
        module docstring. ``per_row`` sends one statement per row, each its own auto-commit
        transaction: the naive reference the benchmark compares the batches against."""
        set_degrees(graph)
        with self.writer(), self._errors(StoreError), _gc_paused(), self._session(write=True) as session:
            if records is not None:
                self._write_records(session, records)
            old = self.read_graph()
            written = 0
            for query, chunk in self._statements(graph_diff(old, graph), graph, old, per_row):
                if per_row:
                    for row in chunk:
                        session.run(query, row=row).consume()
                else:
                    session.execute_write(lambda tx, q=query, rows=chunk: tx.run(q, rows=rows).consume())
                written += len(chunk)
                if progress:
                    progress(written)

    def _write_records(self, session: neo4j.Session, records) -> None:
        label = C.lookup_labels()["record"]
        stored = {row["id"]: row["json"] for row in self._read_rows(C.render(C.READ_RECORDS, record=label))}
        rows = {r.id: record_json(r) for r in records}
        changed = [{"id": pid, "json": text} for pid, text in sorted(rows.items()) if stored.get(pid) != text]
        gone = [{"id": pid} for pid in sorted(stored.keys() - rows.keys())]
        for query, batch in ((C.DELETE_RECORDS, gone), (C.UPSERT_RECORDS, changed)):
            for chunk in _chunks(batch, self.batch_size):
                session.execute_write(lambda tx, q=C.render(query, record=label), r=chunk: tx.run(q, rows=r).consume())

    def read_records(self):
        from kg.records import PaperRecord
        rows = self._read_rows(C.render(C.READ_RECORDS, record=C.lookup_labels()["record"]))
        return [PaperRecord.from_dict(json.loads(row["json"])) for row in rows]

    def _read_rows(self, query: str) -> list[dict]:
        return self._read(lambda tx: [record.data() for record in tx.run(query)])

    def clear(self) -> None:
        """Delete every node and relationship (constraints and indexes stay)."""
        with self._errors(StoreError), self._session(write=True) as session:
            session.run(C.DELETE_ALL_RELS).consume()
            session.run(C.DELETE_ALL_NODES).consume()

    # -- reads -------------------------------------------------------------------------------
    def stats(self) -> dict:
        """Counts per schema label and relationship type (Neo4j's count store: O(1) each)."""
        schema = load_schema()

        def work(tx):
            nodes = {label: tx.run(C.render(C.COUNT_LABEL, label=label)).single()["n"]
                     for label in schema.labels}
            rels = {t: tx.run(C.render(C.COUNT_REL, type=t)).single()["n"] for t in schema.rel_types}
            return nodes, rels

        nodes, rels = self._read(work)
        return {"papers": nodes.get("Paper", 0),
                "nodes": {k: v for k, v in sorted(nodes.items()) if v},
                "relationships": {k: v for k, v in sorted(rels.items()) if v}}

    @staticmethod
    def _add_nodes(graph: nx.MultiDiGraph, records) -> None:
        schema = load_schema()
        for record in records:
            label = next((x for x in record["labels"] if x in schema.nodes), None)
            if label is not None:
                props = record["props"]
                graph.add_node(props["key"], label=label, **props)

    def read_graph(self) -> nx.MultiDiGraph:
        """Rebuild the whole graph in ``kg.graph.model`` conventions (node id = ``key``), in
        canonical order (``sorted_graph``)."""
        schema, lookup = load_schema(), C.lookup_labels()["all"]
        graph = new_graph()

        def work(tx):
            self._add_nodes(graph, tx.run(C.render(C.READ_NODES, lookup=lookup)))
            for record in tx.run(C.render(C.READ_RELS, lookup=lookup)):
                start, end, rel_type, props = record["start"], record["end"], record["type"], record["props"]
                if start in graph and end in graph and rel_type in schema.relationships:
                    attrs = {"papers": [], "evidence": [], "count": 0, **props, "type": rel_type}
                    graph.add_edge(start, end, key=rel_type, **attrs)

        self._read(work)
        return sorted_graph(graph)

    def run_named(self, name: str, params: dict) -> list[dict]:
        """Rows of the named query (``kg/queries/cypher``, Neo4j's variant where there is one),
        run as is in a read transaction."""
        from kg.queries.named import bind
        return self.cypher(*bind(name, "neo4j", params))

    def cypher(self, query: str, params: dict | None = None, write: bool = False) -> list[dict]:
        """Rows of a raw query: a read transaction, or with ``write`` an auto-commit one (so
        schema commands and ``CALL ... IN TRANSACTIONS`` work too)."""
        params = dict(params or {})
        if not write:
            return self._read(lambda tx: [record.data() for record in tx.run(query, params)])
        with self._errors(), self._session(write=True) as session:
            return [record.data() for record in session.run(query, params)]

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
