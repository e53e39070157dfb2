"""Every Cypher statement the Neo4j store sends, as named constants.

Why one file: reviewing what kg can do to a database means reading this page only. Data never
enters this text; it travels in ``$rows``/``$params``. The only blanks are ``<<name>>``
placeholders for identifiers (labels, relationship types, property names of
``schemas/graph.json``), which :func:`render` fills after checking each one against the schema
whitelist and quoting it with backticks.

Writes are exact, not merges: the store is made to hold a graph computed in Python (the merge
rules live once, in ``kg.graph.model``). A node row is ``{key, props}`` and ``SET n = row.props``
replaces every property; a relationship row is ``{start, end, props}`` likewise. Rows for what
is no longer in the graph are deleted by key.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterable

from kg.errors import SchemaError
from kg.schema import SCHEMA_DIR, load_schema

__all__ = [
    "CREATE_CONSTRAINT", "CREATE_INDEX", "CREATE_KEYWORD_FULLTEXT", "AWAIT_INDEXES", "PING", "TAKE_WRITER_LOCK",
    "UPSERT_NODES", "UPSERT_NODE_ONE", "UPSERT_RELS", "UPSERT_REL_ONE", "DELETE_NODES", "DELETE_RELS",
    "UPSERT_RECORDS", "DELETE_RECORDS", "READ_RECORDS", "COUNT_LABEL", "COUNT_REL", "READ_NODES",
    "READ_RELS", "DELETE_ALL_RELS", "DELETE_ALL_NODES", "render", "lookup_labels", "allowed_identifiers",
]

CREATE_CONSTRAINT = "CREATE CONSTRAINT <<name>> IF NOT EXISTS FOR (n:<<label>>) REQUIRE n.<<prop>> IS UNIQUE"
CREATE_INDEX = "CREATE INDEX <<name>> IF NOT EXISTS FOR (n:<<label>>) ON (n.<<prop>>)"
# One exact term per list element (keyword analyzer): find_by_alias looks a squashed name up in
# every node's match_keys without scanning the entities (Neo4j indexes no list membership else).
CREATE_KEYWORD_FULLTEXT = ("CREATE FULLTEXT INDEX <<name>> IF NOT EXISTS FOR (n:<<label>>) ON EACH [n.<<prop>>] "
                           "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}")
AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
PING = "RETURN 1 AS ok"

# Run first in a transaction that stays open while a build writes and is then rolled back:
# the uniqueness constraint on the lock node's name makes a second writer's MERGE wait until
# then, and the server rolls the transaction back by itself if the writer dies.
TAKE_WRITER_LOCK = "MERGE (l:<<lock>> {name: 'writer'}) SET l.taken = timestamp()"

UPSERT_NODES = """
UNWIND $rows AS row
MERGE (n:<<lookup>> {key: row.key})
SET n = row.props
SET n<<labels>>
"""

# The per-row reference the benchmark compares against: the same write, one row per statement.
UPSERT_NODE_ONE = """
WITH $row AS row
MERGE (n:<<lookup>> {key: row.key})
SET n = row.props
SET n<<labels>>
"""

UPSERT_RELS = """
UNWIND $rows AS row
MATCH (a:<<lookup>>:<<start>> {key: row.start})
MATCH (b:<<lookup>>:<<end>> {key: row.end})
MERGE (a)-[r:<<type>>]->(b)
SET r = row.props
"""

UPSERT_REL_ONE = """
WITH $row AS row
MATCH (a:<<lookup>>:<<start>> {key: row.start})
MATCH (b:<<lookup>>:<<end>> {key: row.end})
MERGE (a)-[r:<<type>>]->(b)
SET r = row.props
"""

DELETE_NODES = """
UNWIND $rows AS row
MATCH (n:<<lookup>> {key: row.key})
DETACH DELETE n
"""

DELETE_RELS = """
UNWIND $rows AS row
MATCH (:<<lookup>> {key: row.start})-[r:<<type>>]->(:<<lookup>> {key: row.end})
DELETE r
"""

UPSERT_RECORDS = "UNWIND $rows AS row MERGE (r:<<record>> {id: row.id}) SET r.json = row.json"
DELETE_RECORDS = "UNWIND $rows AS row MATCH (r:<<record>> {id: row.id}) DELETE r"
READ_RECORDS = "MATCH (r:<<record>>) RETURN r.id AS id, r.json AS json ORDER BY id"

COUNT_LABEL = "MATCH (n:<<label>>) RETURN count(n) AS n"
COUNT_REL = "MATCH ()-[r:<<type>>]->() RETURN count(r) AS n"
READ_NODES = "MATCH (n:<<lookup>>) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.key"
READ_RELS = ("MATCH (a:<<lookup>>)-[r]->(b:<<lookup>>) "
             "RETURN a.key AS start, b.key AS end, type(r) AS type, properties(r) AS props "
             "ORDER BY start, end, type")
# Relationships first, in bounded transactions: a hub's DETACH DELETE would otherwise drop
# tens of thousands of relationships in one transaction and exceed the memory pool.
DELETE_ALL_RELS = "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS"
DELETE_ALL_NODES = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")


@lru_cache(maxsize=1)
def lookup_labels() -> dict[str, str]:
    """The extra labels of ``schemas/graph.json`` "lookup_labels": ``all`` (every graph node,
    unique ``key``), ``entity`` (Method/Model/Dataset/Metric/Task), ``record`` (the stored
    extraction records, outside the graph) and ``lock`` (the writer lock). Not counted in stats."""
    data = json.loads((SCHEMA_DIR / "graph.json").read_text(encoding="utf-8"))
    return {"all": "KgNode", "entity": "Entity", "record": "KgRecord", "lock": "KgLock",
            **data.get("lookup_labels", {})}


@lru_cache(maxsize=1)
def allowed_identifiers() -> frozenset[str]:
    """Labels, relationship types and property names of the schema, plus kg's lookup labels."""
    schema = load_schema()
    names = set(schema.labels) | set(schema.rel_types) | set(lookup_labels().values())
    for spec in schema.nodes.values():
        names.update(spec["properties"], spec.get("indexes", ()), [spec["key"]])
    names.update(("key", "id", "name"))
    return frozenset(names)


def _quote(value: str, *, whitelist: bool) -> str:
    if not _IDENT.match(value) or (whitelist and value not in allowed_identifiers()):
        raise SchemaError(f"{value!r} is not a schema identifier; refusing to put it in Cypher")
    return f"`{value}`"


def render(template: str, **idents: str | Iterable[str]) -> str:
    """Fill ``<<name>>`` blanks with checked, backticked identifiers.

    A sequence value becomes ``:`A`:`B``` (for ``<<labels>>``). ``name`` (a constraint or
    index name kg makes up) is only checked to be a plain identifier."""
    def fill(match: re.Match) -> str:
        field = match.group(1)
        if field not in idents:
            raise KeyError(f"no value for <<{field}>>")
        value = idents[field]
        if isinstance(value, str):
            return _quote(value, whitelist=field != "name")
        return "".join(":" + _quote(v, whitelist=True) for v in value)

    return _PLACEHOLDER.sub(fill, template)
