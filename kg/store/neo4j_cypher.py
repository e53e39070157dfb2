"""Every Cypher statement the Neo4j store sends, as named constants.

Why one file: reviewing what kg can do to a database means reading this page only. Data never
enters this text; it travels in ``$rows``/``$params``. The only blanks are ``<<name>>``
placeholders for identifiers (labels, relationship types, property names of
``schemas/graph.json``), which :func:`render` fills after checking each one against the schema
whitelist and quoting it with backticks.

Merge rules (the same as ``kg.graph.model``): a node row is ``{key, props, lists}``; a scalar in
``props`` is written only where the stored value is missing or empty; a list in ``lists`` is
unioned with the stored one and kept sorted. A relationship row is ``{start, end, papers,
evidence, props}``: papers are unioned (sorted), evidence sentences appended while fewer than
``$max_evidence`` and not already there, and ``count`` is the number of papers.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterable

from kg.errors import SchemaError
from kg.schema import SCHEMA_DIR, load_schema

__all__ = [
    "CREATE_CONSTRAINT", "CREATE_INDEX", "AWAIT_INDEXES", "PING",
    "MERGE_NODES", "MERGE_NODE_ONE", "MERGE_RELS", "MERGE_RELS_WITH_PROPS", "MERGE_REL_ONE",
    "MERGE_REL_ONE_WITH_PROPS", "COUNT_LABEL", "COUNT_REL", "READ_NODES", "READ_ENTITIES",
    "READ_RELS", "DELETE_ALL_RELS", "DELETE_ALL_NODES", "render", "lookup_labels",
    "allowed_identifiers",
]

CREATE_CONSTRAINT = "CREATE CONSTRAINT <<name>> IF NOT EXISTS FOR (n:<<label>>) REQUIRE n.<<prop>> IS UNIQUE"
CREATE_INDEX = "CREATE INDEX <<name>> IF NOT EXISTS FOR (n:<<label>>) ON (n.<<prop>>)"
AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
PING = "RETURN 1 AS ok"

# Shared tails: scalar "set if missing or empty", list "sorted union".
_NODE_SET = """
FOREACH (k IN keys(row.props) |
  SET n[k] = CASE WHEN n[k] IS NULL OR n[k] = '' THEN row.props[k] ELSE n[k] END)
FOREACH (k IN keys(row.lists) |
  SET n[k] = CASE
    WHEN n[k] IS NULL THEN row.lists[k]
    WHEN all(x IN row.lists[k] WHERE x IN n[k]) THEN n[k]
    ELSE COLLECT { UNWIND n[k] + row.lists[k] AS x WITH DISTINCT x RETURN x ORDER BY x }
  END)
"""

MERGE_NODES = """
UNWIND $rows AS row
MERGE (n:<<lookup>> {key: row.key})
SET n<<labels>>
""" + _NODE_SET

# The per-row reference the benchmark compares against: the same merge, one row per statement.
MERGE_NODE_ONE = """
WITH $row AS row
MERGE (n:<<lookup>> {key: row.key})
SET n<<labels>>
""" + _NODE_SET

_REL_SET = """
MERGE (a)-[r:<<type>>]->(b)
SET r.papers = CASE
      WHEN r.papers IS NULL THEN row.papers
      WHEN all(p IN row.papers WHERE p IN r.papers) THEN r.papers
      ELSE COLLECT { UNWIND r.papers + row.papers AS p WITH DISTINCT p RETURN p ORDER BY p }
    END,
    r.evidence = reduce(acc = coalesce(r.evidence, []), s IN row.evidence |
      CASE WHEN s IS NULL OR s = '' OR s IN acc OR size(acc) >= $max_evidence THEN acc ELSE acc + s END)
SET r.count = size(r.papers)
"""

# Only for groups whose rows carry extra properties: dynamic keys make the planner add an
# Eager step (it cannot tell which property is written), which costs on large batches.
_REL_PROPS = """
FOREACH (k IN keys(row.props) |
  SET r[k] = CASE WHEN r[k] IS NULL OR r[k] = '' THEN row.props[k] ELSE r[k] END)
"""

_REL_BATCH = """
UNWIND $rows AS row
MATCH (a:<<lookup>>:<<start>> {key: row.start})
MATCH (b:<<lookup>>:<<end>> {key: row.end})
"""

_REL_ONE = """
WITH $row AS row
MATCH (a:<<lookup>>:<<start>> {key: row.start})
MATCH (b:<<lookup>>:<<end>> {key: row.end})
"""

MERGE_RELS = _REL_BATCH + _REL_SET
MERGE_RELS_WITH_PROPS = MERGE_RELS + _REL_PROPS
MERGE_REL_ONE = _REL_ONE + _REL_SET
MERGE_REL_ONE_WITH_PROPS = MERGE_REL_ONE + _REL_PROPS

COUNT_LABEL = "MATCH (n:<<label>>) RETURN count(n) AS n"
COUNT_REL = "MATCH ()-[r:<<type>>]->() RETURN count(r) AS n"
READ_NODES = "MATCH (n:<<lookup>>) RETURN labels(n) AS labels, properties(n) AS props"
READ_ENTITIES = "MATCH (n:<<entity>>) RETURN labels(n) AS labels, properties(n) AS props"
READ_RELS = ("MATCH (a:<<lookup>>)-[r]->(b:<<lookup>>) "
             "RETURN a.key AS start, b.key AS end, type(r) AS type, properties(r) AS props")
# Relationships first, in bounded transactions: a hub's DETACH DELETE would otherwise drop
# tens of thousands of relationships in one transaction and exceed the memory pool.
DELETE_ALL_RELS = "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS"
DELETE_ALL_NODES = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")


@lru_cache(maxsize=1)
def lookup_labels() -> dict[str, str]:
    """The extra labels of ``schemas/graph.json`` "lookup_labels": ``all`` (every node, unique
    ``key``) and ``entity`` (Method/Model/Dataset/Metric/Task). Not counted in stats."""
    data = json.loads((SCHEMA_DIR / "graph.json").read_text(encoding="utf-8"))
    return {"all": "KgNode", "entity": "Entity", **data.get("lookup_labels", {})}


@lru_cache(maxsize=1)
def allowed_identifiers() -> frozenset[str]:
    """Labels, relationship types and property names of the schema, plus kg's lookup labels."""
    schema = load_schema()
    names = set(schema.labels) | set(schema.rel_types) | set(lookup_labels().values())
    for spec in schema.nodes.values():
        names.update(spec["properties"], spec.get("indexes", ()), [spec["key"]])
    names.add("key")
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
