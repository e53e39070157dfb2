"""kg from Python: the CLI's commands as functions (``import kg; kg.build([...], store="kg-data")``).

Each function takes the same things as its command and returns values instead of printing:
``build``/``load`` a :class:`~kg.pipeline.BuildSummary`, the queries typed rows
(:mod:`kg.queries.rows`). ``store`` is an open store or a spec for :func:`kg.store.open_store`
(a folder or a ``bolt://`` URI), which is then opened and closed around the call. Nothing
heavy is imported before a function runs: spaCy only when something is extracted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kg.queries.rows import (DatasetUse, Entity, EntityCard, LeaderboardRow, Neighbor, PathStep, SimilarEntity,
                             TopNode, rows_of)

if TYPE_CHECKING:
    from kg.pipeline import BuildSummary
    from kg.store.base import GraphStore

__all__ = ["open_store", "build", "extract_file", "load", "stats", "find_entity", "entity_card", "leaderboard",
           "datasets_for_task", "neighbors", "path", "similar", "top", "cypher"]

StoreLike = "GraphStore | str | Path | None"


def open_store(spec: str | Path | None = None, *, user: str | None = None, password: str | None = None,
               must_exist: bool = False) -> GraphStore:
    """A store: a folder (embedded; default ``$KG_STORE`` or ``kg-data``) or a Neo4j URI
    (``bolt://``, ``neo4j://``, ``bolt+s://``, ``neo4j+s://``; credentials from the arguments,
    ``NEO4J_USER``/``NEO4J_PASSWORD`` or the local ``kg neo4j`` server). Use it in ``with``."""
    from kg.store import open_store as factory
    return factory(spec, user=user, password=password, must_exist=must_exist)


@contextmanager
def _using(store, must_exist: bool = True) -> Iterator[GraphStore]:
    """``store`` as it is when already open (the caller closes it), else opened for one call."""
    from kg.store.base import GraphStore
    if isinstance(store, GraphStore):
        yield store
        return
    with open_store(store, must_exist=must_exist) as opened:
        yield opened


def build(paths: Iterable[str | Path], store: StoreLike = None, *, format: str | None = None,
          skip_invalid: bool = False, jobs: int = 1, scheduler: str | None = None,
          add: bool = False) -> BuildSummary:
    """``kg build``: read, extract what is new, derive the graph again from every stored paper.
    ``skip_invalid``: bad JSONL lines / CSV rows are skipped (listed in ``summary.skipped``)
    instead of raising :class:`kg.errors.InputError`. ``jobs``/``scheduler``: extract in that
    many processes, or on the Dask cluster at that address (``local:N``: N processes here).
    ``add``: fold new papers into the stored graph without deriving it again (``kg build --add``)."""
    from kg.pipeline import build as run
    skipped: list = []
    with _using(store, must_exist=False) as opened:
        summary = run(list(paths), opened, format, on_invalid=skipped.append if skip_invalid else None,
                      jobs=jobs, scheduler=scheduler, add=add)
    summary.skipped = [str(error) for error in skipped]
    return summary


def extract_file(paths: Iterable[str | Path], output: str | Path, *, format: str | None = None,
                 jobs: int = 1, scheduler: str | None = None) -> int:
    """``kg extract``: one JSON record per paper into ``output``; returns the number written
    (``jobs``, ``scheduler``: as for :func:`build`). (Not ``kg.extract``: that name is the
    extraction package.)"""
    from kg.pipeline import extract_files
    return extract_files(list(paths), Path(output), format, jobs=jobs, scheduler=scheduler)


def load(records: str | Path, store: StoreLike = None) -> BuildSummary:
    """``kg load``: build from a ``kg extract`` output file without extracting again."""
    from kg.pipeline import load_records
    with _using(store, must_exist=False) as opened:
        return load_records(Path(records), opened)


def stats(store: StoreLike = None) -> dict:
    """``kg stats``: ``{"papers": n, "nodes": {label: n}, "relationships": {type: n}}``."""
    with _using(store) as opened:
        return opened.stats()


def cypher(statement: str, store: StoreLike = None, params: dict | None = None, write: bool = False) -> list[dict]:
    """``kg cypher``: rows of a Cypher statement as dicts (their columns are the statement's)."""
    with _using(store) as opened:
        return opened.cypher(statement, params, write=write)


def find_entity(store: StoreLike, name: str, type: str | None = None) -> Entity:
    """The entity a name (or alias) denotes; when several types share it, the most mentioned."""
    from kg import queries
    with _using(store) as opened:
        return Entity.from_dict(queries.find_entity(opened, name, type))


def entity_card(store: StoreLike, name: str, type: str | None = None, limit: int = 20) -> EntityCard:
    """``kg show``: the entity, its papers, linked entities and results."""
    from kg import queries
    with _using(store) as opened:
        return EntityCard.from_dict(queries.entity_card(opened, name, type, limit))


def leaderboard(store: StoreLike, dataset: str, metric: str | None = None, limit: int = 50) -> list[LeaderboardRow]:
    """``kg query leaderboard``: results on a dataset and its versions, ranked per metric,
    then the deltas."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(LeaderboardRow, queries.leaderboard(opened, dataset, metric, limit))


def datasets_for_task(store: StoreLike, task: str, limit: int = 20) -> list[DatasetUse]:
    """``kg query datasets``: datasets used by papers about a task, most used first."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(DatasetUse, queries.datasets_for_task(opened, task, limit))


def neighbors(store: StoreLike, name: str, depth: int = 1, limit: int = 200) -> list[Neighbor]:
    """``kg query neighbors``: nodes within ``depth`` hops."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(Neighbor, queries.neighbors(opened, name, depth, limit))


def path(store: StoreLike, source: str, target: str) -> list[PathStep]:
    """``kg query path``: the steps of one shortest path (empty when not connected)."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(PathStep, queries.path(opened, source, target))


def similar(store: StoreLike, name: str, limit: int = 10) -> list[SimilarEntity]:
    """``kg query similar``: same-kind entities mentioned with ``name`` in the most papers."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(SimilarEntity, queries.similar(opened, name, limit))


def top(store: StoreLike, by: str = "degree", type: str | None = None, limit: int = 20) -> list[TopNode]:
    """``kg query top``: the most central nodes by degree or PageRank."""
    from kg import queries
    with _using(store) as opened:
        return rows_of(TopNode, queries.top(opened, by, type, limit))
