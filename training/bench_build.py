#!/usr/bin/env python
"""Builds at scale on the embedded store: time, memory, store size, an incremental add,
named-query latency, for N papers of the 2025 arXiv corpus.

    python -m training.bench_build [--sizes 10000 20000] [--jobs 2] [--add 500] [--queries 200]

For each size: the first N papers by id are written as a ``.jsonl.gz`` input (outside the
repository), built into a fresh store by ``kg build -j J`` in a child process, then the next
ADD papers are added to it with ``kg build --add`` (only they are extracted; the kept
resolution is continued and only what they touch is written), and, for reference, to a copy
of the store without ``--add`` (the graph derived again from all records); how the two graphs
differ is printed with them. Peak memory is the largest resident set of the
``kg build`` process and its extraction workers, for the build and the add apart (a wrapper
process reads ``getrusage`` of its children; this process, which read the corpus, is not
counted). Named queries are timed on the built store
with parameters drawn from it (p50 / p95 over QUERIES calls). One table a size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from training.paths import SHARED  # noqa: E402

CORPUS = SHARED / "corpus" / "arxiv-ai-2025" / "arxiv-ai-2025.jsonl.gz"


def _papers(start: int, count: int) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = sorted((json.loads(line) for line in handle), key=lambda row: row["id"])
    return [{"id": r["id"], "title": r["title"], "abstract": r["abstract"]} for r in rows[start:start + count]]


def _write(rows: list[dict], path: Path) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return path


_MEASURED = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _kg_build(path: Path, store: Path, jobs: int, *more: str) -> tuple[float, int]:
    """Seconds a ``kg build`` child process takes (it must succeed) and its peak RSS in MB:
    the largest resident set of that process and its extraction workers, measured by a
    wrapper process of its own so a build and the add after it are measured apart."""
    command = [sys.executable, "-m", "kg.cli", "-q", "build", str(path), "--store", str(store), "-j", str(jobs), *more]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, *command], check=True, cwd=REPO,
                          stdout=subprocess.PIPE, text=True)
    return time.perf_counter() - start, round(int(done.stdout.strip().splitlines()[-1]) / 1024)


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


_ONE_LABEL = ("find_by_key", "entity_links", "entity_papers", "entity_results", "neighbors", "top_degree")


def _query_latency(store, count: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    from kg.queries import lucene_term, query_names
    graph = store.read_graph()
    keys = sorted(n for n, label in graph.nodes(data="label") if label in ("Method", "Model", "Dataset", "Metric", "Task"))
    rng = random.Random(seed)
    latencies: dict[str, list[float]] = {}
    for _ in range(count):
        key, other = rng.choice(keys), rng.choice(keys)
        squashed = key.split(":", 1)[1].replace(" ", "")
        params = {"key": key, "squash": squashed, "term": lucene_term(squashed), "label": None, "limit": 20,
                  "labels": [key.split(":", 1)[0]], "keys": [key], "dataset": key, "metric": None,
                  "prefix": key[:12], "task": key, "source": key, "target": other}
        for name in query_names():
            # as kg.queries calls them: find_by_key, the entity card's queries, neighbors and
            # top_degree with one label (the key's own), find_by_alias over all labels (a name
            # typed without --type), top_degree_any for papers (its largest label)
            args = ({**params, "label": key.split(":", 1)[0]} if name in _ONE_LABEL
                    else {**params, "label": "Paper"} if name == "top_degree_any" else params)
            _, seconds = _timed(lambda n=name, a=args: store.run_named(n, a))
            latencies.setdefault(name, []).append(seconds * 1000)
    return {name: (statistics.median(ms), statistics.quantiles(ms, n=20)[-1]) for name, ms in sorted(latencies.items())}


_ENTITIES = ("Method", "Model", "Dataset", "Metric", "Task")


def _drift(added, derived) -> dict:
    """How the graph after ``--add`` differs from the one derived in full from the same
    papers: entity nodes (by key) in one and not the other, and relationships likewise."""
    one, other = added.read_graph(), derived.read_graph()
    nodes = [{n for n, label in g.nodes(data="label") if label in _ENTITIES} for g in (one, other)]
    edges = [set(g.edges(keys=True)) for g in (one, other)]
    return {"entity_nodes_only_add": len(nodes[0] - nodes[1]), "entity_nodes_only_derived": len(nodes[1] - nodes[0]),
            "entity_nodes_derived": len(nodes[1]), "rels_only_add": len(edges[0] - edges[1]),
            "rels_only_derived": len(edges[1] - edges[0]), "rels_derived": len(edges[1])}


def bench(size: int, jobs: int, add: int, queries: int) -> dict:
    from kg.store.embedded import EmbeddedStore
    rows = _papers(0, size + add)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        first, extra = _write(rows[:size], tmp / "first.jsonl.gz"), _write(rows[size:], tmp / "more.jsonl.gz")
        del rows
        build_s, build_peak = _kg_build(first, tmp / "store", jobs)
        shutil.copytree(tmp / "store", tmp / "derived")
        add_s, add_peak = _kg_build(extra, tmp / "store", jobs, "--add")
        derive_s, _ = _kg_build(extra, tmp / "derived", jobs)  # the reference: the graph derived in full
        store = EmbeddedStore(tmp / "store", must_exist=True)
        stats = store.stats()
        figures = {"papers": size, "jobs": jobs, "build_s": round(build_s, 1), "add": add, "add_s": round(add_s, 1),
                   "add_share": round(add_s / build_s, 3), "derive_add_s": round(derive_s, 1),
                   "store_mb": round(store.path.stat().st_size / 2**20, 1),
                   "nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
                   "build_peak_rss_mb": build_peak, "add_peak_rss_mb": add_peak,
                   **_drift(store, EmbeddedStore(tmp / "derived", must_exist=True))}
        figures["queries_ms"] = {n: (round(a, 1), round(b, 1)) for n, (a, b) in _query_latency(store, queries).items()}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--add", type=int, default=500)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    for size in args.sizes:
        figures = bench(size, args.jobs, args.add, args.queries)
        queries = figures.pop("queries_ms")
        print(" | ".join(f"{k} {v}" for k, v in figures.items()), flush=True)
        for name, (p50, p95) in queries.items():
            print(f"  {name:18s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)


if __name__ == "__main__":
    main()
