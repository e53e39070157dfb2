"""kg: a knowledge-graph builder for research literature.

The Python API mirrors the CLI (see :mod:`kg.api`)::

    import kg
    with kg.open_store("kg-data") as store:
        kg.build(["samples/papers.jsonl"], store=store)
        card = kg.entity_card(store, "BERT")

The names below are loaded on first use, so ``import kg`` stays cheap (no spaCy, no Neo4j
driver, no networkx until a function that needs them runs).
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

_API = ("open_store", "build", "extract_file", "load", "stats", "cypher", "find_entity", "entity_card", "leaderboard",
        "datasets_for_task", "neighbors", "path", "similar", "top")
_ROWS = ("LeaderboardRow", "Entity", "EntityCard", "PaperRef", "Link", "EntityResult", "DatasetUse", "Neighbor", "PathStep",
         "SimilarEntity", "TopNode")

__all__ = ["__version__", *_API, *_ROWS]


def __getattr__(name: str):
    """Lazy attributes: the API functions and row types, imported when first asked for."""
    if name in _API:
        value = getattr(import_module("kg.api"), name)
    elif name in _ROWS:
        value = getattr(import_module("kg.queries.rows"), name)
    else:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
