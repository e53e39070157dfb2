#!/usr/bin/env python
"""Store writes and named-query latency: the LadybugDB store against the JSON store it
replaced (issue 21), on records written by ``kg extract``.

    python scripts/bench_store.py RECORDS.jsonl [--base 10000] [--add 500] [--queries 100]

The first BASE records by id make the base graph, the next ADD the grown one (graphs derived
by ``kg.graph.build.build_graph``, not timed). Timed, for each store: a first write of the
base graph with its records into an empty folder, the same write again (nothing changed), and
the write of the grown graph (what ``kg build`` of ADD more papers writes). The JSON store's
write is the code of kg before issue 21, inlined: node-link JSON of graph and records, fsynced
and renamed into place. Then the named queries' p50 / p95 on the LadybugDB store, with the
parameters ``training/bench_build.py`` draws.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.graph.build import build_graph  # noqa: E402
from kg.graph.model import sorted_graph  # noqa: E402
from kg.records_io import read_records  # noqa: E402
from kg.store.ladybug_store import LadybugStore  # noqa: E402


def json_write(directory: Path, graph: nx.MultiDiGraph, records) -> None:
    """The JSON store's write (kg before issue 21)."""
    payload = {"format": 2, "graph": nx.node_link_data(sorted_graph(graph), edges="edges", name="__id__"),
               "records": [r.to_dict() for r in sorted(records, key=lambda r: r.id)]}
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / ".graph.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, directory / "graph.json")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def writes(kind: str, folder: Path, base, grown, base_records, all_records) -> dict:
    if kind == "json":
        def write(graph, records):
            json_write(folder, graph, records)
        size = lambda: (folder / "graph.json").stat().st_size  # noqa: E731
    else:
        store = LadybugStore(folder)

        def write(graph, records):
            store.write(graph, records)
        size = lambda: store.path.stat().st_size  # noqa: E731
    first = timed(lambda: write(base, base_records))
    again = timed(lambda: write(base, base_records))
    grow = timed(lambda: write(grown, all_records))
    return {"store": kind, "first_s": round(first, 2), "same_again_s": round(again, 2), "add_s": round(grow, 2),
            "size_mb": round(size() / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--base", type=int, default=10_000)
    parser.add_argument("--add", type=int, default=500)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    records = sorted(read_records(args.records), key=lambda r: r.id)[:args.base + args.add]
    base, grown = build_graph(records[:args.base]), build_graph(records)
    print(f"{args.base} papers: {base.number_of_nodes()} nodes, {base.number_of_edges()} relationships; "
          f"+{args.add}: {grown.number_of_nodes()} nodes, {grown.number_of_edges()} relationships", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        for kind in ("json", "ladybug"):
            print(writes(kind, Path(tmp) / kind, base, grown, records[:args.base], records), flush=True)
        from training.bench_build import _query_latency
        with LadybugStore(Path(tmp) / "ladybug") as store:
            for name, (p50, p95) in _query_latency(store, args.queries).items():
                print(f"  {name:18s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)


if __name__ == "__main__":
    main()
