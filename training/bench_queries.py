#!/usr/bin/env python
"""Named-query latency on both stores, holding the same graph (a script, not a test).

    python -m training.bench_queries RECORDS.jsonl --store DIR [--neo4j bolt://HOST:PORT] [--queries 100]

RECORDS is a ``kg extract`` output. Each store (the embedded DIR; with ``--neo4j``, a Neo4j
database, credentials as kg resolves them: ``$KG_NEO4J_*`` or the local server's password
file) is loaded from it through kg's own write path unless it already holds papers (a Neo4j
filled by ``kg neo4j import``, say); loads are timed. Then every named query runs QUERIES
times on each store with the same parameters (training/bench_build.py draws them from the
graph), and one table prints p50 / p95 in ms per query and store, side by side.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from training.bench_build import _query_latency  # noqa: E402


def _load(records: Path, spec: str) -> tuple[object, float | None]:
    """The opened store and the seconds its load took (None when it already held the graph)."""
    from kg.pipeline import load_records
    from kg.store import open_store

    store = open_store(spec)
    if store.stats()["papers"]:
        return store, None
    start = time.perf_counter()
    load_records(records, store)
    return store, time.perf_counter() - start


def _api_latency(store, count: int) -> tuple[float, float]:
    """p50 / p95 ms of ``kg.queries.top`` over all entity types, as ``kg query top`` runs it."""
    import statistics
    from kg.queries import top
    times = []
    for _ in range(count):
        start = time.perf_counter()
        top(store, "degree", None, 20)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def _card_latency(store, count: int, seed: int = 0) -> tuple[float, float]:
    """p50 / p95 ms of ``kg.queries.entity_card`` (what ``kg show NAME`` runs: the name looked
    up by key on each type, then by alias when no key matches, then the card's three queries)
    for entity names drawn from the graph, typed in lower case with spaces dropped half the
    time so that the alias route is taken too."""
    import random
    import statistics
    from kg.errors import QueryError
    from kg.queries import ENTITY_LABELS, entity_card
    graph = store.read_graph()
    names = sorted({a["name"] for _, a in graph.nodes(data=True) if a["label"] in ENTITY_LABELS and a.get("name")})
    rng, times = random.Random(seed), []
    for i in range(count):
        name = rng.choice(names)
        typed = name.lower().replace(" ", "") if i % 2 else name
        start = time.perf_counter()
        try:
            entity_card(store, typed)
        except QueryError:  # a squashed name that no longer finds the entity: timed all the same
            pass
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--store", required=True, help="embedded store folder")
    parser.add_argument("--neo4j", help="bolt:// URI of a Neo4j to load and time as well")
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    stores = {"embedded": _load(args.records, args.store)}
    if args.neo4j:
        stores["neo4j"] = _load(args.records, args.neo4j)
    latencies = {}
    for name, (store, seconds) in stores.items():
        stats = store.stats()
        load = "already loaded" if seconds is None else f"loaded in {seconds:.1f} s"
        print(f"{name}: {stats['papers']} papers, {sum(stats['nodes'].values())} nodes, "
              f"{sum(stats['relationships'].values())} relationships, {load}", flush=True)
        latencies[name] = _query_latency(store, args.queries)
        latencies[name]["top (kg query top: five labels, one query each)"] = _api_latency(store, args.queries)
        latencies[name]["show (kg show NAME: lookup and card)"] = _card_latency(store, args.queries)
    print("| named query | " + " | ".join(f"{name} p50 / p95 ms" for name in latencies) + " |")
    print("|---|" + "---|" * len(latencies))
    for query in next(iter(latencies.values())):
        cells = " | ".join(f"{values[query][0]:.1f} / {values[query][1]:.1f}" for values in latencies.values())
        print(f"| {query} | {cells} |")


if __name__ == "__main__":
    main()
