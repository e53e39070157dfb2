#!/usr/bin/env python
"""Benchmark kg's Neo4j loader and named queries (a script, not a test).

Measures, in one run on one server:
  1. loading the seeds graph (the real pipeline on ../shared/corpus/hf-daily-papers when it
     runs, else a synthetic graph of the same size), batched;
  2. batch size tuning on a slice of the 50k graph;
  3. the batched loader versus one MERGE statement per row (each an auto-commit transaction)
     on the same small slice -- the per-row loader is too slow for 50k abstracts, so its rate
     is measured on the slice and the ratio extrapolated; the output says so;
  4. the full 50,000-abstract synthetic graph, batched with the tuned batch size;
  5. p50/p95 latency of every named query in kg/queries/cypher on that graph, with
     parameters drawn from the graph (half from the most connected entities, half at random).

The synthetic graph follows kg.graph.model: entity names drawn from a Zipf distribution,
~15 mentions per paper, a few results each, with abstracts and evidence made of recombined
sentences of the seed corpus. Usage:

    python training/bench_neo4j.py [--papers 50000] [--neo4j-uri URI --neo4j-password PW]

Without --neo4j-uri it starts its own server in .kg-cache/neo4j-bench and stops it after.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
from collections import defaultdict
import os
import pickle
import random
import re
import socket
import statistics
import sys
import time
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.graph.model import MAX_EVIDENCE, merge_edge, merge_node, new_graph, node_id  # noqa: E402
from kg.queries.named import QUERY_DIR, query_names  # noqa: E402
from kg.store import neo4j_server as server  # noqa: E402
from kg.store.neo4j_store import Neo4jStore  # noqa: E402
from training.paths import CORPUS_DIR  # noqa: E402

CORPUS = CORPUS_DIR
CACHE = REPO / ".kg-cache"
LABELS = [("Method", 0.35), ("Model", 0.2), ("Dataset", 0.15), ("Metric", 0.1), ("Task", 0.2)]


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- graphs -------------------------------------------------------------------------------------

def sentence_pool(corpus: Path) -> list[str]:
    text = " ".join(p.read_text(errors="replace") for p in sorted(corpus.glob("*.txt"))) if corpus.is_dir() else ""
    found = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 60 <= len(s.strip()) <= 300]
    return found or [f"Synthetic sentence number {i} about a method and a dataset." for i in range(5000)]


class Synth:
    """Deterministic generator of a corpus-shaped graph.

    Paper lists of entities and edges are collected on the side and set once at the end:
    folding them in with merge_node/merge_edge per mention re-sorts a hub's whole list every
    time (quadratic on 50k abstracts); the result is the same graph."""

    def __init__(self, sentences: list[str], vocabulary: int, seed: int):
        self.rng, self.sentences = random.Random(seed), sentences
        labels = [label for label, share in LABELS for _ in range(int(share * 100))]
        self.vocab = [(labels[self.rng.randrange(len(labels))], f"entity {i}") for i in range(vocabulary)]
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(vocabulary)))
        self.node_papers: dict[str, list[str]] = defaultdict(list)
        self.edge_papers: dict[tuple, list[str]] = defaultdict(list)

    def zipf(self, label: str | None = None) -> tuple[str, str]:
        while True:
            pick = self.vocab[bisect.bisect(self.cum, self.rng.random() * self.cum[-1])]
            if label is None or pick[0] == label:
                return pick

    def sentence(self) -> str:
        return self.sentences[self.rng.randrange(len(self.sentences))]

    def entity(self, g, label: str, name: str, pid: str) -> str:
        nid = node_id(label, name)
        if nid not in g:
            merge_node(g, label, name, name=name.title(), aliases=[name], match_keys=[name.replace(" ", "")])
        self.node_papers[nid].append(pid)
        return nid

    def edge(self, g, start: str, rel: str, end: str, pid: str, evidence: bool = True) -> None:
        if not g.has_edge(start, end, key=rel):
            merge_edge(g, start, rel, end)
        attrs = g.edges[start, end, rel]
        self.edge_papers[(start, end, rel)].append(pid)
        if evidence and len(attrs["evidence"]) < MAX_EVIDENCE:
            sentence = self.sentence()
            if sentence not in attrs["evidence"]:
                attrs["evidence"].append(sentence)

    def finish(self, g) -> None:
        for nid, papers in self.node_papers.items():
            g.nodes[nid]["papers"] = sorted(set(papers))
        for (start, end, rel), papers in self.edge_papers.items():
            attrs = g.edges[start, end, rel]
            attrs["papers"] = sorted(set(papers))
            attrs["count"] = len(attrs["papers"])

    def paper(self, g, p: int) -> None:
        rng, pid = self.rng, f"syn-{p:06d}"
        paper = merge_node(g, "Paper", pid, id=pid, name=self.sentence()[:80], title=self.sentence()[:120],
                           year=2015 + p % 10, source="synthetic",
                           abstract=" ".join(self.sentence() for _ in range(6)))
        picks = {self.zipf() for _ in range(rng.randint(12, 22))}
        if rng.random() < 0.5:
            picks.add((rng.choice(["Method", "Model"]), f"proposed {p}"))
        ents = {pick: self.entity(g, *pick, pid) for pick in sorted(picks)}
        for node in ents.values():
            self.edge(g, paper, "MENTIONS", node, pid)
        methods = [n for (lab, _), n in ents.items() if lab in ("Method", "Model")] or [self.entity(g, *self.zipf("Method"), pid)]
        datasets = [n for (lab, _), n in ents.items() if lab == "Dataset"] or [self.entity(g, *self.zipf("Dataset"), pid)]
        tasks = [n for (lab, _), n in ents.items() if lab == "Task"]
        for node in rng.sample(methods, min(2, len(methods))):
            self.edge(g, paper, "USES", node, pid)
        for node in datasets[:2]:
            self.edge(g, paper, "EVALUATES_ON", node, pid)
        mine = next((n for n in methods if ":proposed" in n), None)
        if mine:
            self.edge(g, paper, "PROPOSES", mine, pid)
            if len(methods) > 1 and rng.random() < 0.3:
                self.edge(g, mine, "OUTPERFORMS", rng.choice([m for m in methods if m != mine]), pid)
        for r in range(rng.randint(0, 4)):
            self.result(g, paper, pid, r, rng.choice(methods), rng.choice(datasets), tasks)
        if rng.random() < 0.3:
            url = f"https://github.com/synthetic/{pid}"
            self.edge(g, paper, "HAS_CODE", merge_node(g, "Repository", url, name=url, url=url), pid, evidence=False)

    def result(self, g, paper, pid, r, method, dataset, tasks) -> None:
        metric = self.entity(g, *self.zipf("Metric"), pid)
        value = round(self.rng.uniform(10, 99), 1)
        node = merge_node(g, "Result", f"{pid}-{r}", name=f"{value}", value=value, unit="%", raw=f"{value}%",
                          method=g.nodes[method]["name"], dataset=g.nodes[dataset]["name"],
                          metric=g.nodes[metric]["name"], paper=pid, evidence=self.sentence(),
                          higher_is_better=True)
        for rel, end in (("OF", method), ("ON", dataset), ("MEASURED_BY", metric)):
            self.edge(g, node, rel, end, pid, evidence=False)
        self.edge(g, paper, "REPORTS", node, pid, evidence=False)
        self.edge(g, method, "EVALUATED_ON", dataset, pid)
        if tasks:
            task = self.rng.choice(tasks)
            self.edge(g, method, "ADDRESSES", task, pid)
            self.edge(g, dataset, "BENCHMARK_FOR", task, pid)


def synthetic_graph(papers: int, sentences: list[str], seed: int = 42) -> nx.MultiDiGraph:
    path = CACHE / "bench" / f"synthetic-v2-{papers}-{seed}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    synth, g = Synth(sentences, vocabulary=max(2000, papers // 2), seed=seed), new_graph()
    for p in range(papers):
        synth.paper(g, p)
        if p and p % 10000 == 0:
            log(f"synthesised {p} papers")
    synth.finish(g)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL))
    return g


def seeds_graph(sentences: list[str]) -> tuple[nx.MultiDiGraph, str]:
    try:
        from kg.graph.build import build_graph
        from kg.pipeline import extract_papers, read_papers
        records = list(extract_papers(read_papers([CORPUS])))
        return build_graph(records), f"seeds corpus, real extraction ({len(records)} abstracts)"
    except Exception as exc:  # noqa: BLE001 - fall back and say why
        log(f"real seeds graph unavailable ({exc}); using a synthetic one of 630 papers")
        return synthetic_graph(630, sentences, seed=1), "seeds-sized synthetic (630 abstracts)"


def paper_slice(graph: nx.MultiDiGraph, papers: int) -> nx.MultiDiGraph:
    """The first ``papers`` papers with everything they reach in two hops (a self-contained graph)."""
    keep = [n for n, label in graph.nodes(data="label") if label == "Paper"][:papers]
    near = set(keep)
    for n in keep:
        for m in graph.successors(n):
            near.add(m)
            near.update(graph.successors(m))
    return graph.subgraph(near).copy()


# -- measurements -------------------------------------------------------------------------------

def timed_load(store: Neo4jStore, graph: nx.MultiDiGraph, per_row: bool = False) -> dict:
    store.clear()
    store.ensure_schema()
    n_nodes, n_rels = graph.number_of_nodes(), graph.number_of_edges()
    marks = {}

    def progress(written: int) -> None:
        if written >= n_nodes and "nodes" not in marks:
            marks["nodes"] = time.perf_counter()

    start = time.perf_counter()
    store.write(graph, progress=progress, per_row=per_row)
    end = time.perf_counter()
    node_s = marks.get("nodes", end) - start
    rel_s = end - marks.get("nodes", start)
    assert sum(store.stats()["relationships"].values()) == n_rels, "load lost relationships"
    return {"nodes": n_nodes, "rels": n_rels, "load": os.getloadavg()[0], "node_s": node_s, "rel_s": rel_s, "total_s": end - start,
            "nodes_per_s": n_nodes / node_s, "rels_per_s": n_rels / rel_s}


def param_sampler(graph: nx.MultiDiGraph, rng: random.Random):
    by_label: dict[str, list[str]] = {}
    for n, label in graph.nodes(data="label"):
        by_label.setdefault(label, []).append(n)
    degree = dict(graph.degree())
    top = {label: sorted(nodes, key=lambda n: -degree[n])[:100] for label, nodes in by_label.items()}

    def pick(label: str) -> str:
        pool = top[label] if rng.random() < 0.5 else by_label[label]
        return rng.choice(pool)

    def entity() -> str:
        return pick(rng.choice(["Method", "Model", "Dataset", "Metric", "Task"]))

    def draw(names: set[str]) -> dict:
        key = entity()
        dataset = pick("Dataset")
        params = {"key": key, "task": pick("Task"), "datasets": [dataset], "prefix": dataset, "metric": None,
                  "limit": 20, "keys": [key], "source": entity(), "target": entity(),
                  "labels": [graph.nodes[key]["label"]], "label": None,
                  "squash": (graph.nodes[key].get("match_keys") or [""])[0]}
        return {name: params[name] for name in names}
    return draw


def bench_queries(store: Neo4jStore, graph: nx.MultiDiGraph, runs: int) -> list[dict]:
    rng, rows = random.Random(3), []
    draw = param_sampler(graph, rng)
    for name in query_names():
        names = set(re.findall(r"\$(\w+)", (QUERY_DIR / f"{name}.cypher").read_text()))
        try:
            for _ in range(5):
                store.run_named(name, draw(names))
        except KeyError as exc:
            log(f"skipping {name}: no sampler for parameter {exc}")
            continue
        times = []
        for _ in range(runs):
            params = draw(names)
            start = time.perf_counter()
            store.run_named(name, params)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        rows.append({"query": name, "p50": statistics.median(times),
                     "p95": times[min(len(times) - 1, int(0.95 * len(times)))], "max": times[-1]})
    return rows


# -- main ---------------------------------------------------------------------------------------

def row(name: str, m: dict, note: str = "") -> str:
    return (f"| {name} | {m['nodes']:,} | {m['rels']:,} | {m['nodes_per_s']:,.0f} | {m['rels_per_s']:,.0f} "
            f"| {m['total_s']:.1f} | {m['load']:.1f} | {note} |")


def run(store: Neo4jStore, args) -> None:
    sentences = sentence_pool(CORPUS)
    seeds, seeds_note = seeds_graph(sentences)
    log("synthesising the large graph (cached after the first run)")
    big = synthetic_graph(args.papers, sentences)
    lines = [f"Neo4j {server.NEO4J_VERSION}, {os.cpu_count()} cores; 'load avg' is the machine's 1-minute load "
             "average when the load ended (other work on the machine slows every figure).", "",
             "| load | nodes | relationships | nodes/s | relationships/s | seconds | load avg | note |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    lines.append(row("seeds, batched, cold", timed_load(store, seeds), seeds_note + "; first load: Cypher planning"))
    lines.append(row("seeds, batched, warm", timed_load(store, seeds), seeds_note + "; plans cached"))
    tune = paper_slice(big, args.tune_papers)
    best, best_rate = None, 0.0
    for size in args.batch_sizes:
        store.batch_size = size
        m = max((timed_load(store, tune) for _ in range(args.repeat)), key=lambda x: x["rels_per_s"])
        lines.append(row(f"tuning slice, batch {size}", m, f"{args.tune_papers:,} abstracts, best of {args.repeat}"))
        if m["rels_per_s"] > best_rate:
            best, best_rate = size, m["rels_per_s"]
    store.batch_size = best
    small = paper_slice(big, args.per_row_papers)
    per_row = timed_load(store, small, per_row=True)
    batched_small = timed_load(store, small)
    lines.append(row("per-row MERGE (reference)", per_row, f"{args.per_row_papers} abstracts, 1 auto-commit tx per row"))
    lines.append(row(f"batched, batch {best}", batched_small, f"same {args.per_row_papers} abstracts"))
    log(f"loading {args.papers:,} abstracts with batch size {best}")
    full = timed_load(store, big)
    lines.append(row(f"{args.papers:,} abstracts, batched (batch {best})", full, "synthetic, recombined seed sentences"))
    ratio_small = batched_small["rels_per_s"] / per_row["rels_per_s"]
    ratio_full = full["rels_per_s"] / per_row["rels_per_s"]
    lines.append("")
    lines.append(f"Batched vs per-row, relationships/s: {ratio_small:.0f}x on the same {args.per_row_papers}-abstract "
                 f"slice; {ratio_full:.0f}x for the {args.papers:,}-abstract load against the per-row rate "
                 f"measured on the slice (extrapolated: the per-row loader would need about "
                 f"{full['rels'] / per_row['rels_per_s'] / 60:.0f} min for it). Node rates: "
                 f"{batched_small['nodes_per_s'] / per_row['nodes_per_s']:.0f}x on the slice.")
    lines += ["", f"| named query ({args.papers:,}-abstract graph, {args.runs} runs) | p50 ms | p95 ms | max ms |",
              "|---|---:|---:|---:|"]
    for q in bench_queries(store, big, args.runs):
        lines.append(f"| {q['query']} | {q['p50']:.1f} | {q['p95']:.1f} | {q['max']:.1f} |")
    lines.append(f"\nQuery parameters: half drawn from the 100 most connected nodes of the needed label, half "
                 f"uniformly; load avg after the queries: {os.getloadavg()[0]:.1f}.")
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=50000)
    parser.add_argument("--tune-papers", type=int, default=3000)
    parser.add_argument("--per-row-papers", type=int, default=200)
    parser.add_argument("--batch-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[500, 1000, 2000, 5000, 10000])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2, help="loads per batch size while tuning (best kept)")
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    parser.add_argument("--neo4j-user", default=os.environ.get("NEO4J_USER", "neo4j"))
    parser.add_argument("--neo4j-password", default=os.environ.get("NEO4J_PASSWORD"))
    parser.add_argument("--heap", default="1g", help="heap of the bench's own server")
    parser.add_argument("--pagecache", default="1g",
                        help="page cache of the bench's own server (the 50k store is about 1.1 GB)")
    args = parser.parse_args()
    home = CACHE / "neo4j-bench"
    if args.neo4j_uri:
        with Neo4jStore(args.neo4j_uri, args.neo4j_user, args.neo4j_password) as store:
            return run(store, args)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    info = server.start(home, port=port, jars=CACHE / "neo4j" / "jars" / server.NEO4J_VERSION,
                        watch_pid=os.getpid(), heap=args.heap, pagecache=args.pagecache, progress=log)
    log(f"server {info.uri} (heap {args.heap}, page cache {args.pagecache})")
    try:
        with Neo4jStore(info.uri, *server.credentials(home)) as store:
            run(store, args)
    finally:
        server.stop(home)


if __name__ == "__main__":
    main()
