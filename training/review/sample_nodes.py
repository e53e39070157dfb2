"""Draw the nodes of a blind review (docs/graph-review.md): entity nodes of a store drawn at
random with a fixed seed, each with one abstract that mentions it, written outside the
repository for the reviewers (the abstracts are the authors' text).

    python training/review/sample_nodes.py STORE [-n 150] [--seed 150] [-o /tmp/review-input.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kg.graph.build import build_graph
from kg.store.embedded import EmbeddedStore

ENTITY_LABELS = ("Method", "Model", "Dataset", "Metric", "Task")


def sample_nodes(store: Path, n: int, seed: int) -> list[dict]:
    records = {r.id: r for r in EmbeddedStore(store, must_exist=True).read_records()}
    graph = build_graph(records.values())
    entities = sorted(node for node, label in graph.nodes(data="label") if label in ENTITY_LABELS)
    rows = []
    for i, node in enumerate(random.Random(seed).sample(entities, min(n, len(entities)))):
        attrs = graph.nodes[node]
        paper = sorted(attrs["papers"])[0]
        edge = graph.get_edge_data(f"Paper:{paper}", node, "MENTIONS") or {}
        rows.append({"n": i, "key": node, "type": attrs["label"], "name": attrs["name"],
                     "aliases": (attrs.get("aliases") or [])[:6], "papers": len(attrs["papers"]),
                     "paper_title": records[paper].title, "sentence": (edge.get("evidence") or [""])[0],
                     "abstract": records[paper].abstract})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("-n", type=int, default=150)
    parser.add_argument("--seed", type=int, default=150)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/review-input.jsonl"))
    args = parser.parse_args()
    rows = sample_nodes(args.store, args.n, args.seed)
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"wrote {len(rows)} nodes to {args.output}")


if __name__ == "__main__":
    main()
