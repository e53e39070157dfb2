"""The Neo4j backend of :class:`~kg.store.base.GraphStore`, over Bolt with the official driver.

Writes merge a networkx graph (``kg.graph.model`` conventions) into Neo4j with the same rules
as the embedded store, so loading the same graph twice changes nothing and a load killed
halfway can simply be run again. How:

* uniqueness constraints and indexes derived from ``schemas/graph.json`` are created (``IF NOT
  EXISTS``) before the first write;
* nodes first, then relationships, each as parameterised ``UNWIND $rows AS row MERGE ...``
  batches, one explicit transaction per batch, grouped per label and per (type, start label,
  end label). Every batch is a union, so replaying any prefix of the load is harmless;
* labels and relationship types come only from the schema whitelist (see ``neo4j_cypher``);
  data only ever travels as parameters.

Every node carries the lookup label ``KgNode`` (unique ``key`` = the networkx node id) and
entity nodes also ``Entity``; neither is counted in :meth:`Neo4jStore.stats`.
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
from kg.graph.model import LIST_PROPS, MAX_EVIDENCE, new_graph
from kg.schema import load_schema
from kg.store import neo4j_cypher as C
from kg.store.base import GraphStore

__all__ = ["Neo4jStore", "DEFAULT_BATCH_SIZE", "SCHEMES", "node_rows", "rel_rows", "QUERY_DIR"]

DEFAULT_BATCH_SIZE = 5000  # scripts/bench_neo4j.py: 1,000-10,000 rows perform alike; fewer commits
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
QUERY_DIR = Path(__file__).resolve().parent.parent / "queries" / "cypher"
_EDGE_FIXED = ("type", "papers", "evidence", "count")

NodeGroup = tuple[str, ...]             # the node's labels (schema label [+ Entity])
RelGroup = tuple[str, str, str]         # (type, start label, end label)


# -- rows from a networkx graph ---------------------------------------------------------------

def _value(value):
    """A Neo4j property value: primitives and homogeneous lists as they are, the rest as JSON."""
    if isinstance(value, bool) or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return value if -2**63 <= value < 2**63 else str(value)
    if isinstance(value, (list, tuple)):
        kinds = {type(v) for v in value}
        if not value or (len(kinds) == 1 and kinds <= {str, int, float, bool}):
            return list(value)
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def node_rows(graph: nx.MultiDiGraph) -> dict[NodeGroup, list[dict]]:
    """Node rows ``{key, props, lists}`` grouped by labels, ready for ``MERGE_NODES``."""
    schema, entity = load_schema(), C.lookup_labels()["entity"]
    groups: dict[NodeGroup, list[dict]] = defaultdict(list)
    for nid, attrs in graph.nodes(data=True):
        label = schema.check_label(attrs.get("label", ""))
        labels = (label, entity) if label in schema.entity_labels else (label,)
        props, lists = {}, {}
        for name, value in attrs.items():
            if name in ("label", "key") or value is None:
                continue
            if name in LIST_PROPS:
                lists[name] = sorted(set(value))
            else:
                props[name] = _value(value)
        groups[labels].append({"key": str(attrs.get("key") or nid), "props": props, "lists": lists})
    return dict(sorted(groups.items()))


def _evidence(sentences) -> list[str]:
    """Non-empty, distinct, first seen first, at most MAX_EVIDENCE (what merge_edge keeps)."""
    kept: list[str] = []
    for sentence in sentences or ():
        if sentence and sentence not in kept and len(kept) < MAX_EVIDENCE:
            kept.append(sentence)
    return kept


def rel_rows(graph: nx.MultiDiGraph) -> dict[RelGroup, list[dict]]:
    """Relationship rows ``{start, end, papers, evidence, props}`` grouped by (type, labels)."""
    schema = load_schema()
    ends = {nid: (attrs.get("label", ""), str(attrs.get("key") or nid)) for nid, attrs in graph.nodes(data=True)}
    groups: dict[RelGroup, list[dict]] = defaultdict(list)
    for u, v, attrs in graph.edges(data=True):
        (start_label, start), (end_label, end) = ends[u], ends[v]
        group = (attrs.get("type", ""), start_label, end_label)
        if group not in groups:
            schema.check_rel(*group)
        extra = attrs.keys() - _EDGE_FIXED
        props = {k: _value(attrs[k]) for k in extra if attrs[k] is not None} if extra else {}
        papers = attrs.get("papers") or ()
        groups[group].append({"start": start, "end": end, "evidence": _evidence(attrs.get("evidence")),
                              "papers": sorted(set(papers)) if len(papers) > 1 else list(papers),
                              "props": props})
    return dict(sorted(groups.items()))


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
        schema, lookup = load_schema(), C.lookup_labels()
        todo = [C.render(C.CREATE_CONSTRAINT, name=f"kg_{lookup['all'].lower()}_key",
                         label=lookup["all"], prop="key")]
        for label, spec in schema.nodes.items():
            todo.append(C.render(C.CREATE_CONSTRAINT, name=f"kg_{label.lower()}_{spec['key']}",
                                 label=label, prop=spec["key"]))
            todo += [C.render(C.CREATE_INDEX, name=f"kg_{label.lower()}_{prop}_idx", label=label, prop=prop)
                     for prop in spec.get("indexes", ())]
        # Named queries look entities up as (:Entity {key}) and by name across labels.
        todo += [C.render(C.CREATE_INDEX, name=f"kg_{lookup['entity'].lower()}_{prop}_idx",
                          label=lookup["entity"], prop=prop) for prop in ("key", "name")]
        return todo

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
    def _batches(self, graph: nx.MultiDiGraph, per_row: bool) -> Iterator[tuple[str, list[dict]]]:
        lookup = C.lookup_labels()["all"]
        node_q = C.MERGE_NODE_ONE if per_row else C.MERGE_NODES
        rel_q = {(False, False): C.MERGE_RELS, (False, True): C.MERGE_RELS_WITH_PROPS,
                 (True, False): C.MERGE_REL_ONE, (True, True): C.MERGE_REL_ONE_WITH_PROPS}
        with _gc_paused():
            nodes = node_rows(graph)
        for labels, rows in nodes.items():
            query = C.render(node_q, lookup=lookup, labels=labels)
            yield from ((query, chunk) for chunk in _chunks(rows, self.batch_size))
        del nodes
        with _gc_paused():
            rels = rel_rows(graph)
        for (rel_type, start, end), rows in rels.items():
            template = rel_q[(per_row, any(row["props"] for row in rows))]
            query = C.render(template, lookup=lookup, type=rel_type, start=start, end=end)
            yield from ((query, chunk) for chunk in _chunks(rows, self.batch_size))

    def merge_graph(self, graph: nx.MultiDiGraph, progress=None) -> None:
        """Merge ``graph`` in batches (nodes before relationships); see the module docstring."""
        self.ensure_schema()
        written = 0
        with self._errors(StoreError), _gc_paused(), self._session(write=True) as session:
            for query, chunk in self._batches(graph, per_row=False):
                session.execute_write(
                    lambda tx, q=query, rows=chunk: tx.run(q, rows=rows, max_evidence=MAX_EVIDENCE).consume())
                written += len(chunk)
                if progress:
                    progress(written)

    def merge_graph_per_row(self, graph: nx.MultiDiGraph, progress=None) -> None:
        """The naive reference loader: one MERGE statement per row, each its own auto-commit
        transaction. Same result as :meth:`merge_graph`, far slower; for the benchmark only."""
        self.ensure_schema()
        written = 0
        with self._errors(StoreError), self._session(write=True) as session:
            for query, chunk in self._batches(graph, per_row=True):
                for row in chunk:
                    session.run(query, row=row, max_evidence=MAX_EVIDENCE).consume()
                written += len(chunk)
                if progress:
                    progress(written)

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

    def entity_nodes(self):
        """Stored entities for resolution, reading only the Entity nodes (not the whole graph)."""
        from kg.graph.build import stored_entities

        graph = new_graph()
        query = C.render(C.READ_ENTITIES, entity=C.lookup_labels()["entity"])
        self._read(lambda tx: self._add_nodes(graph, tx.run(query)))
        return stored_entities(graph)

    def read_graph(self) -> nx.MultiDiGraph:
        """Rebuild the whole graph in ``kg.graph.model`` conventions (node id = ``key``)."""
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
        return graph

    def run_named(self, name: str, params: dict) -> list[dict]:
        """Rows of ``kg/queries/cypher/<name>.cypher`` run as is, in a read transaction."""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name or ""):
            raise QueryError(f"bad query name {name!r}")
        path = QUERY_DIR / f"{name}.cypher"
        if not path.is_file():
            known = ", ".join(sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))) or "none"
            raise QueryError(f"no named query {name!r} (known: {known})")
        return self.cypher(path.read_text(encoding="utf-8"), params)

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
