"""The named queries: parameterised ``.cypher`` files shipped in ``kg/queries/cypher``.

One file per query, run as it is by both stores; where their dialects truly differ (shortest
paths), a store's own variant sits in ``cypher/<store>/`` (``neo4j``, ``ladybug``) and wins.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

__all__ = ["QUERY_DIR", "DIALECTS", "query_names", "load_query"]

QUERY_DIR = Path(__file__).resolve().parent / "cypher"
DIALECTS = ("neo4j", "ladybug")


def query_names() -> list[str]:
    found = {path.stem for path in QUERY_DIR.glob("*.cypher")}
    found |= {path.stem for dialect in DIALECTS for path in (QUERY_DIR / dialect).glob("*.cypher")}
    return sorted(found)


@lru_cache(maxsize=None)
def load_query(name: str, dialect: str | None = None) -> str:
    """The text of a named query (``dialect``'s variant when it has one); names are checked
    against the files, never interpolated."""
    if name not in query_names() or (dialect is not None and dialect not in DIALECTS):
        raise QueryError(f"no named query {name!r}; known: {', '.join(query_names())}")
    for path in ((QUERY_DIR / dialect / f"{name}.cypher") if dialect else None, QUERY_DIR / f"{name}.cypher"):
        if path is not None and path.is_file():
            return path.read_text(encoding="utf-8")
    raise QueryError(f"named query {name!r} has no variant for {dialect}")
