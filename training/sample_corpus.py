"""A reproducible sample of the 2025 arXiv corpus for looking at the graph: every Nth paper
by id (default every 37th: 2,020 papers), written as kg's JSONL input outside the repository.

    python training/sample_corpus.py [--every 37] [--offset 0] [-o /tmp/arxiv-sample.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "arxiv-ai-2025" / "arxiv-ai-2025.jsonl.gz"


def sample(every: int, offset: int = 0, corpus: Path = CORPUS) -> list[dict]:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows.sort(key=lambda row: row["id"])
    return [{"id": r["id"], "title": r["title"], "abstract": r["abstract"]} for r in rows[offset::every]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=37)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/arxiv-sample.jsonl"))
    args = parser.parse_args()
    rows = sample(args.every, args.offset)
    with open(args.output, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} papers to {args.output}")


if __name__ == "__main__":
    main()
