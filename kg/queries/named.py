"""The named queries: parameterised ``.cypher`` files shipped in ``kg/queries/cypher``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

__all__ = ["QUERY_DIR", "query_names", "load_query"]

QUERY_DIR = Path(__file__).resolve().parent / "cypher"


def query_names() -> list[str]:
    return sorted(path.stem for path in QUERY_DIR.glob("*.cypher"))


@lru_cache(maxsize=None)
def load_query(name: str) -> str:
    """The text of a named query; names are checked against the files, never interpolated."""
    if name not in query_names():
        raise QueryError(f"no named query {name!r}; known: {', '.join(query_names())}")
    return (QUERY_DIR / f"{name}.cypher").read_text(encoding="utf-8")
