#!/usr/bin/env python
"""How well kg finds the names researchers read about today (issue 18's modern-domain check).

For each name of ``names.tsv`` (our own list of 2023-26 names, with their types), up to
PER_NAME abstracts of the 2025 arXiv corpus that contain it (whole word, case-sensitive,
the first by id) are extracted with the shipped pipeline. An occurrence is *found* when a
mention has exactly its span and the listed type; a name is found when at least half of its
occurrences are. Beside the mention level, the graph level: whether the graph of those papers
has a node of the listed type that carries the name.

    python -m training.modern_names.check [--per-name 12] [-j 2] [--show-missed] [--explain]

``--explain`` prints, for each missed name, what the pipeline made of its occurrences: the
overlapping mentions (type and text) or the words around an occurrence nothing covers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from training.paths import SHARED  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = SHARED / "corpus" / "arxiv-ai-2025" / "arxiv-ai-2025.jsonl.gz"
PER_NAME = 12


def load_names(path: Path = HERE / "names.tsv") -> list[tuple[str, str, str]]:
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return [(name, kind_type, kind) for name, kind_type, kind in lines]


def _pattern(names: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|\.\d)")


def find_papers(names: list[str], per_name: int) -> dict[str, list[dict]]:
    """name -> the first ``per_name`` papers (by id) whose title or abstract contains it."""
    pattern, chosen = _pattern(names), defaultdict(list)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = sorted((json.loads(line) for line in handle), key=lambda r: r["id"])
    for row in rows:
        found = {m.group(0) for text in (row["title"], row["abstract"]) for m in pattern.finditer(text)}
        for name in found:
            if len(chosen[name]) < per_name:
                chosen[name].append({"id": row["id"], "title": row["title"], "abstract": row["abstract"]})
    return chosen


def _occurrences(name: str, record) -> list[tuple[str, int, int]]:
    pattern = _pattern([name])
    return [(field, m.start(), m.end()) for field in ("title", "abstract")
            for m in pattern.finditer(record.field_text(field))]


def mention_level(name: str, expected: str, records) -> tuple[int, int]:
    """(occurrences found with exact span and type, occurrences)."""
    hit = total = 0
    for record in records:
        spans = {(m.field, m.start, m.end): m.type for m in record.entities}
        for occurrence in _occurrences(name, record):
            total += 1
            hit += spans.get(occurrence) == expected
    return hit, total


def explain(name: str, records) -> Counter:
    """What covers each occurrence of ``name``: "Type 'text'" of the overlapping mentions,
    or the words around it where no mention does (why a name was missed)."""
    seen = Counter()
    for record in records:
        for field, start, end in _occurrences(name, record):
            text = record.field_text(field)
            over = [f"{m.type} {text[m.start:m.end]!r}" for m in record.entities
                    if m.field == field and m.start < end and start < m.end]
            seen["; ".join(over) or "nothing: ..." + text[max(0, start - 30):end + 30].replace("\n", " ") + "..."] += 1
    return seen


def graph_level(name: str, expected: str, graph) -> bool:
    """Whether a node of the expected type carries the name (as its name or an alias)."""
    return any(attrs.get("label") == expected and (attrs.get("name") == name or name in (attrs.get("aliases") or ()))
               for _, attrs in graph.nodes(data=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-name", type=int, default=PER_NAME)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--show-missed", action="store_true")
    parser.add_argument("--explain", action="store_true", help="with --show-missed: what covers each occurrence")
    args = parser.parse_args()
    from kg.graph.build import build_graph
    from kg.ingest import Paper
    from kg.pipeline import extract_papers
    names = load_names()
    chosen = find_papers([n for n, _, _ in names], args.per_name)
    papers = {row["id"]: Paper(row["id"], row["title"], row["abstract"]) for rows in chosen.values() for row in rows}
    records = {r.id: r for r in extract_papers(list(papers.values()), jobs=args.jobs)}
    graph = build_graph(records.values())
    found, in_graph, by_type = 0, 0, Counter()
    for name, expected, kind in names:
        own = [records[row["id"]] for row in chosen.get(name, [])]
        hit, total = mention_level(name, expected, own)
        ok = total > 0 and hit * 2 >= total
        node = graph_level(name, expected, graph)
        found, in_graph = found + ok, in_graph + node
        by_type[(expected, "found")] += ok
        by_type[(expected, "names")] += 1
        if args.show_missed and not ok:
            print(f"missed  {expected:8s} {name!r}: {hit}/{total} occurrences; node of that type: {node}")
            for covered, n in explain(name, own).most_common() if args.explain else ():
                print(f"    {n:3d}  {covered}")
    print(f"names found (exact span, listed type, in at least half of their occurrences): {found} of {len(names)}")
    print(f"names with a graph node of the listed type: {in_graph} of {len(names)}")
    for label in ("Model", "Method", "Dataset", "Metric", "Task"):
        print(f"  {label:8s} {by_type[(label, 'found')]} of {by_type[(label, 'names')]}")


if __name__ == "__main__":
    main()
