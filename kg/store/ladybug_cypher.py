"""Every statement the LadybugDB store sends, as named constants, and its table layout.

Why one file: what kg can do to a database is read on this page. Data never enters this text;
it travels in ``$rows``. The only blanks are ``<<name>>`` placeholders for identifiers (labels,
relationship types and column names from ``schemas/graph.json``), filled by :func:`render`
after checking them against the schema, backticked.

LadybugDB (an MIT fork of Kùzu) is a typed property graph: one table per node label, one per
relationship type (listing its FROM/TO label pairs), columns declared up front. So every label
of the schema is a node table with ``key`` as primary key, ``name`` and the label's properties
as typed columns, plus ``_extra``: a JSON object for any property that is not a column or whose
value does not fit the column's type (a graph made elsewhere), so a graph reads back exactly.
The extraction records are ``KgRecord(id, json)`` rows outside the graph.

The macros give LadybugDB the Neo4j functions it lacks (``type``, ``head``, ``split``,
``startNode``, ``endNode``, ``toString``...), so one set of named ``.cypher`` files runs on
both stores and people's Cypher from Neo4j habits runs on the embedded store too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import SchemaError
from kg.graph.model import LIST_PROPS
from kg.schema import load_schema

__all__ = ["RECORD", "EXTRA", "MACROS", "REL_COLUMNS", "node_columns", "ddl", "render",
           "CREATE_NODES", "UPDATE_NODES", "DELETE_NODES", "CREATE_RELS", "DELETE_RELS", "READ_NODES",
           "READ_RELS", "COUNT_LABEL", "COUNT_REL", "UPSERT_RECORDS", "DELETE_RECORDS", "READ_RECORDS",
           "READ_SOME_RECORDS", "READ_RECORD_IDS", "META", "SET_GRAPH_TOKEN", "READ_GRAPH_TOKEN",
           "READ_SOME_NODES", "READ_SOME_RELS", "READ_PAPER_TITLES", "READ_PAPER_TEXTS", "COUNT_RECORDS"]

RECORD = "KgRecord"
META = "KgMeta"
EXTRA = "_extra"
_TYPES = {"year": "INT64", "value": "DOUBLE", "higher_is_better": "BOOLEAN", "count": "INT64", "degree": "INT64"}
REL_COLUMNS = {"papers": "STRING[]", "evidence": "STRING[]", "count": "INT64", EXTRA: "STRING"}

MACROS = {
    "type": "(r) AS label(r)",
    # list_any_value (the first non-null element), not CASE: LadybugDB 0.22 cannot read a
    # macro with CASE back from its catalog (the database no longer opens).
    "head": "(l) AS list_any_value(l)",
    "last": "(l) AS list_any_value(list_reverse(l))",
    "split": "(s, d) AS string_split(s, d)",
    "startNode": "(r) AS start_node(r)",
    "endNode": "(r) AS end_node(r)",
    "toString": "(x) AS cast(x, 'STRING')",
    "toInteger": "(x) AS cast(x, 'INT64')",
    "toFloat": "(x) AS cast(x, 'DOUBLE')",
    "toUpper": "(s) AS upper(s)",
}

CREATE_NODES = "UNWIND $rows AS row CREATE (n:<<label>> {<<props>>})"
UPDATE_NODES = "UNWIND $rows AS row MATCH (n:<<label>> {key: row.key}) SET <<sets>>"
DELETE_NODES = "UNWIND $rows AS row MATCH (n:<<label>> {key: row.key}) DETACH DELETE n"
# Two MATCH clauses, not one with a comma: LadybugDB plans the comma as a cross product
# (5,000 rows: 1.8 s against 0.28 s).
CREATE_RELS = ("UNWIND $rows AS row MATCH (a:<<start>> {key: row.src}) MATCH (b:<<end>> {key: row.dst}) "
               "CREATE (a)-[r:<<type>> {<<props>>}]->(b)")
DELETE_RELS = ("UNWIND $rows AS row MATCH (a:<<start>> {key: row.src})-[r:<<type>>]->(b:<<end>> {key: row.dst}) "
               "DELETE r")
READ_NODES = "MATCH (n:<<label>>) RETURN <<columns>> ORDER BY n.key"
READ_RELS = "MATCH (a)-[r:<<type>>]->(b) RETURN a.key AS _src, b.key AS _dst, <<columns>>"
# an add of papers (kg.store.ladybug_append) reads only the nodes and relationships it merges into
READ_SOME_NODES = "UNWIND $keys AS k MATCH (n:<<label>> {key: k}) RETURN <<columns>>"
READ_SOME_RELS = ("UNWIND $rows AS row MATCH (a:<<start>> {key: row.src})-[r:<<type>>]->(b:<<end>> {key: row.dst}) "
                  "RETURN a.key AS _src, b.key AS _dst, <<columns>>")
READ_PAPER_TITLES = "MATCH (p:Paper) RETURN p.id AS id, p.title AS title"
READ_PAPER_TEXTS = "UNWIND $keys AS k MATCH (p:Paper {key: k}) RETURN p.id AS id, p.title AS title, p.abstract AS abstract"
COUNT_RECORDS = "MATCH (r:KgRecord) RETURN count(*) AS n"
COUNT_LABEL = "MATCH (n:<<label>>) RETURN count(*) AS n"
COUNT_REL = "MATCH ()-[r:<<type>>]->() RETURN count(*) AS n"
UPSERT_RECORDS = "UNWIND $rows AS row MERGE (r:KgRecord {id: row.id}) SET r.json = row.json"
DELETE_RECORDS = "UNWIND $rows AS row MATCH (r:KgRecord {id: row.id}) DELETE r"
READ_RECORDS = "MATCH (r:KgRecord) RETURN r.id AS id, r.json AS json ORDER BY id"
READ_SOME_RECORDS = "UNWIND $ids AS id MATCH (r:KgRecord {id: id}) RETURN r.id AS id, r.json AS json"
READ_RECORD_IDS = "MATCH (r:KgRecord) RETURN r.id AS id ORDER BY id"
# A token that changes with every write of the graph: what the store's path index
# (kg.store.ladybug_paths) was made from, so a stale index is never used.
SET_GRAPH_TOKEN = "MERGE (m:KgMeta {name: 'graph'}) SET m.token = $token"
READ_GRAPH_TOKEN = "MATCH (m:KgMeta {name: 'graph'}) RETURN m.token AS token"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")


@lru_cache(maxsize=None)
def node_columns(label: str) -> dict[str, str]:
    """``{column: type}`` of a label's node table, ``key`` (the primary key) first."""
    spec = load_schema().nodes[load_schema().check_label(label)]
    names = ["key", "name", *spec["properties"]]
    columns = {name: ("STRING[]" if name in LIST_PROPS else _TYPES.get(name, "STRING")) for name in names}
    return {**columns, EXTRA: "STRING"}


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise SchemaError(f"{name!r} is not an identifier; refusing to put it in Cypher")
    return f"`{name}`"


def _checked(field: str, value: str) -> str:
    schema = load_schema()
    if field in ("label", "start", "end"):
        return _ident(schema.check_label(value))
    if field == "type":
        return _ident(schema.check_rel(value))
    raise KeyError(field)


def render(template: str, columns=(), **idents: str) -> str:
    """Fill ``<<label>>``, ``<<start>>``, ``<<end>>``, ``<<type>>`` with schema identifiers and
    ``<<props>>`` (``col: row.col``), ``<<sets>>`` (``n.col = row.col``) and ``<<columns>>``
    (``n.col AS col``, or ``r.col`` for relationships) from ``columns``."""
    var = "r" if "type" in idents else "n"
    types = dict(columns) if isinstance(columns, dict) else {}
    cols = [_ident(c) for c in columns]

    def value(name: str, column: str) -> str:
        # cast: a batch whose rows all hold null in a column gets a parameter of no type
        # (LadybugDB then guesses STRING), which an INT64 or list column refuses
        kind = types.get(name, "STRING")
        return f"row.{column}" if kind == "STRING" else f"cast(row.{column}, '{kind}')"

    lists = {"props": ", ".join(f"{c}: {value(n, c)}" for n, c in zip(columns, cols)),
             "sets": ", ".join(f"n.{c} = {value(n, c)}" for n, c in zip(columns, cols) if c != "`key`"),
             "columns": ", ".join(f"{var}.{c} AS {c}" for c in cols)}

    def fill(match: re.Match) -> str:
        field = match.group(1)
        return lists[field] if field in lists else _checked(field, idents[field])

    return _PLACEHOLDER.sub(fill, template)


def missing_columns(columns_of) -> list[str]:
    """``ALTER TABLE ... ADD`` for each schema column a node table lacks (``columns_of(label)``:
    the names it has): ``CREATE ... IF NOT EXISTS`` leaves an older table as it was. The
    values stay null until the next build writes them."""
    todo = []
    for label in load_schema().labels:
        have = columns_of(label)
        todo += [f"ALTER TABLE {_ident(label)} ADD {_ident(c)} {t}" for c, t in node_columns(label).items() if c not in have]
    return todo


def ddl() -> list[str]:
    """Tables from ``schemas/graph.json`` (``IF NOT EXISTS``), then the records' and the
    store's own (``KgMeta``: the graph's token) tables."""
    schema = load_schema()
    todo = []
    for label in schema.labels:
        cols = ", ".join(f"{_ident(c)} {t}" for c, t in node_columns(label).items())
        todo.append(f"CREATE NODE TABLE IF NOT EXISTS {_ident(label)}({cols}, PRIMARY KEY (`key`))")
    rel_cols = ", ".join(f"{_ident(c)} {t}" for c, t in REL_COLUMNS.items())
    for rel_type, spec in schema.relationships.items():
        pairs = ", ".join(f"FROM {_ident(a)} TO {_ident(b)}" for a in spec["from"] for b in spec["to"])
        todo.append(f"CREATE REL TABLE IF NOT EXISTS {_ident(rel_type)}({pairs}, {rel_cols})")
    todo.append(f"CREATE NODE TABLE IF NOT EXISTS {RECORD}(id STRING, json STRING, PRIMARY KEY (id))")
    todo.append(f"CREATE NODE TABLE IF NOT EXISTS {META}(name STRING, token STRING, PRIMARY KEY (name))")
    return todo
