"""``kg migrate DIR``: bring a store folder of an older kg up to date: a JSON store becomes
the LadybugDB store; a LadybugDB store missing columns of today's schema gets them, filled.

One explicit command rather than a conversion on open, so that reading commands never write
and a user sees once what happened: the graph and records of ``graph.json`` are written to
``graph.lbug`` in the same folder, the counts are compared, and only then is ``graph.json``
renamed to ``graph.json.migrated`` (kept, not deleted: the user removes it when satisfied).
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import StoreError
from kg.store.embedded import graph_stats, read_json_store
from kg.store.ladybug_store import DB_FILE, LEGACY_FILE, LadybugStore

__all__ = ["migrate", "migrate_json_store", "upgrade_store", "MIGRATED_SUFFIX"]

MIGRATED_SUFFIX = ".migrated"


def migrate_json_store(directory: str | Path, progress=None) -> dict:
    """Convert ``directory``'s ``graph.json`` into ``graph.lbug``; returns the store's stats.
    Refuses a folder without ``graph.json`` or that already holds a LadybugDB store."""
    directory = Path(directory)
    legacy = directory / LEGACY_FILE
    if not legacy.is_file():
        raise StoreError(f"{directory}: nothing to migrate (no {LEGACY_FILE} in it)")
    if (directory / DB_FILE).exists():
        raise StoreError(f"{directory}: already holds {DB_FILE}; move one of the two away first")
    graph, records = read_json_store(directory)
    store = LadybugStore(directory, legacy_ok=True)
    with store.writer():
        store.write(graph, records, progress=progress)
        stats = store.stats()
        if stats != graph_stats(graph) or len(store.read_records()) != len(records):
            raise StoreError(f"{directory}: the converted store does not hold what {LEGACY_FILE} holds; "
                             f"{LEGACY_FILE} is left as it was")
        legacy.rename(legacy.with_name(LEGACY_FILE + MIGRATED_SUFFIX))
    return stats


def upgrade_store(directory: str | Path, progress=None) -> dict | None:
    """Give an older LadybugDB store today's columns ("degree") and write its graph again,
    filling them; None when it is up to date already. The graph is the stored one, so nothing
    else changes."""
    store = LadybugStore(directory, must_exist=True)
    return store.stats() if store.upgrade(progress) else None


def migrate(directory: str | Path, progress=None) -> tuple[str, dict | None]:
    """("converted", stats) for a JSON store, ("upgraded", stats) or ("current", None) for a
    LadybugDB store."""
    if (Path(directory) / LEGACY_FILE).is_file():
        return "converted", migrate_json_store(directory, progress)
    stats = upgrade_store(directory, progress)
    return ("upgraded" if stats else "current"), stats
