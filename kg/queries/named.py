"""The named queries: parameterised ``.cypher`` files shipped in ``kg/queries/cypher``.

One file per query, run as it is by both stores; where their dialects truly differ (shortest
paths), a store's own variant sits in ``cypher/<store>/`` (``neo4j``, ``ladybug``) and wins.

Cypher takes no label as a parameter, yet a match on one label is an index lookup where a
match on five is five scans on LadybugDB (75k papers: 0.3 ms against 17 ms). So a query may
write ``<<label in A|B|C>>`` where a label list goes: :func:`bind` puts the ``label``
parameter there when it is one of those (from the schema, never free text), all of them when
it is null.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

__all__ = ["QUERY_DIR", "DIALECTS", "query_names", "load_query", "bind"]

QUERY_DIR = Path(__file__).resolve().parent / "cypher"
DIALECTS = ("neo4j", "ladybug")
_LABEL_SLOT = re.compile(r"<<label in ([A-Za-z|]+)>>")


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


def bind(name: str, dialect: str, params: dict) -> tuple[str, dict]:
    """The query text to run and its parameters, the ``label`` slot filled (module docstring);
    ``label`` stays a parameter only where the text still reads ``$label``."""
    text = load_query(name, dialect)
    slot = _LABEL_SLOT.search(text)
    if slot is None:
        return text, params
    choices, label = slot.group(1).split("|"), params.get("label")
    if label is not None and label not in choices:
        raise QueryError(f"{name}: label {label!r} is not one of {', '.join(choices)}")
    text = _LABEL_SLOT.sub(label or slot.group(1), text)
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return text, params if "$label" in code else {k: v for k, v in params.items() if k != "label"}
