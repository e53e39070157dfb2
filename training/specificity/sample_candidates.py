"""Draw candidate entities to label for the node-worthiness classifier: entities as resolution
makes them *before* any is dropped (so the labels cover what the classifier decides on), at
random with a fixed seed, each with one abstract that mentions it, written outside the
repository for the labellers (the abstracts are the authors' text).

    python training/specificity/sample_candidates.py STORE [-n 700] [--seed 7] [-o /tmp/label-input.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kg.records import sentence_of
from kg.resolve import resolve_records
from kg.store.embedded import EmbeddedStore

HERE = Path(__file__).resolve().parent


def candidates(store: Path, n: int, seed: int, exclude: set[str]) -> list[dict]:
    records = sorted(EmbeddedStore(store, must_exist=True).read_records(), key=lambda r: r.id)
    resolution = resolve_records(records)
    seen: dict[str, tuple] = {}
    for record in records:
        for mention, entity in zip(record.entities, resolution.mention_entities[record.id]):
            seen.setdefault(entity.node_id, (entity, record, mention))
    keys = sorted(k for k in seen if k not in exclude)
    rows = []
    for i, key in enumerate(random.Random(seed).sample(keys, min(n, len(keys)))):
        entity, record, mention = seen[key]
        rows.append({"n": i, "key": key, "type": entity.label, "name": entity.name,
                     "aliases": sorted(entity.aliases)[:6], "papers": len(entity.papers),
                     "paper_title": record.title, "sentence": sentence_of(record, mention),
                     "abstract": record.abstract})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("-n", type=int, default=700)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/label-input.jsonl"))
    args = parser.parse_args()
    labelled = {json.loads(line)["key"] for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()}
    rows = candidates(args.store, args.n, args.seed, labelled)
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"wrote {len(rows)} candidates to {args.output}")


if __name__ == "__main__":
    main()
